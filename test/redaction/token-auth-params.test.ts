// A token written as an auth-param after the scheme (`Authorization: Bearer token="…"`, Rails'
// `authenticate_with_http_token` reading `Token token="…", email="…"`): the token and the login go wherever the header
// stands (curl -v, a log line, a HAR, a printed map); a descriptive param (`realm`) stays.
import { describe, expect, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const TOKEN = "Zx81kQp3Lm0Tn7Rw2Yv5";
const RAILS = "a8f3c9e1b2d4f6a8c0e2";

describe("a token written as an auth-param after the scheme", () => {
  it('curl -v: `Bearer token="…"` loses the token, the request and the host stay', () => {
    check(
      `> GET /fhir/r4/Patient HTTP/1.1\n> Host: fhir-ehr-code.cerner.com\n> Authorization: Bearer token="${TOKEN}"\n> Accept: application/json\n< HTTP/1.1 401 Unauthorized`,
      [TOKEN],
      ["Authorization: Bearer token=", "fhir-ehr-code.cerner.com", "HTTP/1.1 401 Unauthorized"],
    );
  });

  it("a log line: the token goes, the status after it stays", () => {
    check(
      `2024-05-01T10:00:00Z DEBUG wire: Authorization: Bearer token="${TOKEN}" expected 200 but got 401`,
      [TOKEN],
      ["expected 200 but got 401", "2024-05-01T10:00:00Z"],
    );
  });

  it('`Bearer realm="…", token="…"`: the realm stays, the token goes', () => {
    check(
      `Request headers:\n  Authorization: Bearer realm="fhir-sandbox", token="${TOKEN}"\n  Accept: */*`,
      [TOKEN],
      ['realm="fhir-sandbox"'],
    );
  });

  it('Rails\' `Token token="…", email="…"` in a header block: token and e-mail go', () => {
    check(
      `Started GET "/api/v1/orders" for 10.0.0.1\n  Authorization: Token token="${RAILS}", email="jane.doe@example.com"\n  Content-Type: application/json`,
      [RAILS, "jane.doe@example.com"],
      ['Started GET "/api/v1/orders"', "Content-Type: application/json"],
    );
  });

  it("Rails' bare `Token token=…, email=…`: token and e-mail go", () => {
    check(
      `Authorization: Token token=${RAILS}, email=jane.doe@example.com\nCompleted 401 Unauthorized in 3ms`,
      [RAILS, "jane.doe@example.com"],
      ["Completed 401 Unauthorized in 3ms"],
    );
  });

  it("a HAR header keeps the param's name and loses its value; the login goes too", () => {
    const out = check(
      JSON.stringify({
        log: {
          entries: [
            {
              request: {
                method: "GET",
                url: "https://api.example.com/v1/me",
                headers: [{ name: "Authorization", value: `Token token="${RAILS}", email="jane.doe@example.com"` }],
              },
              response: { status: 401 },
            },
          ],
        },
      }),
      [RAILS, "jane.doe@example.com"],
      ["https://api.example.com/v1/me"],
    );
    check(out, [], ["Token token="]);
  });

  it("a printed header map (Java's `{Authorization=…}`): the token goes, the next header stays", () => {
    check(
      `ERROR request failed headers={Authorization=Bearer token="${TOKEN}", Accept=application/json} status=401`,
      [TOKEN],
      ["Accept=application/json", "status=401"],
    );
  });
});

describe("review RQ: spaced params, facts in a param list, one placeholder", () => {
  const HEX = "a8f3c9e1b2d4e5f60718293a4b5c6d7e";

  it('a spaced `Bearer token = "…"` loses the token', () => {
    check(`Authorization: Bearer token = "${HEX}"\nHTTP/1.1 401 Unauthorized`, [HEX], ["HTTP/1.1 401 Unauthorized"]);
    check(`> Authorization: Bearer access_token = ${TOKEN}\n< HTTP/1.1 401 Unauthorized`, [TOKEN], ["HTTP/1.1 401"]);
  });

  it("scope, client_id and error in a param list stay; the token goes", () => {
    check(
      `Authorization: Bearer realm="fhir", scope="patient/Observation.read launch", token="${TOKEN}"\nAuthorization: Bearer realm="fhir", client_id="0c3e8b9a-5d1f-4b2e-9a7c-1f2e3d4c5b6a", token="${TOKEN}"\nAuthorization: Bearer realm="fhir", error="invalid_token", error_description="The access token expired", token="${TOKEN}"`,
      [TOKEN],
      [
        'scope="patient/Observation.read launch"',
        'client_id="0c3e8b9a-5d1f-4b2e-9a7c-1f2e3d4c5b6a"',
        'error="invalid_token"',
        'error_description="The access token expired"',
      ],
    );
  });

  it("a bare `Bearer access_token=…` becomes one access-token placeholder, the param's name stays", () => {
    const out = check(`Authorization: Bearer access_token=${HEX}`, [HEX], ["Bearer access_token="]);
    check(out, ["access_token#2", "#2]"], ["[REDACTED:access_token#1]"]);
  });
});

describe("a token param cut before its closing quote", () => {
  it("the value to the line's end goes, the scheme stays", () => {
    const out = check(
      'Authorization: Token token="9f8e7d6c5b4a39281706f5e4d3c2b1a0\nHTTP/1.1 401 Unauthorized',
      ["9f8e7d6c5b4a39281706f5e4d3c2b1a0"],
      ["Authorization: Token token=", "HTTP/1.1 401 Unauthorized"],
    );
    expect(out).not.toContain('[REDACTED:access_token#1]"9f8e');
  });
});

describe("hostile input", () => {
  it("1 MB of unclosed token params on one line finishes, no token left", () => {
    check('Authorization: Token token="abc123xyz9 '.repeat(25_000), ["abc123xyz9"], ["Authorization: Token token="]);
  });
});
