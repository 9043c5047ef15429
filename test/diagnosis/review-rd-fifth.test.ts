// Review of the fifth diagnosis batch: wrong findings the new readers give on ordinary evidence. Each test states the
// right behaviour and is marked `.fails` while the diagnosis gets it wrong (remove `.fails` once fixed).
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { createRedactor } from "~/redaction/redact";

const codes = (text: string) => diagnose({ evidence: [{ id: "e1", text }] }).findings.map((f) => f.code);

describe("PKCE_MISMATCH on code that names the verifier, not its value", () => {
  for (const text of [
    "const body = { grant_type: 'authorization_code', code, code_verifier: codeVerifier, client_id };",
    "data = {'grant_type': 'authorization_code', 'code': code, 'code_verifier': code_verifier}",
    "code_verifier = secrets.token_urlsafe(64)",
    "interface TokenBody {\n  code_verifier: string;\n}",
    "params = `grant_type=authorization_code&code=${code}&code_verifier=${verifier}`",
    'curl -d "grant_type=authorization_code&code=$CODE&code_verifier=$VERIFIER" https://example.org/token',
    "code_verifier=REDACTED",
    "code_verifier=undefined",
    "Code verifier - we generate it with the library",
    "self.code_verifier = self.session.code_verifier",
  ])
    it(`no PKCE finding for ${JSON.stringify(text).slice(0, 60)}`, () => {
      expect(codes(text)).not.toContain("PKCE_MISMATCH");
    });
});

describe("PKCE values that look like a verifier are still checked", () => {
  const explanation = (text: string) =>
    diagnose({ evidence: [{ id: "e1", text }] }).findings.find((f) => f.code === "PKCE_MISMATCH")?.explanation ?? "";

  it("keeps the error code alone when the token body only names its verifier", () => {
    const text =
      'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client"}\n\n' +
      "const body = { grant_type: 'authorization_code', code, code_verifier: codeVerifier, client_id };";
    expect(codes(text)).toEqual(["KNOWN_ERROR_CODE"]);
  });

  it("a standard-base64 challenge is read, and said to be base64", () => {
    const e = explanation(
      "code_challenge=0T2nQ9wZsL4r8Kx%2BwZs1mYp0vB7cD3eF%2Fwq8QbHj2kLmN5pR&code_challenge_method=S256",
    );
    expect(e).toContain("'+', '/'");
    expect(e).toContain("standard base64 was used");
  });

  it("names '+', '/', '=' and a space, counts other characters and never quotes them", () => {
    const e = explanation("code_challenge=0T2nQ9wZsL4r8Kx%0AwZs1mYp0vB7cD3eF%3Cwq8QbHj2kLmN5pR%2B");
    expect(e).toContain("'+', 2 other characters");
    expect(e).not.toContain("<");
    expect(e).not.toContain("\n");
    expect(e).not.toContain("standard base64 was used");
  });
});

describe("a code_verifier's value: live and exported diagnoses agree", () => {
  const body =
    "grant_type=authorization_code&code=abc&code_verifier=0T2nBJfBvLbytrymN6TVBNmupxqUEYd4oSJO11MYH9F%2BwZsmE0WUwXHU5oVO%2Fwq8Qb&client_id=x";

  it("the raw value (live) gives what its redacted form (exported) gives: no PKCE finding", () => {
    const redacted = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "e1",
      kind: "text",
      text: body,
    }).text;
    expect(redacted).not.toContain("0T2nBJ");
    expect(codes(body)).toEqual(codes(redacted));
    expect(codes(body)).not.toContain("PKCE_MISMATCH");
  });
});

describe("PKCE failure words denied or asked", () => {
  for (const text of [
    "We ruled out a PKCE mismatch.",
    "Is a missing code_verifier the reason? No, it is sent.",
    "Does Cerner reject an invalid code_verifier with invalid_grant or 400?",
  ])
    it(text, () => expect(codes(text)).not.toContain("PKCE_MISMATCH"));
});

describe("PKCE failure words asked about a failure that happened", () => {
  it("still reads 'Does anyone know why PKCE validation failed?'", () => {
    expect(codes("Does anyone know why PKCE validation failed?")).toContain("PKCE_MISMATCH");
  });
});

