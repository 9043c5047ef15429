// FHIR searches written as client-library code instead of a pasted request: Python fhirclient's
// `Medication.where(struct={'patient': …})`, fhir-kit-client's `search({ resourceType: 'X', searchParams: { … } })`,
// and a relative search URL handed to a client's request() (`client.request("Practitioner?subject=" + id)`). Each
// becomes a GET of `{fhir_base}/Type?name=…` with the parameter names as written (values are never kept).
import { isR4ResourceType } from "../knowledge/fhir-r4";
import type { RequestStatement } from "./statements";
import { readableLine } from "./line-limit";

/** fhirclient: `Type.where(struct={…})` or `Type.where({…})`; the object's text is capped. */
const WHERE = /\b([A-Z][A-Za-z]{2,40})\.where\(\s*(?:struct\s*=\s*)?\{([^}]{0,400})/g;
/** fhir-kit-client: `resourceType: 'Type'` then `searchParams: {…}` within the same call. */
const KIT = /\bresourceType\s*:\s*['"]([A-Z][A-Za-z]{2,40})['"][^}]{0,200}?\bsearchParams\s*:\s*\{([^}]{0,400})/g;
/** A relative search URL in code or text: `Type?name=…` not preceded by a path or host (those are pasted requests). */
const RELATIVE = /(?:^|[\s"'`(=+,])([A-Z][A-Za-z]{2,40})\?([^\s"'`)]{1,400})/g;
/** An object literal's keys: `'patient':`, `"subject":`, `patient:` (values are not read). */
const KEYS = /['"]?([A-Za-z_][\w.:-]{0,40})['"]?\s*:/g;

/** Said to work or to be over: "works fine", "returns 200", "now works", "fixed". */
const WORKS =
  /\b(?:works?|worked|working|succeed(?:s|ed)?|fixed|solved|resolved|no\s+longer)\b|\breturn(?:s|ed)?\s+(?:an?\s+)?(?:HTTP\s+)?2\d\d\b/i;
/** Words just before the search that deny or leave it: "not", "instead of", "switched from", "ruled out". */
const LEFT_BEFORE =
  /\b(?:not|never|instead\s+of|rather\s+than|(?:switch|mov|chang)(?:ed|ing)\s+from|ruled\s+out)\b[^.;!]{0,40}$/i;
/** The search said unsupported by a writer who then uses another ("is not supported; we use …", "… instead"). */
const SAID_UNSUPPORTED = /^\S*\s+(?:is|are)\s*(?:not|n't)\s+supported\b|^\S*\s+(?:is|are)\s+unsupported\b/i;
const ANOTHER_USED = /\b(?:we|I)\s+(?:now\s+)?use\b|\binstead\b|\bswitched\b/i;
/** A yes/no question: "Is Medication?patient=123 supported, or …?" asks, it does not report. */
const ASKING = /^\s*(?:is|are|does|do|did|can|could|should|would|will|was|were)\b/i;

/** The sentence around [at, end): a '.', ';', '!' or '?' followed by a space (or the line's end) closes it. */
function sentenceAround(line: string, at: number, end: number): { text: string; asked: boolean } {
  const closes = (j: number) => /[.;!?]/.test(line[j]) && (j + 1 === line.length || /\s/.test(line[j + 1]));
  let start = at;
  while (start > 0 && at - start < 200 && !closes(start - 1)) start--;
  let stop = end;
  while (stop < line.length && stop - end < 200 && !closes(stop)) stop++;
  return { text: line.slice(start, stop), asked: line[stop] === "?" };
}

/**
 * Whether a relative search written in prose is one the writer made and that failed or may fail: not asked about,
 * said to work, denied, or said unsupported and replaced ("`Medication?patient=` is not supported; we use …").
 */
function made(line: string, at: number, end: number, anotherUsed: boolean): boolean {
  const sentence = sentenceAround(line, at, end);
  if (sentence.asked && ASKING.test(sentence.text)) return false;
  if (WORKS.test(sentence.text) || LEFT_BEFORE.test(line.slice(Math.max(0, at - 60), at))) return false;
  return !(SAID_UNSUPPORTED.test(line.slice(end, end + 60)) && anotherUsed);
}

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
    const anotherUsed = ANOTHER_USED.test(line);
    for (const m of line.matchAll(RELATIVE)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1]);
      if (!isR4ResourceType(m[1]) || !made(line, at, (m.index ?? 0) + m[0].length, anotherUsed)) continue;
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
  return lines.flatMap((raw, i) => searchesOf(readableLine(raw), i + 1));
}
