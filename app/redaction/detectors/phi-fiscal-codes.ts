// Italian fiscal codes (codice fiscale), a person's national identifier: six letters of the names, the year, a month
// letter, the day (plus 40 for women), the place of birth (a letter and three digits) and a check letter —
// "RSSMRA75C03F839K". Found by the shape alone: a JWT's `sub`, a `person_id`, a sentence. The check letter is not
// required (test codes written by hand often have a wrong one, and they name a person all the same).
import { each, type PhiSpan } from "./phi-span";

const FISCAL_CODE = /\b[A-Z]{6}\d{2}[ABCDEHLMPRST](?:[0-2]\d|3[01]|[4-6]\d|7[01])[A-Z]\d{3}[A-Z]\b/g;

export function findFiscalCodes(text: string, out: PhiSpan[]) {
  each(FISCAL_CODE, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "id_number" }));
}
