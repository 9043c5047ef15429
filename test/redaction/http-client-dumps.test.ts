// What HTTP clients print when a FHIR call fails, as developers paste it: an axios error written by util.inspect
// (`_header: '…\r\n' +`, `headers: Object [AxiosHeaders] {…}`), Python's http.client debug output (`send: b'…\r\n…'`,
// `header: Set-Cookie: …`), a traceback's file paths, Spring and OkHttp logs, Chrome's "Copy as fetch". Synthetic values
// in the shapes of the public originals in test/corpora/real-artifacts (node-*, python-*, okhttp-*, spring-*,
// browser-copy-as-fetch-*).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { redact } from "./lib/redact-text";

const JWT =
  "eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjYtMTIifQ.eyJzdWIiOiJhYmMxMjMiLCJzY29wZSI6InBhdGllbnQvT2JzZXJ2YXRpb24ucmVhZCJ9.Zk9xQm1pY3VoVGJ5Y0FyNHdHb0hZVjRkM2tNcUFlMHRVb3JLbjhnS2pxcw";
const SIGNATURE = JWT.slice(JWT.lastIndexOf(".") + 1);
const SESSION = "qzmb5wr2wd0sopqbgkmen5k1";
const STATE = "_Td6WFoAAATm1rRGAgAhARYAAAB0L-Wj4AC_ALddADCZAmVn5x9_tMJLAXGVr_fysk";

