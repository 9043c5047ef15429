// Personal data in free text (log lines, plain text, free-text JSON strings): spans to redact.
// Patterns plus small embedded word lists (free-text-phi-names.ts); no model, no network. Every regular expression
// here is bounded (no nested unbounded quantifiers), and names are found by one pass over word tokens, so the cost
// is linear in the input, whatever its shape (a megabyte of spaces after a name is as cheap as a megabyte of prose).
// Diagnostic material is left alone: UUIDs, hex IDs, scopes (system/Patient.read), URNs, header names, FHIR resource
// types, host names and request timestamps.
import {
  AMBIGUOUS_NAMES,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  ORG_OR_PLACE_WORDS,
  PERSON_CUE_WORDS,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  STREET_WORD_ENDINGS,
  SURNAMES,
  UNIT_WORDS,
} from "./free-text-phi-names";

export interface PhiSpan {
  start: number;
  end: number;
  /** name, street_address, postal_code, phone, email, ssn, ip_address, date, mrn, id_number, credit_card, iban, narrative */
  type: string;
}

/** Higher wins when two candidate spans overlap. */
const PRIORITY: Record<string, number> = {
  email: 10,
  ssn: 9,
  credit_card: 9,
  iban: 9,
  ip_address: 8,
  mrn: 8,
  id_number: 8,
  date: 7,
  phone: 7,
  street_address: 6,
  narrative: 6,
  postal_code: 5,
  name: 4,
};

export function findFreeTextPhi(text: string): PhiSpan[] {
  if (!text) return [];
  const spans: PhiSpan[] = [];
  findEmails(text, spans);
  findSsns(text, spans);
  findCardsAndIbans(text, spans);
  findIpAddresses(text, spans);
  findLabelledIds(text, spans);
  findBirthDates(text, spans);
  findJsonKeyedValues(text, spans);
  findFhirJsonValues(text, spans);
  findPhones(text, spans);
  findAddresses(text, spans);
  findNames(text, spans);
  return resolveOverlaps(text, spans);
}

// ─── overlap resolution ────────────────────────────────────────────────────────────────────────────────────────────

function better(a: PhiSpan, b: PhiSpan): boolean {
  const pa = PRIORITY[a.type] ?? 0;
  const pb = PRIORITY[b.type] ?? 0;
  if (pa !== pb) return pa > pb;
  return a.end - a.start > b.end - b.start;
}

function resolveOverlaps(text: string, spans: PhiSpan[]): PhiSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const prev = out[out.length - 1];
    // Parts of one postal address separated by a line break or a comma are one address.
    if (
      prev &&
      prev.type === "street_address" &&
      s.type === "street_address" &&
      s.start >= prev.end &&
      s.start - prev.end <= 3 &&
      /^[\s,]*$/.test(text.slice(prev.end, s.start))
    ) {
      prev.end = Math.max(prev.end, s.end);
      continue;
    }
    if (prev && s.start < prev.end) {
      // Overlapping findings become one span (nothing of either may survive), labelled by the more specific type;
      // a span inside another keeps the container's label.
      if (s.end > prev.end && better(s, prev)) prev.type = s.type;
      prev.end = Math.max(prev.end, s.end);
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

// ─── helpers ───────────────────────────────────────────────────────────────────────────────────────────────────────

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Lower-case text in the `width` characters before `index`. */
const before = (text: string, index: number, width: number) =>
  text.slice(Math.max(0, index - width), index).toLowerCase();

const digitsOf = (s: string) => s.replace(/\D/g, "");

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// ─── email, SSN, cards, IBAN, IP ───────────────────────────────────────────────────────────────────────────────────

const EMAIL_DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;
const isLocalChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;

/** E-mail addresses alone (the sweep takes them before the user's terms, so a glued term cannot hide one). */
export function findEmailSpans(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  findEmails(text, out);
  return out;
}

/** Anchored on each "@" (a regex scanning every position for a local part would cost 64 steps a character). */
function findEmails(text: string, out: PhiSpan[]) {
  let at = text.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // Leading dots are punctuation, not part of the address ("see:.jane@x.org").
    while (text[start] === "." && start < at) start++;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const m = start < at ? EMAIL_DOMAIN.exec(text) : null;
    if (m) {
      out.push({ start, end: m.index + m[0].length, type: "email" });
      at = text.indexOf("@", m.index + m[0].length);
    } else at = text.indexOf("@", at + 1);
  }
}

const SSN = /(?<![\w.-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
const SSN_LABELLED =
  /\b(?:ssn|social security(?: number| no\.?| #)?)(?:[ \t]{0,3}(?:is|:|#|=)){0,2}[ \t]{0,3}(\d{9}|\d{3}[- .]\d{2}[- .]\d{4})\b/gi;

function findSsns(text: string, out: PhiSpan[]) {
  each(SSN, text, (m) => {
    const [area, group, serial] = [m[1], m[3], m[4]];
    if (area === "000" || area === "666" || area[0] === "9" || group === "00" || serial === "0000") return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ssn" });
  });
  each(SSN_LABELLED, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: m.index + m[0].length, type: "ssn" });
  });
}

const CARD = /(?<![\w.,:/-])\d{4}(?:[ -]?\d{2,7}){1,4}(?![\w-]|[.,:]\d)/g;
const CARD_CUE = /\b(?:card|cc|visa|mastercard|amex|american express|discover|diners|jcb|maestro|credit|debit|pan)\b/;
// Issuer prefixes of the major networks (Visa, Mastercard, Amex, Discover, Diners, JCB, Maestro, UnionPay).
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6|1800|2131|50)/;

