// Shapes found in HTTP traffic as developers' tools log and capture it (test/corpora/real-artifacts: .NET HttpClient
// trace logs, PowerShell web cmdlets, Apache HttpClient wire logs, Rust reqwest prints, Ruby Net::HTTP debug output).
// Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, gone, redact } from "./lib/redact-text";

describe("Set-Cookie holding several cookies joined by a comma (.NET response headers, HttpResponseMessage prints)", () => {
  it("every cookie's value goes; the attributes, the expiry date with its own comma, and the names stay", () => {
    check(
      [
        "trce: System.Net.Http.HttpClient.Default.ClientHandler[103]",
        "      Response Headers:",
        "      X-Request-ID: req_0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "      Set-Cookie: __cf_bm=Zx81kQpLmN0aB7cD6eF5gH4iJ3kL2mN1oP0qR9sT8uV-1718652590-1.0.1.1-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789; path=/; expires=Mon, 17-Jun-24 19:59:50 GMT; domain=.api.example.com; HttpOnly; Secure; SameSite=None, _cfuvid=Qw3rTyUiOp4sDfGhJkL5zXcVbNm6_q-1718652590385-0.0.1.1-604800000; path=/; domain=.api.example.com; HttpOnly; Secure; SameSite=None",
      ].join("\n"),
      [
        "Zx81kQpLmN0aB7cD6eF5gH4iJ3kL2mN1oP0qR9sT8uV-1718652590-1.0.1.1-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
        "Qw3rTyUiOp4sDfGhJkL5zXcVbNm6_q-1718652590385-0.0.1.1-604800000",
      ],
      [
        "X-Request-ID: req_0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "expires=Mon, 17-Jun-24 19:59:50 GMT; domain=.api.example.com",
        "SameSite=None, _cfuvid=",
      ],
    );
  });

  it("cookies without attributes: the comma between them stays and a copy of a value in prose goes", () => {
    const out = check(
      "Set-Cookie: sid=Qw3rTyUiOp4sDfGhJkL5zXcV, other=AbCdEf123456XyZ\nthe session Qw3rTyUiOp4sDfGhJkL5zXcV expired",
      ["Qw3rTyUiOp4sDfGhJkL5zXcV", "AbCdEf123456XyZ"],
      ["the session ", " expired"],
    );
    expect(out).toMatch(
      /^Set-Cookie: sid=\[REDACTED:cookie#1\], other=\[REDACTED:cookie#2\]\nthe session \[REDACTED:cookie#1\] expired$/,
    );
  });

  it("a comma without a space, or with a tab, still starts the next cookie", () => {
    check(
      "Set-Cookie: sid=Qw3rTyUiOp4sDfGhJkL5zXcV; Path=/,other=AbCdEf123456XyZ; Path=/,\tthird=ZyXwVu987654321Ab",
      ["Qw3rTyUiOp4sDfGhJkL5zXcV", "AbCdEf123456XyZ", "ZyXwVu987654321Ab"],
      ["; Path=/,other=", "; Path=/,\tthird="],
    );
  });

  it("a single cookie with an Expires date keeps working", () => {
    check(
      "Set-Cookie: session=8f14e45fceea167a5a36dedd4bea2543; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/",
      ["8f14e45fceea167a5a36dedd4bea2543"],
      ["Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/"],
    );
  });
});

describe("a cut copy of a secret (PowerShell's RawContent, a log that shortens long values with ...)", () => {
  it("the shortened copy of a key removed elsewhere goes too", () => {
    check(
      [
        'PS C:\\svc> Invoke-WebRequest -Uri "http://localhost:8001/validate" -Headers @{Authorization="Bearer tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0"}',
        "StatusCode        : 201",
        'Content           : {"name":"svc","key":"tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0"}',
        "RawContent        : HTTP/1.1 201 Created",
        "                    Content-Type: text/plain; charset=utf-8",
        "",
        '                    {"name":"svc","key":"tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1...',
      ].join("\n"),
      ["tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1", "9f8e7d6c5b4a39281706f5e4d3c2b1"],
      ["RawContent        : HTTP/1.1 201 Created", '{"name":"svc","key":"'],
    );
  });

  it("a short common prefix of a secret is not a cut copy", () => {
    check(
      "Authorization: Bearer tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0\nSee tm_key_... in the docs, or tm_key_9f8e... for short",
      ["9f8e7d6c5b4a39281706f5e4d3c2b1a0"],
      ["See tm_key_... in the docs, or tm_key_9f8e... for short"],
    );
  });
  const KEY = "tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  it.each([
    ["a whole key followed by ...", `I pasted the key ${KEY}... and it failed`],
    ["a whole key followed by …", `I pasted the key ${KEY}\u2026 and it failed`],
    ["a whole key ending a sentence", `I pasted the key ${KEY}. and it failed`],
    ["a head and a tail around ...", `I pasted the key ${KEY.slice(0, 24)}...b1a0 and it failed`],
    ["a head, a space, ...", `I pasted the key ${KEY.slice(0, 24)} ... and it failed`],
    ["a head and ..", `I pasted the key ${KEY.slice(0, 24)}.. and it failed`],
    ["a head and [...]", `I pasted the key ${KEY.slice(0, 24)}[...] and it failed`],
    ["a head and a JSON-escaped …", `{"note": "I pasted the key ${KEY.slice(0, 24)}\\u2026 and it failed"}`],
  ])("%s goes", (_name, line) => {
    check(`Authorization: Bearer ${KEY}\n${line}`, [KEY.slice(7, 24)], ["I pasted the key ", " and it failed"]);
  });

  it("a JWT's header, shared by every RS256 token, is not a cut copy of the access token", () => {
    const header = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9";
    const jwt = `${header}.eyJzdWIiOiJwb3J0YWwtdXNlci0wNyIsInNjb3BlIjoicGF0aWVudC8qLnJlYWQifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbi0wMQ`;
    check(
      `Authorization: Bearer ${jwt}\nThe id_token header ${header}... decodes to the usual alg`,
      ["eyJzdWIiOiJwb3J0YWwtdXNlci0wNyIsInNjb3BlIjoicGF0aWVudC8qLnJlYWQifQ"],
      [`The id_token header ${header}... decodes`],
    );
  });
});

