// The wizard diagnoses live: half-filled forms and pasted fragments of any kind must give sensible findings.
import { describe, expect, it } from "vitest";
import { diagnose, factsOf } from "~/diagnosis/diagnose";

const codes = (input: Parameters<typeof diagnose>[0]) => diagnose(input).findings.map((f) => f.code);

describe("half-filled forms", () => {
  it("checks the scopes typed in the form against the SMART version chosen", () => {
    const d = diagnose({
      ticket: { application: { smartVersion: "v1", requestedScopes: "system/Specimen.read system/Patient.rs" } },
      evidence: [],
    });
    const f = d.findings.find((x) => x.code === "SCOPE_VERSION_MISMATCH")!;
    expect(f.scopes).toEqual(["system/Patient.rs"]);
    expect(f.nextSteps[0]).toContain("system/Patient.read");
  });

  it("compares requested and granted scopes typed in the form", () => {
    const d = diagnose({
      ticket: {
        application: {
          environment: "sandbox",
          scopesChangedAt: "2025-07-01T00:00:00Z",
          requestedScopes: "system/Specimen.read system/Patient.read",
          grantedScopes: "system/Patient.read",
        },
      },
      evidence: [],
    });
    expect(d.findings.map((f) => f.code)).toEqual(["SCOPE_NOT_GRANTED"]);
    expect(d.findings[0].evidence.map((e) => e.location)).toEqual([
      "application.requestedScopes",
      "application.grantedScopes",
    ]);
    expect(d.scopes.find((r) => r.scope === "system/Specimen.read")).toMatchObject({
      requested: true,
      granted: false,
      supported: true,
    });
  });

  it("reads an example request typed in the form as a refused call", () => {
    const d = diagnose({
      ticket: {
        application: { grantedScopes: "system/Patient.read", requestedScopes: "system/Patient.read" },
        examples: [
          {
            method: "GET",
            url: "https://fhir-ehr.cerner.com/r4/7d3e8a90-5b1c-4f2e-9a6d-3c8b1e0f4a27/Observation?patient=1",
            status: "403",
            xRequestId: "78a19072002b8651623351cfedaffe70",
            occurredAt: "2025-07-28T15:21:14Z",
          },
        ],
      },
      evidence: [],
    });
    expect(d.findings[0]).toMatchObject({ code: "SCOPE_REQUIRED_MISSING", scopes: ["system/Observation.read"] });
  });

  it("reads identifiers pasted with their header names as the ticket stores them: no format finding", () => {
    const d = diagnose({
      ticket: {
        application: { clientId: "client_id=b1e2a292-fbe4-460a-be33-582e572abbbe" },
        examples: [
          {
            method: "GET",
            url: "https://fhir-ehr.cerner.com/r4/7d3e8a90-5b1c-4f2e-9a6d-3c8b1e0f4a27/Observation?patient=1",
            status: "403",
            xRequestId: "X-Request-Id: 78a19072002b8651623351cfedaffe70",
            cernerCorrelationId: '"urn:uuid:5718aeb9-3fef-470f-8562-5ccbc97b4fe5",',
            occurredAt: "Jul 28, 2025, 10:21:14 AM CDT",
          },
        ],
      },
      evidence: [],
    });
    expect(d.findings.map((f) => f.code)).not.toContain("IDENTIFIER_FORMAT");
    expect(d.findings.map((f) => f.code)).not.toContain("TIMESTAMP_NO_TIMEZONE");
  });

  it("says a time typed the way a mail client prints it, but without its zone, has no zone", () => {
    const d = diagnose({
      ticket: {
        examples: [{ xRequestId: "78a19072002b8651623351cfedaffe70", occurredAt: "Jul 28, 2025, 10:21:14 AM" }],
      },
      evidence: [],
    });
    expect(d.findings.map((f) => f.code)).toContain("TIMESTAMP_NO_TIMEZONE");
  });

  it("tolerates values of the wrong type", () => {
    expect(() =>
      diagnose({
        ticket: { application: { requestedScopes: 42 as never, appType: ["system"] as never }, examples: "x" as never },
        evidence: [],
      }),
    ).not.toThrow();
  });
});

