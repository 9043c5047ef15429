// Telecom, HumanName text and identifier values of FHIR JSON logged inside free text.
import { each, type PhiSpan } from "./phi-span";

// Telecom and identifier values in logged FHIR JSON: "system":"phone","value":"…" and every "value" inside an
// "identifier" array (bounded look-ahead; escaped quotes of JSON-in-a-string accepted).
const TELECOM_VALUE =
  /\\?"system\\?"[ \t]{0,3}:[ \t]{0,3}\\?"(?:phone|fax|sms|pager)\\?"[ \t]{0,3},[ \t]{0,3}\\?"value\\?"[ \t]{0,3}:[ \t]{0,3}\\?"([^"\\]{1,40})\\?"/g;
// "name":[{"use":"official","text":"…"}] — the display text of a HumanName.
const NAME_TEXT =
  /\\?"name\\?"[ \t]{0,3}:[ \t]{0,3}\[?[ \t]{0,3}\{[^{}[\]]{0,300}?\\?"text\\?"[ \t]{0,3}:[ \t]{0,3}\\?"([^"\\]{1,120})\\?"/g;
const IDENTIFIER_ARRAY = /\\?"identifier\\?"[ \t]{0,3}:[ \t]{0,3}\[/g;
const VALUE_FIELD = /\\?"value\\?"[ \t]{0,3}:[ \t]{0,3}\\?"([^"\\]{1,80})\\?"/g;

export function findFhirJsonValues(text: string, out: PhiSpan[]) {
  each(TELECOM_VALUE, text, (m) => {
    const end = m.index + m[0].length - (m[0].endsWith('\\"') ? 2 : 1);
    out.push({ start: end - m[1].length, end, type: "phone" });
  });
  each(NAME_TEXT, text, (m) => {
    const end = m.index + m[0].length - (m[0].endsWith('\\"') ? 2 : 1);
    out.push({ start: end - m[1].length, end, type: "name" });
  });
  each(IDENTIFIER_ARRAY, text, (m) => {
    // The array ends at the first "]" (identifier arrays hold objects, codings are in nested arrays: allow depth).
    let depth = 1;
    let i = m.index + m[0].length;
    const limit = Math.min(text.length, i + 3000);
    for (; i < limit && depth > 0; i++) {
      if (text[i] === "[") depth++;
      else if (text[i] === "]") depth--;
    }
    const region = text.slice(m.index + m[0].length, i);
    // Continue after this array: nested or repeated "identifier" keys are never rescanned (linear time).
    IDENTIFIER_ARRAY.lastIndex = Math.max(IDENTIFIER_ARRAY.lastIndex, i);
    for (const v of region.matchAll(VALUE_FIELD)) {
      const end = m.index + m[0].length + (v.index ?? 0) + v[0].length - (v[0].endsWith('\\"') ? 2 : 1);
      out.push({ start: end - v[1].length, end, type: "id_number" });
    }
  });
}
