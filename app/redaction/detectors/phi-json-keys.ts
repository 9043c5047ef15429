// JSON key/value pairs inside free text (a FHIR resource logged on one line): names, dates, address parts, narrative.
import { lookupTable } from "~/lib/lookup-table";
import { startsWithHttpStartLine } from "~/lib/http-start-line";
import { each, type PhiSpan } from "./phi-span";
import { NAME_PARTICLES } from "./free-text-phi-names";
import { isRoleName } from "../person-request";

const JSON_KEY_TYPES = lookupTable<string>({
  family: "name",
  given: "name",
  birthDate: "date",
  deceasedDateTime: "date",
  line: "street_address",
  city: "street_address",
  district: "street_address",
  postalCode: "postal_code",
  div: "narrative",
});
// "family":"Roe" · \"given\":[\"Jane\"] (JSON inside a JSON string) · "valueString" of a mother's maiden name
const JSON_KEY =
  /(\\?)"(family|given|birthDate|deceasedDateTime|line|city|district|postalCode|div|valueString)\1"[ \t]{0,3}:[ \t]{0,3}(\[[ \t]{0,3})?/g;

/** An HTTP request line or status line, not an address line. */

export function findJsonKeyedValues(text: string, out: PhiSpan[]) {
  each(JSON_KEY, text, (m) => {
    const esc = m[1] === "\\";
    const key = m[2];
    if (key === "valueString" && !/mothersMaidenName/.test(text.slice(Math.max(0, m.index - 120), m.index))) return;
    const type = key === "valueString" ? "name" : JSON_KEY_TYPES[key];
    const open = esc ? '\\"' : '"';
    let i = m.index + m[0].length;
    // One string, or the strings of an array: each value up to its closing quote (bounded scan).
    for (let n = 0; n < 8; n++) {
      if (!text.startsWith(open, i)) break;
      const start = i + open.length;
      let end = -1;
      for (let j = start; j < Math.min(text.length, start + 4000); j++) {
        const closes = esc
          ? text[j] === "\\" && text[j + 1] === '"' && text[j - 1] !== "\\"
          : text[j] === '"' && text[j - 1] !== "\\";
        if (closes) {
          end = j;
          break;
        }
      }
      // A value cut off by the end of the text (a log line truncated, a fragment) is flagged to the end.
      if (end === -1 && type === "narrative") end = Math.min(text.length, start + 4000);
      if (end <= start) break;
      // Chrome's NetLog (and other HTTP logs) name the request line "line": `"line":"GET /r4/Patient HTTP/1.1\r\n"`.
      if (key === "line" && startsWithHttpStartLine(text.slice(start, Math.min(end, start + 2100)))) break;
      // A birth date keeps its year (HIPAA Safe Harbor keeps years): redact from the first separator on.
      const from = type === "date" && /^\d{4}-/.test(text.slice(start, start + 5)) ? start + 4 : start;
      out.push({ start: from, end, type });
      i = end + open.length;
      if (!m[3]) break;
      const sep = /^[ \t]{0,3},[ \t]{0,3}/.exec(text.slice(i, i + 8));
      if (!sep) break;
      i += sep[0].length;
    }
  });
}

// Paths to personal elements of a FHIR resource, as a JSON Patch operation ("/name/0/family") or a FHIR Shorthand rule
// ("* name.given[0] = …") writes them: the element, then the part of it that holds the personal value. An identifier's
// or a telecom's system, a name's use, an address's state stay.
const PERSONAL_PATHS: Record<string, string | Record<string, string>> = {
  name: { family: "name", given: "name", text: "name" },
  telecom: { value: "phone" },
  address: {
    line: "street_address",
    city: "street_address",
    district: "street_address",
    postalCode: "postal_code",
    text: "street_address",
  },
  identifier: { value: "id_number" },
  birthDate: "date",
  deceasedDateTime: "date",
  subscriberId: "id_number",
};

/** The personal type the element path (names only, indexes left out) points at, or undefined. */
export function personalPathType(parts: string[]): string | undefined {
  const p = parts[0] === "contact" ? parts.slice(1) : parts;
  const top = PERSONAL_PATHS[p[0]];
  if (typeof top === "string") return p.length === 1 ? top : undefined;
  return top && p.length === 2 ? top[p[1]] : undefined;
}

/** Pushes the span of a quoted value (the year of a date stays, as in a resource). */
function pushValue(out: PhiSpan[], start: number, value: string, type: string) {
  const from = type === "date" && /^\d{4}-/.test(value) ? start + 4 : start;
  out.push({ start: from, end: start + value.length, type });
}

// JSON Patch operations (RFC 6902) pasted with a request: { "op": "replace", "path": "/subscriberId", "value": "…" }.
const PATCH_PATH = /"path"[ \t]{0,3}:[ \t]{0,3}"(\/[^"\n]{1,120})"/g;
const PATCH_VALUE = /"value"[ \t]{0,3}:[ \t]{0,3}(?:"((?:[^"\\\n]|\\.){1,400})"|(-?\d[\d.]{0,30}))/;

