// The seed case end to end (docs/platform.md §6): its token request and response, its 403, its IDs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { createRedactor } from "~/redaction/redact";
import { redactionPolicy } from "~/redaction/policy";
import type { EvidenceText } from "~/evidence/model";
import { loadFixture } from "./fixtures";

const seed = loadFixture("seed");
const codes = (d: ReturnType<typeof diagnose>) => d.findings.map((f) => f.code);

describe("the seed case", () => {
  const d = diagnose(seed);

  it("puts SCOPE_REQUIRED_MISSING and SCOPE_NOT_GRANTED for system/Specimen.read on top", () => {
    expect(codes(d).slice(0, 2).sort()).toEqual(["SCOPE_NOT_GRANTED", "SCOPE_REQUIRED_MISSING"]);
    for (const f of d.findings.slice(0, 2)) {
      expect(f.severity).toBe("error");
      expect(f.scopes).toEqual(["system/Specimen.read"]);
    }
  });

  it("also raises the provisioning question and the placeholder identifiers, and nothing unexpected", () => {
    expect(new Set(codes(d))).toEqual(
      new Set([
        "SCOPE_REQUIRED_MISSING",
        "SCOPE_NOT_GRANTED",
        "PLACEHOLDER_IDENTIFIER",
        "PROVISIONING_QUESTION",
        "MISSING_EVIDENCE",
      ]),
    );
    const placeholders = d.findings.filter((f) => f.code === "PLACEHOLDER_IDENTIFIER").map((f) => f.title);
    expect(placeholders.join("\n")).toContain("abc12345-def6-7890-ghij-klmnopqrstuv");
    expect(placeholders.join("\n")).toContain("opc-4567abcd-89ef-0123-ghij-456789klmnop");
    const opc = d.findings.find((f) => f.code === "PLACEHOLDER_IDENTIFIER" && f.title.includes("opc-request-id"))!;
    expect(opc.explanation).toMatch(/\/<32 hex>\/<32 hex>/);
  });

  it("rests each claim on its evidence: the 403 body, the request and the granted list", () => {
    const required = d.findings.find((f) => f.code === "SCOPE_REQUIRED_MISSING")!;
    const excerpts = required.evidence.map((e) => `${e.itemId} ${e.location} ${e.excerpt}`).join("\n");
    expect(excerpts).toContain("specimen-403.http");
    expect(excerpts).toContain("insufficient_scope");
    expect(excerpts).toContain("no_scope_for_resource_path");
    expect(excerpts).toContain("token-request.http");
    expect(required.basis).toBe("observed");
    const notGranted = d.findings.find((f) => f.code === "SCOPE_NOT_GRANTED")!;
    expect(notGranted.evidence.some((e) => e.excerpt?.startsWith("requested: system/Specimen.read"))).toBe(true);
    expect(notGranted.nextSteps.join(" ")).toMatch(/15 minutes/);
  });

  it("presents §3's open question with §6's checks in order, without pretending to know", () => {
    const q = d.findings.find((f) => f.code === "PROVISIONING_QUESTION")!;
    expect(q.basis).toBe("inference");
    expect(q.explanation).toMatch(/not documented/);
    expect(q.nextSteps.map((s) => s.slice(0, 2))).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(q.nextSteps[0]).toMatch(/SMART v1.*done/);
  });

  it("summarises in plain words", () => {
    expect(d.summary).toMatch(
      /^The token was issued without system\/Specimen\.read, so the FHIR server's 403 is correct; the scope was dropped at issuance — registration or this tenant's provisioning, not your request\./,
    );
  });

  it("asks Oracle precise questions quoting the real IDs only", () => {
    const all = d.questions.join("\n");
    for (const real of [
      "c388f6bf-1c33-4566-a5bc-249e990ea2bf",
      "b1e2a292-fbe4-460a-be33-582e572abbbe",
      "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      "e1234567-89ab-4cde-8f12-3456789abcde",
      "2025-07-28T15:21:14Z",
      "2025-07-29T15:22:10Z",
    ]) {
      expect(all).toContain(real);
    }
    expect(all).not.toContain("ghij");
    expect(all).toMatch(/re-provision/);
  });

  it("builds the scope matrix: Specimen requested and needed, not granted, support unknown for a client domain", () => {
    expect(d.scopes[0]).toEqual({
      scope: "system/Specimen.read",
      requested: true,
      granted: false,
      needed: true,
      supported: null,
    });
    expect(d.scopes).toHaveLength(12);
    expect(d.scopes.filter((r) => r.granted)).toHaveLength(11);
  });

  it("diagnoses the redacted evidence exactly like the raw evidence", () => {
    const items: EvidenceText[] = seed.evidence.map((e) => ({ id: e.id, kind: "http", text: e.text }));
    const redacted = createRedactor(redactionPolicy("client-nonprod")).redactItems(items);
    const tokenItem = redacted[items.findIndex((i) => i.id === "token-request.http")].text;
    expect(tokenItem).not.toContain("YjFlMmEyOTItZmJlNC00NjBh");
    expect(tokenItem).toMatch(/\[REDACTED:access_token#1 · JWT /);
    const raw = diagnose({ ticket: seed.ticket, evidence: items });
    const red = diagnose({
      ticket: seed.ticket,
      evidence: redacted.map((r, i) => ({ id: items[i].id, kind: items[i].kind, text: r.text })),
    });
    expect(red).toEqual(raw);
  });

  it("reads the seed ticket as pasted (test/fixtures/seed-ticket.txt): the drop, the placeholders, and what to paste next", () => {
    const text = readFileSync(new URL("../fixtures/seed-ticket.txt", import.meta.url), "utf8");
    const pasted = diagnose({ evidence: [{ id: "seed", text }] });
    const found = new Set(codes(pasted));
    for (const c of ["SCOPE_NOT_GRANTED", "PLACEHOLDER_IDENTIFIER", "PROVISIONING_QUESTION", "MISSING_EVIDENCE"])
      expect(found).toContain(c);
    expect(pasted.findings.find((f) => f.code === "SCOPE_NOT_GRANTED")?.scopes).toEqual(["system/Specimen.read"]);
    expect(pasted.findings.find((f) => f.code === "MISSING_EVIDENCE")?.nextSteps.join(" ")).toMatch(
      /failing request \(method and URL/,
    );
  });
});
