// JSON key/value pairs inside free text (a FHIR resource logged on one line): names, dates, address parts, narrative.
import { lookupTable } from "~/lib/lookup-table";
import { each, type PhiSpan } from "./phi-span";

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