/** A JSON Patch path's element names, indexes left out ("/name/0/family" → name, family). */
const patchParts = (path: string | undefined): string[] | undefined =>
  path?.startsWith("/") ? path.split("/").filter((p) => p && !/^(?:\d+|-)$/.test(p)) : undefined;

/** The personal type of a JSON Patch operation's value, by its path ("/name/0/family" → name), or undefined. */
export const patchValueType = (path: string | undefined): string | undefined => {
  const parts = patchParts(path);
  return parts && personalPathType(parts);
};

/**
 * The personal element a JSON Patch operation writes whole ("/name/-", "/address/0", "/telecom/-", "/contact/0"):
 * its value is that element's content. Undefined for any other path.
 */
export function patchElement(path: string | undefined): string | undefined {
  const parts = patchParts(path);
  if (!parts || parts.length === 0) return undefined;
  if (parts.length === 1 && parts[0] === "contact") return "contact";
  const p = parts[0] === "contact" ? parts.slice(1) : parts;
  return p.length === 1 && typeof PERSONAL_PATHS[p[0]] === "object" ? p[0] : undefined;
}

export function findJsonPatchValues(text: string, out: PhiSpan[]) {
  each(PATCH_PATH, text, (m) => {
    const type = patchValueType(m[1]);
    if (!type) return;
    // The operation's object: back to its "{" and on to its "}" (bounded: an operation is short).
    const open = text.lastIndexOf("{", m.index);
    if (open < 0 || m.index - open > 200 || text.slice(open, m.index).includes("}")) return;
    const close = text.indexOf("}", m.index);
    const end = close < 0 || close - m.index > 600 ? Math.min(text.length, m.index + 600) : close;
    const v = PATCH_VALUE.exec(text.slice(open, end));
    if (!v) return;
    const raw = v[1] ?? v[2];
    const valueEnd = open + v.index + v[0].length - (v[1] !== undefined ? 1 : 0);
    pushValue(out, valueEnd - raw.length, raw, type);
  });
}

