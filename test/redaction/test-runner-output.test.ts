// Shapes from a held-out sample of test-runner and API-testing output (test/corpora/real-artifacts/test-*: Karate and
// Jersey client logs, REST Assured log().all(), MockMvc print(), Gradle reports, Spring Boot test logs).
// Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const MAC = "Zr8vQm2Lx0pKs7/TfWc4yHd8uJm3Ao6KiZg5BxnE1q=";
const KEY_ID = "3c9e41a07bd25f68e1c0a94b7e2f3d58";

describe("an Authorization header whose scheme carries auth-params (MAC, Hawk) in a log", () => {
  it('a client log line (`1 > Authorization: MAC id="…",ts="…",mac="…"`): the key id and the MAC go', () => {
    check(
      [
        "1 * Client out-bound request",
        "1 > GET https://api.example.com/v1/balance",
        `1 > Authorization: MAC id="${KEY_ID}",ts="1371782780",nonce="a33068e74b8ee7f9",mac="${MAC}"`,
        "1 < 200",
      ].join("\n"),
      [KEY_ID, MAC],
      ["1 > GET https://api.example.com/v1/balance", "1 < 200", "Authorization: MAC id="],
    );
  });

  it("Hawk's params written with spaces after the commas are still the credential, not prose", () => {
    check(
      `12:01:07 request: Authorization: Hawk id="${KEY_ID}", ts="1353832234", nonce="j4h3g2", mac="${MAC}"\nstatus 401`,
      [KEY_ID, MAC],
      ["status 401", "Authorization: Hawk"],
    );
  });

  it("what describes the credential (key id, version, algorithm, the signed headers) stays; the signature goes", () => {
    check(
      `send: Authorization: Signature keyId="app/${KEY_ID}",version="1",algorithm="rsa-sha256",headers="(request-target) date host", signature="${MAC}"\nreply: 401`,
      [MAC],
      [
        `keyId="app/${KEY_ID}"`,
        'version="1"',
        'algorithm="rsa-sha256"',
        'headers="(request-target) date host"',
        "reply: 401",
      ],
    );
  });

  it("Hawk's timestamp stays (a stale one is Hawk's usual 401); the id, nonce and MAC go", () => {
    check(
      `request: Authorization: Hawk id="${KEY_ID}", ts="1353832234", nonce="j4h3g2", mac="${MAC}"`,
      [KEY_ID, "j4h3g2", MAC],
      ['ts="1353832234"'],
    );
  });

  it("MAC's params written bare (`id=…, mac=…`) are the credential too: the MAC goes", () => {
    check(
      `request: Authorization: MAC id=${KEY_ID}, ts=1353832234, nonce=j4h3g2, mac=${MAC}\nstatus 401`,
      [KEY_ID, MAC],
      ["Authorization: MAC id=", "status 401"],
    );
  });

  it("Hawk's params with escaped quotes inside a logged string go", () => {
    check(
      `log: "Authorization: Hawk id=\\"${KEY_ID}\\", ts=\\"1353832234\\", mac=\\"${MAC}\\"" status=401`,
      [KEY_ID, MAC],
      ["status=401"],
    );
  });

  it('a policy engine\'s `Authorization: <verdict> k="v", …` names no scheme: its ids and scopes stay', () => {
    check(
      'audit authorization: rejected client_id="growth-chart-app", reason="invalid_scope", path="/fhir/r4/Patient/12724066"',
      [],
      ['client_id="growth-chart-app"', 'reason="invalid_scope"', 'path="/fhir/r4/Patient/12724066"'],
    );
  });

  it("prose after the header name with one quoted word is left alone", () => {
    check(
      'Authorization: the header "MAC" is what the server wants.',
      [],
      ['Authorization: the header "MAC" is what the server wants.'],
    );
  });
});

describe("a Spring Boot test's start line", () => {
  it("`(started by <user> in <dir>)`: the OS account goes, the PID and the class stay", () => {
    const line =
      "2026-09-26T20:31:23.369+05:30  INFO 13584 --- [    Test worker] c.e.FhirClientIntegrationTest : Starting FhirClientIntegrationTest using Java 17.0.11 with PID 13584 (started by rkowalczyk in D:\\New folder\\fhir-client\\app)";
    const out = check(line, ["rkowalczyk"], ["Starting FhirClientIntegrationTest using Java 17.0.11 with PID 13584"]);
    expect(out).toContain("in D:\\New folder\\fhir-client\\app)");
  });

  it("Spring Boot 2's form (`on <host> with PID … (started by <user> in <dir>)`)", () => {
    check(
      "2021-09-21 13:34:51.372  INFO 22357 --- [           main] c.e.GreetingControllerTests : Starting GreetingControllerTests using Java 11.0.12 on build-07 with PID 22357 (started by sseighma in /opt/builds/rest-service)",
      ["sseighma"],
      ["Starting GreetingControllerTests using Java 11.0.12", "with PID 22357"],
    );
  });
  it("a start line a terminal wrapped before the bracket: the login goes", () => {
    check(
      "2021-09-21 13:34:51.372  INFO 22357 --- [main] c.e.AppTests : Starting AppTests using Java 11.0.12 with PID 22357\n(started by kwalczak in /src/app)",
      ["kwalczak"],
      ["with PID 22357", "in /src/app)"],
    );
  });

  it("a Windows account of two words goes whole", () => {
    check(
      "INFO 13584 --- [main] c.e.AppTest : Starting AppTest using Java 17.0.11 with PID 13584 (started by Jan Kowalski in D:\\src\\app)",
      ["Jan Kowalski"],
      ["with PID 13584", "in D:\\src\\app)"],
    );
  });
});

