import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import { parseEvidence } from "~/evidence/parse";
import { parseJwtAnnotations } from "~/evidence/jwt-annotation";
import type { EvidenceKind } from "~/evidence/model";
import type { Environment } from "~/ticket/schema";
import {
  ACCESS_TOKEN,
  BASIC,
  CLIENT_ID,
  CLIENT_SECRET,
  SANDBOX_TENANT,
  SEED,
  fixture,
  makeJwt,
} from "../evidence/helpers";

const redact = (text: string, kind: EvidenceKind = detectKind(text), environment: Environment = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind, text });

const DIAGNOSTIC_IDS = [
  "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
  "78a19072002b8651623351cfedaffe70",
  "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A",
  "urn:cerner:error:oauth2:resource-access:insufficient-scopes",
  "no_scope_for_resource_path",
  "insufficient_scope",
];

function expectNoSecrets(text: string) {
  for (const secret of [
    ACCESS_TOKEN,
    ACCESS_TOKEN.split(".")[1],
    BASIC,
    CLIENT_SECRET,
    "c3ludGhldGljLWxvYWQtYmFsYW5jZXI",
    "c3ludGhldGljLXNlc3Npb24tY29va2ll",
    "c3ludGhldGljLWFwcC1zZXNzaW9u",
    "Dulcinea",
    "dulcinea@example.org",
    "synthetic-subject-4711",
  ]) {
    expect(text).not.toContain(secret);
  }
}