function findCardsAndIbans(text: string, out: PhiSpan[]) {
  each(CARD, text, (m) => {
    const raw = m[0];
    const digits = digitsOf(raw);
    if (digits.length < 12 || digits.length > 19) return;
    const groups = raw.split(/[ -]/);
    // Grouped numbers must look like card grouping (4-4-4-4, 4-6-5, 4-4-4-4-3), not a phone or a date.
    if (
      groups.length > 1 &&
      !(groups.slice(0, -1).every((g) => g.length === 4) || /^\d{4}[ -]\d{6}[ -]\d{4,5}$/.test(raw))
    )
      return;
    const cue = CARD_CUE.test(before(text, m.index, 40));
    const valid = luhn(digits) && CARD_PREFIX.test(digits);
    // Epoch milliseconds (13 digits, 1.3e12…1.9e12) in logs are timestamps, not cards.
    if (!cue && digits.length === 13 && /^1[3-9]/.test(digits)) return;
    if (valid || (cue && digits.length >= 12))
      out.push({ start: m.index, end: m.index + raw.length, type: "credit_card" });
  });
  each(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, text, (m) => {
    if (ibanValid(m[0].replace(/ /g, ""))) out.push({ start: m.index, end: m.index + m[0].length, type: "iban" });
  });
}

function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`(?<![\\w./:-])${OCTET}(?:\\.${OCTET}){3}(?![\\w/-]|\\.\\d)`, "g");
const IPV6 =
  /(?<![\w:.-])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:.-])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\w:])/g;

const IPV6_NEEDS = /[0-9a-fA-F]:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]/;

function findIpAddresses(text: string, out: PhiSpan[]) {
  each(IPV4, text, (m) => {
    // "version 1.2.3.4" and "Chrome/120.0.0.0" are versions, not addresses.
    if (/(?:version|ver|v)[ \t]?$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ip_address" });
  });
  // Every IPv6 address holds "::" or three colons between hex digits (a clock time holds two): else no pass.
  if (!text.includes("::") && !IPV6_NEEDS.test(text)) return;
  each(IPV6, text, (m) => {
    const groups = m[0].split(":").filter(Boolean);
    // Needs some hex letters or many groups: "10:30:00" style clock times are not addresses.
    if (groups.length < 3) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ip_address" });
  });
}

// ─── labelled identifiers (MRN, member id, licence, passport, account) ─────────────────────────────────────────────

const ID_LABEL =
  /\b(mrn|medical record(?: number| no\.?| #)?|med(?:ical)? rec(?:ord)? (?:no\.?|#)|chart (?:number|no\.?|#)|member (?:id|number|no\.?|#)|subscriber (?:id|number)|policy (?:number|no\.?|#|id)|insurance (?:id|number)|health plan (?:id|number)|beneficiary (?:id|number)|account (?:number|no\.?|#)|acct\.? ?(?:number|no\.?|#)?|licen[cs]e (?:number|no\.?|#)|driver'?s licen[cs]e(?: number| no\.?| #)?|dl ?#|passport(?: number| no\.?| #)?|certificate (?:number|no\.?|#)|serial (?:number|no\.?|#)|vin|fax)(?:[ \t]{0,3}(?:is|was|:|#|=|-)){0,2}[ \t]{0,3}/gi;
const ID_VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{2,24}/;

function findLabelledIds(text: string, out: PhiSpan[]) {
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

// ─── dates of birth ────────────────────────────────────────────────────────────────────────────────────────────────

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const BIRTH_DATE = new RegExp(
  `\\b(?:born(?:[ \\t]on)?|d\\.?o\\.?b\\.?|date of birth|birth[ \\t]?date|birthday(?:[ \\t]is)?(?:[ \\t]on)?)[ \\t]{0,3}[:=]?[ \\t]{0,3}` +
    `(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|(?:${MONTHS})\\.?[ \\t]\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]\\d{4}|\\d{1,2}(?:st|nd|rd|th)?[ \\t](?:${MONTHS})\\.?,?[ \\t]\\d{4})`,
  "gi",
);

function findBirthDates(text: string, out: PhiSpan[]) {
  each(BIRTH_DATE, text, (m) => {
    out.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, type: "date" });
  });
}

// ─── JSON key/value pairs inside free text (a FHIR resource logged on one line) ─────────────────────────────────────

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

function findJsonKeyedValues(text: string, out: PhiSpan[]) {
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

// Telecom and identifier values in logged FHIR JSON: "system":"phone","value":"…" and every "value" inside an
// "identifier" array (bounded look-ahead; escaped quotes of JSON-in-a-string accepted).
const TELECOM_VALUE =
  /\\?"system\\?"[ \t]{0,3}:[ \t]{0,3}\\?"(?:phone|fax|sms|pager)\\?"[ \t]{0,3},[ \t]{0,3}\\?"value\\?"[ \t]{0,3}:[ \t]{0,3}\\?"([^"\\]{1,40})\\?"/g;
// "name":[{"use":"official","text":"…"}] — the display text of a HumanName.
const NAME_TEXT =
  /\\?"name\\?"[ \t]{0,3}:[ \t]{0,3}\[?[ \t]{0,3}\{[^{}[\]]{0,300}?\\?"text\\?"[ \t]{0,3}:[ \t]{0,3}\\?"([^"\\]{1,120})\\?"/g;
const IDENTIFIER_ARRAY = /\\?"identifier\\?"[ \t]{0,3}:[ \t]{0,3}\[/g;
const VALUE_FIELD = /\\?"value\\?"[ \t]{0,3}:[ \t]{0,3}\\?"([^"\\]{1,80})\\?"/g;

