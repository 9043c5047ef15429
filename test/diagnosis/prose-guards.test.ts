// Guards on the prose readers: decoration runs cannot make a reader quadratic, words that deny a failure or name a
// scope as a reason are not read as failures, a pasted failing request outranks a stage told in words, and the SMART
// profile judged is the one of the URL that failed. Each input is a short paste in a shape a developer writes.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { readStatements } from "~/diagnosis/prose/statements";
import type { Diagnosis } from "~/diagnosis/types";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const FHIR = "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d";
const AUTHZ = "https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles";

describe("decoration runs stay linear", () => {
  it("a megabyte of lines that are a scope word and a long run of quotes or stars finishes", () => {
    for (const mark of ["'", "*", "`", "_", '"']) {
      const text = Array.from({ length: 50 }, () => "scope " + mark.repeat(20_000)).join("\n");
      const d = run(text);
      expect(d.findings.map((f) => f.severity)).not.toContain("error");
    }
  });
});

describe("a stage told in words does not override a pasted failing request", () => {
  it("'this is not a CORS issue' beside a pasted 403 gets scope advice, not CORS advice", () => {
    const d = run(
      `I'm calling the FHIR API from our Java backend, so this is not a CORS issue.\nGET ${FHIR}/Observation?patient=12724066 returns 403 Forbidden`,
    );
    expect(advice(d)).not.toContain("cors");
    expect(advice(d)).toContain("scope the request needs");
  });

  it("'we request no offline_access scope' by choice beside a 403 is not a failed refresh", () => {
    const d = run(
      `We request no offline_access scope since the app is online only.\nGET ${FHIR}/DocumentReference?patient=12724066 returns 403`,
    );
    expect(advice(d)).not.toContain("refresh step failed");
    expect(advice(d)).toContain("scope the request needs");
  });

  it("'no refresh token returned' beside a pasted 403 gets scope advice, not refresh advice", () => {
    const d = run(
      `The token response has no refresh token, but that is for later.\nGET ${FHIR}/Observation?patient=12724066 returns 403 Forbidden`,
    );
    expect(advice(d)).not.toContain("refresh step failed");
    expect(advice(d)).toContain("scope the request needs");
  });

  it("an expiry said as a possibility ('otherwise … when the token expires') is not an expired token", () => {
    const d = run("Connect and sync work; otherwise re-auth is needed when the token expires.");
    expect(codes(d)).not.toContain("TOKEN_EXPIRED");
    expect(codes(run("After some time the access_token expires and calls fail."))).toContain("TOKEN_EXPIRED");
  });

  it("a server error quoted in words beside a pasted 403 does not turn it into a content failure", () => {
    const d = run(
      `Earlier we saw a “Bad Request” error, fixed since.\nGET ${FHIR}/Condition?patient=12724066 returns 403 Forbidden`,
    );
    expect(advice(d)).not.toContain("rejected the request's content");
    expect(advice(d)).toContain("scope the request needs");
  });

  it("a launch URL called 'with params iss and launch' beside a 403 is not a launch without iss", () => {
    const d = run(
      `The EHR calls our launch URL with params 'iss' and 'launch' correctly, we exchange the code fine.\nThen GET ${FHIR}/Condition?patient=12724066 returns 403.`,
    );
    expect(advice(d)).not.toContain("opened without iss");
    expect(advice(d)).toContain("scope the request needs");
  });

  it("negated CORS, refresh and iss statements alone are not failures", () => {
    const s = readStatements([
      "This is not a CORS issue, the call runs on our server.",
      "I don't think the refresh fails here.",
      "The EHR never opens it without iss parameter.",
    ]);
    expect(s.cors).toBeNull();
    expect(s.refreshFailed).toBeNull();
    expect(s.missingIss).toBeNull();
    const said = readStatements(["We are unable to refresh the token.", "I am unable to authenticate."]);
    expect(said.refreshFailed).toBe(1);
    expect(said.failures.map((x) => x.target)).toEqual(["token", "token"]);
  });

  it("a CORS block of a FHIR call is a failure of that call, not of the token step", () => {
    const s = readStatements([
      `Access to fetch at '${FHIR}/Patient/12724066' from origin 'https://app.example' has been blocked by CORS policy`,
    ]);
    expect(s.cors).toBe(1);
    expect(s.failures.map((x) => x.target)).toEqual(["fhir"]);
  });

  it("a CORS block told with no pasted failing request still gets the CORS advice", () => {
    const d = run(
      "Refreshing the token from the browser: Access to fetch at the token URL has been blocked by CORS policy: the value of the Access-Control-Allow-Origin header must not be the wildcard '*'.",
    );
    expect(advice(d)).toContain("cors");
  });
});

