// Property tests over text put together from the shapes of real pasted evidence (curl -v transcripts, token responses,
// form bodies, .env, YAML, XML, HL7 v2, log lines, redirect URLs, Postman pairs, FHIR Parameters, Kubernetes secrets;
// see test/corpora/real-artifacts) with random secrets, patient values and IDs planted in them. Whatever the order
// and the glue, the values planted as secrets or patient data are gone, the IDs a ticket needs stay, and a second
// pass changes nothing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";
import { makeJwt, SANDBOX_TENANT } from "../evidence/helpers";

/** A piece of evidence: its text, the planted values that must go and the IDs that must stay. */
interface Fragment {
  text: string;
  gone: readonly string[];
  kept: readonly string[];
}

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const chars = (alphabet: string, min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
/**
 * An opaque token: mixed case and digits, as authorization servers issue them. Drawn from a seed, so shrinking gives
 * other random tokens, never `AAAAAAAAAAAxsqj…` (a run no server issues, which the redactor may read as a marker).
 */
const tok = fc
  .tuple(fc.integer(), fc.integer({ min: 20, max: 40 }))
  .map(([seed, length]) => {
    let x = seed | 0;
    let s = "";
    while (s.length < length) {
      x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      s += ALNUM[(x >>> 8) % ALNUM.length];
    }
    return s;
  })
  .filter((s) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s));
/** A secret a person chose: a word with digits or a dash (`hunter2`, `s3cret-pass`), long enough to be unique here. */
const chosen = fc
  .tuple(chars(LOWER, 5, 9), chars("0123456789", 1, 3), fc.constantFrom("", "-", "!", "_"), chars(LOWER, 0, 4))
  .map(([a, d, sep, b]) => `${a}${d}${b ? sep + b : ""}`);