// FHIR Shorthand (FSH) rules: `* name.family = "Shaw"`, `* telecom[0].value = "555-555-5555"`, soft indexes
// (`* name[=].given = "太郎"`), and rules nested under a path rule, which take that path (`* address[Home]` then
// `  * line[+] = "Ahornweg 12b"`). A rule commented out (`//* identifier[=].value = …`) still holds the person's value.
const FSH_RULE =
  /^([ \t]*)(?:\/\/[ \t]*)?\*[ \t]+([A-Za-z][\w.[\]=+-]{0,160}?)(?=[ \t]|=[ \t]*"|$)(?:[ \t]*=[ \t]*"((?:[^"\\\n]|\\.){1,400})")?/;
/** A FHIR path is a few elements deep: rules nested deeper are read as they stand, not under their parents. */
const FSH_MAX_DEPTH = 8;

/** The element names of an FSH path, indexes and slice names left out (`name[=].given[0]` → name, given). */
const fshParts = (path: string): string[] =>
  path
    .replace(/\[[^\]]*\]/g, "")
    .split(".")
    .filter(Boolean);

/**
 * The personal type of an FSH path: that of its element, or, for an extension of a personal part (a German family
 * name's `nachname`, an address line's `Strasse`), that of the part it extends.
 */
function fshPathType(parts: string[]): string | undefined {
  const ext = parts.indexOf("extension");
  if (ext >= 2 && parts[parts.length - 1]?.startsWith("value")) return personalPathType(parts.slice(0, ext));
  return personalPathType(parts);
}

export function findFshValues(text: string, out: PhiSpan[]) {
  if (!text.includes("* ") && !text.includes("*\t")) return;
  // The open path rules above the current line: [indent, element names] (bounded, so a line costs its own length).
  const stack: Array<[number, string[]]> = [];
  const people = new FshPeople();
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const m = FSH_RULE.exec(text.slice(start, Math.min(end, start + 2000)));
    if (m) {
      const indent = m[1].length;
      while (stack.length && stack[stack.length - 1][0] >= indent) stack.pop();
      const own = fshParts(m[2]);
      const parts = indent > 0 && stack.length ? [...stack[stack.length - 1][1], ...own] : own;
      if (m[3] !== undefined) {
        const type = fshPathType(parts);
        if (type) pushValue(out, start + m.index + m[0].length - 1 - m[3].length, m[3], type);
        const part = parts[parts.length - 1];
        if (type === "name" && (part === "given" || part === "family")) people.addName(m[3], part === "family");
      }
      if (stack.length < FSH_MAX_DEPTH && parts.length <= FSH_MAX_DEPTH * 2) stack.push([indent, parts]);
    } else if (text.slice(start, end).trim() !== "" && !/^[ \t]/.test(text.slice(start, start + 1))) {
      // A line at the margin that is no rule (`Instance:`, `Title:`) closes every path.
      stack.length = 0;
      const instance = /^Instance:[ \t]*([\p{L}\p{N}_-]{1,80})/u.exec(text.slice(start, Math.min(end, start + 100)));
      if (instance) people.startInstance(instance[1]);
    }
    start = end + 1;
  }
  people.findIn(text, out);
}

/**
 * The people of an FSH file: the given and family names of its instances, and the instances named after the person
 * they hold (`Instance: Einer` with `* name.given[0] = "Einer"`, `Instance: EllenLouise` for Ellen Louise). Their
 * names go where the file repeats them outside a rule: an instance's `Instance:`, `Title:` and `Description:` lines and
 * every `Reference(Einer)`.
 */
class FshPeople {
  private readonly words = new Set<string>();
  private readonly instances = new Set<string>();
  private instance: string | undefined;
  private names: string[] = [];
  private readonly particles = new Set<string>();

  startInstance(name: string) {
    this.closeInstance();
    this.instance = name;
  }

  /** A name's words; a family name's particles (`van der Berg`: each before another word) are not looked for. */
  addName(value: string, family: boolean) {
    if (!this.instance || this.names.length > 20) return;
    const words = value.split(/[\s,]+/).filter(Boolean);
    words.forEach((word, i) => {
      if (family && i < words.length - 1 && NAME_PARTICLES.has(word.toLowerCase())) this.particles.add(word);
    });
    this.names.push(...words);
  }

  /** The instance's name words, carried to the file's prose, except a family name's particles and, when the instance
   *  is a placeholder (`Test Patient`, `Guest User`, `Patient Paul`), its role words: the title's words, not a name. A
   *  real person's `Read` or `Van` is looked for. And an instance whose name is one of its person's names, or two of
   *  them run together. */
  private closeInstance() {
    const name = this.instance?.toLowerCase();
    const placeholder = this.names.some((word) => PLACEHOLDER_NAME_WORD.test(word));
    for (const word of this.names)
      if (word.length >= 3 && !this.particles.has(word) && !(placeholder && isRoleName(word))) this.words.add(word);
    if (name) {
      const parts = this.names.map((n) => n.toLowerCase());
      if (parts.some((p, i) => p === name || (i > 0 && parts[i - 1] + p === name) || parts.some((q) => p + q === name)))
        this.instances.add(this.instance!);
    }
    this.instance = undefined;
    this.names = [];
    this.particles.clear();
  }

  findIn(text: string, out: PhiSpan[]) {
    this.closeInstance();
    if (this.words.size === 0 && this.instances.size === 0) return;
    each(FSH_PERSON_LINES, text, (line) => {
      each(FSH_WORD, line[0], (w) => {
        if (this.words.has(w[0]) || this.instances.has(w[0]))
          out.push({ start: line.index + w.index, end: line.index + w.index + w[0].length, type: "name" });
      });
    });
  }
}
/** A word that makes a test instance's name a placeholder: a test's, a guest's, the resource's own. */
const PLACEHOLDER_NAME_WORD =
  /^(?:test|tester|demo|example|sample|dummy|fake|guest|user|patient|practitioner|person)$/i;
/** Where an FSH file names its instances outside the rules (comments too: a test pack lists its family there). */
const FSH_PERSON_LINES =
  /^(?:Instance|Title|Description):[^\n]{0,2000}|^[ \t]*\/\/[^\n]{0,2000}|Reference\([^)\n]{1,100}\)/gmu;
const FSH_WORD = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_'’-]{0,80}/gu;
