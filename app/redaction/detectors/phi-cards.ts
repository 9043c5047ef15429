// Payment card numbers (Luhn-valid with a known prefix, or after a card cue) and IBANs (checksum-valid) in free text.
import { each, before, digitsOf, luhn, type PhiSpan } from "./phi-span";

const CARD = /(?<![\w.,:/-])\d{4}(?:[ -]?\d{2,7}){1,4}(?![\w-]|[.,:]\d)/g;
const CARD_CUE = /\b(?:card|cc|visa|mastercard|amex|american express|discover|diners|jcb|maestro|credit|debit|pan)\b/;
// Issuer prefixes of the major networks (Visa, Mastercard, Amex, Discover, Diners, JCB, Maestro, UnionPay).
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6|1800|2131|50)/;

export function findCardsAndIbans(text: string, out: PhiSpan[]) {
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