describe("MockMvc print(): request parameters as `{name=[value], …}`", () => {
  it("a nickname is a login: it goes with the e-mail and the password", () => {
    check(
      [
        "MockHttpServletRequest:",
        "      HTTP Method = POST",
        "      Request URI = /sign-up",
        "       Parameters = {nickname=[zoltanb], email=[zoltan.b@example.org], password=[s3cretPw9]}",
      ].join("\n"),
      ["zoltanb", "zoltan.b@example.org", "s3cretPw9"],
      ["Request URI = /sign-up", "HTTP Method = POST", "nickname="],
    );
  });

  it("a parameter given twice prints both values in its array: both logins go", () => {
    check("       Parameters = {nickname=[jroe, kwalczak2], page=[2]}", ["jroe", "kwalczak2"], ["page=[2]"]);
  });

  it("a FHIR resource type as a `name` claim beside a subject names nobody: it stays", () => {
    check("claims: name=Patient sub=Patient/12724066", [], ["name=Patient", "Patient/12724066"]);
    check('claims: name="Patient" sub="Patient/12724066"', [], ['name="Patient"', "Patient/12724066"]);
  });
});

describe("a user record an API test created, logged as pretty-printed JSON", () => {
  it("a gender beside a lab range, a cohort, a chart or a test case names no person: the name stays", () => {
    check(
      '{"ranges": [{"name": "Bilirubin Total", "gender": "male"}], "cohorts": [{"name": "Male Smokers", "sex": "M"}], "apps": [{"name": "Growth Chart", "genderCode": "F"}], "cases": [{"name": "Hemoglobin", "gender": "female"}]}',
      [],
      ['"name": "Bilirubin Total"', '"name": "Male Smokers"', '"name": "Growth Chart"', '"name": "Hemoglobin"'],
    );
  });

  it("a gender's synonyms (`sex`, `genderCode`, `administrativeGender`) mark a person's record; so do contact keys", () => {
    check(
      '[{"id": 1, "name": "Zoltan Bereczki", "genderCode": "M"}, {"id": 2, "name": "Tamsin Quarrie", "administrativeGender": "female"}, {"id": 3, "name": "Kim", "sex": "F", "phone": "555-0100"}]',
      ["Zoltan Bereczki", "Tamsin Quarrie", '"Kim"'],
      ['"genderCode": "M"', '"administrativeGender": "female"'],
    );
  });

  it("a `name` beside the person's `gender` is a person's name, in capitals too", () => {
    check(
      [
        "Body:",
        "{",
        '    "name": "ZOLTAN BERECZKI",',
        '    "email": "zoltan.b@example.org",',
        '    "gender": "Male",',
        '    "status": "Inactive"',
        "}",
        "HTTP/1.1 200 OK",
      ].join("\n"),
      ["ZOLTAN BERECZKI", "zoltan.b@example.org"],
      ['"gender": "Male"', '"status": "Inactive"', "HTTP/1.1 200 OK"],
    );
  });

  it("an app's record with a gender-less `name` keeps it", () => {
    check(
      '{\n  "name": "FHIR DEMO APP",\n  "email": "support@example.org",\n  "status": "active"\n}',
      [],
      ['"name": "FHIR DEMO APP"'],
    );
  });
});

describe("Digest's auth-params", () => {
  it("a real Digest header keeps its realm, uri, qop and algorithm; the username and the response go", () => {
    check(
      [
        "GET /fhir/r4/Patient/12724066 HTTP/1.1",
        "Host: fhir.example.org",
        'Authorization: Digest username="jkowalski", realm="fhir", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/fhir/r4/Patient/12724066", algorithm=MD5, qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"',
        "",
      ].join("\r\n"),
      ["jkowalski", "6629fae49393a05397450978507c4ef1"],
      ['realm="fhir"', 'uri="/fhir/r4/Patient/12724066"', "qop=auth", "algorithm=MD5"],
    );
  });

  it("a uri with a query is no description: it goes", () => {
    check(
      'DEBUG Authorization: Digest username="jkowalski", realm="fhir", uri="/fhir/r4/Patient?name=Kowalski", response="6629fae49393a05397450978507c4ef1"',
      ["Kowalski", "6629fae49393a05397450978507c4ef1"],
      ['realm="fhir"'],
    );
  });
});
