// One block per detector family, through the public redactor (what a user sees), on text that structure does not
// cover: so each pattern is exercised on its own.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { parseJwtAnnotations } from "~/evidence/jwt-annotation";
import { ACCESS_TOKEN, CLIENT_ID, b64url, makeJwt } from "../evidence/helpers";

const text = (t: string, terms: string[] = []) =>
  createRedactor({ environment: "sandbox", terms, restored: [] }).redact({ id: "t", kind: "text", text: t });

describe("authorization schemes", () => {
  it.each([
    ["Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA", "Authorization: Bearer [REDACTED:access_token#1]"],
    ["authorization: basic dXNlcjpwYXNzd29yZA==", "authorization: basic [REDACTED:basic_auth#1]"],
    [
      "Proxy-Authorization: Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEF",
      "Proxy-Authorization: Negotiate [REDACTED:authorization#1]",
    ],
    [
      "sent header DPoP: " + makeJwt({ htm: "GET", htu: "https://x.test/r4" }, { typ: "dpop+jwt", alg: "ES256" }),
      "sent header DPoP: [REDACTED:dpop_proof#1]",
    ],
    ["retrying with Bearer 2YotnFZFEjr1zCsicMWpAA now", "retrying with Bearer [REDACTED:access_token#1] now"],
    ['{"Authorization": "Bearer 2YotnFZFEjr1zCsicMWpAA"}', '{"Authorization": "Bearer [REDACTED:access_token#1]"}'],
  ])("%s", (input, expected) => {
    expect(text(input).text).toBe(expected);
  });

  it("leaves prose and WWW-Authenticate parameters alone", () => {
    for (const prose of [
      "Bearer tokens are opaque to the client.",
      'WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="invalid_token"',
      "SMART Authorization: the app gets a 403",
      "Use Basic authentication for the token endpoint.",
    ]) {
      expect(text(prose).text).toBe(prose);
    }
  });
});