describe("the SMART profile judged is the one of the URL that failed", () => {
  it("unknown-tenant on the app's own profile is a tenant problem, even when the other profile is mentioned", () => {
    const d = run(
      `SMART v2 app. Authorize ${AUTHZ}/smart-v2/personas/provider/authorize gives error_uri=urn:cerner:error:authorization-server:oauth2:grant:unknown-tenant\n(I also tried /profiles/smart-v1/ just in case, same result)`,
    );
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
    expect(codes(d)).not.toContain("PROFILE_VERSION_MISMATCH");
  });

  it("of two URLs on the failing line, the one nearest before the error is judged", () => {
    const d = run(
      `Our app is SMART v2. We first used ${AUTHZ}/smart-v1/personas/patient/authorize and switched to ${AUTHZ}/smart-v2/personas/patient/authorize but the redirect still comes back with error=invalid_request&error_uri=urn:cerner:error:authorization-server:oauth2:grant:unknown-tenant`,
    );
    expect(codes(d)).not.toContain("PROFILE_VERSION_MISMATCH");
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
  });

  it("a v2 app on the discovered smart-v1 token endpoint that works is not told it uses the wrong profile", () => {
    const d = run(
      `Our app is SMART v2. We read the endpoints from .well-known/smart-configuration: token_endpoint ${AUTHZ.replace("/protocols", "/hosts/fhir-ehr-code.cerner.com/protocols")}/smart-v1/token\nToken works. GET ${FHIR}/Observation?patient=12724066 returns 403.\nGranted scope: system/Patient.rs system/Encounter.rs`,
    );
    expect(codes(d)).not.toContain("PROFILE_VERSION_MISMATCH");
  });

  it("the wrong profile at the failing URL is a warning by inference that defers to the discovery document", () => {
    const d = run("App: SMART v2.\n`…/profiles/smart-v1/personas/patient/authorize` → `unknown-tenant`");
    const p = d.findings.find((f) => f.code === "PROFILE_VERSION_MISMATCH");
    expect(p?.severity).toBe("warning");
    expect(p?.basis).toBe("inference");
    expect(p?.nextSteps.join(" ")).toMatch(/smart-configuration/);
    // The sandbox's discovery document lists smart-v1 endpoints and advertises v2 scopes: never say that is wrong.
    expect(p?.nextSteps.join(" ")).toMatch(/lists/);
  });
});

describe("an OperationOutcome's issue is a content failure only when it is one", () => {
  it("a warning issue in a 200 answer does not outrank a pasted 403", () => {
    const d = run(
      [
        "$validate works: it returns 200 with",
        "{",
        '  "resourceType": "OperationOutcome",',
        '  "issue": [ { "severity": "warning", "code": "value", "diagnostics": "display mismatch" } ]',
        "}",
        `but the create POST ${FHIR}/Observation returns 403`,
      ].join("\n"),
    );
    expect(advice(d)).not.toContain("rejected the request's content");
    expect(advice(d)).toContain("scope the request needs");
  });

  it("an outcome saying the access token is invalid is not a content failure", () => {
    const words = run(
      "Every call to the FHIR API fails and the body is an OperationOutcome that says the access token is invalid or expired.",
    );
    expect(advice(words)).not.toContain("rejected the request's content");
    const pasted = run(
      [
        `GET ${FHIR}/Patient/12724066`,
        "",
        "{",
        '  "resourceType": "OperationOutcome",',
        '  "issue": [ { "severity": "error", "code": "invalid", "diagnostics": "Bearer token is invalid" } ]',
        "}",
      ].join("\n"),
    );
    expect(advice(pasted)).not.toContain("rejected the request's content");
  });

  it("an error issue cut off after its code is still a content failure", () => {
    const s = readStatements([
      "Creating the Appointment returns",
      "{",
      '  "resourceType": "OperationOutcome",',
      '  "issue": [ {',
      '      "severity": "error",',
      '      "code": "business-rule",',
    ]);
    expect(s.failures.map((x) => x.status)).toContain(422);
  });
});