describe("a header block written as an escaped string keeps its escaped line ends", () => {
  it("an axios error's _header: the Bearer token and cookie go, every '\\r\\n' and the request line stay", () => {
    const text = [
      "    _header: 'GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724067 HTTP/1.1\\r\\n' +",
      "      'Accept: application/fhir+json\\r\\n' +",
      `      'Authorization: Bearer ${JWT}\\r\\n' +`,
      `      'Cookie: JSESSIONID=${SESSION}\\r\\n' +`,
      "      'Host: fhir-ehr.cerner.com\\r\\n' +",
      "      '\\r\\n',",
    ].join("\n");
    const out = redact(text);
    expect(out).not.toContain(SIGNATURE);
    expect(out).not.toContain(SESSION);
    expect(out).toMatch(/'Authorization: Bearer \[REDACTED:[a-z_]+#1[^\]]*\]\\r\\n' \+\n/);
    expect(out).toMatch(/'Cookie: JSESSIONID=\[REDACTED:cookie#1\]\\r\\n' \+\n/);
    expect(out).toContain("GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724067 HTTP/1.1\\r\\n");
  });

  it("Python http.client's send: b'…': the cookie goes, the header after it and the closing \\r\\n\\r\\n' stay", () => {
    const out = redact(
      `send: b'GET /reviews/0 HTTP/1.1\\r\\nHost: reviews:9080\\r\\ncookie: session=${SESSION}\\r\\nx-request-id: 726c8617-b86d-96ce-b1fe-7f26180ada08\\r\\n\\r\\n'\nreply: 'HTTP/1.1 200 OK\\r\\n'`,
    );
    expect(out).not.toContain(SESSION);
    expect(out).toContain(
      "cookie: session=[REDACTED:cookie#1]\\r\\nx-request-id: 726c8617-b86d-96ce-b1fe-7f26180ada08\\r\\n\\r\\n'",
    );
  });

  it("a Bearer header in a bytes literal wrapped over lines keeps its '\\r\\n' at the line's end", () => {
    const out = redact(
      `send: b'GET /discovery/v1/apis/bigquery/v2/rest HTTP/1.1\nHost: www.googleapis.com\\r\\n\nauthorization: Bearer ya29.c.KpEBwAfYHpQ4JLxDX44qBpL1Xh35ZyopKLICTyYBeY10\\r\\n\naccept-encoding: gzip, deflate\\r\\n\\r\\n'`,
    );
    expect(out).not.toContain("KpEBwAfYHpQ4JLxDX44qBpL1Xh35ZyopKLICTyYBeY10");
    expect(out).toMatch(/authorization: Bearer \[REDACTED:access_token#1\]\\r\\n\naccept-encoding/);
  });
});

describe("cookies with quoted values", () => {
  it('http.client\'s header: Set-Cookie: NAME="…" loses the value; quotes and attributes stay', () => {
    const out = redact(
      `reply: 'HTTP/1.1 302 Found\\r\\n'\nheader: Server: gunicorn\nheader: Set-Cookie: SATOSA_STATE="${STATE}"; Path=/; SameSite=None; Secure`,
    );
    expect(out).not.toContain(STATE);
    expect(out).toContain('header: Set-Cookie: SATOSA_STATE="[REDACTED:cookie#1]"; Path=/; SameSite=None; Secure');
  });

  it("a quoted cookie value in an HTTP response's Set-Cookie keeps its quotes", () => {
    const out = redact(`HTTP/1.1 200 OK\nSet-Cookie: SATOSA_STATE="${STATE}"; Path=/\nContent-Length: 0\n`);
    expect(out).not.toContain(STATE);
    expect(out).toContain('Set-Cookie: SATOSA_STATE="[REDACTED:cookie#1]"; Path=/');
  });

  it("a Cookie header in text with a quoted value and a plain one: both go", () => {
    const out = redact(`cookie: a="${STATE}"; sid=${SESSION}`);
    expect(out).not.toContain(STATE);
    expect(out).not.toContain(SESSION);
  });
});

describe("a URL's host and port are not a key and its value", () => {
  it("Spring's '401 Unauthorized from GET http://auth-server:9000/messages' stays whole", () => {
    const line =
      "org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized: 401 Unauthorized from GET http://auth-server:9000/messages";
    expect(redact(line)).toBe(line);
    expect(
      redact(`\t|_ checkpoint ⇢ 401 from GET http://token-service:8443/oauth2/token [DefaultWebClient]`),
    ).toContain("http://token-service:8443/oauth2/token");
  });

  it("a credential in the URL's user part still goes", () => {
    const out = redact("GET http://admin:Zq8vK2mN4pL7rT1x@auth-server:9000/messages failed");
    expect(out).not.toContain("Zq8vK2mN4pL7rT1x");
    expect(out).toContain("auth-server:9000/messages");
  });

  it("auth-server: with a secret-looking value as a key in prose still goes", () => {
    expect(redact("auth-server: Zq8vK2mN4pL7rT1xAbCdEfGh")).not.toContain("Zq8vK2mN4pL7rT1xAbCdEfGh");
  });
});

describe("a token the reporter masked only in part", () => {
  it("Bearer XXXX…KKKK…<real payload and signature> goes whole", () => {
    const partly = `XXXXXXXXXXXXXXXXXXXXKKKKKKKKKKKKKKKKwQSJ9.${JWT.split(".")[1]}.${SIGNATURE}`;
    const out = redact("`Bearer " + partly + "\n{ status: 403,");
    expect(out).not.toContain(SIGNATURE);
    expect(out).not.toContain(JWT.split(".")[1]);
  });

  it("a token masked whole stays as the reporter wrote it", () => {
    expect(redact("Authorization: Bearer XXXXXXXXXXXXXXXXXXXX")).toContain("Bearer XXXXXXXXXXXXXXXXXXXX");
    expect(redact("api_key: sk-XXXXXXXXXXXXXXXX")).toContain("sk-XXXXXXXXXXXXXXXX");
    expect(redact('"access_token": "eyJhbGciOiJIUzI1NiJ9.XXXXXXXXXXXX.XXXXXXXXXX"')).toContain(
      "eyJhbGciOiJIUzI1NiJ9.XXXXXXXXXXXX.XXXXXXXXXX",
    );
  });
});

describe("headers that name the signed-in user", () => {
  it("end-user in an escaped header block and X-Forwarded-User in a request lose their value", () => {
    const bytes = redact(
      `send: b'GET /reviews/0 HTTP/1.1\\r\\nend-user: jason\\r\\nx-request-id: 726c8617\\r\\n\\r\\n'`,
    );
    expect(bytes).not.toMatch(/end-user: jason/);
    expect(bytes).toContain("x-request-id: 726c8617\\r\\n\\r\\n'");
    const http = redact(
      "GET /r4/Patient/12724067 HTTP/1.1\nHost: fhir.example.org\nX-Forwarded-User: jroe@clinic.example\nX-Remote-User: tquarrie\nX-Request-Id: 0f1e2d3c\n",
    );
    expect(http).not.toContain("jroe@clinic.example");
    expect(http).not.toContain("tquarrie");
    expect(http).toContain("X-Request-Id: 0f1e2d3c");
  });

  it("a User-Agent and an x-user-agent header are not a user", () => {
    const text = "GET / HTTP/1.1\nUser-Agent: okhttp/3.12.0\nx-user-agent: DeliveryApp/1.0.0\n";
    expect(redact(text)).toBe(text);
  });
});

describe("a home directory's user name in file paths", () => {
  it("a Python traceback's /home/<user>/ paths lose the user name; the rest of the path stays", () => {
    const out = redact(
      '  File "/home/tquarrie/Documents/06_Software_Projects/idm/app.py", line 26, in verify_password\n' +
        "requests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: http://192.168.178.26/api/users/me",
    );
    expect(out).not.toContain("tquarrie");
    expect(out).toMatch(
      /File "\/home\/\[REDACTED:[a-z_]+#1\]\/Documents\/06_Software_Projects\/idm\/app\.py", line 26/,
    );
    expect(out).toContain("401 Client Error: UNAUTHORIZED for url: http://192.168.178.26/api/users/me");
  });

  it("macOS and Windows profiles too: /Users/<user>/, C:\\Users\\<user>\\", () => {
    const out = redact(
      "at /Users/jroe/dev/app/node_modules/axios/lib/core/settle.js:19:12\nC:\\Users\\tquarrie\\source\\repos\\FhirApp\\Program.cs:line 42",
    );
    expect(out).not.toContain("jroe");
    expect(out).not.toContain("tquarrie");
    expect(out).toContain("/dev/app/node_modules/axios/lib/core/settle.js:19:12");
    expect(out).toContain("\\source\\repos\\FhirApp\\Program.cs:line 42");
  });

  it("build and service accounts stay (/home/runner, /home/vagrant, /root, /Users/Shared)", () => {
    const text =
      "/home/runner/builds/app/src/x.py\n/home/vagrant/www/IDC-Common/app.py\n/Users/Shared/logs/a.log\n/home/ubuntu/app/run.sh";
    expect(redact(text)).toBe(text);
  });
});

describe("a person's JSON keys however a client names them", () => {
  it("underscore-prefixed keys (_firstName, _lastName) in JSON and in an escaped JSON string", () => {
    const json = redact('{"participant":{"_firstName":"Tamsin","_lastName":"Quarrie","_username":"tquarrie"}}');
    for (const v of ["Tamsin", "Quarrie", "tquarrie"]) expect(json).not.toContain(v);
    const escaped = redact(
      '    "body": "{\\"participant\\":{\\"_firstName\\":\\"Tamsin\\",\\"_lastName\\":\\"Quarrie\\"}}",',
    );
    for (const v of ["Tamsin", "Quarrie"]) expect(escaped).not.toContain(v);
  });

  it("a username logged line by line (OkHttp) or by util.inspect loses its value; a role account stays", () => {
    const okhttp = redact('D/OkHttp:   "username": "tquarrie",\nD/OkHttp:   "id": 1,');
    expect(okhttp).not.toContain("tquarrie");
    expect(okhttp).toContain('D/OkHttp:   "id": 1,');
    expect(redact("{ firstName: 'Tamsin', username: 'tquarrie' }")).not.toContain("tquarrie");
    expect(redact('D/OkHttp:   "username": "admin",')).toContain('"username": "admin"');
  });
});

describe("a login found under its key goes wherever else it stands", () => {
  it("the username of a logged answer also leaves its profile picture's URL", () => {
    const out = redact(
      'D/OkHttp:   "username": "tquarrie",\nD/OkHttp:   "image": "https://dummyjson.com/icon/tquarrie/128"',
    );
    expect(out).not.toContain("tquarrie");
    expect(out).toContain("https://dummyjson.com/icon/[REDACTED:");
  });

  it("a login restored by the user stays everywhere; a shorter login than five characters is not searched for", () => {
    const text = '"username": "tquarrie", "image": "/icon/tquarrie/128"';
    const first = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "e1",
      kind: "text",
      text,
    });
    const placeholder = /\[REDACTED:[a-z_]+#1\]/.exec(first.text)?.[0] ?? "";
    const again = createRedactor({ environment: "sandbox", terms: [], restored: [placeholder] }).redact({
      id: "e1",
      kind: "text",
      text,
    });
    expect(again.text).toBe(text);
    expect(redact('"username": "tq", "image": "/icon/tq/128"')).toContain("/icon/tq/128");
  });
});

describe("a proxy's own addresses", () => {
  it("mitmproxy's client line keeps a loopback address; a public client address still goes", () => {
    const out = redact(
      "127.0.0.1:50412: GET https://fhir-ehr.cerner.com/r4/Patient/12724067\n    Authorization: Bearer Zq8vK2mN4pL7rT1xAbCdEfGh\n << 403 Forbidden 218b\nclient 0.0.0.0 and 203.0.113.57 connected",
    );
    expect(out).toContain("127.0.0.1:50412: GET https://fhir-ehr.cerner.com/r4/Patient/12724067");
    expect(out).toContain("client 0.0.0.0 and");
    expect(out).not.toContain("203.0.113.57");
    expect(out).not.toContain("Zq8vK2mN4pL7rT1xAbCdEfGh");
  });
});

describe("a home directory however the path spells it", () => {
  it("a lower-case Windows profile, a ~user path and a WSL mount lose the user name; the rest of the path stays", () => {
    const cases: [string, string][] = [
      [
        "   at FhirApp.Program.Main() in c:\\users\\jroe1987\\source\\repos\\FhirApp\\Program.cs:line 42",
        "\\source\\repos\\FhirApp\\Program.cs:line 42",
      ],
      ["Error: ENOENT: no such file, open '~jroe1987/proj/smart-config.json'", "/proj/smart-config.json"],
      ['  File "/mnt/c/Users/jroe1987/dev/app/client.py", line 88, in fetch', "/dev/app/client.py"],
    ];
    for (const [line, rest] of cases) {
      const out = redact(line);
      expect(out, line).not.toContain("jroe1987");
      expect(out, line).toContain(rest);
    }
  });

  it("nobody's logins and a bare ~ stay under the same spellings; a ~ inside a token is no path", () => {
    const text = [
      "c:\\users\\launch\\app.log",
      "~profile/x.json and ~oracle/logs and ~myapp/bin and ~/proj/a.js",
      "/mnt/c/Users/Public/Documents/a.txt",
      "https://example.com/~docs/x",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });
});

describe("a login under its key in any case and under the keys directories use", () => {
  it("Username:, USERNAME=, UserName:, login:, login_name=, uid=, sAMAccountName:, user_id= lose the login", () => {
    const lines = [
      "Username: jroe1987",
      "USERNAME=jroe1987",
      "UserName: jroe1987",
      "login: jroe1987",
      "login_name=jroe1987",
      "ldap bind dn: uid=jroe1987,ou=people,dc=example,dc=org",
      "sAMAccountName: jroe1987",
      "user_id=jroe1987",
    ];
    for (const line of lines) {
      const out = redact(line);
      expect(out, line).not.toContain("jroe1987");
      expect(out, line).toMatch(/\[REDACTED:user_name#1\]/);
    }
    expect(redact("bind: uid=jroe1987,ou=people,dc=example,dc=org")).toContain(",ou=people,dc=example,dc=org");
  });

  it('JSON "login", "uid" and "sAMAccountName" lose the login; a numeric id and a URL stay', () => {
    const out = redact('{"login":"jroe1987","uid":"tquarrie","sAMAccountName":"mkessler","user_id":"48213"}');
    for (const v of ["jroe1987", "tquarrie", "mkessler"]) expect(out).not.toContain(v);
    expect(out).toContain('"user_id":"48213"');
    const url = '{"login":"https://fhir-ehr.cerner.com/login"}';
    expect(redact(url)).toBe(url);
  });

  it("nobody's logins stay in any case, user: alone stays, and a username: patient keeps the scopes after it", () => {
    const text = [
      "USERNAME=patient scope=patient/Observation.read launch openid",
      "Login: launch",
      "UID=12724067",
      "user: jroe1987",
      "login: https://fhir-ehr.cerner.com/login",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("a report's words on how the login went stay: Login: failed, login: ok, Login: page shown", () => {
    const text = [
      "Login: failed with 401 invalid_client",
      "login: ok, then the token call fails",
      "Login: page shown",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });
});

describe("a secret masked only in part under its key", () => {
  it("eight real characters or more beside the mask: the value goes", () => {
    for (const [line, real] of [
      ["client_secret=bP88Q~AbCdEfGhIjKlMnOpQrStUvWx12xxxxxxxx", "AbCdEfGhIjKlMnOpQrStUvWx12"],
      ["client_secret: ****abcdef1234567890abcdef12", "abcdef1234567890abcdef12"],
      ["password: ****Hunter2Secret!99", "Hunter2Secret!99"],
      ['{"client_secret": "****abcdef1234567890abcdef12"}', "abcdef1234567890abcdef12"],
    ]) {
      const out = redact(line);
      expect(out, line).not.toContain(real);
      expect(out, line).toMatch(/\[REDACTED:[a-z_]+#1\]/);
    }
  });

  it("a mask alone, or beside fewer than eight real characters, stays as the reporter wrote it", () => {
    for (const line of [
      "client_secret=********",
      "client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "password: xxxxxxxxxxxx",
      "api_key: sk-XXXXXXXXXXXXXXXX",
      "client_secret: ****1234",
    ])
      expect(redact(line), line).toBe(line);
  });
});
