// Evidence as developers post it: one test group per class of the untidy reports (scopes in prose, snippets inside
// prose, authorize-step errors, the whole error_description, visible defects, honest summaries). Each case is a short
// paste in the shape of the public reports in test/fixtures/diagnosis/real/.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const one = (d: Diagnosis, code: string) => d.findings.find((f) => f.code === code)!;
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n");
const FORBIDDEN = `{"code":403,"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\""}`;

describe("1. scopes written in prose", () => {
  it("reads 'Requested scopes:' on the same line and the granted list on the next lines, bulleted", () => {
    const d = run(
      `Our system app (tenant ${TENANT}).\nRequested scopes: system/Observation.read system/Patient.read\nThe granted scopes are:\n- system/Patient.read\n\nThanks`,
    );
    expect(d.scopes.find((r) => r.scope === "system/Observation.read")).toMatchObject({
      requested: true,
      granted: false,
    });
    expect(d.scopes.find((r) => r.scope === "system/Patient.read")).toMatchObject({ requested: true, granted: true });
    expect(codes(d)).toContain("SCOPE_NOT_GRANTED");
  });

  it("reads 'our authorization request includes:' with the list on the next line, and marks the facts as prose", () => {
    const d = run(
      `However, the granted scope is:\n\nfhirUser launch openid\n\nEven though our authorization request includes:\n\nlaunch openid fhirUser user/Patient.read\n\nso reads fail.`,
    );
    const f = one(d, "SCOPE_NOT_GRANTED");
    expect(f.scopes).toEqual(["user/Patient.read"]);
    expect(f.evidence.some((e) => e.fromProse && /\(prose\)/.test(e.location))).toBe(true);
  });

  it("reads a comma-separated list in a sentence as scopes (not as invalid tokens)", () => {
    const d = run(
      "We are requesting the following scopes: system/Encounter.read, system/Patient.read and nothing else.",
    );
    expect(d.scopes.map((r) => r.scope).sort()).toEqual(["system/Encounter.read", "system/Patient.read"]);
    expect(codes(d)).not.toContain("SCOPE_SYNTAX_INVALID");
  });
});

describe("2. structured snippets inside prose", () => {
  it("parses a JSON error after a few lines of text", () => {
    const d = run(
      `We expected a token.\nActual Result:\nCerner-Correlation-Id 65b0a9f4-782f-49a4-947f-e0a875ce5f67\n{\n"error": "invalid_grant",\n"error_uri": "https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Ainvalid-tenant/instances/65b0a9f4-782f-49a4-947f-e0a875ce5f67?client=ec9e9fdd-d770-4108-8589-62fa060429fb&tenant=${TENANT}"\n}`,
    );
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
  });

  it("forgives a forum paste: markdown escapes, blank lines, a <placeholder> for a removed value, a trailing comma", () => {
    const d = run(
      `But I am gettting error invalid\\_client\n\n{\n\n"error": "invalid\\_client",\n\n"error\\_uri": "https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Ainvalid-authorization-header/instances/343ff05b-3e67-4e04-b997-bf6ef600dcb0?client=unknown&tenant=${TENANT}",\n\n"error\\_description": <see error_uri>,\n}`,
    );
    const f = one(d, "KNOWN_ERROR_CODE");
    expect(f.title).toMatch(/invalid-authorization-header/);
    expect(f.nextSteps.join(" ")).toMatch(/343ff05b-3e67-4e04-b997-bf6ef600dcb0/);
  });

  it("reads a request line with placeholders, ties the 403 body after it to it, and notes the placeholders", () => {
    const d = run(
      `The granted scope is: launch openid\nWhen we call:\n\nGET {fhir_base}/Patient/{patient_id}\n\nWe receive:\n\n403 Forbidden\n${FORBIDDEN}`,
    );
    const f = one(d, "SCOPE_REQUIRED_MISSING");
    expect(f.evidence.map((e) => e.excerpt).join(" ")).toMatch(/placeholders \{fhir_base\}, \{patient_id\}/);
  });

  it("reads a request told in words ('403 error for R4 Coverage PATCH request') and names the scope it needs", () => {
    const d = run(`I am constantly getting 403 error for R4 Coverage PATCH request.\n${FORBIDDEN}`);
    expect(advice(d)).toMatch(/Coverage\.write/);
    expect(advice(d)).toMatch(/token response/);
  });
});