describe("JWTs anywhere", () => {
  it("replaces a JWT in prose, a base64-encoded JWT, and a JWT-shaped run that does not decode", () => {
    const encoded = Buffer.from(ACCESS_TOKEN).toString("base64");
    const broken = `eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJ4eHh4eHh4eHh4Ig.${"A".repeat(20)}`.replace(
      "eyJzdWIiOiJ4eHh4eHh4eHh4Ig",
      "eyJzdWIiOi!JTOOSHORT".slice(0, 10) + "AAAAAAAAAA",
    );
    const r = text(`token ${ACCESS_TOKEN}. cookie ${encoded} and ${broken}`);
    expect(r.text).not.toContain(ACCESS_TOKEN);
    expect(r.text).not.toContain(encoded);
    expect(r.text).not.toContain(broken.split(".")[1]);
    expect(parseJwtAnnotations(r.text)).toHaveLength(2);
  });

  it("never copies person claims into the annotation", () => {
    const idToken = makeJwt({
      iss: "https://authorization.cerner.com/",
      aud: CLIENT_ID,
      sub: "user-77",
      name: "Jane Roe",
      given_name: "Jane",
      family_name: "Roe",
      email: "jane@example.org",
      preferred_username: "jroe",
      fhirUser: "https://fhir-ehr-code.cerner.com/r4/t/Practitioner/123",
      exp: 1753803099,
    });
    const r = text(`id_token=${idToken}`);
    expect(r.text).toMatch(
      /^id_token=\[REDACTED:id_token#1 · JWT iss=https:\/\/authorization\.cerner\.com\/; aud=b1e2a292-fbe4-460a-be33-582e572abbbe; exp=2025-07-29T15:31:39Z\]$/,
    );
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
    [
      '{\\"refresh_token\\":\\"tGzv3JOkF0XG5Qx2TlKWIA\\",\\"scope\\":\\"x\\"}',
      '{\\"refresh_token\\":\\"[REDACTED:refresh_token#1]\\",\\"scope\\":\\"x\\"}',
    ],
    ["password: hunter2 and more", "password: [REDACTED:password#1] and more"],
  ])("%s", (input, expected) => {
    expect(text(input).text).toBe(expected);
  });

  it("keeps values of look-alike keys and template markers", () => {
    for (const kept of [
      '"token_type": "Bearer"',
      "token_endpoint=https://authorization.cerner.com/token",
      '"access_token": "<access_token>"',
      "password=${DB_PASSWORD}",
      "client_id=b1e2a292-fbe4-460a-be33-582e572abbbe",
      "expires_in=570",
      'password_length: "12"',
    ]) {
      expect(text(kept).text).toBe(kept);
    }
  });
});

describe("credentials the sweep used to miss", () => {
  it("a curl -u password in a shell session pasted inside prose (detected as plain text)", () => {
    const session =
      "Tried this:\nsh-5.0$ curl -k -X POST https://infinispan.example.test:11222/rest/v2/caches/default/hello \\\n  -H 'Content-type: text/plain' \\\n  -d 'world' \\\n  -u developer:yqDVtkqPECriaLRi\nand it failed";
    const r = text(session);
    expect(r.text).not.toContain("yqDVtkqPECriaLRi");
    expect(r.text).toContain("developer:[REDACTED:client_secret#1]");
    expect(r.text.split("\n")).toHaveLength(session.split("\n").length);
    // … and in a sentence, where nothing reads it as a command; uid:gid stays.
    expect(text("then run it with --user ops:Xk29fLq0zPw and docker run -u 1000:1000").text).toBe(
      "then run it with --user ops:[REDACTED:client_secret#1] and docker run -u 1000:1000",
    );
  });

  it("an Authorization scheme it does not list (Api-Token), in a curl command and in a log line", () => {
    const curl = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "c",
      kind: "curl-command",
      text: 'curl -H "Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08" --request PUT https://appsecclass.example.test/api/use/635',
    });
    expect(curl.text).toBe(
      'curl -H "Authorization: Api-Token [REDACTED:authorization#1]" --request PUT https://appsecclass.example.test/api/use/635',
    );
    expect(
      text(
        "2025-07-29T15:22:10Z INFO sent Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08 to the host",
      ).text,
    ).toBe("2025-07-29T15:22:10Z INFO sent Authorization: Api-Token [REDACTED:authorization#1] to the host");
  });

  it("an environment variable pasted alone (detected as a form body), a user_auth value, a function argument", () => {
    const form = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "f",
      kind: "form",
      text: "JIRA_API_TOKEN=HXe8DGg1iJd2AopzyxkFB7F2",
    });
    expect(form.text).toBe("JIRA_API_TOKEN=[REDACTED:token#1]");
    expect(text('"user_auth": "am9obmRvZTpkMDY5NGIxYi1jMTcxLTQ4ODYt+TMyYS0wMmUwOWQ1/mIwNjc="').text).toBe(
      '"user_auth": "[REDACTED:secret#1]"',
    );
    expect(text('token := utils.GetEnvOrDefault("api_token", "dafa7817-e246-48f3-91a7-e87653d587b8")').text).toBe(
      'token := utils.GetEnvOrDefault("api_token", "[REDACTED:token#1]")',
    );
  });

  it("assignments written with other operators, and command-line flags", () => {
    for (const [input, expected] of [
      ['SNYK_TOKEN ::= "12345678-ABCD-ABCD-ABCD-1234567890AB"', 'SNYK_TOKEN ::= "[REDACTED:token#1]"'],
      ['SNYK_API_KEY ?= "12345678-ABCD-ABCD-ABCD-1234567890AB"', 'SNYK_API_KEY ?= "[REDACTED:api_key#1]"'],
      ['const HEROKU_KEY = "12345678-ABCD-ABCD-ABCD-1234567890AB"', 'const HEROKU_KEY = "[REDACTED:api_key#1]"'],
      ["huggingface-cli login --token Zk29fLq0zPwQ7rTn4vXb8yHc", "huggingface-cli login --token [REDACTED:token#1]"],
      [
        "Set-Auth -ClientId 'app' -ClientSecret 'q5VgKljZ7cb3.0sp0Apz.vOjRIPyeTr'",
        "Set-Auth -ClientId 'app' -ClientSecret '[REDACTED:secret#1]'",
      ],
      [
        '<add key="ClearTextPassword" value="hal+9ooo_da!sY" />',
        '<add key="ClearTextPassword" value="[REDACTED:password#1]" />',
      ],
      ["export BUNDLE_GEMS__EXAMPLE__COM=cafebabe:deadbeef", "export BUNDLE_GEMS__EXAMPLE__COM=[REDACTED:password#1]"],
    ]) {
      expect(text(input).text).toBe(expected);
    }
  });

  it("the values of a Kubernetes Secret, plain and as block scalars", () => {
    const yaml = [
      "apiVersion: v1",
      "kind: Secret",
      "metadata:",
      "  name: app-credentials",
      "data:",
      "  password: bXlwYXNzd29yZA==",
      "  .dockercfg: |",
      "    eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIn19",
      "type: Opaque",
    ].join("\n");
    const out = text(yaml).text;
    for (const secret of ["bXlwYXNzd29yZA==", "eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIn19"])
      expect(out).not.toContain(secret);
    expect(out).toContain("  password: [REDACTED:");
    expect(out).toContain("type: Opaque");
  });
});

