// One block per detector family, through the public redactor (what a user sees), on text that structure does not
// cover: so each pattern is exercised on its own.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { parseJwtAnnotations } from "~/evidence/jwt-annotation";
import { ACCESS_TOKEN, CLIENT_ID, b64url, makeJwt } from "../evidence/helpers";

const text = (t: string, terms: string[] = []) => createRedactor({ environment: "sandbox", terms, restored: [] }).redact({ id: "t", kind: "text", text: t });

describe("authorization schemes", () => {
  it.each([
    ["Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA", "Authorization: Bearer [REDACTED:access_token#1]"],
    ["authorization: basic dXNlcjpwYXNzd29yZA==", "authorization: basic [REDACTED:basic_auth#1]"],
    ["Proxy-Authorization: Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEF", "Proxy-Authorization: Negotiate [REDACTED:authorization#1]"],
    ["sent header DPoP: " + makeJwt({ htm: "GET", htu: "https://x.test/r4" }, { typ: "dpop+jwt", alg: "ES256" }), "sent header DPoP: [REDACTED:dpop_proof#1]"],
    ["retrying with Bearer 2YotnFZFEjr1zCsicMWpAA now", "retrying with Bearer [REDACTED:access_token#1] now"],
    ['{"Authorization": "Bearer 2YotnFZFEjr1zCsicMWpAA"}', '{"Authorization": "Bearer [REDACTED:access_token#1]"}'],
  ])("%s", (input, expected) => {
    expect(text(input).text).toBe(expected);
  });

  it("leaves prose and WWW-Authenticate parameters alone", () => {
    for (const prose of ["Bearer tokens are opaque to the client.", 'WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="invalid_token"', "SMART Authorization: the app gets a 403", "Use Basic authentication for the token endpoint."]) {
      expect(text(prose).text).toBe(prose);
    }
  });
});

