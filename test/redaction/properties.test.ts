// Property tests (fast-check): secrets and PHI planted at random into random HTTP / JSON / HAR / log / curl text
// never survive; redaction is idempotent; redacted JSON and HAR still parse with the same keys.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/evidence/model";
import type { Environment } from "~/ticket/schema";
import { makeJwt, SANDBOX_TENANT } from "../evidence/helpers";

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const token = (min: number, max: number) =>
  fc
    .string({ unit: fc.constantFrom(...ALNUM), minLength: min, maxLength: max })
    .filter((s) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && new Set(s).size > 6);
const jwt = fc
  .record({ sub: token(8, 16), azp: token(8, 16), exp: fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }) })
  .map((c) => makeJwt(c));
const secret = fc.oneof(token(16, 48), jwt);
const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 9 });
const prose = fc
  .array(
    fc.oneof(
      word,
      fc.constantFrom(
        "GET",
        "403",
        "scope",
        "{",
        "}",
        "=",
        ":",
        '"',
        ",",
        "\\",
        "/",
        "-",
        "Patient/12",
        "urn:cerner:x",
      ),
    ),
    { maxLength: 12 },
  )
  .map((w) => w.join(" "));
const name = fc
  .string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 5, maxLength: 12 })
  .map((s) => s[0].toUpperCase() + s.slice(1));

type Carrier = (a: string, b: string, filler: string) => { text: string; kind: EvidenceKind };