describe("what is not a credential stays", () => {
  it("a Maven coordinate after a dotted package name that ends in …token", () => {
    const notes = 'notes            = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"';
    expect(text(notes).text).toBe(notes);
  });

  it("a Jenkins credentials id (a reference to a credential, not the credential)", () => {
    const jenkins =
      "withCredentials([usernamePassword(credentialsId: '29f63271-dc2f-4734-8221-5b31b5169bac', usernameVariable: 'USERNAME', passwordVariable: 'PASSWORD')]) {\ncredentialsId: 'ff083f76-7804-4ef1-80e4-fe975bb9141b'";
    expect(text(jenkins).text).toBe(jenkins);
  });

  it("a label followed by an HTTP method or a word, not a secret-looking value", () => {
    for (const prose of [
      "I copied that token: GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 and got a 403",
      "the secret: rotate it every 90 days",
      "token: expired",
      "publicKey = 'pk_live_not_a_secret_0123'",
    ]) {
      expect(text(prose).text).toBe(prose);
    }
    // A secret-looking value after the same label still goes.
    expect(text("that token: 2YotnFZFEjr1zCsicMWpAA").text).toBe("that token: [REDACTED:token#1]");
  });

  it("prose that starts with an HTTP verb is prose: the assignment in it is still seen", () => {
    expect(text('GET client_secret: "Zk29fLq0zPwQ7rTn" done').text).toBe(
      'GET client_secret: "[REDACTED:client_secret#1]" done',
    );
  });
});

describe("URLs", () => {
  it("removes credentials in the authority and secret parameters, keeps the rest byte for byte", () => {
    expect(text("https://admin:pa55word@proxy.example.test:8443/r4?x=1").text).toBe(
      "https://[REDACTED:url_credentials#1]@proxy.example.test:8443/r4?x=1",
    );
    expect(text("https://app.example.test/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj").text).toBe(
      "https://app.example.test/cb?code=[REDACTED:authorization_code#1]&state=af0ifjsldkj",
    );
    expect(text("https://app.example.test/cb#access_token=2YotnFZFEjr1zCsicMWpAA&token_type=Bearer").text).toBe(
      "https://app.example.test/cb#access_token=[REDACTED:access_token#1]&token_type=Bearer",
    );
  });

  it("keeps a FHIR token search on code, and redacts PHI search parameters", () => {
    const base = "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d";
    expect(text(`${base}/Observation?code=http://loinc.org|2339-0&patient=12724066`).text).toBe(
      `${base}/Observation?code=http://loinc.org|2339-0&patient=12724066`,
    );
    expect(text(`${base}/Patient?given=Nancy&family:exact=Smart&address-postalcode=64111&address-state=MO`).text).toBe(
      `${base}/Patient?given=[REDACTED:name#1]&family:exact=[REDACTED:name#2]&address-postalcode=[REDACTED:address#1]&address-state=MO`,
    );
  });
});

describe("cookies", () => {
  it("redacts every cookie's value whatever its name, and Set-Cookie's value but not its attributes", () => {
    expect(text("Cookie: JSESSIONID=0AF3D2; _ga=GA1.2.3; theme=dark").text).toBe(
      "Cookie: JSESSIONID=[REDACTED:cookie#1]; _ga=[REDACTED:cookie#2]; theme=[REDACTED:cookie#3]",
    );
    expect(text("Set-Cookie: sid=31d4d96e407aad42; Path=/; Secure; HttpOnly").text).toBe(
      "Set-Cookie: sid=[REDACTED:cookie#1]; Path=/; Secure; HttpOnly",
    );
  });
});