describe("a token as a long URL path segment (a websocket ticket in an API answer)", () => {
  it("a path segment longer than any FHIR id, mixing cases and digits, goes; the host and path stay", () => {
    check(
      'url: "wss://cerberus-xxxx.lb.slack-msgs.com/websocket/bwnQd908ecKcp6YJNooHI25gM2kShLC6x-3bQKLIuyksrUcVqtStpfQaIc5fWMSvu5Yk8_9MMej2lY4CzpkF8i-tTTwpYqZEe_MIFpk-VVQ="',
      ["bwnQd908ecKcp6YJNooHI25gM2kShLC6x-3bQKLIuyksrUcVqtStpfQaIc5fWMSvu5Yk8_9MMej2lY4CzpkF8i-tTTwpYqZEe_MIFpk-VVQ="],
      ["wss://cerberus-xxxx.lb.slack-msgs.com/websocket/"],
    );
  });

  it("a launcher's base64 JSON parameters and a page's slug with its id stay", () => {
    check(
      "curl 'https://smart.argo.run/v/r4/sim/eyJtIjoiMSIsImsiOiIxIiwiaSI6IjEiLCJqIjoiMSIsImIiOiI4N2EzMzlkMC04Y2FlLTQxOGUtODljNy04NjUxZTZhYWIzYzYifQ/auth/token'\nhttps://team.notion.site/Planning-Roadmap-Public-Notes-1bc826ecc0994dd8915be97fc3489cde?pvs=74",
      [],
      [
        "/sim/eyJtIjoiMSIsImsiOiIxIiwiaSI6IjEiLCJqIjoiMSIsImIiOiI4N2EzMzlkMC04Y2FlLTQxOGUtODljNy04NjUxZTZhYWIzYzYifQ/auth/token",
        "/Planning-Roadmap-Public-Notes-1bc826ecc0994dd8915be97fc3489cde?pvs=74",
      ],
    );
  });

  const TICKET =
    "bwnQd908ecKcp6YJNooHI25gM2kShLC6x-3bQKLIuyksrUcVqtStpfQaIc5fWMSvu5Yk8_9MMej2lY4CzpkF8i-tTTwpYqZEe_MIFpk-VVQ";
  it.each([
    ["URL-encoded padding", `wss://x.example.com/websocket/${TICKET}%3D%3D`, TICKET.slice(0, 40)],
    ["standard base64 with +", `wss://x.example.com/websocket/${TICKET.replace(/_/g, "+")}`, TICKET.slice(0, 40)],
    ["a name in front", `wss://x.example.com/websocket/Token-Ticket-${TICKET}`, TICKET.slice(0, 40)],
    [
      "base64 of a readable credential",
      "wss://x.example.com/ws/dXNlcjpodW50ZXIyLXBhc3N3b3JkLXRoYXQtaXMtbG9uZy1lbm91Z2gtdG8tYmUtbG9uZzEyMw",
      "dXNlcjpodW50ZXIyLXBhc3N3b3Jk",
    ],
  ])("a ticket in a path with %s goes", (_name, url, secret) => {
    check(`url: "${url}"`, [secret], ["x.example.com/"]);
  });

  it("a long segment that repeats a few characters is no ticket (low entropy)", () => {
    const seg = "aB3".repeat(30);
    check(`GET https://storage.example.com/bucket/${seg}/file`, [], [`/bucket/${seg}/file`]);
  });

  it("FHIR ids and long readable path segments stay", () => {
    check(
      "GET https://fhir-ehr.example.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 HTTP/1.1\nGET https://example.com/docs/the-quick-brown-fox-jumps-over-the-lazy-dog-and-keeps-running-far-away-from-home",
      [],
      [
        "/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066",
        "/docs/the-quick-brown-fox-jumps-over-the-lazy-dog-and-keeps-running-far-away-from-home",
      ],
    );
  });
});

