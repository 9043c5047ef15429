// Variants of the rules beyond the one fixture per code: the other shapes each code is meant to catch.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { DiagnosisTicket } from "~/diagnosis/ticket-input";

const SANDBOX = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const CLIENT_TENANT = "7d3e8a90-5b1c-4f2e-9a6d-3c8b1e0f4a27";

function http(
  method: string,
  url: string,
  status: number,
  opts: { auth?: string; headers?: string[]; body?: string; date?: string; requestBody?: string } = {},
): string {
  const u = new URL(url);
  return [
    `${method} ${u.pathname}${u.search} HTTP/1.1`,
    `Host: ${u.host}`,
    ...(opts.auth ? [`Authorization: ${opts.auth}`] : []),
    ...(opts.requestBody ? ["Content-Type: application/x-www-form-urlencoded", "", opts.requestBody] : []),
    "",
    `HTTP/1.1 ${status} X`,
    `Date: ${opts.date ?? "Mon, 28 Jul 2025 15:22:03 GMT"}`,
    ...(opts.headers ?? []),
    "",
    opts.body ?? "",
    "",
  ].join("\n");
}
const tokenCall = (tenant: string, scope: string, response: object, date?: string) =>
  http("POST", `https://authorization.cerner.com/tenants/${tenant}/protocols/oauth2/profiles/smart-v1/token`, 200, {
    requestBody: `grant_type=client_credentials&scope=${encodeURIComponent(scope)}`,
    body: JSON.stringify(response),
    date,
  });