const secret = fc.oneof(tok, chosen);
const jwt = fc
  .record({ sub: chars(ALNUM, 10, 14), jti: fc.uuid({ version: 4 }), exp: fc.integer({ min: 1.7e9, max: 1.9e9 }) })
  .map((c) => makeJwt({ iss: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}`, ...c }));
const bearer = fc.oneof(tok, jwt);
const HEX = "0123456789abcdef";
const uuid = fc.uuid({ version: 4 });
const hex32 = chars(HEX, 32);
const opc = fc.tuple(hex32, hex32).map(([a, b]) => `/${a.toUpperCase()}/${b.toUpperCase()}`);
const name = chars(LOWER, 6, 10).map((s) => s[0].toUpperCase() + s.slice(1));
const digits = (n: number) => chars("0123456789", n);
const birth = fc
  .date({ min: new Date("1930-01-01"), max: new Date("2015-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const b64 = (s: string) => Buffer.from(s).toString("base64");

const fragment: fc.Arbitrary<Fragment> = fc.oneof(
  // curl -v: request and response headers.
  bearer.map((t) => ({ text: `> Authorization: Bearer ${t}`, gone: [t], kept: [] })),
  tok.map((t) => ({ text: `> Cookie: JSESSIONID=${t}; _ga=GA1.2.525721040.1478677612`, gone: [t], kept: [] })),
  fc.constant({ text: "< HTTP/1.1 403 Forbidden", gone: [], kept: ["403 Forbidden"] }),
  uuid.map((id) => ({ text: `< X-Request-Id: ${id}`, gone: [], kept: [id] })),
  hex32.map((id) => ({ text: `< X-Request-Id: ${id}`, gone: [], kept: [id] })),
  uuid.map((id) => ({ text: `< Cerner-Correlation-Id: ${id}`, gone: [], kept: [id] })),
  opc.map((id) => ({ text: `< opc-request-id: ${id}`, gone: [], kept: [id] })),
  fc.constant({
    text: `< WWW-Authenticate: Bearer realm="${SANDBOX_TENANT}", error="insufficient_scope"`,
    gone: [],
    kept: [SANDBOX_TENANT, "insufficient_scope"],
  }),
  // A JWT wrapped by the terminal: its second line goes with it.
  jwt.map((t) => ({
    text: `> Authorization: Bearer ${t.slice(0, 60)}\n${t.slice(60)}`,
    gone: [t.slice(60)],
    kept: [],
  })),
  // SMART token response, on one line and pretty-printed.
  fc.tuple(jwt, tok).map(([a, r]) => ({
    text: `{"access_token":"${a}","token_type":"Bearer","expires_in":570,"scope":"system/Patient.read","refresh_token":"${r}"}`,
    gone: [a, r],
    kept: ["system/Patient.read"],
  })),
  fc.tuple(jwt, uuid).map(([a, id]) => ({
    text: JSON.stringify({ access_token: a, token_type: "Bearer", scope: "system/Observation.read", jti: id }, null, 2),
    gone: [a],
    kept: ["system/Observation.read"],
  })),
  // A form body, the client ID stays.
  fc.tuple(uuid, secret).map(([id, s]) => ({
    text: `grant_type=client_credentials&client_id=${id}&client_secret=${s}&scope=system%2FPatient.read`,
    gone: [s],
    kept: [id],
  })),
  // Basic credentials: the encoded pair and the secret in it go.
  fc.tuple(uuid, tok).map(([id, s]) => ({
    text: `Authorization: Basic ${b64(`${id}:${s}`)}`,
    gone: [b64(`${id}:${s}`), s],
    kept: [],
  })),
  // .env, YAML, XML.
  fc.tuple(secret, uuid).map(([s, id]) => ({ text: `CLIENT_SECRET=${s}\nCLIENT_ID=${id}`, gone: [s], kept: [id] })),
  secret.map((s) => ({ text: `client_secret: ${s}`, gone: [s], kept: [] })),
  tok.map((s) => ({ text: `client_secret: |\n  ${s}`, gone: [s], kept: [] })),
  secret.map((s) => ({ text: `<client_secret>${s}</client_secret>`, gone: [s], kept: [] })),
  // A secret announced on one line, given on the next.
  tok.map((s) => ({ text: `Here is the access token:\n${s}`, gone: [s], kept: [] })),
  // Log lines.
  fc.tuple(uuid, tok).map(([id, t]) => ({
    text: `2025-07-29T15:22:10.101Z INFO [${id}] token=${t} status=403`,
    gone: [t],
    kept: [id],
  })),
  // Redirect URLs: the authorization code, and a token inside an encoded query value.
  tok.map((c) => ({ text: `https://app.example.org/callback?code=${c}&state=af0ifjsldkj`, gone: [c], kept: [] })),
  tok.map((t) => ({ text: `next=%2Fapp%3Faccess_token%3D${t}`, gone: [t], kept: [] })),
  // Postman pair and FHIR Parameters: the value goes by its sibling key.
  secret.map((s) => ({ text: `{"key":"clientSecret","value":"${s}","type":"string"}`, gone: [s], kept: [] })),
  tok.map((t) => ({
    text: `{"resourceType":"Parameters","parameter":[{"name":"token","valueString":"${t}"}]}`,
    gone: [t],
    kept: [],
  })),
  // A Kubernetes secret's data.
  tok.map((s) => ({
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: fhir-client\ndata:\n  client-secret: ${b64(s)}`,
    gone: [b64(s), s],
    kept: [],
  })),
  // HL7 v2: the patient's MRN, name and birth date go; the message type stays.
  fc.tuple(digits(7), name, name, birth).map(([mrn, family, given, born]) => {
    const date = born.replace(/-/g, "");
    return {
      // A message is pasted as a block: a blank line under it (a line with a `|` right under PID would be read as
      // the segment's continuation).
      text: `MSH|^~\\&|A|B|C|D|20240101||ADT^A01|77|P|2.5\nPID|||${mrn}^^^HOSP^MR||${family.toUpperCase()}^${given.toUpperCase()}||${date}|M\n`,
      gone: [mrn, family.toUpperCase(), given.toUpperCase(), date],
      kept: ["ADT^A01"],
    };
  }),
  // A FHIR search by a person's data, and a curl command on a tenant.
  fc.tuple(name, name, birth).map(([family, given, born]) => ({
    text: `GET https://fhir-ehr.cerner.com/r4/${SANDBOX_TENANT}/Patient?family=${family}&given=${given}&birthdate=${born}`,
    gone: [family, given, born],
    kept: [SANDBOX_TENANT],
  })),
  bearer.map((t) => ({
    text: `curl -H 'Authorization: Bearer ${t}' https://fhir-ehr.cerner.com/r4/${SANDBOX_TENANT}/Patient/12724066`,
    gone: [t],
    kept: [SANDBOX_TENANT],
  })),
);

const glue = fc.constantFrom("\n", "\n\n", "\r\n");
const evidence = fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 8 }), glue).map(([parts, sep]) => ({
  text: parts.map((p) => p.text).join(sep),
  gone: parts.flatMap((p) => p.gone),
  kept: parts.flatMap((p) => p.kept),
}));
const environment = fc.constantFrom<Environment>("sandbox", "client-prod");