describe("the word Basic in prose is not a Basic credential", () => {
  it("a realm named BasicAuth and a log line's text stay; the real credential goes", () => {
    check(
      [
        "[2018-04-24 13:09:18] ERROR Basic BasicAuth example realm: username: password unmatch.",
        '<- "GET / HTTP/1.1\\r\\nAuthorization: Basic dXNlcm5hbWU6YmFk\\r\\nHost: localhost:8000\\r\\n\\r\\n"',
        '-> "WWW-Authenticate: Basic realm=\\"BasicAuth example realm\\"\\r\\n"',
      ].join("\n"),
      ["dXNlcm5hbWU6YmFk"],
      ["ERROR Basic BasicAuth example realm", 'Basic realm=\\"BasicAuth example realm\\"'],
    );
  });
  it("a letters-only credential that decodes to readable text is still a credential", () => {
    // base64 of `testkeyforapi`: letters only, no colon, and yet a key.
    check("the client sent Basic dGVzdGtleWZvcmFwaQ and got 401", ["dGVzdGtleWZvcmFwaQ"], ["and got 401"]);
  });
});

describe("an Apache HttpClient wire log is an HTTP client's dump", () => {
  it("the user name of a home directory in its paths goes, also where it stands elsewhere", () => {
    check(
      [
        "2020-04-11 01:15:23.083 DEBUG 3366 --- [timer://trigger] org.apache.http.headers                  : http-outgoing-0 << HTTP/1.1 401 Unauthorized",
        "2020-04-11 01:15:23.083 DEBUG 3366 --- [timer://trigger] org.apache.http.headers                  : http-outgoing-0 << WWW-Authenticate: Negotiate",
        "Java config name: /home/qwmarlow/krb5.conf",
        "2020-04-11 01:15:23.340 DEBUG 3366 --- [timer://trigger] org.apache.http.headers                  : http-outgoing-0 >> breadcrumbId: ID-qwmarlow-remote-csb-1586560518063-0-1",
      ].join("\n"),
      ["qwmarlow"],
      ["http-outgoing-0 << HTTP/1.1 401 Unauthorized", "WWW-Authenticate: Negotiate", "/krb5.conf"],
    );
  });
});

describe("a known login inside a longer id", () => {
  it.each([
    [
      "a dotted login in a hyphenated id",
      "/home/j.roe/krb5.conf",
      "breadcrumbId: ID-j.roe-laptop-1586560518063-0-1",
      "j.roe",
    ],
    ["a login before an underscore", "/home/tquarrie/krb5.conf", "host: tquarrie_laptop-01", "tquarrie"],
    ["a login in capitals", "/home/tquarrie/krb5.conf", "host: TQUARRIE-laptop", "TQUARRIE"],
    ["a login after another part", "/home/tquarrie/krb5.conf", "host: ws-tquarrie-laptop", "tquarrie"],
    ["a login twice in one id", "/home/tquarrie/krb5.conf", "host: tquarrie-tquarrie-laptop", "tquarrie"],
  ])("%s goes", (_name, path, line, login) => {
    check(`Java config name: ${path}\n${line}`, [login], ["laptop"]);
  });
});