describe("3. authorize-step errors", () => {
  const redirect = (urn: string, error = "access_denied") =>
    `it redirects with the following URL:\n\nmyapp://cb/?state=s&error=${error}&error_uri=${encodeURIComponent(`https://authorization.cerner.com/errors/${encodeURIComponent(urn)}/instances/dccf77c1-9bb9-43aa-82c1-b6b9c07c95e2?persona=provider&client=f4e2294a-c9e7-4446-894c-0db869be4bfd&tenant=${TENANT}`)}`;

  it("decodes the URN double-encoded in a redirect, with advice for the authorize step", () => {
    const d = run(redirect("urn:cerner:error:authorization-server:oauth2:grant:missing-patient"));
    const f = one(d, "KNOWN_ERROR_CODE");
    expect(f.title).toMatch(/grant:missing-patient/);
    expect(f.nextSteps[0]).toMatch(/aud/);
    expect(f.nextSteps.join(" ")).toMatch(/dccf77c1-9bb9-43aa-82c1-b6b9c07c95e2/);
  });

  it("knows the grant-stage URNs client-persona-mismatch and invalid-launch-code", () => {
    expect(
      one(
        run(
          redirect("urn:cerner:error:authorization-server:oauth2:grant:client-persona-mismatch", "unauthorized_client"),
        ),
        "KNOWN_ERROR_CODE",
      ).nextSteps[0],
    ).toMatch(/persona/);
    expect(
      one(
        run(
          redirect(
            "urn:cerner:error:authorization-server:smart-v1:grant:launch:invalid-launch-code",
            "invalid_request",
          ),
        ),
        "KNOWN_ERROR_CODE",
      ).nextSteps[0],
    ).toMatch(/launch/);
  });

  it("gives authorize-step advice, not token-request advice, for an authorize error without specific advice", () => {
    const f = one(
      run(
        redirect(
          "urn:cerner:error:authorization-server:oauth2:grant:unsupported-response-type",
          "unsupported_response_type",
        ),
      ),
      "KNOWN_ERROR_CODE",
    );
    expect(f.nextSteps[0]).toMatch(/authorize request/);
    expect(f.nextSteps[0]).not.toMatch(/token request|grant type/);
  });

  it("turns an unknown Oracle URN into a finding that decodes it and asks support", () => {
    const d = run(
      "Error Code:urn:cerner:error:authorization-server:client-assertion:jwt-bearer:invalid-signature\nError Instance: 847e48ff-956f-4f96-8585-2d0ccb19d40a",
    );
    const f = one(d, "UNKNOWN_ERROR_URN");
    expect(f.explanation).toMatch(/client assertion .*invalid signature/i);
    expect(f.basis).toBe("inference");
    expect(f.nextSteps.join(" ")).toMatch(/Ask Oracle Health support/);
  });
});

describe("4. the whole error_description", () => {
  const challenge = (description: string) =>
    `So now we have a token but the request fails:\nWWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="invalid_token", error_description="${description}"`;

  it("keeps the description whole and gives refresh-token advice for expiry", () => {
    const f = one(run(challenge("Token has expired")), "TOKEN_EXPIRED");
    expect(f.explanation).toContain('"Token has expired"');
    expect(f.nextSteps.join(" ")).toMatch(/refresh token/);
  });

  it("points an issuer failure at the token endpoint and Oracle, without 'check expiry'", () => {
    const f = one(
      run(
        challenge(
          "Invalid issuer. Expected https://authorization.sandboxcerner.com/, received https://authorization.cerner.com",
        ),
      ),
      "INVALID_TOKEN",
    );
    expect(f.explanation).toContain(
      "Invalid issuer. Expected https://authorization.sandboxcerner.com/, received https://authorization.cerner.com",
    );
    expect(f.nextSteps.join(" ")).toMatch(/smart-configuration/);
    expect(f.nextSteps.join(" ")).not.toMatch(/expired/);
  });

  it("gives both readings for 'expired or signature is invalid'", () => {
    const f = one(run(challenge("Token has expired or signature is invalid")), "INVALID_TOKEN");
    expect(f.nextSteps.join(" ")).toMatch(/refresh/);
    expect(f.nextSteps.join(" ")).toMatch(/signature/);
  });

  it("reads an expiry told only in words (401 after 10 minutes)", () => {
    const f = one(
      run("After 10 mins our application is not working and we are getting unauthorized from the API."),
      "TOKEN_EXPIRED",
    );
    expect(f.basis).toBe("inference");
    expect(f.nextSteps.join(" ")).toMatch(/online_access/);
  });
});

