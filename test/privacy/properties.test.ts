// Property: any secret or personal value from the generators, typed into any free-text field of the ticket — with or
// without the same value in the evidence — never reaches an export (the Markdown bytes, or the document text the PDF
// is drawn from). Either the boundary replaces it or the leak check blocks the export; it is never in the output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentText } from "../document/document-text";
import { exportTicket, isBlocked, prepareExport } from "~/export/export-ticket";
import type { Environment, Ticket } from "~/ticket/schema";
import { seedTicket } from "../document/helpers";
import { makeJwt } from "../evidence/helpers";

const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const token = fc
  .string({ unit: fc.constantFrom(...ALNUM), minLength: 24, maxLength: 40 })
  .filter((s) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && new Set(s).size > 8);
const FIRST = ["Jane", "Maria", "Robert", "Linda", "Carlos", "Aisha", "Thomas", "Mei", "Patricia", "Kevin"];
const LAST = ["Doe", "Garcia", "Johnson", "Nguyen", "Okafor", "Schmidt", "Williams", "Patel", "Rossi", "Kowalski"];

/** A value, how it reads with its label, and how it reads alone (what a user types once the log already said it). */
interface Planted {
  kind: string;
  value: string;
  labelled: string;
  bare: string;
}

const planted: fc.Arbitrary<Planted> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST))
    .map(([f, l]) => ({ kind: "name", value: `${f} ${l}`, labelled: `Patient: ${f} ${l}`, bare: `${f} ${l}` })),
  fc
    .tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
    .map(([a, g, s]) => `${String(a).padStart(3, "0")}-${String(g).padStart(2, "0")}-${String(s).padStart(4, "0")}`)
    .map((v) => ({ kind: "ssn", value: v, labelled: `SSN ${v}`, bare: v })),
  fc.tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 200, max: 999 }), digits(4)).map(([a, b, c]) => {
    const v = `(${a}) ${b}-${c}`;
    return { kind: "phone", value: v, labelled: `phone ${v}`, bare: v };
  }),
  fc
    .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.constantFrom("example.org", "mail.example.com"))
    .map(([f, l, d]) => {
      const v = `${f}.${l}@${d}`.toLowerCase();
      return { kind: "email", value: v, labelled: `email ${v}`, bare: v };
    }),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1930, max: 2015 }))
    .map(([m, d, y]) => {
      const v = `${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y}`;
      return { kind: "birth date", value: v, labelled: `DOB ${v}`, bare: v };
    }),
  fc
    .tuple(fc.integer({ min: 6, max: 10 }).chain((n) => digits(n)))
    .map(([v]) => ({ kind: "mrn", value: v, labelled: `MRN ${v}`, bare: v })),
  token.map((v) => ({ kind: "bearer", value: v, labelled: `Authorization: Bearer ${v}`, bare: v })),
  token.map((v) => ({ kind: "client secret", value: v, labelled: `client_secret=${v}`, bare: v })),
  fc.record({ sub: token, azp: token }).map((claims) => {
    const v = makeJwt({ ...claims, exp: 1_800_000_000 });
    return { kind: "jwt", value: v, labelled: v, bare: v };
  }),
);

const FIELDS = [
  "problem.workflow",
  "problem.background",
  "problem.expected",
  "problem.actual",
  "evidence.label",
  "about.clientName",
] as const;
type FieldName = (typeof FIELDS)[number];

function plant(field: FieldName, text: string, twin: string | null, environment: Environment): Ticket {
  const ticket = seedTicket();
  ticket.application = { ...ticket.application, environment };
  if (environment === "sandbox") {
    ticket.application = {
      ...ticket.application,
      tenantId: "ec2458f2-1e24-41c8-b71b-0e701af7583d",
      fhirBaseUrl: undefined,
    };
    ticket.examples = ticket.examples.map((e) => ({
      ...e,
      url: e.url?.replace(/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/g, "ec2458f2-1e24-41c8-b71b-0e701af7583d"),
    }));
    ticket.evidence = ticket.evidence.map((e) => ({
      ...e,
      text: e.text.replace(/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/g, "ec2458f2-1e24-41c8-b71b-0e701af7583d"),
    }));
  }
  if (twin !== null)
    ticket.evidence.push({
      id: "app-log",
      kind: "log",
      label: "Application log",
      text: `2025-07-29T15:22:09Z ERROR lookup failed: ${twin}\n`,
    });
  const sentence = `Seen with ${text} yesterday.`;
  if (field === "evidence.label") ticket.evidence[0] = { ...ticket.evidence[0], label: `Token request (${text})` };
  else if (field === "about.clientName")
    ticket.about = { ...ticket.about, onBehalfOfClient: "yes", clientName: `Clinic of ${text}` };
  else {
    const key = field.split(".")[1] as "workflow" | "background" | "expected" | "actual";
    ticket.problem = { ...ticket.problem, [key]: `${ticket.problem[key] ?? ""}\n\n${sentence}` };
  }
  return ticket;
}

const survives = (output: string, value: string) => output.toLowerCase().includes(value.toLowerCase());

describe("typed values never reach an export", () => {
  it("any planted value in any typed field, with its label or (when the evidence holds it) alone", async () => {
    await fc.assert(
      fc.asyncProperty(
        planted,
        fc.constantFrom(...FIELDS),
        fc.boolean(),
        fc.constantFrom<Environment>("sandbox", "client-nonprod", "client-prod"),
        async (p, field, withTwin, environment) => {
          const ticket = plant(field, withTwin ? p.bare : p.labelled, withTwin ? p.labelled : null, environment);
          const result = await exportTicket(ticket, "md");
          if (!isBlocked(result))
            expect(survives(new TextDecoder().decode(result.bytes), p.value), `${p.kind} in ${field}`).toBe(false);
          // The PDF is drawn from the document's text (after the same check).
          expect(
            survives(documentText(prepareExport(ticket).document), p.value),
            `${p.kind} in ${field} (document)`,
          ).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
