// Shapes found in public reports that the diagnosis had not seen (the second batch of test/fixtures/diagnosis/real/):
// one group per class of miss, each a short paste in that shape — never the report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { growth } from "../hostile/work-meter";

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();

describe("an OAuth error named in a sentence", () => {
  it("reads 'I get a \"invalid_client\" error' as the token endpoint's invalid_client", () => {
    const d = run(
      `We call the token endpoint with our system account.\nWhen I post the request I get a "invalid_client" error.\nAny idea?`,
    );
    expect(codes(d)).toContain("KNOWN_ERROR_CODE");
    expect(advice(d)).toContain("secret");
    expect(d.summary).not.toMatch(/no problem found/i);
  });

  it("reads an error code written bare after 'fails with'", () => {
    const d = run(`Exchanging the code fails with invalid_grant every time.`);
    expect(codes(d)).toContain("KNOWN_ERROR_CODE");
  });

  it("does not read a code the sentence only mentions as a name of something else", () => {
    const d = run(`The docs list invalid_client among the possible errors; our calls work.`);
    expect(codes(d)).not.toContain("KNOWN_ERROR_CODE");
  });
});

describe("token expiry told in words, without a time", () => {
  it("reads 'after some time the access_token expires' as an expired token, with refresh advice", () => {
    const d = run(
      `I retrieve the access_token and call the FHIR endpoints.\nBut after some time the access_token expires and the calls stop.`,
    );
    expect(codes(d)).toContain("TOKEN_EXPIRED");
    expect(advice(d)).toContain("refresh");
    expect(advice(d)).toContain("expires_in");
  });

  it("does not read expires_in in a pasted token response as an expiry", () => {
    const d = run(`{"access_token": "abc", "scope": "user/Patient.read", "token_type": "Bearer", "expires_in": 570}`);
    expect(codes(d)).not.toContain("TOKEN_EXPIRED");
  });
});

describe("the authorization server's error page copied as text", () => {
  it("reads 'has not been white-listed by <tenant> for use' as a client not enabled on the tenant", () => {
    const d = run(
      `Information to provide to Technical Support\nCorrelation ID:0a1b2c3d-0000-4000-8000-000000000001\n"My Demo App" has not been white-listed by Acme Health Millennium for use.`,
    );
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
    expect(advice(d)).toContain("tenant");
  });

  it("reads '<tenant> has not enabled <app> for accessing healthcare data' the same way", () => {
    const d = run(`Acme Health has not enabled "My Demo App" for accessing healthcare data yet.`);
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
  });
});

describe("a token endpoint on a retired host", () => {
  it("flags authorization.sandboxcerner.com in a token request, even with a {tenantID} placeholder", () => {
    const d = run(
      `curl --location 'https://authorization.sandboxcerner.com/tenants/{tenantID}/protocols/oauth2/profiles/smart-v1/token' \\\n--header 'Content-Type: application/x-www-form-urlencoded' \\\n--header 'Authorization: Basic {Base64 string}'`,
    );
    expect(codes(d)).toContain("HOST_ENVIRONMENT_MISMATCH");
    expect(advice(d)).toContain("authorization.cerner.com");
  });
});

describe("an authorize URL carried inside another URL", () => {
  it("reads the scopes of an authorize URL nested (encoded) in a session-api to= parameter", () => {
    const authorize = `https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize?aud=${encodeURIComponent(`https://fhir-ehr-code.cerner.com/r4/${TENANT}`)}&scope=launch+openid+patient%2FPatient.read+system%2FPatient.read&response_type=code`;
    const d = run(
      `The launch ends in a 400 Bad Request at this step:\nhttps://authorization.cerner.com/session-api/realm/${TENANT}?to=${encodeURIComponent(authorize)}`,
    );
    expect(codes(d)).toContain("SCOPE_CONTEXT_MIXED");
    expect(codes(d)).toContain("SCOPE_CONTEXT_MISMATCH");
  });
});

describe("a 401 told in words about FHIR calls", () => {
  it("reads 'every request to https://fhir-…/r4/… returns a 401' as the FHIR server refusing the token", () => {
    const d = run(
      `Tokens are issued fine. Despite this, every request to https://fhir-myrecord.cerner.com/r4/... returns a 401 error.`,
    );
    expect(codes(d)).toContain("INVALID_TOKEN");
  });

  it("keeps a 401 after a token's lifetime as an expired token only", () => {
    const d = run(`After 12 minutes our FHIR API calls return 401 unauthorized.`);
    expect(codes(d)).toContain("TOKEN_EXPIRED");
    expect(codes(d)).not.toContain("INVALID_TOKEN");
  });
});

describe("a failure to authenticate told in words", () => {
  it("reads 'we are unable to authenticate' as a reported failure", () => {
    const d = run(`Our backend app uses client_credentials.\nWe are unable to authenticate with our credentials.`);
    expect(codes(d)).toContain("FAILURE_UNEXPLAINED");
    expect(advice(d)).toContain("token response");
  });
});

describe("a refused resource named in a markdown bullet, with the app's SMART version said in words", () => {
  it("reads '`Condition` is `403 insufficient_scope`' as a refused request and advises the v2 scope", () => {
    const d = run(
      "Our app requests SMART v2 `.rs` scopes for each resource.\n\n- `Condition` is `403 insufficient_scope` and skipped.",
    );
    expect(codes(d)).toContain("FAILURE_UNEXPLAINED");
    expect(advice(d)).toContain("condition.rs");
  });

  it("does not take a version said in words over the version of the scopes pasted", () => {
    const d = run(
      "We moved to SMART v2 later.\nRequested scopes: patient/Condition.read\n- `Condition` is `403 insufficient_scope`.",
    );
    expect(advice(d)).not.toContain("condition.rs");
  });
});

describe("a 400 or 422 on the request's content", () => {
  it("says a 422 on a create is the body breaking a rule, not an authorization problem, and names no auth cause", () => {
    const d = run(
      `POST https://fhir-ehr-code.cerner.com/r4/${TENANT}/Condition\nI keep receiving a 422 Unprocessable Entity error.\n{"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid"}]}`,
    );
    expect(advice(d)).toContain("not an authorization problem");
    for (const code of ["SCOPE_REQUIRED_MISSING", "SCOPE_NOT_GRANTED", "INVALID_TOKEN", "TOKEN_EXPIRED"])
      expect(codes(d)).not.toContain(code);
  });

  it("keeps a 400 at the authorize step an authorization problem", () => {
    const d = run(
      `The launch fails at the authorization step with a 400 Bad Request.\nhttps://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize?scope=launch+user%2FPatient.read&response_type=code`,
    );
    expect(advice(d)).not.toContain("not an authorization problem");
  });
});

describe("the new readers stay linear", () => {
  it("a log naming an error, an expiry and a refused resource on every line: work grows with the input", () => {
    const make = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${i} we get a "invalid_client" error; the access token expired; \`Observation\` is \`403\`; has not been white-listed by X for use`,
      ).join("\n");
    expect(growth(make, (text) => void run(text), 400)).toBeLessThan(6);
  });
});