const redact = (text: string, env: Environment) =>
  createRedactor({ environment: env, terms: [], restored: [] }).redact({ id: "p", kind: detectKind(text), text }).text;

/** The value as a whole token (no letter or digit glued to it): a shrunk "0000000" inside a UUID is no survival. */
const standsIn = (text: string, value: string): boolean => {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
    if (!/[A-Za-z0-9]/.test(text[at - 1] ?? "") && !/[A-Za-z0-9]/.test(text[at + value.length] ?? "")) return true;
  return false;
};

describe("text assembled from real evidence shapes", () => {
  it("every planted secret and patient value is gone, and every ID the ticket needs stays", () => {
    fc.assert(
      fc.property(evidence, environment, ({ text, gone, kept }, env) => {
        const out = redact(text, env);
        for (const v of gone) expect(standsIn(out, v), `"${v}" survived`).toBe(false);
        for (const v of kept) expect(out, `"${v}" was lost`).toContain(v);
      }),
      { numRuns: 300 },
    );
  });

  it("a second pass changes nothing", () => {
    fc.assert(
      fc.property(evidence, environment, ({ text }, env) => {
        const once = redact(text, env);
        expect(redact(once, env)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

/** JSON values of real shapes, each with the values planted in it that must go. */
const jsonPiece: fc.Arbitrary<{ value: unknown; gone: readonly string[] }> = fc.oneof(
  fc.tuple(jwt, tok).map(([a, r]) => ({
    value: { access_token: a, token_type: "Bearer", expires_in: 570, scope: "system/Patient.read", refresh_token: r },
    gone: [a, r],
  })),
  secret.map((s) => ({ value: { key: "clientSecret", value: s, type: "string" }, gone: [s] })),
  tok.map((t) => ({
    value: { resourceType: "Parameters", parameter: [{ name: "token", valueString: t }] },
    gone: [t],
  })),
  fc.tuple(name, name, birth).map(([family, given, born]) => ({
    value: {
      resourceType: "Patient",
      id: "12724066",
      name: [{ family, given: [given] }],
      birthDate: born,
      active: true,
    },
    gone: [family, given, born],
  })),
  fc.tuple(uuid, tok).map(([id, s]) => ({
    value: {
      request: { url: `https://x.example/token?client_id=${id}`, headers: [{ name: "Cookie", value: `sid=${s}` }] },
    },
    gone: [s],
  })),
);

describe("JSON assembled from real shapes", () => {
  it("still parses after redaction, with the same keys, and loses every planted value", () => {
    fc.assert(
      fc.property(
        fc.array(jsonPiece, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 2),
        environment,
        (pieces, indent, env) => {
          const text = JSON.stringify({ items: pieces.map((p) => p.value) }, null, indent);
          const out = redact(text, env);
          const after = JSON.parse(out) as { items: unknown[] };
          expect(after.items.map((i) => Object.keys(i as object))).toEqual(
            pieces.map((p) => Object.keys(p.value as object)),
          );
          for (const v of pieces.flatMap((p) => p.gone)) expect(standsIn(out, v), `"${v}" survived`).toBe(false);
          expect(redact(out, env)).toBe(out);
        },
      ),
      { numRuns: 200 },
    );
  });
});
