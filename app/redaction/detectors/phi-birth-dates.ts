// Dates of birth in free text: a date after a birth label (also written as a field's name: `birth_date = …`,
// `date_of_birth: …`, `b_date = …`, as a script prints a database row, or any key of birth-date-keys.ts:
// `fecha_de_nacimiento=…`, `Geburtsdatum: …`, and its words as a prose label: `date de naissance : …`).
import { each, type PhiSpan } from "./phi-span";
import { BIRTH_DATE_KEY_SOURCE, BIRTH_DATE_LABEL_SOURCE } from "../birth-date-keys";

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const BIRTH_DATE = new RegExp(
  `\\b(?:born(?:[ \\t]on)?|d\\.?o\\.?b\\.?|date[ \\t_]?of[ \\t_]?birth|birth[ \\t_-]?date|b_?date|birthday(?:[ \\t]is)?(?:[ \\t]on)?|${BIRTH_DATE_KEY_SOURCE}|${BIRTH_DATE_LABEL_SOURCE})[ \\t]{0,3}[:=]?[ \\t]{0,3}` +
    `(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|(?:${MONTHS})\\.?[ \\t]\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]\\d{4}|\\d{1,2}(?:st|nd|rd|th)?[ \\t](?:${MONTHS})\\.?,?[ \\t]\\d{4})`,
  "gi",
);

export function findBirthDates(text: string, out: PhiSpan[]) {
  each(BIRTH_DATE, text, (m) => {
    out.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, type: "date" });
  });
}