describe("redaction of each evidence kind", () => {
  it("raw HTTP token exchange: Basic credential, cookie and token go; IDs, scopes, client ID and Date stay; it still parses", () => {
    const r = redact(fixture("token-request.http"));
    expectNoSecrets(r.text);
    expect(r.text).toContain("Authorization: Basic [REDACTED:basic_auth#1]");
    expect(r.text).toContain("Set-Cookie: AWSALB=[REDACTED:cookie#1]; Expires=Mon, 04 Aug 2025 15:21:14 GMT; Path=/");
    expect(r.text).toContain("scope=system%2FSpecimen.read+system%2FPatient.read+system%2FEncounter.read");
    expect(r.text).toContain("Date: Mon, 28 Jul 2025 15:21:14 GMT");
    expect(r.text).toContain("Cerner-Correlation-Id: 5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
    const reparsed = parseEvidence({ id: "r", kind: "http", text: r.text });
    expect(reparsed.exchanges[0].request?.headers.map((h) => h.name)).toEqual([
      "Host",
      "Authorization",
      "Accept",
      "Content-Type",
    ]);
    expect(reparsed.exchanges[0].response?.status).toBe(200);
    const body = JSON.parse(reparsed.exchanges[0].response!.body!);
    expect(body.scope).toBe("system/Patient.read system/Encounter.read");
    expect(body.expires_in).toBe(570);
  });

  it("replaces a JWT by its annotation: iss, aud, azp, tenant, iat/exp in ISO UTC, granted scopes; no person claims", () => {
    const r = redact(fixture("token-response.json"));
    const [annotation] = parseJwtAnnotations(r.text);
    expect(annotation.placeholder).toBe("[REDACTED:access_token#1]");
    expect(annotation.claims).toEqual({
      iss: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}`,
      aud: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
      azp: CLIENT_ID,
      tenant: SANDBOX_TENANT,
      ver: "1.0",
      iat: "2025-07-29T15:22:09Z",
      exp: "2025-07-29T15:31:39Z",
      scope: "system/Patient.read system/Encounter.read",
    });
    expectNoSecrets(r.text);
    expect(JSON.parse(r.text).token_type).toBe("Bearer");
    expect(r.findings).toEqual([
      {
        category: "secret",
        type: "access_token",
        placeholder: "[REDACTED:access_token#1]",
        count: 1,
        restorable: false,
      },
    ]);
  });

  it("FHIR 403 exchange: bearer token goes, X-Request-Id, opc-request-id, WWW-Authenticate and the error body stay", () => {
    const r = redact(fixture("fhir-403.http"));
    expectNoSecrets(r.text);
    for (const id of DIAGNOSTIC_IDS.slice(1)) expect(r.text).toContain(id);
    expect(r.text).toContain('WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"');
    expect(r.text).toMatch(/^Authorization: Bearer \[REDACTED:access_token#1 · JWT iss=/m);
  });

  it("curl -v: prefixed header lines keep their names, the token goes, the body stays", () => {
    const r = redact(fixture("curl-verbose.txt"));
    expectNoSecrets(r.text);
    expect(r.text).toMatch(/^> Authorization: Bearer \[REDACTED:access_token#1 · JWT /m);
    expect(r.text).toContain('-H "Authorization: Bearer [REDACTED:access_token#1');
    expect(r.text).toContain("< X-Request-Id: ecd13b72-4fde-11e9-8674-8b0a57a130fd");
    expect(r.text).toContain(
      '{"code":403,"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\"',
    );
    expect(r.findings.find((f) => f.type === "access_token")?.count).toBe(2);
  });

  it("curl command: -u password, cookie values go; the user part (client ID), URL and scopes stay", () => {
    const r = redact(fixture("curl-command.sh"));
    expectNoSecrets(r.text);
    expect(r.text).toContain(`-u '${CLIENT_ID}:[REDACTED:client_secret#1]'`);
    expect(r.text).toContain(`"Cookie: session=[REDACTED:cookie#1]"`);
    expect(r.text).toContain("--data-urlencode 'scope=system/Specimen.read system/Patient.read'");
    expect(r.text.split("\n")).toHaveLength(fixture("curl-command.sh").split("\n").length);
  });

  it("form body: client_secret, client_assertion, code and code_verifier go; grant_type, scope, client_id stay", () => {
    const assertion = makeJwt({
      iss: CLIENT_ID,
      sub: CLIENT_ID,
      aud: "https://authorization.cerner.com/token",
      exp: 1753803099,
    });
    const body = `grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk&client_id=${CLIENT_ID}&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${assertion}&client_secret=${CLIENT_SECRET}&scope=launch+patient%2FPatient.read`;
    const r = redact(body);
    for (const s of ["SplxlOBeZQQYbYS6WxSbIA", "dBjftJeZ4CVP", assertion, CLIENT_SECRET])
      expect(r.text).not.toContain(s);
    expect(r.text).toContain(`client_id=${CLIENT_ID}`);
    expect(r.text).toContain("scope=launch+patient%2FPatient.read");
    expect(r.text).toContain("client_assertion=[REDACTED:client_assertion#1 · JWT iss=");
  });

  it("token error: error, error_uri with its instance UUID, client= and tenant= all stay", () => {
    const text = fixture("token-error.json");
    const r = redact(text);
    expect(r.text).toBe(text);
    expect(r.findings).toEqual([]);
  });

  it("OperationOutcome: the WWW-Authenticate diagnostics stay", () => {
    const text = fixture("operation-outcome.json");
    expect(redact(text).text).toBe(text);
  });

  it("Oracle's 403 body stays whole", () => {
    const text = fixture("oracle-403.json");
    expect(redact(text).text).toBe(text);
  });

  it("log lines: tokens, passwords and e-mail addresses go; timestamps, IDs and URNs stay", () => {
    const r = redact(fixture("app.log"));
    expectNoSecrets(r.text);
    expect(r.text).not.toContain("Synth3ticDbPass!");
    expect(r.text).not.toContain("ops-team@example.org");
    expect(r.text).toContain("2025-07-29T15:22:10.240Z ERROR 403 X-Request-Id: 78a19072002b8651623351cfedaffe70");
    expect(r.text).toContain(`client_id=${CLIENT_ID}`);
    expect(r.text).toContain("urn:cerner:error:oauth2:resource-access:insufficient-scopes");
    expect(r.text).toContain("access_token=[REDACTED:access_token#1 · JWT");
  });

  it("a pasted JWT alone becomes its annotation", () => {
    const r = redact(ACCESS_TOKEN);
    expect(r.text).toMatch(/^\[REDACTED:jwt#1 · JWT iss=https:\/\/authorization\.cerner\.com\/tenants\//);
    expectNoSecrets(r.text);
  });
});

describe("the seed ticket", () => {
  it("loses every credential and keeps every diagnostic fact", () => {
    const tokenJson = JSON.stringify({
      access_token: ACCESS_TOKEN,
      scope: "system/Patient.read",
      token_type: "Bearer",
      expires_in: 570,
    });
    const seed = SEED.replace('"<access_token>"', JSON.stringify(ACCESS_TOKEN).slice(0, -1) + '\\"').concat(
      `\nAuthorization: Basic ${BASIC}\nRaw token response: ${tokenJson}\n`,
    );
    const r = redact(seed);
    expectNoSecrets(r.text);
    for (const kept of [
      "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      "e1234567-89ab-4cde-8f12-3456789abcde",
      "abc12345-def6-7890-ghij-klmnopqrstuv",
      "opc-4567abcd-89ef-0123-ghij-456789klmnop",
      "Mon, 28 Jul 2025 15:21:14 GMT",
      "2025-07-29T15:22:10Z",
      CLIENT_ID,
      "c388f6bf-1c33-4566-a5bc-249e990ea2bf",
      // Exactly as pasted: the JSON in the string literal escapes its slashes, and untouched strings keep their escapes.
      "system\\\\/Condition.read system\\\\/DocumentReference.read",
      "urn:cerner:error:oauth2:resource-access:insufficient-scopes",
      "no_scope_for_resource_path",
      '\\"code\\":403',
      "system/Specimen.read",
      '\\"expires_in\\":570',
    ]) {
      expect(r.text).toContain(kept);
    }
  });

  it("leaves the original seed (which holds no credential) unchanged", () => {
    expect(redact(SEED).text).toBe(SEED);
  });
});

describe("one redactor per ticket", () => {
  it("gives the same value the same placeholder in every item, and lists the raw values for the leak check", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    const items = redactor.redactItems([
      { id: "a", kind: "http", text: fixture("fhir-403.http") },
      { id: "b", kind: "token-response", text: fixture("token-response.json") },
      { id: "c", kind: "http", text: fixture("token-request.http") },
    ]);
    const known = redactor.knownValues();
    expect(items.every((i) => i.text.includes("[REDACTED:access_token#1 · JWT"))).toBe(true);
    expect(items.some((i) => i.text.includes("access_token#2"))).toBe(false);
    expect(known.map((k) => k.value)).toEqual(
      expect.arrayContaining([ACCESS_TOKEN, BASIC, `${CLIENT_ID}:${CLIENT_SECRET}`, CLIENT_SECRET]),
    );
    expect(known.find((k) => k.value === ACCESS_TOKEN)).toMatchObject({
      category: "secret",
      type: "access_token",
      placeholder: "[REDACTED:access_token#1]",
    });
  });

  it("marks each placeholder's span in the output for highlighting", () => {
    const r = redact(fixture("token-request.http"));
    expect(r.spans.length).toBe(3);
    for (const s of r.spans) expect(r.text.slice(s.start, s.end)).toMatch(/^\[REDACTED:[a-z_]+#\d+( · JWT [^\]]*)?\]$/);
    expect(r.spans.map((s) => s.category)).toEqual(["secret", "secret", "secret"]);
  });
});

describe("placeholders already in the evidence keep their numbers", () => {
  it("redactItems gives new values numbers that no item uses yet (evidence redacted in an earlier post)", () => {
    const earlier = "Authorization: Bearer [REDACTED:access_token#1]\nCookie: sid=[REDACTED:cookie#4]";
    const items = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redactItems([
      { id: "new", kind: "text", text: "Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA" },
      { id: "old", kind: "text", text: earlier },
    ]);
    expect(items[0].text).toBe("Authorization: Bearer [REDACTED:access_token#2]");
    expect(items[1].text).toBe(earlier);
  });

  it("one redactor, item by item: a new value in an item that already holds placeholders gets a fresh number", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    const r = redactor.redact({
      id: "b",
      kind: "text",
      text: "earlier: [REDACTED:access_token#1 · JWT iss=https://authorization.cerner.com/] and Cookie: a=[REDACTED:cookie#3]\nnow: access_token=9fGhT2kLmN0pQrS5tUvW Cookie: b=c1d2e3f4g5",
    });
    expect(r.text).toContain("now: access_token=[REDACTED:access_token#2] Cookie: b=[REDACTED:cookie#4]");
    expect(r.findings.map((f) => f.placeholder).sort()).toEqual(["[REDACTED:access_token#2]", "[REDACTED:cookie#4]"]);
  });
});

describe("JSON printed back after a change", () => {
  it("keeps the escapes of the strings it did not touch (\\/ and \\u00e9), so a second pass changes nothing", () => {
    const json =
      '{"link":"https:\\/\\/fhir-ehr-code.cerner.com\\/r4\\/x","note":"caf\\u00e9","access_token":"2YotnFZFEjr1zCsicMWpAA"}';
    const once = redact(json, "token-response").text;
    expect(once).toBe(
      '{"link":"https:\\/\\/fhir-ehr-code.cerner.com\\/r4\\/x","note":"caf\\u00e9","access_token":"[REDACTED:access_token#1]"}',
    );
    expect(redact(once, "token-response").text).toBe(once);
  });
});

describe("JSON logged on one line that does not parse (cut off)", () => {
  it("a placeholder inside the narrative does not hide the rest of it", () => {
    const div =
      '<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Seen via https://portal.example.org/chart?session=abc123def456ghi789jkl by Zorbleth Quandivar of Ombrevale</div>';
    const line = `2025-07-28T15:21:14.123Z DEBUG fhir-client body={"resourceType":"Patient","id":"12724066","text":{"status":"generated","div":"${div}"},"name":[{"family":"Qua\n`;
    const r = redact(line, "log");
    for (const v of ["abc123def456ghi789jkl", "Zorbleth", "Quandivar", "Ombrevale"]) expect(r.text).not.toContain(v);
    expect(r.text).toContain('"resourceType":"Patient","id":"12724066"');
  });
});

describe("free text over many identifiers", () => {
  it("keeps every ID and still finds the personal data after thousands of them", () => {
    const ids = Array.from(
      { length: 5000 },
      (_, i) => `req ${String(i).padStart(8, "0")}-3fef-470f-8562-5ccbc97b4fe5 ok`,
    ).join("\n");
    const text = `Patient: Jane Roe called\n${ids}\nlater Patient: Zorbleth Quandivar, phone 816-555-0147\n`;
    const r = redact(text, "text");
    expect(r.text).toContain("00004999-3fef-470f-8562-5ccbc97b4fe5");
    expect(r.text.match(/-3fef-470f-8562-5ccbc97b4fe5/g)).toHaveLength(5000);
    for (const v of ["Jane Roe", "Zorbleth Quandivar", "816-555-0147"]) expect(r.text).not.toContain(v);
  });
});
