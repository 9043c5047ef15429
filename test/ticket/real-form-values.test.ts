// The ticket form on what real people wrote into its fields (test/fixtures/form-values/real, labelled by hand before
// any run). Each item is judged by the schema section its field belongs to, alone among valid neighbours: the value
// stored must be the labelled one, or the refusal must be of the labelled kind — never a silent wrong value.
import { afterAll, describe, expect, it } from "vitest";
import items from "../fixtures/form-values/real/items.json";
import {
  SANDBOX_TENANT,
  aboutSchema,
  applicationSchema,
  exampleSchema,
  fieldErrors,
  problemSchema,
} from "~/ticket/schema";

interface Item {
  id: string;
  source: string;
  field: string;
  text: string;
  expect: { value?: string | number; message?: string };
}

const APPLICATION = {
  appId: "c388f6bf-1c33-4566-a5bc-249e990ea2bf",
  clientId: "b1e2a292-fbe4-460a-be33-582e572abbbe",
  appType: "provider",
  smartVersion: "v1",
  environment: "sandbox",
  tenantId: SANDBOX_TENANT,
};
const EXAMPLE = { xRequestId: "ecd13b72-4fde-11e9-8674-8b0a57a130fd", occurredAt: "2025-07-28T15:21:14Z" };
const ABOUT = {
  opnMember: "no",
  healthcareDeveloperTrack: "no",
  codeProgramMember: "no",
  marketplacePresence: "no",
  onBehalfOfClient: "no",
};
const PROBLEM = { workflow: "client_credentials token, then GET Patient", expected: "200", actual: "403" };

const SECTIONS = [
  { schema: applicationSchema, base: APPLICATION, fields: ["appId", "clientId", "tenantId", "fhirBaseUrl"] },
  {
    schema: exampleSchema,
    base: EXAMPLE,
    fields: ["xRequestId", "cernerCorrelationId", "opcRequestId", "occurredAt", "url", "status", "method"],
  },
  { schema: aboutSchema, base: ABOUT, fields: ["opnMember"] },
  { schema: problemSchema, base: PROBLEM, fields: ["expected", "actual"] },
] as const;

type Verdict = { ok: true; value: unknown } | { ok: false; message: string };

function judge(item: Item): Verdict {
  const section = SECTIONS.find((s) => (s.fields as readonly string[]).includes(item.field));
  if (!section) throw new Error(`no section for ${item.field}`);
  const result = section.schema.safeParse({ ...section.base, [item.field]: item.text });
  if (result.success) return { ok: true, value: (result.data as Record<string, unknown>)[item.field] };
  const message = fieldErrors(result.error)[item.field];
  if (message === undefined)
    throw new Error(`${item.id}: another field failed: ${JSON.stringify(result.error.issues)}`);
  return { ok: false, message };
}

/** The words that name each identifier field in a message: a wrong-field message names the field the value is for. */
const FIELD_NAMES: Record<string, RegExp> = {
  appId: /\bapp(?:lication)? id\b/i,
  clientId: /\bclient id\b/i,
  tenantId: /\btenant\b/i,
  xRequestId: /x-request-id/i,
  cernerCorrelationId: /correlation/i,
  opcRequestId: /opc-request-id/i,
};

const KINDS: Record<string, (message: string, field: string) => boolean> = {
  placeholder: (m) => /placeholder|variable|dummy|stand-in|masked/i.test(m),
  wrongField: (m, field) => Object.entries(FIELD_NAMES).some(([name, re]) => name !== field && re.test(m)),
  secret: (m) => /secret|credential|never be posted/i.test(m),
  ambiguous: (m) => /day\/month|month\/day|more than one|not certain/i.test(m),
  noZone: (m) => /no time zone/i.test(m),
  noTime: (m) => /add the time/i.test(m),
  tenant: (m) => /tenant/i.test(m),
  dstu2: (m) => /DSTU2/.test(m),
  requestUrl: (m) => /request URL|names a resource/i.test(m),
  notId: () => true,
  invalid: () => true,
  required: () => true,
};

/** What went wrong with one item, or null when the form did what the label says. */
function miss(item: Item, verdict: Verdict): string | null {
  if (item.expect.value !== undefined) {
    if (!verdict.ok) return `refused: ${verdict.message}`;
    return verdict.value === item.expect.value ? null : `stored a wrong value: ${String(verdict.value)}`;
  }
  if (verdict.ok) return `accepted silently as ${String(verdict.value)}`;
  return KINDS[item.expect.message!](verdict.message, item.field) ? null : `wrong message: ${verdict.message}`;
}

/** Items this form still misreads, each with the reason it is left (README, Known limitations). */
const KNOWN_MISSES = new Set<string>([
  // OCI Functions' opc-request-id of two ULIDs (`/01D7MH36ZX1BT12G00000070ET/…`): Oracle Health's are hexadecimal,
  // and a letter beyond f is how a typed stand-in is told from a real one; refused, called a placeholder.
  "opc-fn-ulid-parts",
  // A reply held in Java string literals (`"…Cerner-Correlation-Id: " +` and the id on the next literal): the value
  // is read after its name on one line only.
  "corr-java-string-literals",
]);

const misses: string[] = [];
afterAll(() => {
  const all = items as Item[];
  console.log(
    `real form values: ${all.length - misses.length} / ${all.length} read as labelled` +
      (misses.length ? `\n  ${misses.join("\n  ")}` : ""),
  );
});

describe("the ticket form on real field values", () => {
  for (const item of items as Item[]) {
    const run = KNOWN_MISSES.has(item.id) ? it.fails : it;
    run(`${item.field}: ${item.id}`, () => {
      const problem = miss(item, judge(item));
      if (problem) misses.push(`${item.id}: ${problem}`);
      expect(problem).toBeNull();
    });
  }
});
