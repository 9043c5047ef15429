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
  findNationalIdLabels(text, out);
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

// National person identifiers after their name in prose, in the language of the country that issues them: NHS number,
// CHI, BSN, KVNR / (Kranken)Versichertennummer, IHI, Medicare number, SSIN / INSZ / NISS, NIR, CPF, Emirates ID,
// personnummer, fødselsnummer, henkilötunnus, CPR, a Canadian health card number. The value may be quoted, grouped
// by spaces, dots or hyphens (`943 476 5919`, `81.09.17-152.35`), and start with a letter (a KVNR: `A123456789`).
const NATIONAL_LABEL =
  /\b(?:nhs[ _-]?(?:number|nummer|no\.?|#)|chi (?:number|no\.?)|bsn|burgerservicenummer|kvnr|(?:kranken)?versicherten-?nummer|krankenversicherungsnummer|ihi(?: number| no\.?)?|medicare (?:number|no\.?|card number)|ssin|insz|niss|nir|num[ée]ro de s[ée]curit[ée] sociale|cpf|emirates id(?: number| no\.?)?|personnummer|f[øo]dselsnummer|henkil[öo]tunnus|cpr(?:-nummer)?|health card (?:number|no\.?))['"]?(?:[ \t]{0,3}(?:is|ist|est|was|:|#|=|-|\u2013|\|)){0,2}[ \t]{0,3}['"\u201a\u201e\u201c\u2018]?/gi;
/** A digit run with single spaces, dots, slashes or hyphens between groups, after at most one letter. */
const NATIONAL_VALUE = /^[A-Za-z]?\d(?:\d|[ ./-](?=\d)){5,24}/;

export function findNationalIdLabels(text: string, out: PhiSpan[]) {
  each(NATIONAL_LABEL, text, (m) => {
    const start = m.index + m[0].length;
    const v = NATIONAL_VALUE.exec(text.slice(start, start + 30));
    if (!v || (v[0].match(/\d/g) ?? []).length < 6) return;
    out.push({ start, end: start + v[0].length, type: "id_number" });
  });
}