describe("JWTs anywhere", () => {
  it("replaces a JWT in prose, a base64-encoded JWT, and a JWT-shaped run that does not decode", () => {
    const encoded = Buffer.from(ACCESS_TOKEN).toString("base64");
    const broken = `eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJ4eHh4eHh4eHh4Ig.${"A".repeat(20)}`.replace("eyJzdWIiOiJ4eHh4eHh4eHh4Ig", "eyJzdWIiOi!JTOOSHORT".slice(0, 10) + "AAAAAAAAAA");
    const r = text(`token ${ACCESS_TOKEN}. cookie ${encoded} and ${broken}`);
    expect(r.text).not.toContain(ACCESS_TOKEN);
    expect(r.text).not.toContain(encoded);
    expect(r.text).not.toContain(broken.split(".")[1]);
    expect(parseJwtAnnotations(r.text)).toHaveLength(2);
  });

  it("never copies person claims into the annotation", () => {
    const idToken = makeJwt({ iss: "https://authorization.cerner.com/", aud: CLIENT_ID, sub: "user-77", name: "Jane Roe", given_name: "Jane", family_name: "Roe", email: "jane@example.org", preferred_username: "jroe", fhirUser: "https://fhir-ehr-code.cerner.com/r4/t/Practitioner/123", exp: 1753803099 });
    const r = text(`id_token=${idToken}`);
    expect(r.text).toMatch(/^id_token=\[REDACTED:id_token#1 · JWT iss=https:\/\/authorization\.cerner\.com\/; aud=b1e2a292-fbe4-460a-be33-582e572abbbe; exp=2025-07-29T15:31:39Z\]$/);
    for (const v of ["Jane", "Roe", "jroe", "user-77", "Practitioner/123"]) expect(r.text).not.toContain(v);
  });

  it("does not touch a random dotted base64url word", () => {
    const notJwt = `${b64url("hello world!")}.${b64url("x")}.abc`;
    expect(text(notJwt).text).toBe(notJwt);
  });
});

describe("key = value secrets", () => {
  it.each([
    ["access_token=abc123def456ghi", "access_token=[REDACTED:access_token#1]"],
    ['"client_secret": "s3cr3t-value-1"', '"client_secret": "[REDACTED:client_secret#1]"'],
    ["DB_PASSWORD=hunter2hunter2", "DB_PASSWORD=[REDACTED:password#1]"],
    ["aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = [REDACTED:secret#1]"],
    ["apiKey: 'AIzaSyA-1234567890abcdefghijklmno'", "apiKey: '[REDACTED:api_key#1]'"],
    ['{\\"refresh_token\\":\\"tGzv3JOkF0XG5Qx2TlKWIA\\",\\"scope\\":\\"x\\"}', '{\\"refresh_token\\":\\"[REDACTED:refresh_token#1]\\",\\"scope\\":\\"x\\"}'],
    ["password: hunter2 and more", "password: [REDACTED:password#1] and more"],
  ])("%s", (input, expected) => {
    expect(text(input).text).toBe(expected);
  });

  it("keeps values of look-alike keys and template markers", () => {
    for (const kept of ['"token_type": "Bearer"', "token_endpoint=https://authorization.cerner.com/token", '"access_token": "<access_token>"', "password=${DB_PASSWORD}", "client_id=b1e2a292-fbe4-460a-be33-582e572abbbe", "expires_in=570", 'password_length: "12"']) {
      expect(text(kept).text).toBe(kept);
    }
  });
});

describe("URLs", () => {
  it("removes credentials in the authority and secret parameters, keeps the rest byte for byte", () => {
    expect(text("https://admin:pa55word@proxy.example.test:8443/r4?x=1").text).toBe("https://[REDACTED:url_credentials#1]@proxy.example.test:8443/r4?x=1");
    expect(text("https://app.example.test/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj").text).toBe("https://app.example.test/cb?code=[REDACTED:authorization_code#1]&state=af0ifjsldkj");
    expect(text("https://app.example.test/cb#access_token=2YotnFZFEjr1zCsicMWpAA&token_type=Bearer").text).toBe("https://app.example.test/cb#access_token=[REDACTED:access_token#1]&token_type=Bearer");
  });

  it("keeps a FHIR token search on code, and redacts PHI search parameters", () => {
    const base = "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d";
    expect(text(`${base}/Observation?code=http://loinc.org|2339-0&patient=12724066`).text).toBe(`${base}/Observation?code=http://loinc.org|2339-0&patient=12724066`);
    expect(text(`${base}/Patient?given=Nancy&family:exact=Smart&address-postalcode=64111&address-state=MO`).text).toBe(
      `${base}/Patient?given=[REDACTED:name#1]&family:exact=[REDACTED:name#2]&address-postalcode=[REDACTED:address#1]&address-state=MO`,
    );
  });
});

describe("cookies", () => {
  it("redacts every cookie's value whatever its name, and Set-Cookie's value but not its attributes", () => {
    expect(text("Cookie: JSESSIONID=0AF3D2; _ga=GA1.2.3; theme=dark").text).toBe("Cookie: JSESSIONID=[REDACTED:cookie#1]; _ga=[REDACTED:cookie#2]; theme=[REDACTED:cookie#3]");
    expect(text("Set-Cookie: sid=31d4d96e407aad42; Path=/; Secure; HttpOnly").text).toBe("Set-Cookie: sid=[REDACTED:cookie#1]; Path=/; Secure; HttpOnly");
  });
});

describe("private keys", () => {
  const pem = ["-----BEGIN RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEAsynthetic0000000000000000000000000000000000000", "c3ludGhldGljIGtleSBtYXRlcmlhbA==", "-----END RSA PRIVATE KEY-----"].join("\n");

  it("redacts a PEM private key block, also JSON-escaped and when truncated", () => {
    expect(text(`key:\n${pem}\nnext line`).text).toBe("key:\n[REDACTED:private_key#1]\nnext line");
    const escaped = JSON.stringify({ private_key: "x", pem });
    expect(text(escaped.replace('"x"', '"y"')).text).not.toContain("c3ludGhldGljIGtleSBtYXRlcmlhbA");
    expect(text(pem.split("\n").slice(0, 3).join("\n")).text).toBe("[REDACTED:private_key#1]");
  });

  it("keeps a public key", () => {
    const pub = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsynthetic\n-----END PUBLIC KEY-----";
    expect(text(pub).text).toBe(pub);
  });

  it("redacts the private members of a JWK, keeps the public ones", () => {
    const jwk = { kty: "RSA", kid: "k1", n: "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri", e: "AQAB", d: "VFCWOqXr8nvZNyaaJLXdnNPXZKRaWCjkU5Q2egQQpTBMwhprMzWzpR8Sxq1OPThh", p: "syntheticP", q: "syntheticQ", dp: "syntheticDP", dq: "syntheticDQ", qi: "syntheticQI" };
    const r = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "j", kind: "fhir-json", text: JSON.stringify({ keys: [jwk] }) });
    const out = JSON.parse(r.text).keys[0];
    expect(out.n).toBe(jwk.n);
    expect(out.e).toBe("AQAB");
    for (const m of ["d", "p", "q", "dp", "dq", "qi"]) expect(out[m]).toMatch(/^\[REDACTED:private_key#\d+\]$/);
  });
});

describe("user terms", () => {
  it("redacts a user's term everywhere, in any case, as one custom placeholder", () => {
    const r = text("Lifebridge sandbox, LIFEBRIDGE tenant, lifebridge.example.org", ["Lifebridge"]);
    expect(r.text).toBe("[REDACTED:custom#1] sandbox, [REDACTED:custom#1] tenant, [REDACTED:custom#1].example.org");
    expect(r.findings).toEqual([{ category: "custom", type: "custom", placeholder: "[REDACTED:custom#1]", count: 3, restorable: false }]);
  });
});

describe("free-text PHI", () => {
  it("redacts labelled names, e-mail and phone numbers in prose but never IDs, URNs, scopes or request times", () => {
    const line = "2025-07-29T15:22:10Z Patient: John Smith called from 816-555-0147 (john.smith@example.org) about Specimen 5718aeb9-3fef-470f-8562-5ccbc97b4fe5 system/Specimen.read urn:cerner:error:oauth2:resource-access:insufficient-scopes";
    const r = text(line);
    for (const v of ["John Smith", "816-555-0147", "john.smith@example.org"]) expect(r.text).not.toContain(v);
    for (const v of ["2025-07-29T15:22:10Z", "5718aeb9-3fef-470f-8562-5ccbc97b4fe5", "system/Specimen.read", "urn:cerner:error:oauth2:resource-access:insufficient-scopes"]) expect(r.text).toContain(v);
  });
});
