// Where a suggested value goes and what its button may do: Use into an empty field, Replace only with an explicit
// click, "already in the form" for the same value; examples matched by their IDs, else the first empty one, else new.
import { describe, expect, it } from "vitest";
import type { Suggestions } from "~/evidence/extract";
import { applicationRows, examplePlans, sameValue } from "~/components/evidence/suggestion-plan";
import { emptyExample } from "~/wizard/values";
import { OPC_REQUEST_ID, SANDBOX_TENANT, X_REQUEST_ID } from "./helpers";

const src = { itemId: "evidence-2", location: "message at line 1, X-Request-Id header" };
const suggestions: Suggestions = {
  examples: [
    {
      xRequestId: { value: X_REQUEST_ID, source: src },
      opcRequestId: { value: OPC_REQUEST_ID, source: src },
      occurredAt: { value: "2025-07-29T15:22:10Z", source: src },
      status: { value: 403, source: src },
    },
  ],
  tenantId: { value: SANDBOX_TENANT, source: src },
  grantedScopes: { value: "system/Patient.read system/Encounter.read", source: src },
};

describe("examplePlans", () => {
  it("fills an existing empty example first, every field offered with Use", () => {
    const [plan] = examplePlans(suggestions, [emptyExample()]);
    expect(plan).toMatchObject({ target: 0, isNew: false });
    expect(plan.rows.map((r) => [r.name, r.state])).toEqual([
      ["examples.0.xRequestId", "empty"],
      ["examples.0.opcRequestId", "empty"],
      ["examples.0.occurredAt", "empty"],
      ["examples.0.status", "empty"],
    ]);
  });

  it("goes to the example that has one of its IDs; a different typed value needs Replace, the same one says so", () => {
    const typed = {
      ...emptyExample(),
      xRequestId: "e1234567-89ab-4cde-8f12-3456789abcde",
      opcRequestId: OPC_REQUEST_ID.toLowerCase(),
      occurredAt: "Tue, 29 Jul 2025 15:22:10 GMT",
    };
    const [plan] = examplePlans(suggestions, [
      { ...emptyExample(), xRequestId: "11111111-2222-4333-8444-555555555555" },
      typed,
    ]);
    expect(plan.target).toBe(1);
    const state = Object.fromEntries(plan.rows.map((r) => [r.field, r.state]));
    expect(state).toEqual({ xRequestId: "different", opcRequestId: "same", occurredAt: "same", status: "empty" });
    expect(plan.rows[0].current).toBe("e1234567-89ab-4cde-8f12-3456789abcde");
  });

  it("adds a new example when every example is taken by other requests", () => {
    const [plan] = examplePlans(suggestions, [
      { ...emptyExample(), xRequestId: "11111111-2222-4333-8444-555555555555" },
    ]);
    expect(plan).toMatchObject({ target: 1, isNew: true });
    expect(plan.rows.every((r) => r.state === "empty" && r.name.startsWith("examples.1."))).toBe(true);
  });

  it("stays with the example the user already sent it to", () => {
    const examples = [emptyExample(), { ...emptyExample(), occurredAt: "2025-07-29T15:22:10Z" }];
    const key = examplePlans(suggestions, examples)[0].key;
    const [plan] = examplePlans(suggestions, examples, { [key]: 1 });
    expect(plan.target).toBe(1);
    expect(plan.rows.find((r) => r.field === "occurredAt")?.state).toBe("same");
  });
});

describe("applicationRows", () => {
  it("offers Use for empty fields and compares scopes as sets", () => {
    const rows = applicationRows(suggestions, {
      tenantId: "",
      grantedScopes: "system/Encounter.read  system/Patient.read",
    });
    expect(rows.map((r) => [r.name, r.state])).toEqual([
      ["application.tenantId", "empty"],
      ["application.grantedScopes", "same"],
    ]);
  });

  it("asks to replace a different typed value", () => {
    const rows = applicationRows(suggestions, { tenantId: "0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca" });
    expect(rows[0]).toMatchObject({
      state: "different",
      current: "0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca",
      value: SANDBOX_TENANT,
    });
  });
});

describe("sameValue", () => {
  it("compares the way the ticket does", () => {
    expect(sameValue("xRequestId", X_REQUEST_ID.toUpperCase(), X_REQUEST_ID)).toBe(true);
    expect(sameValue("occurredAt", "2025-07-29T17:22:10+02:00", "2025-07-29T15:22:10Z")).toBe(true);
    expect(sameValue("status", "403 ", "403")).toBe(true);
    expect(sameValue("url", "https://a.example/r4/x/", "https://a.example/r4/x")).toBe(true);
    expect(sameValue("status", "401", "403")).toBe(false);
    expect(sameValue("url", "https://a.example/r4/x?a=1", "https://a.example/r4/x?a=2")).toBe(false);
  });
  it("reads a field holding the value as it was pasted (header name, status line, request line) as that value", () => {
    expect(sameValue("xRequestId", `X-Request-Id: ${X_REQUEST_ID}`, X_REQUEST_ID)).toBe(true);
    expect(sameValue("status", "HTTP/1.1 403 Forbidden", "403")).toBe(true);
    expect(sameValue("url", "GET https://a.example/r4/x HTTP/1.1", "https://a.example/r4/x")).toBe(true);
    expect(sameValue("xRequestId", `Cerner-Correlation-Id: ${X_REQUEST_ID}`, X_REQUEST_ID)).toBe(false);
  });
});

describe("suggestions a newcomer should never be offered", () => {
  const token = { itemId: "evidence-1", location: "token response" };
  it("never offers a placeholder ID as a one-click value", () => {
    const placeholder: Suggestions = {
      examples: [
        {
          cernerCorrelationId: { value: "abc12345-def6-7890-ghij-klmnopqrstuv", source: token },
          occurredAt: { value: "2025-07-28T15:21:14Z", source: token },
        },
      ],
      clientId: { value: "your-client-id", source: token },
    };
    const [plan] = examplePlans(placeholder, [emptyExample()]);
    expect(plan.rows.map((r) => r.field)).toEqual(["occurredAt"]);
    expect(applicationRows(placeholder, {})).toEqual([]);
  });

  it("never offers to turn a 403 example into the token exchange's POST", () => {
    const exchange: Suggestions = {
      examples: [
        {
          cernerCorrelationId: { value: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5", source: token },
          method: { value: "POST", source: token },
          status: { value: 200, source: token },
        },
      ],
    };
    const refused = {
      ...emptyExample(),
      cernerCorrelationId: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      method: "GET",
      status: "403",
    };
    const [plan] = examplePlans(exchange, [refused]);
    expect(plan).toMatchObject({ target: 1, isNew: true });
    expect(plan.rows.every((r) => r.state === "empty")).toBe(true);
  });
});