describe("5. visible defects", () => {
  it("flags a tenant ID with a non-hex character and a group of the wrong length", () => {
    const f = one(
      run(
        "https://authorization.cerner.com/tenants/5b22adf1-4884-4ac2-b6f3-04fa545ac9fcm/protocols/oauth2/profiles/smart-v1/token",
      ),
      "TENANT_ID_MALFORMED",
    );
    expect(f.explanation).toMatch(/group 5 has 13 characters/);
    expect(f.explanation).toMatch(/"m" is not a hexadecimal digit/);
  });

  it("flags a comma-separated scope list", () => {
    expect(
      codes(
        run(
          "--data-urlencode 'grant_type=client_credentials' \\\n--data-urlencode 'scope=system/Account.read, system/Binary.read'",
        ),
      ),
    ).toContain("SCOPE_LIST_COMMAS");
  });

  it("flags 'Authorization: Bearer <JWT>' sent to the token endpoint", () => {
    const d = run(
      `I am trying JWT authentication:\n\nPOST /tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token HTTP/1.1\nHost: authorization.cerner.com\nContent-Type: application/x-www-form-urlencoded\nAuthorization: Bearer <removed>\n\ngrant_type=client_credentials&scope=system%2FEncounter.read`,
    );
    expect(one(d, "TOKEN_REQUEST_BEARER_AUTH").nextSteps.join(" ")).toMatch(/client_assertion/);
  });

  it("flags a launch parameter in a standalone launch", () => {
    const d = run(
      "I go through the standalone SoF authorization workflow. The “launch” query param I'm sending is simply a random UUID i.e. launch=a260dbce-ad23-43bd-aea1-0cfa173055c6",
    );
    expect(one(d, "LAUNCH_IN_STANDALONE").nextSteps.join(" ")).toMatch(/launch\/patient/);
  });

  it("flags a patient app (said in prose) calling the provider endpoint", () => {
    const d = run(
      `Our patient-facing app calls GET https://fhir-ehr.cerner.com/r4/${TENANT}/Patient/12724066 and gets 200.`,
    );
    expect(d.findings.some((f) => f.code === "HOST_ENVIRONMENT_MISMATCH" && /Patient app/.test(f.title))).toBe(true);
  });
});

describe("6. honest when reading fails", () => {
  it("never says 'No problem found' for a failure told in words; says what to paste and the likely cause", () => {
    const d = run("Since this morning every call to the FHIR server fails with a 500 error.");
    expect(d.summary).not.toMatch(/no problem found|no blocking problem/i);
    const f = one(d, "FAILURE_UNEXPLAINED");
    expect(f.basis).toBe("inference");
    expect(f.explanation).toMatch(/Most likely/);
    expect(f.nextSteps[0]).toMatch(/^Paste/);
  });

  it("a 403 insufficient_scope pasted alone still gets its most likely explanation", () => {
    const d = run(
      `Despite having system/Specimen.read listed in our scope request, we receive a 403 Forbidden response with:\nerror: "insufficient_scope"`,
    );
    expect(d.summary).toMatch(/does not explain/);
    expect(advice(d)).toMatch(/provisioning/);
  });
});