describe("phone numbers an SMS or voice API logs (Apache HttpClient wire log of a JSON answer)", () => {
  it("E.164 numbers without separators go, as the formatted ones do; SIDs and the call status stay", () => {
    check(
      '2014/07/24 08:42:54:508 PDT [DEBUG] wire -  << "{"sid": "CA00112233445566778899aabbccddeeff", "to": "+15550164821", "to_formatted": "(555) 016-4821", "from": "+445550199022", "status": "queued"}"',
      ["+15550164821", "(555) 016-4821", "+445550199022"],
      ['"sid": "CA00112233445566778899aabbccddeeff"', '"status": "queued"'],
    );
  });

  it.each([
    ["an SMS API's answer pasted as JSON", '{"to":"+18016640964","from":"+14155550123"}', "fhir-json"],
    ["a form-encoded request body", "to=%2B18016640964&from=%2B14155550123", "form"],
    ["a form-encoded number in a sentence", "sms to %2B18016640964 failed", "text"],
    ["a tel: link", '<a href="tel:+18016640964">call</a> or tel:+14155550123', "text"],
    ["a phone: key without a space", "phone:+18016640964 from:+14155550123", "text"],
  ] as const)("E.164 numbers in %s go", (_name, text, kind) => {
    gone(redact(text, "sandbox", kind), "18016640964", "14155550123");
  });

  it("a counter, an offset or an id after a plus is not a phone", () => {
    for (const text of [
      "offset=+1700000000000 ms",
      "Version +1234567890 build",
      "X-Request-Id: +12345678901",
      "log: seq +12345678901 processed",
      '{"requestId":"+12345678901"}',
    ])
      expect(redact(text)).toBe(text);
  });

  it("a version in a header is not an IP address; a rate-limit count is not a phone", () => {
    check(
      "Semantic-Kernel-Version: 1.13.0.0\nx-ratelimit-remaining-tokens: 29968",
      [],
      ["Semantic-Kernel-Version: 1.13.0.0", "x-ratelimit-remaining-tokens: 29968"],
    );
  });

  it("an address after a word that merely ends in v is an address, not a version", () => {
    const text = [
      "dev: 10.1.2.3",
      "priv: 203.0.113.77",
      "client ipv: 203.0.113.71",
      "srv: 203.0.113.72 connected",
      "rcv=203.0.113.73 bytes",
    ];
    check(
      text.join("\n"),
      ["10.1.2.3", "203.0.113.77", "203.0.113.71", "203.0.113.72", "203.0.113.73"],
      ["dev: ", "rcv="],
    );
    check('"version": "1.2.3.4"\nv 5.6.7.8\napiVersion: 9.8.7.6', [], ["1.2.3.4", "5.6.7.8", "9.8.7.6"]);
  });
});

describe("a form body inside a quoted wire line (Apache HttpClient `>> \"…\"`, a logged `body='…'`)", () => {
  it("each pair is judged by its name: the numbers and the secret go, the ids and the status stay", () => {
    check(
      [
        '2019/03/01 10:00:00:001 PDT [DEBUG] wire -  >> "Content-Type: application/x-www-form-urlencoded[\\r][\\n]"',
        '2019/03/01 10:00:00:002 PDT [DEBUG] wire -  >> "To=%2B1555-016-4821&From=%2B1555-019-9022&StatusCallback=https%3A%2F%2Fexample.com%2Fcb"',
        '2019/03/01 10:00:00:003 PDT [DEBUG] wire -  << "grant_type=client_credentials&client_secret=Zq8XwV3nR5tY7uI9oP1aS&scope=system%2FPatient.read"',
        "token request body='client_id=app-42&password=Kq7ZrT2mWx9vB4&username=svc'",
      ].join("\n"),
      ["1555-016-4821", "1555-019-9022", "Zq8XwV3nR5tY7uI9oP1aS", "Kq7ZrT2mWx9vB4"],
      [
        "StatusCallback=https%3A%2F%2Fexample.com%2Fcb",
        "grant_type=client_credentials",
        "scope=system%2FPatient.read",
        "client_id=app-42",
      ],
    );
  });

  it("a plus number written with separators is a phone under a contact key in any form body", () => {
    gone(redact("To=%2B44-20-7946-0958&Body=hi", "sandbox", "form"), "20-7946-0958");
    gone(redact('{"to": "+1 555 016 4821"}', "sandbox", "fhir-json"), "555 016 4821");
  });

  it("a quoted query of a URL and a quoted pair alone stay as they are", () => {
    for (const text of [
      'GET "/Patient?_count=10&_sort=date" 200',
      'x="a=b"',
      'wire >> "version=+1234567890&id=+1234567890"',
    ])
      expect(redact(text)).toBe(text);
  });
});
