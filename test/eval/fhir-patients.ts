// Synthea patients and the HL7 Patient examples, each embedded in realistic evidence (a FHIR search Bundle, a HAR
// entry whose response body is that Bundle, a log line holding the JSON) and redacted under both environments:
// count identifying values that survive (target zero) and check the structure that must remain.
import { listCorpus, readCorpusJson, readCorpusText } from "./lib/corpora";
import type { RedactedItem, RedactionPolicy } from "~/redaction/types";
import type { Environment, EvidenceKind } from "~/ticket/schema";

type Json = Record<string, unknown>;
export type MakeRedactor = (policy: RedactionPolicy) => {
  redact(item: { id: string; kind: EvidenceKind; text: string }): RedactedItem;
};

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const BASE = `https://fhir-ehr-code.cerner.com/r4/${TENANT}`;
export const ENVIRONMENTS: Environment[] = ["sandbox", "client-prod"];

export const VALUE_CLASSES = [
  "name part",
  "telecom",
  "address line/city/postal code",
  "birth date beyond the year",
  "identifier value",
  "narrative",
  "other",
] as const;
type ValueClass = (typeof VALUE_CLASSES)[number];

export interface IdentifyingValue {
  cls: ValueClass;
  value: string;
  /** Where in the resource it sits ("name.given", "extension mothersMaidenName"), for the report. */
  path: string;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

function personValues(p: Json, out: IdentifyingValue[], at = "") {
  for (const n of arr(p.name) as Json[]) {
    for (const g of arr(n.given)) if (str(g)) out.push({ cls: "name part", value: String(g), path: `${at}name.given` });
    if (str(n.family)) out.push({ cls: "name part", value: String(n.family), path: `${at}name.family` });
    if (str(n.text)) out.push({ cls: "name part", value: String(n.text), path: `${at}name.text` });
  }
  for (const t of arr(p.telecom) as Json[])
    if (str(t.value)) out.push({ cls: "telecom", value: String(t.value), path: `${at}telecom.value` });
  for (const a of arr(p.address) as Json[]) {
    for (const l of arr(a.line))
      if (str(l)) out.push({ cls: "address line/city/postal code", value: String(l), path: `${at}address.line` });
    for (const k of ["city", "postalCode", "district", "text"])
      if (str(a[k])) out.push({ cls: "address line/city/postal code", value: String(a[k]), path: `${at}address.${k}` });
  }
}

/** The identifying values of a Patient (HIPAA Safe Harbor elements as listed in docs/redaction-rules.md). */
export function identifyingValues(p: Json, environment: Environment): IdentifyingValue[] {
  const out: IdentifyingValue[] = [];
  personValues(p, out);
  for (const c of arr(p.contact) as Json[]) {
    personValues({ name: c.name, telecom: c.telecom, address: c.address }, out, "contact.");
  }
  const birth = str(p.birthDate);
  if (birth && birth.length > 4) out.push({ cls: "birth date beyond the year", value: birth, path: "birthDate" });
  const deceased = str(p.deceasedDateTime);
  if (deceased) out.push({ cls: "birth date beyond the year", value: deceased.slice(0, 10), path: "deceasedDateTime" });
  for (const id of arr(p.identifier) as Json[]) {
    const v = str(id.value);
    // An identifier equal to the resource id is the id itself, which the sandbox keeps (diagnostic); a client domain
    // pseudonymises ids, so there it counts.
    if (v && (v !== p.id || environment !== "sandbox"))
      out.push({
        cls: "identifier value",
        value: v,
        path: v === p.id ? "identifier.value (= resource id)" : "identifier.value",
      });
  }
  const div = str((p.text as Json | undefined)?.div);
  if (div) {
    const longest = div
      .replace(/<[^>]*>/g, "\n")
      .split("\n")
      .map((s) => s.trim())
      .sort((a, b) => b.length - a.length)[0];
    if (longest && longest.length >= 12) out.push({ cls: "narrative", value: longest, path: "text.div" });
  }
  for (const e of arr(p.extension) as Json[]) {
    if (/mothersMaidenName/.test(String(e.url)) && str(e.valueString))
      out.push({ cls: "name part", value: String(e.valueString), path: "extension mothersMaidenName" });
    const city = str((e.valueAddress as Json | undefined)?.city);
    if (city) out.push({ cls: "address line/city/postal code", value: city, path: "extension birthPlace.city" });
  }
  for (const ph of arr(p.photo) as Json[])
    if (str(ph.data) && String(ph.data).length >= 16)
      out.push({ cls: "other", value: String(ph.data).slice(0, 64), path: "photo.data" });
  // Values of one or two characters ("J") cannot be checked for survival meaningfully.
  const seen = new Set<string>();
  return out.filter((v) => v.value.length >= 3 && !seen.has(v.cls + v.value) && seen.add(v.cls + v.value));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Does the value survive in the output, plain or JSON-escaped (once or twice, as in a HAR body)? Whole tokens only. */
export function valueSurvives(value: string, output: string): boolean {
  const once = JSON.stringify(value).slice(1, -1);
  const twice = JSON.stringify(once).slice(1, -1);
  for (const form of new Set([value, once, twice])) {
    const re = new RegExp(`(?<![A-Za-z0-9])${escapeRe(form)}(?![A-Za-z0-9])`);
    if (re.test(output)) return true;
  }
  return false;
}

export interface Embedded {
  shape: "FHIR Bundle" | "HAR entry" | "log line";
  kind: EvidenceKind;
  text: string;
}

export function searchBundle(resource: Json): Json {
  return {
    resourceType: "Bundle",
    id: "b6f1c0de-0000-4000-8000-000000000001",
    type: "searchset",
    total: 1,
    link: [{ relation: "self", url: `${BASE}/${String(resource.resourceType)}?_id=${String(resource.id)}` }],
    entry: [
      {
        fullUrl: `${BASE}/${String(resource.resourceType)}/${String(resource.id)}`,
        resource,
        search: { mode: "match" },
      },
    ],
  };
}

export function harFor(resource: Json): string {
  const body = JSON.stringify(searchBundle(resource));
  const har = {
    log: {
      version: "1.2",
      creator: { name: "WebInspector", version: "537.36" },
      entries: [
        {
          startedDateTime: "2025-07-28T15:21:14.123Z",
          time: 212,
          request: {
            method: "GET",
            url: `${BASE}/${String(resource.resourceType)}?_id=${String(resource.id)}`,
            httpVersion: "HTTP/1.1",
            headers: [
              { name: "Accept", value: "application/fhir+json" },
              { name: "Authorization", value: "Bearer zq8Kx1vWm3Rt7YpL0aB5cD9eF2gH4iJ6kL8mN0oP" },
            ],
            queryString: [{ name: "_id", value: String(resource.id) }],
            cookies: [],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 200,
            statusText: "OK",
            httpVersion: "HTTP/1.1",
            headers: [
              { name: "Content-Type", value: "application/fhir+json" },
              { name: "Date", value: "Mon, 28 Jul 2025 15:21:14 GMT" },
              { name: "X-Request-Id", value: "ecd13b72-4fde-11e9-8674-8b0a57a130fd" },
            ],
            cookies: [],
            content: { size: body.length, mimeType: "application/fhir+json", text: body },
            redirectURL: "",
            headersSize: -1,
            bodySize: body.length,
          },
          cache: {},
          timings: { send: 1, wait: 200, receive: 11 },
        },
      ],
    },
  };
  return JSON.stringify(har, null, 2);
}

export function embed(resource: Json): Embedded[] {
  return [
    { shape: "FHIR Bundle", kind: "fhir-json", text: JSON.stringify(searchBundle(resource), null, 2) },
    { shape: "HAR entry", kind: "har", text: harFor(resource) },
    {
      shape: "log line",
      kind: "log",
      text: `2025-07-28T15:21:14.123Z INFO  fhir-client GET ${String(resource.resourceType)} 200 X-Request-Id=ecd13b72-4fde-11e9-8674-8b0a57a130fd body=${JSON.stringify(searchBundle(resource))}\n`,
    },
  ];
}

/** The resource inside the redacted evidence, when its structure survived. */
function resourceOut(shape: Embedded["shape"], output: string): Json | null {
  try {
    if (shape === "FHIR Bundle") return ((JSON.parse(output) as Json).entry as Json[])[0].resource as Json;
    if (shape === "HAR entry") {
      const entry = ((JSON.parse(output) as Json).log as Json).entries as Json[];
      const text = ((entry[0].response as Json).content as Json).text as string;
      return ((JSON.parse(text) as Json).entry as Json[])[0].resource as Json;
    }
    const body = output.slice(output.indexOf("body=") + 5).trim();
    return ((JSON.parse(body) as Json).entry as Json[])[0].resource as Json;
  } catch {
    return null;
  }
}

export interface StructureCheck {
  parses: boolean;
  resourceType: boolean;
  keysKept: boolean;
  yearKept: boolean | null;
}

export function checkStructure(
  shape: Embedded["shape"],
  output: string,
  input: Json,
  environment: Environment,
): StructureCheck {
  const r = resourceOut(shape, output);
  if (!r)
    return {
      parses: false,
      resourceType: false,
      keysKept: false,
      yearKept: environment === "sandbox" && input.birthDate ? false : null,
    };
  const keysKept = Object.keys(input).every((k) => k in r);
  const birth = str(input.birthDate);
  const yearKept = environment === "sandbox" && birth ? String(r.birthDate ?? "").startsWith(birth.slice(0, 4)) : null;
  return { parses: true, resourceType: r.resourceType === input.resourceType, keysKept, yearKept };
}

export function loadSyntheaPatients(): Json[] {
  return readCorpusText("synthea-10-patients", "Patient.000.ndjson")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Json);
}

export function loadHl7Patients(): Json[] {
  const out: Json[] = [];
  for (const f of listCorpus("fhir-r4-examples", "patient")) {
    const doc = readCorpusJson<Json>("fhir-r4-examples", "patient", f);
    if (doc.resourceType === "Patient") out.push(doc);
    else if (doc.resourceType === "Bundle")
      for (const e of arr(doc.entry) as Json[])
        if ((e.resource as Json)?.resourceType === "Patient") out.push(e.resource as Json);
  }
  return out;
}

interface Row {
  values: number;
  survived: Map<ValueClass, number>;
  checked: Map<ValueClass, number>;
  runs: number;
  parses: number;
  resourceType: number;
  keysKept: number;
  yearChecks: number;
  yearKept: number;
  errors: number;
  leaks: string[];
}

export interface PatientResult {
  markdown: string;
  survivors: number;
  structureFailures: number;
}

export function evaluatePatients(createRedactor: MakeRedactor): PatientResult {
  const sets: Array<[string, Json[]]> = [
    ["Synthea patients", loadSyntheaPatients()],
    ["HL7 Patient examples", loadHl7Patients()],
  ];
  const lines = [
    "| patients | environment | evidence | items | identifying values checked | survived | parses | resourceType kept | keys kept | year of birth kept (sandbox) |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const perClass = new Map<string, Row>();
  let survivors = 0;
  let structureFailures = 0;
  const leakNotes: string[] = [];
  for (const [label, patients] of sets) {
    for (const environment of ENVIRONMENTS) {
      for (const shape of ["FHIR Bundle", "HAR entry", "log line"] as const) {
        const row: Row = {
          values: 0,
          survived: new Map(),
          checked: new Map(),
          runs: 0,
          parses: 0,
          resourceType: 0,
          keysKept: 0,
          yearChecks: 0,
          yearKept: 0,
          errors: 0,
          leaks: [],
        };
        patients.forEach((p, i) => {
          const ev = embed(p).find((e) => e.shape === shape)!;
          const redactor = createRedactor({ environment, terms: [], restored: [] });
          let output = "";
          try {
            output = redactor.redact({ id: `${label}-${i}`, kind: ev.kind, text: ev.text }).text;
          } catch {
            row.errors++;
          }
          row.runs++;
          const values = identifyingValues(p, environment);
          for (const v of values) {
            row.values++;
            row.checked.set(v.cls, (row.checked.get(v.cls) ?? 0) + 1);
            if (output && valueSurvives(v.value, output)) {
              row.survived.set(v.cls, (row.survived.get(v.cls) ?? 0) + 1);
              row.leaks.push(v.path);
            }
          }
          const st = checkStructure(shape, output, p, environment);
          if (st.parses) row.parses++;
          if (st.resourceType) row.resourceType++;
          if (st.keysKept) row.keysKept++;
          if (st.yearKept !== null) {
            row.yearChecks++;
            if (st.yearKept) row.yearKept++;
          }
        });
        const survived = [...row.survived.values()].reduce((a, b) => a + b, 0);
        survivors += survived;
        structureFailures +=
          row.runs -
          row.parses +
          (row.runs - row.resourceType) +
          (row.runs - row.keysKept) +
          (row.yearChecks - row.yearKept);
        lines.push(
          `| ${label} | ${environment} | ${shape} | ${row.runs} | ${row.values} | ${survived} | ${row.parses}/${row.runs} | ${row.resourceType}/${row.runs} | ${row.keysKept}/${row.runs} | ${environment === "sandbox" ? `${row.yearKept}/${row.yearChecks}` : "n/a"} |`,
        );
        if (row.errors)
          leakNotes.push(
            `${label}, ${environment}, ${shape}: the redactor threw on ${row.errors} item(s) (fail closed).`,
          );
        const key = `${label}|${environment}`;
        const agg: Row = perClass.get(key) ?? {
          ...row,
          survived: new Map(),
          checked: new Map(),
          leaks: [] as string[],
        };
        for (const [c, n] of row.survived) agg.survived.set(c, (agg.survived.get(c) ?? 0) + n);
        for (const [c, n] of row.checked) agg.checked.set(c, (agg.checked.get(c) ?? 0) + n);
        agg.leaks.push(...row.leaks.map((l) => `${shape}: ${l}`));
        perClass.set(key, agg);
      }
    }
  }
  lines.push("", "Survivors by kind of value (all three evidence shapes together):", "");
  lines.push(
    `| patients | environment | ${VALUE_CLASSES.join(" | ")} |`,
    `|---|---|${VALUE_CLASSES.map(() => "---:").join("|")}|`,
  );
  for (const [key, agg] of perClass) {
    const [label, env] = key.split("|");
    lines.push(
      `| ${label} | ${env} | ${VALUE_CLASSES.map((c) => `${agg.survived.get(c) ?? 0}/${agg.checked.get(c) ?? 0}`).join(" | ")} |`,
    );
    if (agg.leaks.length) {
      const counts = new Map<string, number>();
      for (const l of agg.leaks) counts.set(l, (counts.get(l) ?? 0) + 1);
      const list = [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ×${n}`);
      leakNotes.push(
        `${label}, ${env} — surviving values by evidence and path: ${list.slice(0, 14).join("; ")}${list.length > 14 ? "; …" : ""}`,
      );
    }
  }
  if (leakNotes.length) lines.push("", ...leakNotes.map((n) => `- ${n}`));
  return { markdown: lines.join("\n"), survivors, structureFailures };
}

// ─── other Synthea resource types: narratives and DocumentReference notes ──────────────────────────────────────────

export interface OtherResult {
  markdown: string;
  survivors: number;
}

const SYNTHEA_OTHER = [
  "AllergyIntolerance",
  "Condition",
  "DocumentReference",
  "Encounter",
  "Immunization",
  "Organization",
  "Practitioner",
];

export function evaluateOtherResources(createRedactor: MakeRedactor, maxPerType = 150): OtherResult {
  const lines = [
    "| Synthea resource type | environment | resources | narratives (`text.div`) | survived | base64 notes | survived (base64 or decoded text) | person values (Practitioner) | survived | JSON still parses |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  let survivors = 0;
  for (const type of SYNTHEA_OTHER) {
    const resources = readCorpusText("synthea-10-patients", `${type}.000.ndjson`)
      .split("\n")
      .filter((l) => l.trim())
      .slice(0, maxPerType)
      .map((l) => JSON.parse(l) as Json);
    for (const environment of ENVIRONMENTS) {
      let narratives = 0;
      let narrSurvived = 0;
      let notes = 0;
      let notesSurvived = 0;
      let personVals = 0;
      let personSurvived = 0;
      let parses = 0;
      resources.forEach((r, i) => {
        const redactor = createRedactor({ environment, terms: [], restored: [] });
        let output = "";
        try {
          output = redactor.redact({
            id: `${type}-${i}`,
            kind: "fhir-json",
            text: JSON.stringify(searchBundle(r), null, 2),
          }).text;
        } catch {
          /* fail closed: nothing exported */
        }
        try {
          JSON.parse(output);
          parses++;
        } catch {
          /* counted */
        }
        const div = str((r.text as Json | undefined)?.div);
        if (div) {
          narratives++;
          const inner = div
            .replace(/<[^>]*>/g, " ")
            .replace(/\s+/g, " ")
            .trim();
          if (
            output.includes(JSON.stringify(div).slice(1, -1)) ||
            (inner.length >= 12 && output.includes(inner.slice(0, 40)))
          )
            narrSurvived++;
        }
        for (const c of arr(r.content) as Json[]) {
          const data = str((c.attachment as Json | undefined)?.data);
          if (!data) continue;
          notes++;
          const decoded = new TextDecoder().decode(Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0)));
          const lines = decoded
            .split("\n")
            .map((l) => l.trim())
            .filter((l) => l.length >= 16);
          if (output.includes(data.slice(0, 40)) || lines.some((l) => output.includes(l))) notesSurvived++;
        }
        if (type === "Practitioner") {
          for (const v of identifyingValues(r, environment).filter(
            (v) => v.cls !== "identifier value" && v.cls !== "narrative",
          )) {
            personVals++;
            if (output && valueSurvives(v.value, output)) personSurvived++;
          }
        }
      });
      survivors += narrSurvived + notesSurvived + personSurvived;
      lines.push(
        `| ${type} | ${environment} | ${resources.length} | ${narratives} | ${narrSurvived} | ${notes} | ${notesSurvived} | ${type === "Practitioner" ? personVals : "—"} | ${type === "Practitioner" ? personSurvived : "—"} | ${parses}/${resources.length} |`,
      );
    }
  }
  return { markdown: lines.join("\n"), survivors };
}
