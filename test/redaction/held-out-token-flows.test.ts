// Shapes from a held-out sample of token flows, curl/HTTPie transcripts and HAR pieces (test/corpora/real-artifacts:
// Keycloak notes, a userinfo answer, a trace-ascii multipart body, HAR pieces pasted from a write-up). Synthetic
// values, the real shapes.
import { describe, expect, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const CODE =
  "25e1ccc3-2be8-4897-b80c-425f1be6afc9.e3cbfdca-c6d4-460b-bde1-fc17dd645fc5.4bd3ebff-7df0-4cac-b1b6-00d6321bf98f";

describe("a URL's query or fragment written one parameter a line under it", () => {
  it("a redirect's code goes; the URL, session_state and state stay", () => {
    check(
      [
        "```",
        "https://example.com/cb",
        " ?session_state=e3cbfdca-c6d4",
        ` &code=${CODE}`,
        " &state=123456",
        "```",
      ].join("\n"),
      [CODE],
      ["https://example.com/cb\n ?session_state=e3cbfdca-c6d4\n &code=", "\n &state=123456"],
    );
  });

  it("tokens in a fragment laid out the same way go; token_type and expires_in stay", () => {
    check(
      [
        "http://example.com/",
        " #state=123456",
        " &id_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJqcm9lIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
        " &access_token=Qw3rTyUiOp4sDfGhJkL5zXcVbNm6",
        " &token_type=Bearer",
        " &expires_in=900",
      ].join("\n"),
      ["eyJzdWIiOiJqcm9lIn0", "Qw3rTyUiOp4sDfGhJkL5zXcVbNm6"],
      ["http://example.com/\n #state=123456\n &id_token=", " &token_type=Bearer\n &expires_in=900"],
    );
  });

  it("a pair on a line that ends with & under a URL ending in ? goes the same way", () => {
    check(
      ["https://auth.example.org/callback?", "  code=Zx81kQpLmN0aB7cD6eF5&", "  state=abc123"].join("\n"),
      ["Zx81kQpLmN0aB7cD6eF5"],
      ["https://auth.example.org/callback?\n  code=", "&\n  state=abc123"],
    );
  });

  it("a FHIR search laid out so keeps its code (a LOINC code is no secret)", () => {
    check(
      ["GET https://fhir.example.com/r4/Observation", " ?patient=12724066", " &code=http://loinc.org|8867-4"].join(
        "\n",
      ),
      [],
      [" &code=http://loinc.org|8867-4"],
    );
  });
});

describe("an OpenID Connect userinfo answer or ID token's claims", () => {
  it("`name` beside given_name and family_name is the person's full name and goes", () => {
    check(
      [
        "$ http GET 'http://localhost:8282/realms/demo/protocol/openid-connect/userinfo' Authorization:\"Bearer $access_token\"",
        "{",
        '    "email_verified": true,',
        '    "family_name": "Quarrie",',
        '    "given_name": "Tamsin",',
        '    "name": "Tamsin Quarrie",',
        '    "sub": "d389d885-d92d-401c-9577-6b4d23d7bf00"',
        "}",
      ].join("\n"),
      ["Tamsin Quarrie", "Quarrie", "Tamsin"],
      ['"sub": "d389d885-d92d-401c-9577-6b4d23d7bf00"', '"email_verified": true'],
    );
  });

  it("`name` beside preferred_username and e-mail (an Entra ID token, no given or family name) goes", () => {
    check(
      '{"sub":"a1b2","oid":"0c6f-44d2","name":"Tamsin Quarrie","preferred_username":"tquarrie","email":"t@x.org"}',
      ["Tamsin Quarrie", "tquarrie", "t@x.org"],
      ['"sub":"a1b2"'],
    );
  });

  it("an app registration's `name` beside a support e-mail stays", () => {
    check('{"name": "Growth Chart", "email": "support@growthchart.example"}', [], ['"Growth Chart"']);
  });

  it("an app's `name` in an object without a person's name keys stays", () => {
    check(
      '{"name": "Growth Chart", "client_id": "growth_chart_app", "scope": "patient/*.read"}',
      [],
      ['"Growth Chart"'],
    );
  });
  it("a FHIR search under a base with an `/auth` segment keeps its LOINC `code`", () => {
    check("https://fhir.example.org/auth/r4/Observation\n  ?patient=12724066\n  &code=8867-4\n", [], ["&code=8867-4"]);
  });

  it("a `#` comment mark before the URL does not make a search an OAuth exchange", () => {
    check(
      "# heart rate: https://fhir.example.org/r4/Observation\n  ?patient=12724066\n  &code=8867-4\n",
      [],
      ["&code=8867-4"],
    );
  });
});

describe("pieces of a HAR that no longer parse (pasted into a write-up, cut off)", () => {
  it("every value in a cookies array goes; the cookie's name, path and domain stay", () => {
    check(
      [
        '          "cookies": [',
        "            {",
        '              "name": "PHPSESSID",',
        '              "value": "715eb6b6bc27fcafcbe73bd0a33223bc",',
        '              "path": "/",',
        '              "domain": "itrc.example.htb"',
        "            },",
        '            { "name": "lang", "value": "en-GB-x-custom" }',
        "          ],",
        '          "headersSize": 442,',
      ].join("\n"),
      ["715eb6b6bc27fcafcbe73bd0a33223bc", "en-GB-x-custom"],
      ['"name": "PHPSESSID"', '"path": "/"', '"domain": "itrc.example.htb"', '"headersSize": 442'],
    );
  });

  it("a value after the cookies array is not a cookie", () => {
    check(
      [
        '"cookies": [ { "name": "a", "value": "Zx81kQpLmN0aB7cD" } ],',
        '"queryString": [ { "name": "page", "value": "twenty-two" } ]',
      ].join("\n"),
      ["Zx81kQpLmN0aB7cD"],
      ['"value": "twenty-two"'],
    );
  });
});

describe("a cookies array cut before its `]`", () => {
  it("ends at the next key of the request: its headers and the response keep their values", () => {
    check(
      [
        '"cookies": [{"name": "sid", "value": "8F3A9c21Zx81kQpL"}, ',
        '"headers": [{"name": "X-Request-Id", "value": "7f3a9c21-aa"}], "url": "x", "status": {"value": "200"}',
      ].join("\n"),
      ["8F3A9c21Zx81kQpL"],
      ['"value": "7f3a9c21-aa"', '"status": {"value": "200"}'],
    );
  });

  it("ends at a request key even inside a cookie object left open", () => {
    check(
      '"cookies": [{"name": "sid", "value": "8F3A9c21Zx81kQpL",\n"queryString": [{"name": "page", "value": "twenty-two"}]',
      ["8F3A9c21Zx81kQpL"],
      ['"value": "twenty-two"'],
    );
  });
});

describe("the login beside a password in a form body", () => {
  it("`user=` next to `pass=` is the login and goes wherever it stands", () => {
    check(
      '"text": "user=tquarrie&pass=82yards2closeit",\n"params": [ { "name": "user", "value": "tquarrie" } ]',
      ["tquarrie", "82yards2closeit"],
      ['"text": "user='],
    );
  });

  it("a framework's bracketed password field goes (Rails, PHP: `login[password]`)", () => {
    check(
      "The browser posted login[email]=jroe@x.org&login[password]=Kq7ZrT2mWx9 and got a 401 back.",
      ["jroe@x.org", "Kq7ZrT2mWx9"],
      ["login[password]=", "got a 401 back."],
    );
  });

  it("`pw=` is a password and WordPress's `log=` beside it the login", () => {
    check("username=jroe&pw=Kq7ZrT2mWx9", ["Kq7ZrT2mWx9"], ["username="]);
    check("log=tquarrie&pwd=Kq7ZrT2mWx9&wp-submit=Log+In", ["tquarrie", "Kq7ZrT2mWx9"], ["wp-submit=Log+In"]);
  });

  it("`user=` in a form without a password stays (a role, a filter)", () => {
    check("GET /search?user=tquarrie&page=2 HTTP/1.1", [], ["user=tquarrie&page=2"]);
  });
});

describe("a multipart form part whose name names a secret", () => {
  it("in a --trace-ascii dump kept in code comments: the value on its offset line goes", () => {
    check(
      [
        "        # => Send data, 299 bytes (0x12b)",
        "        # 0000: --------------------------8557684369749613",
        '        # 002c: Content-Disposition: form-data; name="apikey"',
        "        # 005b:",
        "        # 005d: 4f1c2a9e8b7d6c5a4f3e2d1c0b9a8f7e",
        "        # 007f: --------------------------8557684369749613",
        '        # 00ab: Content-Disposition: form-data; name="format"',
        "        # 00d8:",
        "        # 00da: pdf",
      ].join("\n"),
      ["4f1c2a9e8b7d6c5a4f3e2d1c0b9a8f7e"],
      ['# 002c: Content-Disposition: form-data; name="apikey"', "# 005d: ", "# 00da: pdf"],
    );
  });

  it("a part name written without quotes or in single quotes (RFC 7578 allows both) is read the same", () => {
    for (const name of ["password", "'password'"])
      check(
        [
          "--XyZ",
          `content-disposition: form-data; name=${name}`,
          "",
          "hunter2hunter2",
          "--XyZ",
          "content-disposition: form-data; name=format",
          "",
          "pdf",
          "--XyZ--",
        ].join("\n"),
        ["hunter2hunter2"],
        [`name=${name}\n`, "name=format\n\npdf"],
      );
  });

  it("in a raw request body: a password part goes, a file name and another part stay", () => {
    check(
      [
        "POST /upload HTTP/1.1",
        "Content-Type: multipart/form-data; boundary=XyZ",
        "",
        "--XyZ",
        'Content-Disposition: form-data; name="password"',
        "",
        "Kq7ZrT2mWx9pL",
        "--XyZ",
        'Content-Disposition: form-data; name="comment"',
        "",
        "quarterly report",
        "--XyZ--",
      ].join("\n"),
      ["Kq7ZrT2mWx9pL"],
      ["quarterly report", 'name="password"'],
    );
  });
});

describe("a JWT as a wrapped query's code", () => {
  it("is still shown by its diagnostic claims (the JWT reader's placeholder)", () => {
    const jwt =
      "eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnRfaWQiOiJkZW1vX2FwcCIsInNjb3BlIjoibGF1bmNoL3BhdGllbnQiLCJleHAiOjE2MzM1MzIzMTR9.c2lnbmF0dXJlc2lnbmF0dXJlc2ln";
    const out = check(
      ["    https://app.example.org/graph.html?", `      code=${jwt}&`, "      state=0hJc1S9O4oW54XuY"].join("\n"),
      [jwt],
      ["state=0hJc1S9O4oW54XuY"],
    );
    expect(out).toContain("client_id=demo_app");
  });
});
