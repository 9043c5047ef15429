// Identifiers after a label (MRN, member id, licence, passport, account, fax) and labelled postal codes in free text.
import { each, type PhiSpan } from "./phi-span";

const ID_LABEL =
  /\b(mrn|medical record(?: number| no\.?| #)?|med(?:ical)? rec(?:ord)? (?:no\.?|#)|chart (?:number|no\.?|#)|member (?:id|number|no\.?|#)|subscriber (?:id|number)|policy (?:number|no\.?|#|id)|insurance (?:id|number)|health plan (?:id|number)|beneficiary (?:id|number)|account (?:number|no\.?|#)|acct\.? ?(?:number|no\.?|#)?|licen[cs]e (?:number|no\.?|#)|driver'?s licen[cs]e(?: number| no\.?| #)?|dl ?#|passport(?: number| no\.?| #)?|certificate (?:number|no\.?|#)|serial (?:number|no\.?|#)|vin|fax)(?:[ \t]{0,3}(?:is|was|:|#|=|-)){0,2}[ \t]{0,3}/gi;
const ID_VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{2,24}/;

export function findLabelledIds(text: string, out: PhiSpan[]) {
  each(ID_LABEL, text, (m) => {
    const label = m[1].toLowerCase();
    const start = m.index + m[0].length;
    const v = ID_VALUE.exec(text.slice(start, start + 26));
    if (!v) return;
    const value = v[0].replace(/-+$/, "");
    if ((value.match(/\d/g) ?? []).length < 3) return;
    if (label === "fax") {
      out.push({ start, end: start + value.length, type: "phone" });
      return;
    }
    out.push({ start, end: start + value.length, type: /^(?:mrn|med|chart)/.test(label) ? "mrn" : "id_number" });
  });
  // Postal codes only when labelled: a bare 5-digit number is too often something else.
  each(
    /\b(?:zip(?: code)?|postal code|postcode|post code)[ \t]{0,3}[:#=]?[ \t]{0,3}([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)\b/gi,
    text,
    (m) => {
      if (!/\d/.test(m[1])) return;
      out.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, type: "postal_code" });
    },
  );
}