const run = (texts: string[], ticket?: DiagnosisTicket) =>
  diagnose({ ticket, evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: ReturnType<typeof diagnose>) => d.findings.map((f) => f.code);
const FORBIDDEN = JSON.stringify({
  message:
    'code="urn:cerner:error:oauth2:resource-access:insufficient-scopes", error="insufficient_scope", subcode="no_scope_for_resource_path"',
  code: 403,
});

describe("HOST_ENVIRONMENT_MISMATCH variants", () => {
  it.each([
    ["a legacy *.sandboxcerner.com host", `https://fhir-ehr.sandboxcerner.com/r4/${SANDBOX}/Patient/1`, {}, /legacy/],
    ["DSTU2", `https://fhir-ehr-code.cerner.com/dstu2/${SANDBOX}/Patient/1`, {}, /DSTU2/],
    [
      "the open endpoint with a token",
      `https://fhir-open.cerner.com/r4/${SANDBOX}/Patient/1`,
      { auth: "Bearer [REDACTED:access_token#1]" },
      /does not check tokens/,
    ],
    [
      "a Patient app on the provider endpoint",
      `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/Patient/1`,
      {},
      /Patient app/,
      { application: { appType: "patient" } },
    ],
    [
      "the sandbox tenant on the production host",
      `https://fhir-ehr.cerner.com/r4/${SANDBOX}/Patient/1`,
      {},
      /sandbox tenant on a production host/,
    ],
  ] as const)("%s", (_name, url, opts, title, ticket?: DiagnosisTicket) => {
    const d = run([http("GET", url, 200, opts)], ticket);
    expect(codes(d)).toContain("HOST_ENVIRONMENT_MISMATCH");
    expect(d.findings.find((f) => f.code === "HOST_ENVIRONMENT_MISMATCH")!.title).toMatch(title);
  });

  it("the token endpoint's host differs from the FHIR host", () => {
    const token = http(
      "POST",
      `https://authorization.cerner.com/tenants/${SANDBOX}/hosts/fhir-myrecord.cerner.com/protocols/oauth2/profiles/smart-v1/token`,
      200,
      {
        requestBody: "grant_type=client_credentials&scope=system%2FPatient.read",
        body: '{"access_token":"x1234567890","scope":"system/Patient.read","token_type":"Bearer","expires_in":570}',
      },
    );
    const d = run([token, http("GET", `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/Patient/1`, 200)]);
    expect(d.findings.find((f) => f.code === "HOST_ENVIRONMENT_MISMATCH")?.title).toMatch(
      /token endpoint names another FHIR host/,
    );
  });
});

describe("token and tenant errors", () => {
  it("CLIENT_NOT_ON_TENANT from the FHIR API's 'Tenant not valid or accessible'", () => {
    const oo = JSON.stringify({
      resourceType: "OperationOutcome",
      issue: [{ severity: "error", code: "forbidden", diagnostics: "Tenant not valid or accessible" }],
    });
    const d = run([
      http("GET", `https://fhir-ehr.cerner.com/r4/${CLIENT_TENANT}/Patient/1`, 403, {
        body: oo,
        auth: "Bearer [REDACTED:access_token#1]",
      }),
    ]);
    expect(codes(d)).toEqual(["CLIENT_NOT_ON_TENANT"]);
  });

  it("EMPTY_SCOPES from access_denied / denied-by-server on the authorize redirect", () => {
    const location = `https://app.example.org/cb?error=access_denied&error_uri=${encodeURIComponent(`https://authorization.cerner.com/errors/${encodeURIComponent("urn:cerner:error:authorization-server:oauth2:grant:denied-by-server")}/instances/65b0a9f4-782f-49a4-947f-e0a875ce5f67?client=0f6b2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4&tenant=${SANDBOX}`)}`;
    const d = run([
      http(
        "GET",
        `https://authorization.cerner.com/tenants/${SANDBOX}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize?response_type=code&scope=user%2FPatient.read&client_id=x`,
        302,
        { headers: [`Location: ${location}`] },
      ),
    ]);
    expect(codes(d)).toEqual(["EMPTY_SCOPES"]);
  });

  it("INVALID_TOKEN when no token was sent (…resource-access:token-required)", () => {
    const body = JSON.stringify({
      message: 'code="urn:cerner:error:oauth2:resource-access:token-required"',
      code: 401,
    });
    const d = run([http("GET", `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/Patient/1`, 401, { body })]);
    expect(d.findings[0]).toMatchObject({
      code: "INVALID_TOKEN",
      title: expect.stringMatching(/no access token was sent/),
    });
  });

  it("TOKEN_EXPIRED from the token response's time + 570 s when the token is opaque", () => {
    const token = tokenCall(
      SANDBOX,
      "system/Patient.read",
      { access_token: "opaque-token-0123456789", scope: "system/Patient.read", token_type: "Bearer", expires_in: 570 },
      "Mon, 28 Jul 2025 15:00:00 GMT",
    );
    const call = http("GET", `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/Patient/1`, 401, {
      auth: "Bearer opaque-token-0123456789",
      date: "Mon, 28 Jul 2025 15:20:00 GMT",
      headers: ['WWW-Authenticate: Bearer realm="x", error="invalid_token"'],
    });
    const d = run([token, call]);
    expect(codes(d)).toEqual(["TOKEN_EXPIRED"]);
    expect(d.findings[0].explanation).toContain("2025-07-28T15:09:30Z");
    expect(JSON.stringify(d)).not.toContain("opaque-token-0123456789");
  });

  it("KNOWN_ERROR_CODE marks a URN only known from the historical catalogue", () => {
    const d = run([
      JSON.stringify({
        error: "invalid_grant",
        error_uri: `https://authorization.cerner.com/errors/${encodeURIComponent("urn:cerner:error:authorization-server:oauth2:token:code:client:mismatch")}/instances/65b0a9f4-782f-49a4-947f-e0a875ce5f67?client=x&tenant=${SANDBOX}`,
      }),
    ]);
    expect(d.findings[0].code).toBe("KNOWN_ERROR_CODE");
    expect(d.findings[0].explanation).toMatch(
      /did not match the original authorization code request.*historical catalogue/,
    );
    expect(d.questions.join(" ")).toContain("65b0a9f4-782f-49a4-947f-e0a875ce5f67");
  });
});

describe("scope rule variants", () => {
  it("SCOPE_VERSION_MISMATCH for a SMART v2 app requesting v1 scopes", () => {
    const d = run([], {
      application: { smartVersion: "v2", requestedScopes: "user/Patient.read user/Observation.rs" },
    });
    expect(d.findings[0]).toMatchObject({ code: "SCOPE_VERSION_MISMATCH", scopes: ["user/Patient.read"] });
    expect(d.findings[0].nextSteps[0]).toContain("user/Patient.rs");
  });

  it("SCOPE_VERSION_MISMATCH (warning) when a request mixes forms and the version is unknown", () => {
    const d = run([], { application: { requestedScopes: "user/Patient.read user/Observation.rs" } });
    expect(d.findings[0]).toMatchObject({ code: "SCOPE_VERSION_MISMATCH", severity: "warning" });
  });

  it("WRITE_WITHOUT_READ for v2 .cud", () => {
    expect(codes(run([], { application: { requestedScopes: "user/Observation.cud user/Patient.rs" } }))).toEqual([
      "WRITE_WITHOUT_READ",
    ]);
  });

  it("RESOURCE_NOT_SUPPORTED for an interaction the sandbox does not offer", () => {
    const d = run([http("DELETE", `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/Patient/1`, 405)]);
    expect(d.findings[0]).toMatchObject({
      code: "RESOURCE_NOT_SUPPORTED",
      title: "Patient does not support delete on the sandbox",
    });
  });

  it("SCOPE_REQUIRED_MISSING names an _include target the token lacks (inference)", () => {
    const token = tokenCall(SANDBOX, "system/MedicationRequest.read", {
      access_token: "[REDACTED:access_token#1]",
      scope: "system/MedicationRequest.read",
      token_type: "Bearer",
      expires_in: 570,
    });
    const call = http(
      "GET",
      `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/MedicationRequest?patient=1&_include=MedicationRequest:medication`,
      403,
      { body: FORBIDDEN },
    );
    const d = run([token, call]);
    expect(d.findings[0]).toMatchObject({
      code: "SCOPE_REQUIRED_MISSING",
      scopes: ["system/Medication.read"],
      basis: "inference",
    });
  });

  it("SCOPE_NOT_GRANTED for offline_access is a note about the app's access type", () => {
    const d = run([], {
      application: {
        environment: "sandbox",
        requestedScopes: "launch openid fhirUser offline_access user/Patient.read",
        grantedScopes: "openid fhirUser user/Patient.read",
      },
    });
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ code: "SCOPE_NOT_GRANTED", severity: "info", scopes: ["offline_access"] });
    expect(d.findings[0].nextSteps[0]).toMatch(/access type/);
  });

  it("an Oracle proprietary type listed by the sandbox is not an unknown resource", () => {
    expect(
      codes(
        run([], {
          application: { requestedScopes: "system/FinancialTransaction.write system/FinancialTransaction.read" },
        }),
      ),
    ).not.toContain("SCOPE_UNKNOWN_RESOURCE");
  });

  it("TENANT_MISMATCH names each tenant and where it came from", () => {
    const d = run([http("GET", `https://fhir-ehr.cerner.com/r4/${CLIENT_TENANT}/Patient/1`, 200)], {
      application: {
        tenantId: "0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca",
        fhirBaseUrl: `https://fhir-ehr.cerner.com/r4/${CLIENT_TENANT}`,
      },
    });
    const f = d.findings.find((x) => x.code === "TENANT_MISMATCH")!;
    expect(f.explanation).toContain("0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca in the form's tenant ID");
    expect(f.explanation).toContain(`${CLIENT_TENANT} in the form's FHIR base URL, a FHIR request URL`);
  });

  it("a 403 although the token holds the scope asks about Millennium security filtering", () => {
    const token = tokenCall(SANDBOX, "system/Observation.read", {
      access_token: "[REDACTED:access_token#1]",
      scope: "system/Observation.read",
      token_type: "Bearer",
      expires_in: 570,
    });
    const call = http("GET", `https://fhir-ehr-code.cerner.com/r4/${SANDBOX}/Observation/1`, 403, {
      auth: "Bearer [REDACTED:access_token#1]",
      headers: ["X-Request-Id: 78a19072002b8651623351cfedaffe70"],
      body: FORBIDDEN,
    });
    const d = run([token, call]);
    expect(codes(d)).toEqual([]);
    expect(d.questions[0]).toMatch(/X-Request-Id 78a19072002b8651623351cfedaffe70.*security filtering/);
    expect(d.summary).toMatch(/^The token holds the scope .* is not about scopes/);
  });
});
