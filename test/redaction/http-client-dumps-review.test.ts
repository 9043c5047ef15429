// Review findings on HTTP-client-dump redaction: a URL's host skipped only when it is one, logins that are SMART or
// FHIR words, quoted cookies with `;` or escaped quotes, user headers among others, logins across items.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

const SECRET = "Hunter2Secret99";

describe("a key after `//` is a URL's host only when a scheme precedes it and a port follows it", () => {
  it.each([`//client_secret=${SECRET}`, `//password=${SECRET}`, `see http://example.com//password=${SECRET}`])(
    "%s loses its secret",
    (text) => {
      expect(redact(text)).not.toContain(SECRET);
    },
  );

  it("a host and port (http://auth-server:9000/…) stays", () => {
    const out = redact("POST http://auth-server:9000/messages failed");
    expect(out).toContain("http://auth-server:9000/messages");
  });
});

describe("a login that is a SMART or FHIR word, or an ID, is nobody's: scopes, resource types and IDs stay", () => {
  it.each([
    ["username: patient\nscope=patient/Patient.read launch/patient", "scope=patient/Patient.read launch/patient"],
    ['{"username":"patient","scope":"patient/Patient.read launch/patient"}', "patient/Patient.read launch/patient"],
    [
      '"username": "Patient"\nGET /r4/tenant/Patient/12724067 resourceType Patient',
      "/Patient/12724067 resourceType Patient",
    ],
    ["username=openid\nscope=openid fhirUser", "scope=openid fhirUser"],
    ["username: offline_access\nscope=offline_access", "scope=offline_access"],
    ['"username": "launch"\nscope=launch launch/patient', "scope=launch launch/patient"],
    ["username: fhirUser\nscope=openid fhirUser", "scope=openid fhirUser"],
    ["username: practitioner\nGET /r4/t/Practitioner/1", "/Practitioner/1"],
    ["user_name=sandbox\nGET https://fhir-open.cerner.com/r4/sandbox/Patient", "/r4/sandbox/Patient"],
    ["username: 12724067\nGET /r4/t/Patient/12724067", "/Patient/12724067"],
    [
      "username: ec2458f2\nGET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient",
      "/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/",
    ],
    ["username: cerner\nthe cerner sandbox", "the cerner sandbox"],
    ["username: Observation\nGET /r4/t/Observation?patient=1", "/Observation?patient=1"],
  ])("%s", (text, stays) => {
    const out = redact(text);
    expect(out).toContain(stays);
    expect(out).not.toContain("[REDACTED:user_name");
  });

  it.each([
    ['"path": "/Users/profile/settings"\nscope=openid profile fhirUser', "scope=openid profile fhirUser"],
    ['"GET /home/launch/index.html HTTP/1.1"\nscope=launch openid', "scope=launch openid"],
    ['File "/home/oracle/x.py"\nOracle Health', "Oracle Health"],
    ['File "/home/patient/x.py"\nscope=patient/Patient.read', "scope=patient/Patient.read"],
    [
      'File "/home/myapp/x.py"\nclient_id=myapp redirect_uri=https://example.com/myapp/cb',
      "client_id=myapp redirect_uri=https://example.com/myapp/cb",
    ],
  ])("home path %s", (text, stays) => {
    expect(redact(text)).toContain(stays);
  });

  it("a person's login under the same keys still goes, and everywhere it stands", () => {
    const out = redact("username: jroe1987\nGET https://example.com/icon/jroe1987/128");
    expect(out).not.toContain("jroe1987");
  });
});

describe("a quoted cookie value goes whole", () => {
  const SESSION = "qzmb5wr2wd0sopqbgkmen5k1";

  it("with a `;` inside its quotes", () => {
    const out = redact(`Set-Cookie: sid="abc;${SESSION}"; Path=/`);
    expect(out).not.toContain(SESSION);
    expect(out).toContain("; Path=/");
  });

  it("with JSON-escaped quotes, as a HAR or an axios error prints it", () => {
    const out = redact(`{"headers": {"cookie": "sid=\\"${SESSION}\\"; x=1"}}`);
    expect(out).not.toContain(SESSION);
  });

  it("with JSON-escaped quotes in a log line", () => {
    const out = redact(`request failed: "cookie": "sid=\\"${SESSION}\\"; x=1"`);
    expect(out).not.toContain(SESSION);
  });
});

describe("a user header's login goes wherever the header stands", () => {
  it.each([
    "X-Forwarded-User: jroe1987 Host: a",
    "x-forwarded-user: jroe1987, x-request-id: 1",
    "X-User:jroe1987 X-Email: jroe@example.org",
  ])("followed by another header on its line: %s", (text) => {
    const out = redact(text);
    expect(out).not.toContain("jroe1987");
  });

  it("the header after it stays", () => {
    expect(redact("X-Forwarded-User: jroe1987 Host: fhir-ehr.cerner.com")).toContain("Host: fhir-ehr.cerner.com");
  });

  it("in a JSON headers object", () => {
    const out = redact('{"config":{"headers":{"X-Forwarded-User":"jroe1987","Accept":"application/json"}}}');
    expect(out).not.toContain("jroe1987");
    expect(JSON.parse(out).config.headers.Accept).toBe("application/json");
  });
});