function findFhirJsonValues(text: string, out: PhiSpan[]) {
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

// ─── phone numbers ─────────────────────────────────────────────────────────────────────────────────────────────────

const PHONE =
  /(?<![\w.+/:#-])(\+\d{1,3}[ .-]?)?(\(\d{1,4}\)[ .-]?)?\d{2,5}(?:([ .-])\d{2,5}){0,4}(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?(?![\w]|[.:/-]\d)/g;
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|cell|call|fax|contact|number|text|reach|dial|sms|whatsapp|ph|mob|desk|office)\b[^\n]{0,20}\n?[ \t]{0,4}$/;
const PHONE_CUE_AFTER = /^[ \t]{0,2}[-(]?[ \t]{0,2}(?:office|fax|mobile|cell|home|work|desk|phone|tel)\b/i;

function findPhones(text: string, out: PhiSpan[]) {
  each(PHONE, text, (m) => {
    const raw = m[0];
    const digits = digitsOf(raw.replace(/[ \t]?(?:x|ext\.?)[ \t]?\d{1,5}$/, ""));
    if (digits.length < 7 || digits.length > 15) return;
    const core = raw.slice((m[1] ?? "").length + (m[2] ?? "").length).replace(/[ \t]?(?:x|ext\.?)[ \t]?\d{1,5}$/, "");
    const groups = core.split(/[ .-]/);
    const seps: string[] = core.match(/[ .-]/g) ?? [];
    const uniform = seps.every((s) => s === seps[0]);
    const prefixed = Boolean(m[1] || m[2]);
    // Dates (2025-07-28, 28.07.2025, 2025 07 28) and versions are not phone numbers.
    if (!prefixed && groups.length === 3 && (/^(?:19|20)\d\d$/.test(groups[0]) || /^(?:19|20)\d\d$/.test(groups[2]))) {
      if (groups.every((g, i) => ((i === 0 || i === 2) && g.length === 4 ? true : g.length <= 2))) return;
    }
    if (seps.includes(".") && groups.length === 4 && groups.every((g) => g.length <= 3)) return; // IPv4-like
    const usShape = /^(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}$/.test(raw.slice((m[1] ?? "").length));
    const cue =
      PHONE_CUE.test(before(text, m.index, 40)) ||
      PHONE_CUE_AFTER.test(text.slice(m.index + raw.length, m.index + raw.length + 12));
    if (groups.length === 1 && !cue && !prefixed) return;
    const shortGroups =
      groups.length >= 3 && uniform && groups.every((g) => g.length >= 2 && g.length <= 4) && digits.length >= 8;
    if (usShape || (prefixed && digits.length >= 8) || cue || shortGroups)
      out.push({ start: m.index, end: m.index + raw.length, type: "phone" });
  });
}

// ─── street addresses ──────────────────────────────────────────────────────────────────────────────────────────────

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
const capitalised = (words: Iterable<string>) =>
  [...words].flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);

const NUM = "\\d{1,6}[A-Za-z]?";
const AWORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’.-]{0,29}";
const SFX = `(?:${alternation(capitalised(STREET_SUFFIXES))})`;
const PREFIX = `(?:${alternation(capitalised(STREET_PREFIXES))})`;
const ENDING = `(?:${alternation(STREET_WORD_ENDINGS)})`;
const UNIT = `(?:${alternation(capitalised(UNIT_WORDS))}|${alternation(UNIT_WORDS)}|#)\\.?[ \\t]{0,2}#?\\d{1,6}[A-Za-z]?`;
const SUFFIX_WORD = alternation([
  "u.",
  "ul.",
  "utca",
  "út",
  "útja",
  "tér",
  "rkp.",
  "gate",
  "gata",
  "vej",
  "gade",
  "gatan",
  "vägen",
  "straat",
  "strasse",
  "straße",
  "Strasse",
  "Straße",
  "weg",
  "Weg",
  "laan",
  "katu",
  "tie",
]);
const UNIT_WORD = `(?:${alternation(capitalised(UNIT_WORDS))}|${alternation(UNIT_WORDS)})\\.?[ \\t]{0,2}#?\\d{1,6}[A-Za-z]?`;

const STREET_PATTERNS: RegExp[] = [
  // 1600 Pennsylvania Avenue NW · 17 N. Main St. · 370 3911 Fourth Avenue
  new RegExp(
    `(?<![\\w.-])${NUM}(?:[ \\t]${NUM})?[ \\t]{1,2}(?:${AWORD}[ \\t]{1,2}){0,4}${SFX}\\.?(?![\\p{L}\\p{M}\\d])`,
    "gu",
  ),
  // Storgatan 12 · Koskikatu 25 · 6750 Koskikatu 25 (postcode or house number first)
  new RegExp(
    `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?(?:${AWORD}[ \\t]{1,2}){0,2}\\p{Lu}?[\\p{Ll}\\p{M}]{2,30}${ENDING}[ \\t]{1,2}\\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\p{M}\\d])`,
    "gu",
  ),
  // Rue de Rivoli 12 · Via Roma 3 · 12 Rue Gafsa
  new RegExp(
    `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?${PREFIX}\\.?(?:[ \\t]{1,2}[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,29}){1,4}(?:,?[ \\t]{1,2}\\d{1,5}[A-Za-z]?)?(?![\\p{L}\\p{M}\\d])`,
    "gu",
  ),
  // Király u. 15 · Trenerys gate 232 · Villacher Strasse 89 · ul. Słowicza 10
  new RegExp(
    `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?(?:(?:ul|al|ulica)\\.?[ \\t])?[\\p{Lu}][\\p{L}\\p{M}'’.-]{0,29}[ \\t]{1,2}(?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,29}[ \\t]{1,2}){0,2}(?:${SUFFIX_WORD})[ \\t]{1,2}\\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\p{M}\\d])`,
    "gu",
  ),
  new RegExp(
    `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?(?:ul|al)\\.[ \\t](?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,29}[ \\t]{1,2}){1,3}\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{M}\\d])`,
    "gu",
  ),
  // the corner of Main Street and 5th Avenue
  /\bthe[ \t]corner[ \t]of[ \t][^\n?!,]{1,60}?[ \t]and[ \t][^\n?!,.]{1,40}/gi,
  // PO Box 123 · PSC 1234, Box 5678 · Unit 1234 Box 5678 · APO AE 09012
  /\bP\.?[ \t]?O\.?[ \t]?Box[ \t]{1,2}\d{1,6}\b|\b(?:PSC|Unit|CMR)[ \t]\d{1,5},?[ \t]Box[ \t]\d{1,5}\b|\b(?:APO|FPO|DPO)[ \t](?:AA|AE|AP)[ \t]\d{5}\b/g,
  // Apt. 4B · Suite 501 (a bare "#15" is not an address)
  new RegExp(`(?<![\\w.-])${UNIT_WORD}(?![\\w])`, "gu"),
];
/**
 * What a street pattern cannot match without (its literal street word, followed by a house number where the pattern
 * wants one): one fast literal search decides whether the full pattern, whose letter runs are read from every
 * position, has to run at all. Same index as STREET_PATTERNS; null: always run.
 */
const STREET_NEEDS: Array<RegExp | null> = [
  null,
  new RegExp(`${ENDING}[ \\t]{1,2}\\d`, "u"),
  new RegExp(PREFIX, "u"),
  new RegExp(`(?:${SUFFIX_WORD})[ \\t]{1,2}\\d`, "u"),
  /(?:ul|al)\.[ \t]/,
  null,
  null,
  null,
];

const STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI";
// Springfield, IL 62704 — a US city/state/ZIP line.
const CITY_STATE_ZIP = new RegExp(
  `\\b\\p{Lu}[\\p{Ll}\\p{M}]{1,20}(?:[ \\t]\\p{Lu}[\\p{Ll}\\p{M}]{1,20}){0,2},[ \\t]{1,2}(?:${STATES})[ \\t]{1,2}\\d{5}(?:-\\d{4})?\\b`,
  "gu",
);
// Cues after which a number starts an address ("lives at 12 …", "my address is 4 …", "the corner of …").
const ADDRESS_CUE =
  /\b(?:address(?:es)?(?:[ \t](?:is|was|are|to))?[ \t]?:?|lives?[ \t]at|living[ \t]at|located[ \t]at|resides?[ \t]at|moved[ \t]to|send[^\n.?!]{0,20}[ \t]to|ship(?:ped)?[ \t]to|deliver(?:ed)?[ \t]to|meet[ \t](?:me|us)[ \t]at|return[ \t]to|stop[ \t]at|off[ \t]at)[ \t]{1,3}(?=\d|the[ \t]corner)/gi;

/** A line that continues an address block: locality, region, postcode, country; short and without prose. */
const LOCALITY_LINE =
  /^(?:[>?]{1,3}[ \t]?)?[ \t]*,?[ \t]*(?:[\p{Lu}\d(][\p{L}\p{M}\d().'’-]{0,30}|nan|[\p{Lu}]{2})(?:[ \t,]{1,3}(?:[\p{Lu}\d(][\p{L}\p{M}\d().'’-]{0,30}|nan|de|del|do|da|la|le)){0,5}[ \t]*\.?[ \t]*$/u;
/** A whole line that is a street and house number, possibly postcode-first and with a unit. */
const STREET_LINE = new RegExp(
  `^((?:[>?]{1,3}[ \\t]?)?[ \\t]*)(?:\\d{1,6}[A-Za-z]?[ \\t]{1,2})?(?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,30}[ \\t]{1,2}){1,4}\\d{1,5}[A-Za-z]?\\.?(?:[ \\t]{1,2}${UNIT_WORD})?[ \\t]*$`,
  "u",
);
/** Same-line continuation after a street: ", Apt. 4", " Suite 5", ", Springfield", ", IL 62704" (bounded parts). */
const CONTINUATION = new RegExp(
  `^(?:,?[ \\t]{1,2}(?:${UNIT}|[\\p{Lu}][\\p{L}\\p{M}'’.-]{0,29}(?:[ \\t][\\p{Lu}][\\p{L}\\p{M}'’.-]{0,29}){0,3}(?:[ \\t]\\d{3,6}(?:[ -]\\d{2,4})?)?|\\d{4,6}(?:[ -]\\d{2,4})?|nan)){1,5}`,
  "u",
);

function findAddresses(text: string, out: PhiSpan[]) {
  const cores: Array<[number, number]> = [];
  STREET_PATTERNS.forEach((re, k) => {
    if (STREET_NEEDS[k]?.test(text) === false) return;
    each(re, text, (m) => cores.push([m.index, m.index + m[0].length]));
  });
  each(CITY_STATE_ZIP, text, (m) => cores.push([m.index, m.index + m[0].length]));
  each(ADDRESS_CUE, text, (m) => {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 120);
    // the corner of X and Y · 12 Something Something 34
    const seg =
      /^(?:the[ \t]corner[ \t]of[ \t][^\n.?!,]{1,60}?[ \t]and[ \t][^\n?!,]{1,40}?(?=\.?(?:[ \t]|$|[\n?!,]))|\d{1,6}[A-Za-z]?(?:[ \t,]{1,2}[\p{L}\p{M}\d][\p{L}\p{M}\d'’.-]{0,29}){1,6})/u.exec(
        rest,
      );
    if (seg) cores.push([start, start + seg[0].replace(/\.$/, "").length]);
  });
  // A postal block: a street line ("20789 Allika 46", "Brisas 6802 Suite 4") followed by locality or unit lines.
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    if (lineEnd - lineStart <= 70 && nl !== -1) {
      const line = text.slice(lineStart, lineEnd);
      const m = STREET_LINE.exec(line);
      if (m) {
        let next = nl + 1;
        if (text[next] === "\n") next++;
        const nextNl = text.indexOf("\n", next);
        const nextLine = text.slice(next, nextNl === -1 ? Math.min(text.length, next + 80) : nextNl);
        if (nextLine.length <= 60 && LOCALITY_LINE.test(nextLine)) cores.push([lineStart + m[1].length, lineEnd]);
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  for (const [s0, e0] of cores) {
    let start = s0;
    let end = e0;
    // A number right before the street ("28245 Puruntie 82" — postcode first) belongs to the address.
    const pre = /(?:^|[^\w.-])(\d{3,6}[ \t]{1,2})$/.exec(text.slice(Math.max(0, start - 10), start));
    if (pre) start -= pre[1].length;
    const corner = /the[ \t]corner[ \t]of[ \t]$/i.exec(text.slice(Math.max(0, start - 14), start));
    if (corner) start -= corner[0].length;
    // Same-line continuation, then up to four following short lines (locality, region, postcode, country).
    const cont = CONTINUATION.exec(text.slice(end, end + 160));
    if (cont) end += cont[0].length;
    for (let lines = 0; lines < 5; lines++) {
      if (text[end] !== "\n") break;
      const nl = text.indexOf("\n", end + 1);
      const lineEnd = nl === -1 ? Math.min(text.length, end + 1 + 200) : nl;
      const line = text.slice(end + 1, lineEnd);
      if (line.trim() === "") {
        // One blank line may sit inside an address block.
        const nl2 = text.indexOf("\n", lineEnd + 1);
        const next = text.slice(lineEnd + 1, nl2 === -1 ? Math.min(text.length, lineEnd + 1 + 200) : nl2);
        if (lines === 0 || !LOCALITY_LINE.test(next) || next.trim() === "" || next.length > 60) break;
        end = lineEnd;
        continue;
      }
      if (line.length > 60 || !LOCALITY_LINE.test(line)) break;
      end = lineEnd;
    }
    // Trim trailing spaces and a sentence-final dot.
    while (end > start && /[ \t\n.,]/.test(text[end - 1])) end--;
    out.push({ start, end, type: "street_address" });
  }
}

// ─── person names ──────────────────────────────────────────────────────────────────────────────────────────────────

class Token {
  private lowerCase?: string;
  private plainCase?: string;
  constructor(
    readonly start: number,
    readonly end: number,
    /** The word without a possessive 's. */
    readonly core: string,
  ) {}
  // Computed on first use: most words of prose and logs are dropped on their first letter and never need them.
  get lower(): string {
    return (this.lowerCase ??= this.core.toLowerCase());
  }
  /** Lower case without diacritics, for list look-ups. */
  get plain(): string {
    const lower = this.lower;
    return (this.plainCase ??= NON_ASCII_LETTER.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower);
  }
}

// Bounded repetitions: an unbounded `+` over a Unicode class backtracks per letter in V8 and overflows its stack on a
// run of a few million letters. A run longer than a word can be is skipped whole (see tokenize): it is no name.
const WORD = /[\p{L}\p{M}]{1,100}(?:['’-][\p{L}\p{M}]{1,100}){0,8}/gu;
/** What follows a match the bounds cut short: the word goes on. */
const WORD_GOES_ON = /^['’-]?[\p{L}\p{M}]/u;
/** The first character that cannot continue a word. */
const WORD_END = /[^\p{L}\p{M}'’-]/gu;
const NAME_SHAPE = /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van|Von)?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const SURNAME_ENDING =
  /(?:sson|ssen|sen|ová|ova|eva|ski|ska|sky|wicz|czyk|dóttir|dottir|escu|enko|ovich|ović|ovic|evic|ević|poulos|akis|idis|yan|ian|stein|berg|mann|ini|elli|etti|ez|es|aki|oglu|oğlu)$/;
const NON_ASCII_LETTER = /[\u0080-\uffff]/;
/** Words that can end a name label ("my name is", "named", "Name:"), checked before the full label test. */
const LABEL_WORDS = new Set([
  "named",
  "called",
  "surname",
  "nee",
  "née",
  "aka",
  "name",
  "names",
  "is",
  "was",
  "'s",
  "name's",
  "name’s",
]);
const STRONG_LABEL = new Set(["named", "called", "surname", "nee", "née", "aka"]);
const GREETING = new Set([
  "dear",
  "hi",
  "hello",
  "hey",
  "thanks",
  "regards",
  "sincerely",
  "cheers",
  "attn",
  "attention",
  "cc",
  "signed",
  "greetings",
]);
const AUTHOR = new Set(["by", "from", "with", "to"]);
const ROMAN = new Set(["II", "III", "IV"]);
/** Roles that open transcript lines and are not names ("Bot: …", "Agent: …"). */
const SPEAKER_ROLES = new Set(
  "bot agent customer operator system assistant caller interviewer question answer q a".split(" "),
);
/** Job titles written before a name ("Producer Jane Roe"): a cue, never part of the name. */
const ROLE_WORDS = new Set(
  "producer director manager president chairman chairwoman ceo cfo cto coo founder cofounder engineer officer editor coach senator governor mayor commenter singer artist writer drummer guitarist actor actress chef pastor".split(
    " ",
  ),
);
/** Verbs after a run that mark a person ("Jane Roe said", "… lives at"). */
const PERSON_VERBS = new Set(
  "said says told asked explained wrote replied shouted lives lived died married smiled laughed".split(" "),
);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  each(WORD, text, (m) => {
    const end = m.index + m[0].length;
    if (WORD_GOES_ON.test(text.slice(end, end + 3))) {
      // Longer than any word: skip the rest of the run in one linear search.
      WORD_END.lastIndex = end;
      WORD.lastIndex = WORD_END.exec(text)?.index ?? text.length;
      return;
    }
    let core = m[0];
    if (core.length > 2 && (core.endsWith("'s") || core.endsWith("’s"))) core = core.slice(0, -2);
    tokens.push(new Token(m.index, m.index + core.length, core));
  });
  return tokens;
}

/** The token is embedded in an identifier, path, URL, scope, key=value pair or host name. */
function embedded(text: string, t: Token, fullEnd: number): boolean {
  const prev = text[t.start - 1] ?? " ";
  const next = text[fullEnd] ?? " ";
  if (/[/\\_.@=#$%&*+|~^`:\d-]/.test(prev)) return true;
  if (prev === "<" || next === ">") return true; // <Tag>
  if (/[/\\_@=\d]/.test(next)) return true;
  if ((next === "." || next === ":") && /[\p{L}\d]/u.test(text[fullEnd + 1] ?? " ")) return true;
  return false;
}

const isInitial = (text: string, t: Token) =>
  t.core.length === 1 && /\p{Lu}/u.test(t.core) && (text[t.end] === "." || text[t.end] === " ");

function listScore(t: Token): number {
  if (AMBIGUOUS_NAMES.has(t.plain)) return 0.5;
  if (GIVEN_NAMES.has(t.plain)) return 2;
  if (SURNAMES.has(t.plain)) return 1.5;
  if (t.plain.length >= 5 && SURNAME_ENDING.test(t.lower)) return 1;
  return 0;
}

interface Run {
  first: number;
  last: number;
  start: number;
  end: number;
  score: number;
  members: number[];
}

function findNames(text: string, out: PhiSpan[]) {
  const addresses = out.filter((s) => s.type === "street_address").sort((a, b) => a.start - b.start);
  const tokens = tokenize(text);
  const n = tokens.length;
  const possessive = (i: number) => {
    const e = tokens[i].end;
    return (text[e] === "'" || text[e] === "’") && text[e + 1] === "s";
  };
  const fullEnd = (i: number) => (possessive(i) ? tokens[i].end + 2 : tokens[i].end);
  const gap = (i: number) => (i + 1 < n ? text.slice(tokens[i].end, tokens[i + 1].start) : "");
  const member = (i: number): boolean => {
    const t = tokens[i];
    const c = t.core.charCodeAt(0);
    // Fast path: a word starting lower case is never a member (most words in prose and logs).
    if (c >= 97 && c <= 122) return false;
    if (embedded(text, t, fullEnd(i))) return false;
    if (t.core.length === 1) return (/\p{Lu}/u.test(t.core) && text[t.end] === ".") || isInitial(text, t);
    if (NOT_NAME_WORDS.has(t.plain) || HONORIFICS.has(t.plain) || ROLE_WORDS.has(t.plain)) return false;
    if (ORG_OR_PLACE_WORDS.has(t.plain) || UNIT_WORDS.has(t.plain) || ROMAN.has(t.core)) return false;
    return NAME_SHAPE.test(t.core);
  };
  const monthLikeGivenName = (i: number): boolean => {
    const t = tokens[i];
    return (
      NOT_NAME_WORDS.has(t.plain) &&
      (GIVEN_NAMES.has(t.plain) || AMBIGUOUS_NAMES.has(t.plain)) &&
      NAME_SHAPE.test(t.core) &&
      !embedded(text, t, fullEnd(i))
    );
  };

  const runs: Run[] = [];
  let i = 0;
  while (i < n) {
    if (!member(i) || (tokens[i].core.length === 1 && text[tokens[i].end] !== ".")) {
      i++;
      continue;
    }
    const members = [i];
    let j = i;
    // Extend while the next token follows after one space (or ". " after an initial) and is a member or particle.
    while (j + 1 < n) {
      const g = gap(j);
      const initialGap = tokens[j].core.length === 1 && (g === ". " || g === ".");
      if (g !== " " && !initialGap) break;
      if (possessive(j)) break; // a possessive ends a name
      const k = j + 1;
      if (member(k)) {
        members.push(k);
        j = k;
        continue;
      }
      // A given name that is also a month or another common word ("Jan", "May") between two members of the name:
      // "Michal Jan Kowalczyk", "Anna May Holm".
      if (monthLikeGivenName(k) && k + 1 < n && gap(k) === " " && member(k + 1)) {
        members.push(k);
        j = k;
        continue;
      }
      // A particle inside a name: "Willem de Vries", "Ludwig van Beethoven".
      if (
        NAME_PARTICLES.has(tokens[k].lower) &&
        tokens[k].core === tokens[k].lower &&
        k + 1 < n &&
        gap(k) === " " &&
        member(k + 1)
      ) {
        j = k;
        continue;
      }
      // Generational suffixes: "Jr.", "III".
      if ((ROMAN.has(tokens[k].core) || NAME_SUFFIXES.has(tokens[k].lower)) && members.length >= 2 && k !== n) {
        members.push(k);
        j = k;
      }
      break;
    }
    // An initial cannot end a name.
    while (members.length > 1 && tokens[members[members.length - 1]].core.length === 1) members.pop();
    const last = members[members.length - 1];
    runs.push({ first: i, last, start: tokens[i].start, end: tokens[last].end, score: 0, members });
    i = Math.max(j, last) + 1;
  }

  for (const run of runs) run.score = scoreRun(text, tokens, run);
  nameAboveAddress(text, runs, addresses);

  // Lists of single names: "Eklund, Michael and Hodge" — if half carry name evidence, all are names.
  for (let a = 0; a < runs.length;) {
    let b = a;
    while (b + 1 < runs.length && /^(?:, | and |, and | & )$/.test(text.slice(runs[b].end, runs[b + 1].start))) b++;
    const group = runs.slice(a, b + 1);
    if (group.length >= 2 && group.every((r) => r.members.length <= 3)) {
      const evidence = group.filter((r) => r.members.some((m) => listScore(tokens[m]) >= 1) || r.score >= 2).length;
      const after = tokens[group[group.length - 1].last + 1];
      const lastRun = group[group.length - 1];
      const orgAfter = after && ORG_OR_PLACE_WORDS.has(after.plain) && gap(lastRun.last) === " ";
      const beforeGroup = tokens[group[0].first - 1];
      const orgBefore = beforeGroup && /^(?:at|from|of|the|for|by)$/.test(beforeGroup.lower);
      if (!orgAfter && !orgBefore && evidence * 2 >= group.length)
        for (const r of group) r.score = Math.max(r.score, 2);
    }
    a = b + 1;
  }

  agendaNames(text, tokens, runs);

  const found = new Set<string>();
  const flagged: Array<[number, number]> = [];
  for (const run of runs) {
    if (run.score < 2) continue;
    flagged.push([run.start, run.end]);
    for (const m of run.members)
      if (tokens[m].core.length >= 3 && !NAME_SUFFIXES.has(tokens[m].lower)) found.add(tokens[m].core);
  }
  // Lower-case or unknown names right after a strong label: "my name is eva kleist".
  for (let k = 1; k < n; k++) {
    if (!LABEL_WORDS.has(tokens[k - 1].lower) || !labelBefore(text, tokens, k)) continue;
    let e = k;
    while (
      e < n &&
      e - k < 3 &&
      !NOT_NAME_WORDS.has(tokens[e].plain) &&
      !embedded(text, tokens[e], fullEnd(e)) &&
      /^[\p{L}\p{M}'’-]+$/u.test(tokens[e].core)
    ) {
      if (e > k && gap(e - 1) !== " ") break;
      e++;
    }
    if (e > k) {
      flagged.push([tokens[k].start, tokens[e - 1].end]);
      for (let q = k; q < e; q++)
        if (tokens[q].core.length >= 3 && NAME_SHAPE.test(tokens[q].core)) found.add(tokens[q].core);
    }
  }
  // Speakers of a transcript: two or more lines opening with "Name:".
  const speakers: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const atLineStart = t.start === 0 || text[t.start - 1] === "\n";
    if (
      !atLineStart ||
      text[t.end] !== ":" ||
      !/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.core) ||
      NOT_NAME_WORDS.has(t.plain) ||
      SPEAKER_ROLES.has(t.plain)
    )
      continue;
    speakers.push(k);
  }
  const knownSpeakers = speakers.filter(
    (k) => GIVEN_NAMES.has(tokens[k].plain) && !AMBIGUOUS_NAMES.has(tokens[k].plain),
  ).length;
  // Half of them known given names: an HTTP header block ("Priority:", "Traceparent:") never qualifies.
  if (speakers.length >= 2 && knownSpeakers * 2 >= speakers.length) {
    for (const k of speakers) {
      flagged.push([tokens[k].start, tokens[k].end]);
      found.add(tokens[k].core);
    }
  }
  // Other mentions of a name already found in this text ("… Faina D. Yefremova … early Yefremova").
  if (found.size) {
    for (let k = 0; k < n; k++)
      if (found.has(tokens[k].core) && member(k)) flagged.push([tokens[k].start, tokens[k].end]);
  }
  for (const [start, end] of flagged) out.push({ start, end, type: "name" });
}

/**
 * The name line of a postal block: a line that holds only a two- or three-word name, at most four lines above an
 * address, and either carries some name evidence or opens the block.
 */
function nameAboveAddress(text: string, runs: Run[], addresses: PhiSpan[]) {
  if (!addresses.length) return;
  const QUOTE = /^(?:[>?]{1,3}[ \t]?)?[ \t]*$/;
  for (const run of runs) {
    const words = run.members.length;
    if (words < 2 || words > 4 || run.score >= 2) continue;
    // The first address starting after this run (addresses are in text order): binary search, not a scan.
    let lo = 0;
    let hi = addresses.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (addresses[mid].start < run.end) lo = mid + 1;
      else hi = mid;
    }
    const below = addresses[lo];
    if (!below || below.start - run.end > 160) continue;
    // The run must fill its line (bounded look-around: a name line is short).
    const ls = lineStartWithin(text, run.start, 12);
    const le = text.indexOf("\n", run.end);
    if (
      ls < 0 ||
      le < 0 ||
      le > below.start ||
      !QUOTE.test(text.slice(ls, run.start)) ||
      text.slice(run.end, le).trim() !== ""
    )
      continue;
    if (text.slice(le, below.start).split("\n").length > 5) continue;
    const prevStart = ls > 0 ? lineStartWithin(text, ls - 1, 12) : -1;
    const opensBlock =
      ls === 0 || text[ls - 2] === "\n" || (prevStart >= 0 && /^[>?\s]*$/.test(text.slice(prevStart, ls - 1)));
    if (run.score >= 0.5 || opensBlock) run.score = 2;
  }
}

/** A list item: "1. ", "2) ", "* ", "- ", "• " at the start of its line. */
const LIST_ITEM = /^[ \t]{0,8}(?:\d{1,3}[.)]|[*•-])[ \t]/;
/** What stands between an agenda line's topic and the person: ", ", " - ", ": ", ". ". */
const TAIL_SEPARATOR = /(?:,|[ \t][-–]|:|\.)[ \t]{1,3}$/;

/**
 * Agenda and attendee lines: list items that end in a full name after a separator ("2. 1010 Track intro, Michal
 * Warecki", "- Wrap-up - Dorota Wielgosz"). When two or more lines end so and at least half of those names carry
 * evidence of their own (a known name, a middle initial, a cue), every one of them is a name: the list says what its
 * last words are. Each run looks back at most one short line and forward over white space only (linear).
 */
function agendaNames(text: string, tokens: Token[], runs: Run[]) {
  const tails: Run[] = [];
  for (const run of runs) {
    if (run.members.length < 2 || run.members.length > 4) continue;
    if (run.members.some((m) => ORG_OR_PLACE_WORDS.has(tokens[m].plain))) continue;
    let e = run.end;
    while (e < text.length && text[e] !== "\n" && /\s/.test(text[e])) e++;
    if (e < text.length && text[e] !== "\n") continue;
    const ls = lineStartWithin(text, run.start, 120);
    if (ls < 0) continue;
    const head = text.slice(ls, run.start);
    if (LIST_ITEM.test(head) && TAIL_SEPARATOR.test(head)) tails.push(run);
  }
  const evidence = tails.filter((r) => r.score >= 2).length;
  if (tails.length >= 2 && evidence * 2 >= tails.length) for (const r of tails) r.score = Math.max(r.score, 2);
}

/** Start of the line holding `index`, if it is at most `max` characters back; else -1. */
function lineStartWithin(text: string, index: number, max: number): number {
  for (let i = index - 1; i >= Math.max(-1, index - 1 - max); i--) if (i < 0 || text[i] === "\n") return i + 1;
  return -1;
}

/** "my name is X", "Name: X", "named X", "called X", "I'm X". */
function labelBefore(text: string, tokens: Token[], k: number): boolean {
  const p1 = tokens[k - 1];
  if (!p1) return false;
  const g1 = text.slice(p1.end, tokens[k].start);
  if (g1.length > 12 || /[\n.!;]/.test(g1)) return false;
  if (STRONG_LABEL.has(p1.lower) && /^\s+$/.test(g1)) return true;
  if ((p1.lower === "name" || p1.lower === "names") && /^[ \t]*[:=?][ \t]*$/.test(g1)) return true;
  const p2 = tokens[k - 2];
  if (p2 && /^(?:is|was|'s)$/.test(p1.lower) && /name$/.test(p2.lower) && /^[ \t]+$/.test(g1)) return true;
  if (p1.lower === "name's" || p1.lower === "name’s") return true;
  return false;
}

function scoreRun(text: string, tokens: Token[], run: Run): number {
  let score = 0;
  const ms = run.members.map((m) => tokens[m]);
  const words = ms.filter((t) => t.core.length > 1);
  if (!words.length) return 0;
  let best = 0;
  let others = 0;
  for (const t of words) {
    const s = listScore(t);
    if (s > best) {
      others += best;
      best = s;
    } else others += s;
  }
  score += best + Math.min(others, 2) * 0.5;
  if (words.length >= 2) score += 0.5;
  // A middle initial: "Hanne I. Kreutzmann", "Ravil G Yefimov".
  if (ms.length >= 3 && ms.slice(1, -1).some((t) => t.core.length === 1)) score += 3;
  if (ms[0].core.length === 1 && text[ms[0].end] === "." && words.length >= 1) score += 1.5;
  if (run.last - run.first + 1 > ms.length) score += 0.5; // a particle inside
  if (words.length >= 2 && words.every((t) => NON_ASCII_LETTER.test(t.core))) score += 1.5;
  else if (words.some((t) => NON_ASCII_LETTER.test(t.core))) score += words.length >= 2 ? 1 : 0.5;

  // Context before the run.
  const p1 = tokens[run.first - 1];
  if (p1) {
    const g = text.slice(p1.end, run.start);
    const sameClause = g.length <= 12 && !/[\n!?;]/.test(g);
    if (sameClause && HONORIFICS.has(p1.plain) && /^\.?[ \t]+$/.test(g)) score += 3;
    else if (sameClause && labelBefore(text, tokens, run.first)) score += 3;
    else if (sameClause && !/[.]/.test(g)) {
      const p2 = tokens[run.first - 2];
      const g2 = p2 ? text.slice(p2.end, p1.start) : "";
      if (PERSON_CUE_WORDS.has(p1.plain) || ROLE_WORDS.has(p1.plain)) score += 2;
      else if (
        p2 &&
        /^(?:to|of|for|with)$/.test(p1.lower) &&
        /^[ \t]+$/.test(g2) &&
        (PERSON_CUE_WORDS.has(p2.plain) || ROLE_WORDS.has(p2.plain))
      )
        score += 2;
      else if (p1.lower === "name" && /^[ \t]+$/.test(g)) score += 2;
      else if (GREETING.has(p1.plain)) score += 2;
      else if (
        /^(?:i'm|i’m|im)$/.test(p1.lower) ||
        (p2 && /^(?:i|this|it)$/.test(p2.lower) && /^(?:am|is)$/.test(p1.lower))
      )
        score += 2;
      else if (p1.plain === "by" && words.length >= 2) score += 1.5;
      else if (AUTHOR.has(p1.plain) && words.length >= 2) score += 1;
      if (p1.plain === "the" || p1.plain === "a" || p1.plain === "an") score -= 1.5;
    }
  }
  // Context after the run: an organisation or place word makes it not a person.
  const nx = tokens[run.last + 1];
  const gapAfter = nx ? text.slice(tokens[run.last].end, nx.start) : "";
  if (nx && /^[ \t]+$/.test(gapAfter) && ORG_OR_PLACE_WORDS.has(nx.plain)) score -= 4;
  if (nx && /^[ \t]+$/.test(gapAfter) && PERSON_VERBS.has(nx.lower) && words.length >= 2) score += 1.5;
  // A possessive after a full name: "Jane Roe's report".
  if (words.length >= 2 && (text[run.end] === "'" || text[run.end] === "’") && text[run.end + 1] === "s") score += 1;
  if (ms.some((t) => ORG_OR_PLACE_WORDS.has(t.plain))) score -= 2;
  return score;
}
