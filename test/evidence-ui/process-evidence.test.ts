// The one pass both the page and the worker run: one redactor per ticket, fail closed per item, suggestions from the
// raw text of the items that made it, restores kept by value.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import {
  processEvidence,
  processEvidenceSteps,
  fingerprint,
  REDACTION_FAILED_MESSAGE,
  type ProcessRequest,
} from "~/evidence/worker/process-evidence";
import { FORBIDDEN_403, NOTE_WITH_PHI, TOKEN_PAYLOAD, TOKEN_RESPONSE, X_REQUEST_ID, ACCESS_TOKEN } from "./helpers";

const request = (items: ProcessRequest["items"], extra: Partial<ProcessRequest> = {}): ProcessRequest => ({
  items,
  environment: "sandbox",
  terms: [],
  restored: [],
  ...extra,
});

const ok = (result: ReturnType<typeof processEvidence>, id: string) => {
  const outcome = result.outcomes.find((o) => o.id === id);
  if (!outcome?.ok) throw new Error(`${id} did not redact`);
  return outcome.redacted;
};

describe("processEvidence", () => {
  it("numbers a new value after the placeholders a later item already holds (evidence redacted before)", () => {
    const earlier = "Authorization: Bearer [REDACTED:access_token#1]";
    const result = processEvidence(
      request([
        { id: "new", kind: "text", text: "Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA" },
        { id: "old", kind: "text", text: earlier },
      ]),
    );
    expect(ok(result, "new").text).toBe("Authorization: Bearer [REDACTED:access_token#2]");
    expect(ok(result, "old").text).toBe(earlier);
  });

  it("shows an earlier item settled against a login found in a later one, as the export will send it", () => {
    const result = processEvidence(
      request([
        { id: "avatar", kind: "text", text: "GET https://example.com/icon/jroe1987/128 HTTP/1.1\n" },
        { id: "profile", kind: "text", text: '{"username": "jroe1987"}' },
      ]),
    );
    const avatar = ok(result, "avatar");
    expect(avatar.text).toBe("GET https://example.com/icon/[REDACTED:user_name#1]/128 HTTP/1.1\n");
    // The preview highlights and counts what it shows.
    expect(avatar.spans.map((s) => avatar.text.slice(s.start, s.end))).toEqual(["[REDACTED:user_name#1]"]);
    expect(avatar.findings.map((f) => [f.placeholder, f.count])).toEqual([["[REDACTED:user_name#1]", 1]]);
  });

  it("gives the same token the same placeholder in every item and keeps it out of every text", () => {
    const result = processEvidence(
      request([
        { id: "evidence-1", kind: "token-response", text: TOKEN_RESPONSE },
        { id: "evidence-2", kind: "http", text: FORBIDDEN_403 },
      ]),
    );
    const a = ok(result, "evidence-1");
    const b = ok(result, "evidence-2");
    expect(a.findings.map((f) => f.placeholder)).toEqual(["[REDACTED:access_token#1]"]);
    expect(b.findings.map((f) => f.placeholder)).toEqual(["[REDACTED:access_token#1]"]);
    for (const text of [a.text, b.text]) expect(text).not.toContain(TOKEN_PAYLOAD);
    expect(b.text).toContain(X_REQUEST_ID);
  });

  it("suggests the 403's IDs, time, request and status from the raw evidence", () => {
    const { suggestions } = processEvidence(request([{ id: "evidence-1", kind: "http", text: FORBIDDEN_403 }]));
    const example = suggestions?.examples[0];
    expect(example?.xRequestId?.value).toBe(X_REQUEST_ID);
    expect(example?.occurredAt?.value).toBe("2025-07-29T15:22:10Z");
    expect(example?.status?.value).toBe(403);
    expect(example?.method?.value).toBe("GET");
    expect(example?.xRequestId?.source.itemId).toBe("evidence-1");
  });

  it("redacts a suggested URL like the evidence (a token in a query never reaches a form field)", () => {
    const text = `GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient?access_token=${ACCESS_TOKEN} HTTP/1.1\nHost: fhir-ehr-code.cerner.com\n\nHTTP/1.1 401 Unauthorized\nX-Request-Id: ${X_REQUEST_ID}\n`;
    const { suggestions } = processEvidence(request([{ id: "evidence-1", kind: "http", text }]));
    const url = suggestions?.examples[0]?.url?.value ?? "";
    expect(url).not.toContain(TOKEN_PAYLOAD);
    expect(url).not.toMatch(/\s/);
  });

  it("fails closed item by item: a failing item is not returned as text and gives no suggestions", () => {
    const failing: typeof createRedactor = (policy) => {
      const real = createRedactor(policy);
      return {
        redact: (item) => {
          if (item.id === "evidence-2") throw new Error(`boom ${item.text}`);
          return real.redact(item);
        },
        knownValues: () => real.knownValues(),
        remember: (values) => real.remember(values),
        reserve: (text) => real.reserve(text),
        settle: (text) => real.settle(text),
        settleItem: (item) => real.settleItem(item),
        redactItems: (items) => real.redactItems(items),
      };
    };
    const result = processEvidence(
      request([
        { id: "evidence-1", kind: "token-response", text: TOKEN_RESPONSE },
        { id: "evidence-2", kind: "http", text: FORBIDDEN_403 },
      ]),
      undefined,
      { createRedactor: failing },
    );
    expect(result.outcomes[1]).toEqual({ id: "evidence-2", ok: false, message: REDACTION_FAILED_MESSAGE });
    expect(JSON.stringify(result)).not.toContain(TOKEN_PAYLOAD);
    expect(result.suggestions?.examples.some((e) => e.xRequestId?.value === X_REQUEST_ID)).toBe(false);
    expect(ok(result, "evidence-1").text).toContain("[REDACTED:access_token#1");
  });

  it("restores a personal-data finding by its value, even when an edit renumbers the placeholders", () => {
    const first = processEvidence(request([{ id: "evidence-1", kind: "text", text: NOTE_WITH_PHI }]));
    const name = ok(first, "evidence-1").findings.find((f) => f.type === "name");
    expect(name?.restorable).toBe(true);
    const print = first.fingerprints[name!.placeholder];
    expect(print).toBe(fingerprint("Jane Doe"));

    // Another name now comes first: "Jane Doe" is no longer name#1, and only she is restored.
    const edited = `Patient: Max Mustermann was seen.\n${NOTE_WITH_PHI}`;
    const second = processEvidence(request([{ id: "evidence-1", kind: "text", text: edited }], { restored: [print] }));
    const text = ok(second, "evidence-1").text;
    expect(text).toContain("Jane Doe");
    expect(text).not.toContain("Max Mustermann");
    expect(text).not.toContain("synthetic-secret-for-tests");
  });

  it("reports progress before each item and ends at the total", () => {
    const steps = processEvidenceSteps(
      request([
        { id: "evidence-1", kind: "token-response", text: TOKEN_RESPONSE },
        { id: "evidence-2", kind: "http", text: FORBIDDEN_403 },
      ]),
    );
    const labels: string[] = [];
    let next = steps.next();
    while (!next.done) {
      labels.push(next.value.label);
      expect(next.value.done).toBeLessThanOrEqual(next.value.total);
      next = steps.next();
    }
    expect(labels).toContain("Redacting evidence 2 of 2…");
    expect(next.value.outcomes).toHaveLength(2);
  });
});