describe("a scope named as a reason or denied missing is not a dropped scope", () => {
  const token =
    'Token response: {"access_token":"<redacted>","token_type":"Bearer","expires_in":570,"scope":"patient/Patient.read patient/Observation.read openid fhirUser"}';
  it("'without the online_access scope we would …' is a rationale", () => {
    const d = run(
      `Without the online_access scope we would get no refresh token, but we don't need one.\n${token}\nGET ${FHIR}/Condition?patient=12724066 returns 403 Forbidden`,
    );
    expect(d.findings.filter((f) => f.code === "SCOPE_NOT_GRANTED").flatMap((f) => f.scopes ?? [])).not.toContain(
      "online_access",
    );
  });

  it("'the token is NOT missing the … scope' is not read as missing", () => {
    const s = readStatements(["The token is NOT missing the patient/Observation.read scope - I checked."]);
    expect(s.missingScopes).toEqual([]);
    expect(readStatements(["The token response is missing the openid scope."]).missingScopes).toHaveLength(1);
  });
});

describe("an error's name counts only when it is said to happen", () => {
  it("a denied catalogue name ('not an `unknown-tenant` error any more') is not an error", () => {
    const d = run(
      `It's not an \`unknown-tenant\` error any more, the login page appears fine.\nThen GET ${FHIR}/Condition?patient=12724066 returns 403 Forbidden`,
    );
    expect(codes(d)).not.toContain("CLIENT_NOT_ON_TENANT");
  });

  it("generic words in quotes ('invalid-request', 'token-required') do not stand for one catalogue URN", () => {
    for (const name of ["invalid-request", "invalid-code", "token-invalid", "token-required", "missing-patient"])
      expect(readStatements([`The library logs "${name}" here.`]).namedErrors, name).toEqual([]);
    expect(readStatements(["It answers `unknown-tenant`."]).namedErrors).toHaveLength(1);
  });
});

describe("success and failures outside the API are not failures of the API", () => {
  it("a solved report that tells how it would have failed is not a failure", () => {
    for (const text of [
      "Thanks, it works now! The token endpoint returns the access token and Patient read returns 200. (Before, the authorize step would show an error page, but that was our redirect_uri typo.)",
      "Solved, thanks. For others: the SDK throws an exception if you forget aud, that was it.",
    ])
      expect(codes(run(text)), text).not.toContain("FAILURE_UNEXPLAINED");
  });

  it("a failing build beside a 403 in words does not blur the 403", () => {
    const d = run(
      `Our CI build was failing with a TypeScript error after upgrading fhirclient, fixed now.\nThe actual problem: GET ${FHIR}/MedicationRequest?patient=12724066 gives 403 insufficient_scope.\nGranted scope: patient/Patient.read patient/Observation.read launch openid`,
    );
    expect(d.summary).not.toMatch(/does not show which request/);
    expect(advice(d)).toContain("medicationrequest");
  });
});

describe("more ways of writing the same statements", () => {
  it("reads a scope said missing with a contraction, a plural subject or a label", () => {
    for (const line of [
      "The openid scope isn't returned in the token response, so there is no id_token.",
      "The granted scopes don't include patient/Observation.read even though we request it.",
      "Token response is missing scope: patient/Observation.read",
    ])
      expect(readStatements([line]).missingScopes, line).toHaveLength(1);
  });

  it("reads Safari's and Firefox's CORS messages", () => {
    for (const line of [
      "[Error] Origin https://myapp.example.com is not allowed by Access-Control-Allow-Origin. Status code: 200",
      "Fetch API cannot load https://authorization.cerner.com/tenants/x/token due to access control checks.",
      "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://authorization.cerner.com/x/token. (Reason: CORS request did not succeed).",
    ])
      expect(readStatements([line]).cors, line).toBe(1);
  });

  it("reads a launch without iss told as a missing parameter or fhirclient's message", () => {
    for (const line of [
      "When I open my launch.html directly, the iss parameter is missing and the app shows a blank page.",
      "Error: No server url found. It must be specified as `iss` or as `fhirServiceUrl` parameter",
    ])
      expect(readStatements([line]).missingIss, line).toBe(1);
  });
});

