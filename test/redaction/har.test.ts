import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { reduceHarEntries } from "~/redaction/har";
import type { JArray, JNode } from "~/redaction/json-ast";
import { parseJsonAst } from "~/redaction/json-ast";
import { parseEvidence } from "~/evidence/parse";
import { ACCESS_TOKEN, BASIC, CLIENT_ID, fixture } from "../evidence/helpers";

const redactHar = (text: string, environment: "sandbox" | "client-prod" = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "h", kind: "har", text });

describe("HAR redaction", () => {
  const input = fixture("session.har");
  const r = redactHar(input);
  const har = JSON.parse(r.text);
  type Pair = { name: string; value: string };
  type Entry = {
    startedDateTime: string;
    request: { url: string; headers: Pair[]; queryString: Pair[]; postData: { params: Pair[] } };
    response: { headers: Pair[]; content: { text: string; encoding?: string } };
  };
  const entries = har.log.entries as Entry[];

  it("stays valid HAR JSON with the same top-level shape and indentation", () => {
    expect(har.log.version).toBe("1.2");
    expect(har.log.creator.name).toBe("WebInspector");
    expect(r.text.split("\n")[1]).toBe('  "log": {');
  });

  it("drops static assets and other successful calls, and says what it dropped", () => {
    expect(entries.map((e) => new URL(e.request.url).hostname)).toEqual([
      "authorization.cerner.com",
      "fhir-ehr-code.cerner.com",
      "fhir-ehr-code.cerner.com",
    ]);
    expect(r.warnings).toContain(
      "Dropped 6 of 9 HAR entries: static assets (images 2, stylesheets 1, scripts 1, fonts 1); 1 other successful calls (not FHIR or authorization).",
    );
  });

  it("removes the Basic credential, bearer tokens, cookies and patient data; keeps IDs, scopes and times", () => {
    for (const secret of [
      ACCESS_TOKEN,
      BASIC,
      "c3ludGhldGljLWxvYWQtYmFsYW5jZXI",
      "Quixote",
      "Alonso",
      "1961-04-23",
      "(816) 555-0147",
    ])
      expect(r.text).not.toContain(secret);
    const [token, forbidden, search] = entries;
    expect(token.request.headers[0]).toEqual({ name: "Authorization", value: "Basic [REDACTED:basic_auth#1]" });
    expect(token.request.postData.params[1]).toEqual({
      name: "scope",
      value: "system/Specimen.read system/Patient.read",
    });
    expect(JSON.parse(token.response.content.text).scope).toBe("system/Patient.read");
    expect(token.response.headers).toContainEqual({
      name: "Cerner-Correlation-Id",
      value: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
    });
    expect(forbidden.startedDateTime).toBe("2025-07-29T15:22:10.101Z");
    expect(forbidden.response.headers).toContainEqual({
      name: "X-Request-Id",
      value: "78a19072002b8651623351cfedaffe70",
    });
    expect(search.request.url).toMatch(/Patient\?family=\[REDACTED:name#\d+\]&birthdate=\[REDACTED:birth_date#\d+\]$/);
    expect(search.request.queryString[0].value).toMatch(/^\[REDACTED:name#\d+\]$/);
  });

  it("writes a base64 body back as redacted text, without the encoding marker", () => {
    const content = entries[1].response.content;
    expect(content.encoding).toBeUndefined();
    expect(JSON.parse(content.text).message).toContain("urn:cerner:error:oauth2:resource-access:insufficient-scopes");
  });

  it("still parses as evidence: the redacted HAR gives the same exchanges and IDs", () => {
    const p = parseEvidence({ id: "h", kind: "har", text: r.text });
    expect(p.exchanges.map((e) => e.response?.status)).toEqual([200, 403, 200]);
    expect(p.exchanges[0].request?.url).toContain(`/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/`);
    expect(r.text).toContain(CLIENT_ID); // the annotation keeps azp
  });

  it("redacts a truncated HAR as text with a warning, never skipping it", () => {
    const cut = input.slice(0, input.indexOf("Bearer ") + 60);
    const t = redactHar(cut);
    expect(t.warnings.join(" ")).toMatch(/not valid JSON/);
    expect(t.text).not.toContain(BASIC);
    expect(t.text).not.toContain(ACCESS_TOKEN.slice(0, 40));
    expect(t.text).toContain("5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
  });
});

describe("HAR reduction past the entry limit", () => {
  it("keeps failures first, then FHIR calls, in their original order", () => {
    const entry = (url: string, status: number) => ({
      request: { url },
      response: { status, content: { mimeType: "application/json" } },
    });
    const list = [
      entry("https://fhir-ehr-code.cerner.com/r4/t/Patient/1", 200),
      entry("https://fhir-ehr-code.cerner.com/r4/t/Patient/2", 200),
      entry("https://fhir-ehr-code.cerner.com/r4/t/Specimen/3", 403),
      entry("https://fhir-ehr-code.cerner.com/r4/t/Patient/4", 200),
      entry("https://app.example.test/api/x", 500),
    ];
    const root = parseJsonAst(JSON.stringify(list)) as JArray;
    const warning = reduceHarEntries(root, 3);
    const urls = root.items.map((e: JNode) =>
      e.t === "o" && e.vals[0].t === "o" && e.vals[0].vals[0].t === "s" ? e.vals[0].vals[0].v : "",
    );
    expect(urls).toEqual([
      "https://fhir-ehr-code.cerner.com/r4/t/Patient/1",
      "https://fhir-ehr-code.cerner.com/r4/t/Specimen/3",
      "https://app.example.test/api/x",
    ]);
    expect(warning).toBe("Dropped 2 of 5 HAR entries: 2 past the first 3 that matter (failures kept first).");
  });
});

describe("HAR in a client domain", () => {
  it("reduces FHIR response bodies to their shape", () => {
    const r = redactHar(fixture("session.har"), "client-prod");
    const search = JSON.parse(r.text).log.entries[2];
    const bundle = JSON.parse(search.response.content.text);
    expect(bundle.entry[0].resource).toMatchObject({
      resourceType: "Patient",
      id: "[REDACTED:patient_id#1]",
      birthDate: "[REDACTED:value]",
    });
    expect(r.text).not.toContain("90210777");
  });
});

describe("HAR response bodies past the size cap", () => {
  it("cuts a huge kept body after redaction, says so, and the HAR stays valid JSON", () => {
    const patients = Array.from({ length: 3000 }, (_, i) => ({
      resource: {
        resourceType: "Patient",
        id: `p${i}`,
        name: [{ family: `Quandivar${i}`, given: ["Zorbleth"] }],
        birthDate: "1961-04-23",
      },
    }));
    const body = JSON.stringify({ resourceType: "Bundle", type: "searchset", entry: patients }, null, 2);
    expect(body.length).toBeGreaterThan(512 * 1024);
    const har = JSON.stringify({
      log: {
        version: "1.2",
        creator: { name: "WebInspector", version: "537.36" },
        entries: [
          {
            startedDateTime: "2025-07-28T15:21:14.123Z",
            request: {
              method: "GET",
              url: "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient?_count=3000",
              headers: [],
            },
            response: {
              status: 200,
              headers: [{ name: "X-Request-Id", value: "78a19072002b8651623351cfedaffe70" }],
              content: { size: body.length, mimeType: "application/fhir+json", text: body },
            },
          },
        ],
      },
    });
    const r = redactHar(har);
    const out = JSON.parse(r.text);
    const content = out.log.entries[0].response.content;
    expect(content.text.length).toBeLessThanOrEqual(256 * 1024 + 64);
    expect(content.text.length).toBeGreaterThan(200 * 1024);
    expect(content.comment).toMatch(/^Cut by the redactor to its first \d+ KB \(of \d+(\.\d)? (KB|MB)\)\.$/);
    expect(r.warnings.join(" ")).toMatch(/Cut 1 HAR response body .* The HAR is still valid JSON\./);
    // Nothing identifying survives the cut, no placeholder is cut in half, the diagnostic header stays.
    expect(content.text).not.toMatch(/Quandivar|Zorbleth|04-23/);
    expect(content.text).not.toMatch(/\[REDACTED:[a-z_]*#?\d*$/);
    expect(out.log.entries[0].response.headers[0].value).toBe("78a19072002b8651623351cfedaffe70");
  });

  it("leaves bodies under the cap whole", () => {
    const r = redactHar(fixture("session.har"));
    expect(r.warnings.join(" ")).not.toMatch(/Cut \d+ HAR response/);
    expect(
      JSON.parse(r.text).log.entries.every(
        (e: { response: { content: { comment?: string } } }) => e.response.content.comment === undefined,
      ),
    ).toBe(true);
  });
});
