// FHIR searches written as client-library code instead of a pasted request: Python fhirclient's
// `Medication.where(struct={'patient': …})`, fhir-kit-client's `search({ resourceType: 'X', searchParams: { … } })`,
// and a relative search URL handed to a client's request() (`client.request("Practitioner?subject=" + id)`). Each
// becomes a GET of `{fhir_base}/Type?name=…` with the parameter names as written (values are never kept).
import { isR4ResourceType } from "../knowledge/fhir-r4";
import type { RequestStatement } from "./statements";

/** fhirclient: `Type.where(struct={…})` or `Type.where({…})`; the object's text is capped. */
const WHERE = /\b([A-Z][A-Za-z]{2,40})\.where\(\s*(?:struct\s*=\s*)?\{([^}]{0,400})/g;
/** fhir-kit-client: `resourceType: 'Type'` then `searchParams: {…}` within the same call. */
const KIT = /\bresourceType\s*:\s*['"]([A-Z][A-Za-z]{2,40})['"][^}]{0,200}?\bsearchParams\s*:\s*\{([^}]{0,400})/g;
/** A relative search URL in code or text: `Type?name=…` not preceded by a path or host (those are pasted requests). */
const RELATIVE = /(?:^|[\s"'`(=+,])([A-Z][A-Za-z]{2,40})\?([^\s"'`)]{1,400})/g;
/** An object literal's keys: `'patient':`, `"subject":`, `patient:` (values are not read). */
const KEYS = /['"]?([A-Za-z_][\w.:-]{0,40})['"]?\s*:/g;

const request = (type: string, names: string[], line: number): RequestStatement => ({
  method: "GET",
  url: `{fhir_base}/${type}?${names.map((n) => `${encodeURIComponent(n)}={value}`).join("&")}`,
  status: null,
  line,
});

function keysOf(object: string): string[] {
  return [...new Set([...object.matchAll(KEYS)].map((m) => m[1]))];
}

/** The searches a line of code (or text) writes, as requests to the FHIR base. */
function searchesOf(line: string, n: number): RequestStatement[] {
  const out: RequestStatement[] = [];
  if (line.includes(".where(")) {
    for (const m of line.matchAll(WHERE)) {
      const names = isR4ResourceType(m[1]) ? keysOf(m[2]) : [];
      if (names.length) out.push(request(m[1], names, n));
    }
  }
  if (line.includes("searchParams")) {
    for (const m of line.matchAll(KIT)) {
      const names = isR4ResourceType(m[1]) ? keysOf(m[2]) : [];
      if (names.length) out.push(request(m[1], names, n));
    }
  }
  if (line.includes("?")) {
    for (const m of line.matchAll(RELATIVE)) {
      if (!isR4ResourceType(m[1])) continue;
      const names = m[2]
        .split("&")
        .map((p) => p.split("=")[0])
        .filter((p) => /^[A-Za-z_][\w.:-]{0,40}$/.test(p));
      if (names.length) out.push(request(m[1], [...new Set(names)], n));
    }
  }
  return out;
}

/** Every search written as code or as a relative URL, line by line (a line is read up to 20,000 characters). */
export function readCodeSearches(lines: readonly string[]): RequestStatement[] {
  return lines.flatMap((raw, i) => searchesOf(raw.length > 20_000 ? raw.slice(0, 20_000) : raw, i + 1));
}