describe("private keys", () => {
  const pem = [
    "-----BEGIN RSA PRIVATE KEY-----",
    "MIIEowIBAAKCAQEAsynthetic0000000000000000000000000000000000000",
    "c3ludGhldGljIGtleSBtYXRlcmlhbA==",
    "-----END RSA PRIVATE KEY-----",
  ].join("\n");

  it("redacts a PEM private key block, also JSON-escaped and when truncated", () => {
    expect(text(`key:\n${pem}\nnext line`).text).toBe("key:\n[REDACTED:private_key#1]\nnext line");
    const escaped = JSON.stringify({ private_key: "x", pem });
    expect(text(escaped.replace('"x"', '"y"')).text).not.toContain("c3ludGhldGljIGtleSBtYXRlcmlhbA");
    expect(text(pem.split("\n").slice(0, 3).join("\n")).text).toBe("[REDACTED:private_key#1]");
  });

  it("keeps a public key", () => {
    const pub =
      "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsynthetic\n-----END PUBLIC KEY-----";
    expect(text(pub).text).toBe(pub);
  });

  it("redacts the private members of a JWK, keeps the public ones", () => {
    const jwk = {
      kty: "RSA",
      kid: "k1",
      n: "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri",
      e: "AQAB",
      d: "VFCWOqXr8nvZNyaaJLXdnNPXZKRaWCjkU5Q2egQQpTBMwhprMzWzpR8Sxq1OPThh",
      p: "syntheticP",
      q: "syntheticQ",
      dp: "syntheticDP",
      dq: "syntheticDQ",
      qi: "syntheticQI",
    };
    const r = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "j",
      kind: "fhir-json",
      text: JSON.stringify({ keys: [jwk] }),
    });
    const out = JSON.parse(r.text).keys[0];
    expect(out.n).toBe(jwk.n);
    expect(out.e).toBe("AQAB");
    for (const m of ["d", "p", "q", "dp", "dq", "qi"]) expect(out[m]).toMatch(/^\[REDACTED:private_key#\d+\]$/);
  });
});

describe("user terms", () => {
  it("a term glued to an e-mail address takes the whole address with it", () => {
    const r = text("write to jdoe@example.org or ops@lifebridge.example.org", ["jdoe", "lifebridge"]);
    expect(r.text).toBe("write to [REDACTED:custom#1] or [REDACTED:custom#2]");
    expect(r.text).not.toContain("@");
    // Not restorable: restoring it would give the term back.
    expect(r.findings.every((f) => f.category === "custom" && !f.restorable)).toBe(true);
  });

  it("redacts a user's term everywhere, in any case, as one custom placeholder", () => {
    const r = text("Lifebridge sandbox, LIFEBRIDGE tenant, lifebridge.example.org", ["Lifebridge"]);
    expect(r.text).toBe("[REDACTED:custom#1] sandbox, [REDACTED:custom#1] tenant, [REDACTED:custom#1].example.org");
    expect(r.findings).toEqual([
      { category: "custom", type: "custom", placeholder: "[REDACTED:custom#1]", count: 3, restorable: false },
    ]);
  });
});

describe("free-text PHI", () => {
  it("redacts labelled names, e-mail and phone numbers in prose but never IDs, URNs, scopes or request times", () => {
    const line =
      "2025-07-29T15:22:10Z Patient: John Smith called from 816-555-0147 (john.smith@example.org) about Specimen 5718aeb9-3fef-470f-8562-5ccbc97b4fe5 system/Specimen.read urn:cerner:error:oauth2:resource-access:insufficient-scopes";
    const r = text(line);
    for (const v of ["John Smith", "816-555-0147", "john.smith@example.org"]) expect(r.text).not.toContain(v);
    for (const v of [
      "2025-07-29T15:22:10Z",
      "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      "system/Specimen.read",
      "urn:cerner:error:oauth2:resource-access:insufficient-scopes",
    ])
      expect(r.text).toContain(v);
  });
});