describe("pasted fragments", () => {
  it("reads a redaction annotation's claims, not its scope= text as a request", () => {
    const text = [
      "GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 HTTP/1.1",
      "Authorization: Bearer [REDACTED:access_token#1 · JWT iss=https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d; exp=2025-07-28T15:30:44Z; scope=system/Patient.read]",
      "",
      "HTTP/1.1 401 Unauthorized",
      "Date: Mon, 28 Jul 2025 15:40:00 GMT",
      'WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="invalid_token"',
      "",
    ].join("\n");
    const facts = factsOf({ evidence: [{ id: "x", text }] });
    expect(facts.requested).toEqual([]);
    expect(facts.granted.map((g) => g.origin)).toEqual(["token-claims"]);
    expect(codes({ evidence: [{ id: "x", text }] })).toEqual(["TOKEN_EXPIRED"]);
  });

  it("reads a curl command's token request", () => {
    const text = `curl -X POST 'https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token' -H 'Content-Type: application/x-www-form-urlencoded' -d 'grant_type=client_credentials&scope=system%2FPatient.read+patient%2FObservation.read'`;
    const facts = factsOf({ evidence: [{ id: "c", text }] });
    expect(facts.requested[0].scopes.map((s) => s.normalised)).toEqual([
      "system/Patient.read",
      "patient/Observation.read",
    ]);
    // client_credentials grants system/ scopes only, and system/ is never mixed with patient/.
    expect(codes({ evidence: [{ id: "c", text }] }).sort()).toEqual(["SCOPE_CONTEXT_MISMATCH", "SCOPE_CONTEXT_MIXED"]);
  });

  it("reads a log line with a refused call and times without a zone", () => {
    const text =
      "2025-07-28 15:21:14 ERROR GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Specimen?_id=1 -> 403 insufficient_scope";
    const d = diagnose({
      evidence: [{ id: "log", kind: "log", text }],
      ticket: { application: { grantedScopes: "system/Patient.read" } },
    });
    expect(d.findings.map((f) => f.code)).toEqual([
      "SCOPE_REQUIRED_MISSING",
      "TIMESTAMP_NO_TIMEZONE",
      "MISSING_EVIDENCE",
    ]);
    expect(d.findings.find((f) => f.code === "TIMESTAMP_NO_TIMEZONE")?.severity).toBe("info");
  });

  it("uses a pasted smart-configuration as the tenant's supported scopes", () => {
    const config = JSON.stringify({
      issuer: "https://authorization.cerner.com/tenants/7d3e8a90-5b1c-4f2e-9a6d-3c8b1e0f4a27",
      scopes_supported: ["system/Patient.read"],
    });
    const d = diagnose({
      ticket: {
        application: {
          tenantId: "7d3e8a90-5b1c-4f2e-9a6d-3c8b1e0f4a27",
          requestedScopes: "system/Patient.read system/Specimen.read",
        },
      },
      evidence: [{ id: "cfg", text: config }],
    });
    expect(d.findings.map((f) => f.code)).toEqual(["RESOURCE_NOT_SUPPORTED"]);
    expect(d.findings[0].explanation).toMatch(/pasted discovery document/);
  });
});

describe("the summary", () => {
  it("always says something", () => {
    const only = (ticket: Parameters<typeof diagnose>[0]["ticket"], text?: string) =>
      diagnose({ ticket, evidence: text ? [{ id: "x", text }] : [] }).summary;
    expect(
      only({
        examples: [{ xRequestId: "78a19072002b8651623351cfedaffe70", occurredAt: "2025-07-28 15:21:14" }],
        application: { requestedScopes: "system/Patient.read" },
      }),
    ).toMatch(/^No blocking problem found; one thing to check: a time without a time zone\./);
    expect(only(undefined, "just some words")).toBe(
      "No scope problem shows in the evidence so far: add the failing request and the token response.",
    );
    expect(
      only({ application: { requestedScopes: "system/Patient.read", grantedScopes: "system/Patient.read" } }),
    ).toBe("No problem found in the evidence: the scopes requested, granted and needed agree.");
    expect(only(undefined, "2025-07-28 15:21:14 INFO started")).toMatch(
      /^No blocking problem found\. Note: a time without a time zone\./,
    );
  });
});
