// JSON key/value pairs inside free text (a FHIR resource logged on one line): names, dates, address parts, narrative.
import { each, type PhiSpan } from "./phi-span";

const JSON_KEY_TYPES: Record<string, string> = {
  family: "name",
  given: "name",
  birthDate: "date",
  deceasedDateTime: "date",
  line: "street_address",
  city: "street_address",
  district: "street_address",
  postalCode: "postal_code",
  div: "narrative",
};
// "family":"Roe" · \"given\":[\"Jane\"] (JSON inside a JSON string) · "valueString" of a mother's maiden name
const JSON_KEY =
  /(\\?)"(family|given|birthDate|deceasedDateTime|line|city|district|postalCode|div|valueString)\1"[ \t]{0,3}:[ \t]{0,3}(\[[ \t]{0,3})?/g;

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

// JSON Patch operations (RFC 6902) pasted with a request: { "op": "replace", "path": "/subscriberId", "value": "…" }.
// The path says what the value is: a top-level personal element of a FHIR resource, or a name/address part anywhere.
const PATCH_TOP: Record<string, string> = {
  name: "name",
  telecom: "phone",
  address: "street_address",
  birthDate: "date",
  deceasedDateTime: "date",
  identifier: "id_number",
  subscriberId: "id_number",
  contact: "name",
  photo: "narrative",
};
const PATCH_LAST: Record<string, string> = {
  family: "name",
  given: "name",
  line: "street_address",
  city: "street_address",
  district: "street_address",
  postalCode: "postal_code",
  birthDate: "date",
};
const PATCH_PATH = /"path"[ \t]{0,3}:[ \t]{0,3}"(\/[^"\n]{1,120})"/g;
const PATCH_VALUE = /"value"[ \t]{0,3}:[ \t]{0,3}(?:"((?:[^"\\\n]|\\.){1,400})"|(-?\d[\d.]{0,30}))/;

/** The personal type a JSON Patch path points at, or undefined. */
function patchType(path: string): string | undefined {
  const parts = path.split("/").filter((p) => p && !/^(?:\d+|-)$/.test(p));
  return PATCH_TOP[parts[0]] ?? PATCH_LAST[parts[parts.length - 1]];
}

export function findJsonPatchValues(text: string, out: PhiSpan[]) {
  each(PATCH_PATH, text, (m) => {
    const type = patchType(m[1]);
    if (!type) return;
    // The operation's object: back to its "{" and on to its "}" (bounded: an operation is short).
    const open = text.lastIndexOf("{", m.index);
    if (open < 0 || m.index - open > 200 || text.slice(open, m.index).includes("}")) return;
    const close = text.indexOf("}", m.index);
    const end = close < 0 || close - m.index > 600 ? Math.min(text.length, m.index + 600) : close;
    const body = text.slice(open, end);
    const v = PATCH_VALUE.exec(body);
    if (!v) return;
    const raw = v[1] ?? v[2];
    let start = open + v.index + v[0].length - raw.length - (v[1] !== undefined ? 1 : 0);
    // A birth date keeps its year, as in a resource.
    if (type === "date" && /^\d{4}-/.test(raw)) start += 4;
    out.push({ start, end: open + v.index + v[0].length - (v[1] !== undefined ? 1 : 0), type });
  });
}