const carriers: Record<string, Carrier> = {
  http: (a, b, filler) => ({
    kind: "http",
    text: `POST /tenants/${SANDBOX_TENANT}/token HTTP/1.1\nHost: authorization.cerner.com\nAuthorization: Bearer ${a}\nCookie: sid=${b}; theme=dark\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_secret=${b}&scope=system%2FPatient.read\n\nHTTP/1.1 200 OK\nX-Request-Id: 78a19072002b8651623351cfedaffe70\n\n${JSON.stringify({ note: filler, access_token: a })}\n`,
  }),
  json: (a, b, filler) => ({
    kind: "token-response",
    text: JSON.stringify(
      {
        access_token: a,
        refresh_token: b,
        token_type: "Bearer",
        note: filler,
        nested: JSON.stringify({ id_token: a }),
      },
      null,
      2,
    ),
  }),
  har: (a, b, filler) => ({
    kind: "har",
    text: JSON.stringify({
      log: {
        version: "1.2",
        creator: { name: "test", version: "1" },
        entries: [
          {
            startedDateTime: "2025-07-29T15:22:10.101Z",
            request: {
              method: "POST",
              url: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}/token?access_token=${a}`,
              headers: [
                { name: "Authorization", value: `Bearer ${a}` },
                { name: "X-Trace", value: filler },
              ],
              cookies: [{ name: "sid", value: b }],
              queryString: [{ name: "access_token", value: a }],
              postData: {
                mimeType: "application/x-www-form-urlencoded",
                text: `client_secret=${b}&grant_type=client_credentials`,
              },
            },
            response: {
              status: 403,
              headers: [{ name: "Set-Cookie", value: `sid=${b}; Path=/` }],
              cookies: [],
              content: { mimeType: "application/json", text: JSON.stringify({ refresh_token: b, msg: filler }) },
            },
          },
        ],
      },
    }),
  }),
  log: (a, b, filler) => ({
    kind: "log",
    text: `2025-07-29T15:22:10Z INFO ${filler} Authorization: Bearer ${a}\n2025-07-29T15:22:11Z WARN ${filler} password=${b} ${filler}\n`,
  }),
  curl: (a, b, filler) => ({
    kind: "curl-command",
    text: `curl -X POST https://authorization.cerner.com/token -H 'Authorization: Bearer ${a}' -u 'b1e2a292-fbe4-460a-be33-582e572abbbe:${b}' -d 'client_secret=${b}' # ${filler.replace(/\n/g, " ")}`,
  }),
  text: (a, b, filler) => ({
    kind: "text",
    text: `${filler}\n"Response Body": ${JSON.stringify(JSON.stringify({ access_token: a, scope: "system/Patient.read" }))}\n${filler} client_secret: "${b}" ${filler}`,
  }),
};

const redactWith = (env: Environment) => (text: string, kind: EvidenceKind) =>
  createRedactor({ environment: env, terms: [], restored: [] }).redact({ id: "p", kind, text });

describe("planted secrets never survive", () => {
  for (const [carrierName, carrier] of Object.entries(carriers)) {
    it(`in ${carrierName}`, () => {
      fc.assert(
        fc.property(
          secret,
          secret,
          prose,
          fc.constantFrom<Environment>("sandbox", "client-prod"),
          (a, b, filler, env) => {
            const { text, kind } = carrier(a, b, filler);
            const out = redactWith(env)(text, kind).text;
            expect(out).not.toContain(a);
            expect(out).not.toContain(b);
            // The detected kind gives the same guarantee.
            const detected = redactWith(env)(text, detectKind(text)).text;
            expect(detected).not.toContain(a);
            expect(detected).not.toContain(b);
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});

describe("redaction is idempotent", () => {
  it("redacting redacted text changes nothing, whatever the carrier", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(carriers)),
        secret,
        secret,
        prose,
        fc.constantFrom<Environment>("sandbox", "client-prod"),
        (c, a, b, filler, env) => {
          const { text, kind } = carriers[c](a, b, filler);
          const once = redactWith(env)(text, kind).text;
          expect(redactWith(env)(once, kind).text).toBe(once);
          expect(redactWith(env)(once, detectKind(once)).text).toBe(once);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const once = redactWith("sandbox")(text, detectKind(text)).text;
        expect(redactWith("sandbox")(once, detectKind(once)).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe("structure survives", () => {
  it("redacted JSON and HAR still parse, with the same keys", () => {
    fc.assert(
      fc.property(fc.constantFrom("json", "har"), secret, secret, prose, (c, a, b, filler) => {
        const { text, kind } = carriers[c](a, b, filler);
        const out = redactWith("sandbox")(text, kind).text;
        const before = JSON.parse(text);
        const after = JSON.parse(out);
        expect(Object.keys(after)).toEqual(Object.keys(before));
        if (c === "har") {
          expect(Object.keys(after.log.entries[0].request)).toEqual(Object.keys(before.log.entries[0].request));
          expect(after.log.entries[0].request.headers.map((h: { name: string }) => h.name)).toEqual([
            "Authorization",
            "X-Trace",
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("planted PHI never survives in FHIR", () => {
  it("names, telecom, address, identifiers, full birth dates of a Patient are gone in both environments", () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        name,
        name,
        digits(7),
        // A postal code that is part of the resource's id would "survive" by coincidence (seed -1169621305: 72406).
        digits(5).filter((zip) => !"12724066".includes(zip)),
        name,
        fc.date({ min: new Date("1920-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }),
        digits(9),
        fc.constantFrom<Environment>("sandbox", "client-nonprod"),
        (family, given, phone, zip, street, born, mrn, env) => {
          const birthDate = born.toISOString().slice(0, 10);
          const patient = {
            resourceType: "Patient",
            id: "12724066",
            identifier: [{ system: "urn:oid:1.2.3", value: `MRN${mrn}` }],
            name: [{ use: "official", family, given: [given], text: `${given} ${family}` }],
            telecom: [
              { system: "phone", value: `816${phone}` },
              { system: "email", value: `${given.toLowerCase()}.${family.toLowerCase()}@example.org` },
            ],
            address: [{ line: [`${zip} ${street} Street`], city: street, postalCode: zip, state: "MO" }],
            birthDate,
            text: { status: "generated", div: `<div xmlns="http://www.w3.org/1999/xhtml">${given} ${family}</div>` },
          };
          const bundle = JSON.stringify({ resourceType: "Bundle", type: "searchset", entry: [{ resource: patient }] });
          const out = redactWith(env)(bundle, "fhir-json").text;
          for (const v of [family, given, `816${phone}`, zip, street, birthDate, `MRN${mrn}`])
            expect(out).not.toContain(v);
          expect(JSON.parse(out).entry[0].resource.resourceType).toBe("Patient");
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("redaction is idempotent on text assembled from evidence fragments", () => {
  it("whatever fragments are put together, the second pass changes nothing", () => {
    const fragment = fc.constantFrom(
      "Bearer ",
      "Basic ",
      "password=",
      "token: ",
      '"access_token":"',
      '\\"',
      "{",
      "}",
      "[",
      "]",
      '"',
      "'",
      "=",
      "&",
      ":",
      ",",
      makeJwt({ sub: "1234567890", azp: "b1e2a292" }),
      "https://u:p@h.example/Patient/123?code=abc&name=Bob&state=1",
      "Cookie: a=b; c=d",
      "ACME",
      "GET /x HTTP/1.1",
      "HTTP/1.1 200 OK",
      "Patient: John Smith",
      "john@x.org",
      "-----BEGIN PRIVATE KEY-----",
      "Authorization: ",
      "X-Api-Key: ",
      "abc123XYZ789",
      "X-Request-Id: 78a19072002b8651623351cfedaffe70",
      // Pasted shapes: HL7 segments, a label then its value line, XML and YAML secrets, encoded secrets, random strings.
      "MSH|^~\\&|A|B|C|D|20240101||ADT^A01|77|P|2.5",
      "PID|||4455667^^^H^MR||ROE^RICHARD||19800202|M",
      "client_secret has been registered as:",
      "<client_secret>hunter2</client_secret>",
      "client_secret: |",
      "  Zq8WpL3vNx0RtY6uE2aS",
      '{"key":"clientSecret","value":"hunter2"}',
      "ZGVtb19hcHBfd2hhdGV2ZXI6c2VjcmV0LWtleS0xMjM0NTY3ODkw",
      "next=%2Fapp%3Faccess_token%3DAbC123xYz987QwErTy654",
      "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY",
    );
    const text = fc
      .tuple(fc.array(fragment, { maxLength: 25 }), fc.constantFrom(" ", "\n", ", "))
      .map(([parts, sep]) => parts.join(sep));
    const redactor = (t: string, kind: EvidenceKind) =>
      createRedactor({ environment: "client-prod", terms: ["acme"], restored: [] }).redact({ id: "f", kind, text: t })
        .text;
    fc.assert(
      fc.property(text, (t) => {
        const kind = detectKind(t);
        const once = redactor(t, kind);
        expect(redactor(once, kind)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