describe("unknown-tenant words do not outrank a pasted 403 insufficient_scope", () => {
  const F403 = [
    `GET ${FHIR}/Observation?patient=12724066 HTTP/1.1`,
    "HTTP/1.1 403 Forbidden",
    'WWW-Authenticate: Bearer realm="ec2458f2-1e24-41c8-b71b-0e701af7583d", error="insufficient_scope"',
  ].join("\n");
  it.each([
    ["an error that was fixed", `${F403}\nLast week we got an unknown tenant error but that is fixed now.`],
    [
      "quoted docs with a condition",
      `${F403}\n> Docs: if the tenant is not found, the server returns an unknown tenant error.`,
    ],
    ["a check that found no tenant problem", `I checked: the tenant was not found to be a problem.\n${F403}`],
    ["advice said as a condition", `If you see unknown tenant, check the URL.\n${F403}`],
  ])("%s beside the pasted 403 keeps the insufficient_scope reading", (_name, text) => {
    const d = run(text);
    expect(codes(d)).not.toContain("CLIENT_NOT_ON_TENANT");
    expect(codes(d)).toEqual(codes(run(F403)));
  });

  it.each([
    ["If you see unknown tenant, check the URL."],
    ["Last week we got an unknown tenant error but that is fixed now."],
    ["The unknown tenant error was an old problem, now solved."],
  ])("'%s' alone raises no error", (text) => {
    const d = run(text);
    expect(codes(d)).not.toContain("CLIENT_NOT_ON_TENANT");
    expect(d.findings.map((f) => f.severity)).not.toContain("error");
  });

  it("tenant words beside a pasted 403 insufficient_scope raise no error against the observed 403", () => {
    for (const text of [
      `${F403}\nThe docs mention an unknown tenant error for this endpoint.`,
      `We also saw "tenant not found" in another thread.\n${F403}`,
    ]) {
      const d = run(text);
      expect(codes(d)).not.toContain("CLIENT_NOT_ON_TENANT");
      expect(advice(d)).toContain("insufficient_scope");
    }
  });

  it("an unknown tenant error happening now is still read", () => {
    const d = run(`Calling ${AUTHZ}/smart-v1/personas/provider/authorize gives an unknown tenant error.`);
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
  });
});

describe("refresh and signing-key words that deny or settle the failure", () => {
  it.each([
    ["There is no refresh token problem here."],
    ["I launch without the refresh token being involved; Observation read returns 403."],
  ])("'%s' gives no refresh advice", (text) => {
    const d = run(text);
    expect(advice(d)).not.toContain("refresh step failed");
    expect(readStatements([text]).refreshFailed).toBeNull();
  });

  it.each([
    ["No refresh token returned by the token endpoint."],
    ["The token response has no refresh token, so the app asks the user to log in again."],
    ["Our provider app asks for online_access, but no refresh token comes back."],
  ])("'%s' is still a refresh token not received", (text) => {
    expect(readStatements([text]).refreshFailed).toBe(1);
  });

  it.each([
    ["There is no matching key in the Observation bundle for this code."],
    ["Fixed: could not find key ID was an old problem, now solved."],
  ])("'%s' gives no signing-key advice", (text) => {
    const d = run(text);
    expect(advice(d)).not.toContain("(kid)");
    expect(readStatements([text]).unknownKid).toBeNull();
  });

  it.each([
    ["Token validation fails: no matching key found in the JWKS for kid abc123."],
    ["IDX10501: Signature validation failed. Unable to match key: could not find key ID."],
  ])("'%s' is still a signing key not found", (text) => {
    expect(readStatements([text]).unknownKid).toBe(1);
  });
});