describe("a state that is not the OAuth state", () => {
  it("a Patient address without its state is no launch failure", () => {
    expect(codes("GET Patient/12724066 returns 200 but address.state is missing.")).toEqual([]);
  });

  it("a tool's 'state not found' is no launch failure", () => {
    expect(codes("Error: state not found")).toEqual([]);
  });

  it("a state the app does not send to authorize is not read as a page opened outside its launch", () => {
    const text = "The state parameter is missing from the authorize URL we build";
    const advice = diagnose({ evidence: [{ id: "e1", text }] })
      .findings.map((f) => f.explanation)
      .join(" ");
    expect(advice).not.toContain("sessionStorage");
  });

  it("still reads a state missing at the callback", () => {
    const text = "After the redirect to our callback the state is missing and the app fails.";
    const advice = diagnose({ evidence: [{ id: "e1", text }] })
      .findings.map((f) => f.explanation)
      .join(" ");
    expect(advice).toContain("sessionStorage");
  });
});

describe("a search by patient mentioned as the one abandoned", () => {
  it("keeps the 403 on the search actually made as the failure", () => {
    const c = codes(
      "Note: `Medication?patient=` is not supported; we use MedicationRequest?patient=123 which returns 403 Forbidden.",
    );
    expect(c).not.toContain("SEARCH_PARAM_UNSUPPORTED");
    expect(c).toContain("FAILURE_UNEXPLAINED");
  });
});

describe("a search by patient mentioned as working, asked about or left", () => {
  for (const text of [
    "We switched from Medication?patient=123 to MedicationRequest?patient=123 and it now works, thanks.",
    "Is Medication?patient=123 supported, or should I use MedicationRequest?",
    "Our query Location?patient=12724066 works fine and returns 200 with a Bundle.",
  ])
    it(text, () => expect(codes(text)).not.toContain("SEARCH_PARAM_UNSUPPORTED"));

  it("still reads one said to fail", () => {
    expect(codes("Our query Medication?patient=12724066 fails with 400 Bad Request.")).toContain(
      "SEARCH_PARAM_UNSUPPORTED",
    );
  });
});

describe("the R4 table: types outside the compartment with a subject parameter", () => {
  const base = "https://fhir-open.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d";
  it("a pasted MedicinalProductUndesirableEffect?subject= request refused is not read as undefined", () => {
    expect(
      codes(`GET ${base}/MedicinalProductUndesirableEffect?subject=MedicinalProduct/1\nHTTP/1.1 400 Bad Request`),
    ).not.toContain("SEARCH_PARAM_UNSUPPORTED");
  });
  it("but by patient it is", () => {
    expect(codes(`GET ${base}/MedicinalProductUndesirableEffect?patient=12724066\nHTTP/1.1 400 Bad Request`)).toContain(
      "SEARCH_PARAM_UNSUPPORTED",
    );
  });

  it("MedicinalProductIndication?subject= is a defined R4 search", () => {
    expect(codes("MedicinalProductIndication?subject=MedicinalProduct/1 returns 200")).not.toContain(
      "SEARCH_PARAM_UNSUPPORTED",
    );
  });
});

describe("SEARCH_PARAM_UNSUPPORTED's explanation", () => {
  it("says a lenient server ignores the parameter and answers 200 unfiltered", () => {
    const text =
      "GET https://fhir-open.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Medication?patient=12724066\nHTTP/1.1 200 OK";
    const f = diagnose({ evidence: [{ id: "e1", text }] }).findings.find((x) => x.code === "SEARCH_PARAM_UNSUPPORTED");
    expect(f?.explanation).toContain("ignores the parameter and answers 200");
  });
});

describe("PKCE_MISMATCH's title", () => {
  it("fits a code_verifier that was never sent", () => {
    const text = "The token request fails: code_verifier should have been sent in the token request.";
    const f = diagnose({ evidence: [{ id: "e1", text }] }).findings.find((x) => x.code === "PKCE_MISMATCH");
    expect(f?.title).toContain("missing");
  });
});
