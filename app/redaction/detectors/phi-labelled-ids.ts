// Identifiers after a label (MRN, member id, licence, passport, account, fax) and labelled postal codes in free text.
import { each, type PhiSpan } from "./phi-span";
import { digitsIn } from "../digits";

const ID_LABEL =
  /\b(mrn|medical record(?: number| no\.?| #)?|med(?:ical)? rec(?:ord)? (?:no\.?|#)|chart (?:number|no\.?|#)|member (?:id|number|no\.?|#)|subscriber (?:id|number)|policy (?:number|no\.?|#|id)|insurance (?:id|number)|health plan (?:id|number)|beneficiary (?:id|number)|account (?:number|no\.?|#)|acct\.? ?(?:number|no\.?|#)?|licen[cs]e (?:number|no\.?|#)|driver'?s licen[cs]e(?: number| no\.?| #)?|dl ?#|passport(?: number| no\.?| #)?|certificate (?:number|no\.?|#)|serial (?:number|no\.?|#)|vin|fax)(?:[ \t]{0,3}(?:is|was|:|#|=|-)){0,2}[ \t]{0,3}/gi;
/** A labelled id, whole (hyphenated account and policy numbers run past 25 characters), up to a bound. */
const ID_VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{2,63}/;
/** The longest id a person is given; a longer hex run under a serial or certificate label is a certificate's serial
 *  number (certutil's `Serial Number: 110000001f4c…`), a fact of the ticket. */
const PERSON_ID_MAX = 25;
const HEX = /^[0-9A-Fa-f]+$/;

/** How far around a serial number a certificate listing's other lines are looked for. */
const LISTING_REACH = 400;
/** The lines keytool, openssl and certutil print beside a certificate's serial number that name its parties: an
 *  e-mail's `Subject:` or a form's `Owner:` says the same, so they alone make no listing. */
const CERTIFICATE_PARTY_LINE = /(?:^|\n)[ \t]*(?:Owner|Issuer|Subject)\b/i;
/** The lines only a certificate listing prints: its validity, its fingerprints, its signature algorithm. */
const CERTIFICATE_ONLY_LINE =
  /(?:^|\n)[ \t]*(?:Valid from|Not Before|Not After|Certificate fingerprints?|Signature algorithm)\b/i;

/** A certificate's serial number (keytool's `Serial number: 87079ebccb53a53a` between its owner, its issuer and its
 *  validity) identifies the certificate, a fact of the ticket: no person's number. A listing shows a party line and a
 *  line only a certificate has; a device's serial under an e-mail's Subject stays a patient's identifier. */
function inCertificateListing(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - LISTING_REACH), at + LISTING_REACH);
  return CERTIFICATE_PARTY_LINE.test(around) && CERTIFICATE_ONLY_LINE.test(around);
}

export function findLabelledIds(text: string, out: PhiSpan[]) {
  each(ID_LABEL, text, (m) => {
    const label = m[1].toLowerCase();
    const start = m.index + m[0].length;
    const v = ID_VALUE.exec(text.slice(start, start + 64));
    if (!v) return;
    const value = v[0].replace(/-+$/, "");
    if (digitsIn(value) < 3) return;
    if (/^(?:serial|certificate)/.test(label) && value.length > PERSON_ID_MAX && HEX.test(value)) return;
    if (label.startsWith("serial") && inCertificateListing(text, m.index)) return;
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
const isDigit = (text: string, i: number) => text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
/** A date or a time starts here (`2024-01-15`, `10:00`): what follows an id in a log line, never part of it. */
const DATE_OR_TIME = /^(?:\d{4}-\d\d-\d\d|\d{1,2}:\d\d)/;
/** Separators between the groups of a printed national id. */
const GROUP_SEPARATORS = " ./-";

/**
 * The end of the national id at `start`: digit groups joined by single spaces, dots, slashes or hyphens, after at
 * most one letter (a KVNR), 26 characters at most; or -1. A space joins only short groups as ids are printed
 * (`943 476 5919`): never a group after a long run (`9449305552 404 Not Found`), nor a date or a time after the id.
 */
function nationalValueEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + 26);
  let i = start;
  if (i < limit && /[A-Za-z]/.test(text[i])) i++;
  let group = 0;
  let digits = 0;
  while (i < limit) {
    if (isDigit(text, i)) {
      group++;
      digits++;
      i++;
      continue;
    }
    const c = text[i];
    if (group === 0 || !GROUP_SEPARATORS.includes(c) || !isDigit(text, i + 1)) break;
    if (c === " " && (group > 5 || DATE_OR_TIME.test(text.slice(i + 1, i + 11)))) break;
    group = 0;
    i++;
  }
  return digits >= 6 ? i : -1;
}

export function findNationalIdLabels(text: string, out: PhiSpan[]) {
  each(NATIONAL_LABEL, text, (m) => {
    const start = m.index + m[0].length;
    const end = nationalValueEnd(text, start);
    if (end !== -1) out.push({ start, end, type: "id_number" });
  });
}
