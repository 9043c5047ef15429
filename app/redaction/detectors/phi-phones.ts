// Phone numbers in free text: by shape, with a phone cue where the shape alone is ambiguous.
import { each, before, digitsOf, type PhiSpan } from "./phi-span";

const PHONE =
  /(?<![\w.+/:#-])(\+\d{1,3}[ .-]?)?(\(\d{1,4}\)[ .-]?)?\d{2,5}(?:([ .-])\d{2,5}){0,4}(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?(?![\w]|[.:/-]\d)/g;
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|cell|call|fax|contact|number|text|reach|dial|sms|whatsapp|ph|mob|desk|office)\b[^\n]{0,20}\n?[ \t]{0,4}$/;
const PHONE_CUE_AFTER = /^[ \t]{0,2}[-(]?[ \t]{0,2}(?:office|fax|mobile|cell|home|work|desk|phone|tel)\b/i;

/**
 * E.164 written without separators (`+18016640964`, an SMS or voice API's `"to"`, `tel:+1…`, form-encoded
 * `%2B1…`): a `+`, then 10 to 15 digits.
 */
const E164 = /(?<![\w.+/#%-])(?:\+|%2[Bb])[1-9]\d{9,14}(?![\w.]|[:/-]\d)/g;
/** The key or word before it, when it names a counter, an id or a version (`offset=+1700000000000`, `seq +1…`). */
const NOT_PHONE_KEY =
  /(?:id|offset|seq|sequence|count|version|build|size|length|timestamp|time|epoch|nonce|serial|oid)$/i;
const KEY_BEFORE = /([A-Za-z][\w-]*)["']?[ \t]*[:=]?[ \t]*["']?$/;

const mayBePhoneAfter = (key: string) => !NOT_PHONE_KEY.test(key);

/**
 * A structured value that is one international number under a key that names no counter, id or version: E.164
 * (`"to": "+1…"`), or written with single blanks, dots, dashes or an area code in parentheses between its groups
 * (`+1801-664-0964`, `+44 20 7946 0958`); 10 to 15 digits.
 */
export function isPhoneValue(key: string, value: string): boolean {
  if (!mayBePhoneAfter(key)) return false;
  if (/^\+[1-9]\d{9,14}$/.test(value)) return true;
  if (value.length > 24 || !SEPARATED_INTERNATIONAL.test(value)) return false;
  const digits = digitsOf(value).length;
  return digits >= 10 && digits <= 15 && !isNumberOfOtherShape(value);
}

/**
 * A `+`-led number that a phone's groups do not fit: a group of zeros alone (`+1 000 000 000`, an amount), or, with
 * dots between the groups, a version or build (`+10.0.19041.1234`, `+2024.01.15.1030`: a one-digit group after a dot,
 * or a first group longer than a country code) or a dotted quad (`+192.168.100.200`).
 */
function isNumberOfOtherShape(value: string): boolean {
  const groups = value
    .slice(1)
    .split(/[ .()-]+/)
    .filter(Boolean);
  if (groups.some((g) => /^0{2,}$/.test(g))) return true;
  if (!value.includes(".")) return false;
  if (groups[0].length > 3 || groups.slice(1).some((g) => g.length === 1)) return true;
  return groups.length === 4 && groups.every((g) => g.length <= 3 && Number(g) <= 255);
}
/** `+`, a digit, then groups of digits each after one separator (a blank, a dot, a dash, or a `(…)` area code). */
const SEPARATED_INTERNATIONAL = /^\+[1-9]\d{0,3}(?:[ .-]?\(\d{1,5}\)|[ .-]\d{1,5}){2,6}$/;

/**
 * A key that names a person's contact number, compared lower-case with letters and digits only: `mobile`, `cell`,
 * `sms`, `msisdn`, `whatsapp`, `phone`/`tel` (with a qualifier before and `no`/`number` after: `mobile_no`,
 * `patientPhoneNumber`), a `recipient`, an SMS API's `numbers`. Not `number`, `cellId`, `smsTemplateId`.
 */
const CONTACT_KEY =
  /^(?:(?:patient|home|work|business|office|primary|alt|alternate|contact|recipient|user|customer|member|emergency|guardian|to)?(?:phone|mobile|cell|cellphone|telephone|tel|sms|msisdn|whatsapp)(?:no|num|number)?s?|recipients?|numbers)$/;
/** A key compared by its letters and digits, lower case (`Mobile_No` → `mobileno`). */
const keyWord = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");
const isContactKey = (key: string): boolean => key.length <= 48 && CONTACT_KEY.test(keyWord(key));

/** A phone number written as digits alone (a `+` before them at most): 7 to 15 digits, E.164's longest. */
const BARE_PHONE = /^\+?\d{7,15}$/;

/** A list's generic key: it holds phones in an SMS API, but user, order or encounter ids elsewhere. */
const GENERIC_KEY = /^(?:recipients?|numbers)$/;
/** Under a generic key, an id's length (8 digits or fewer, no `+`) is no phone; a phone is 9 digits or more. */
const isPhoneUnder = (key: string, digits: string) =>
  digits.startsWith("+") || digits.length >= 9 || !GENERIC_KEY.test(keyWord(key));

/** `value` (digits alone) is a phone number under `key`: a contact key, and not an id's length under a generic one. */
export const isContactNumber = (key: string, value: string): boolean =>
  isContactKey(key) && BARE_PHONE.test(value) && isPhoneUnder(key, value);

/** `key: digits`, `key=digits`, `"key": "digits"`, `key: [digits, …]`, `key：digits` (a CJK log's full-width colon):
 *  the key, then the first value. */
const KEYED =
  /(?<![A-Za-z0-9_])([A-Za-z][\w-]{1,47})["']?[ \t]{0,2}[=:：][ \t]{0,2}(\[?[ \t]{0,2}["']?)(\+?\d{7,15})(?![\w.-])/g;
/** One more item of a list after it: a comma, an optional quote, digits. */
const NEXT_ITEM = /["']?[ \t]{0,2},[ \t]{0,2}["']?(\+?\d{7,15})(?![\w.-])/y;

/** Seven digits in a row: every keyed phone holds them (a text without is not read by KEYED's word-start search). */
const SEVEN_DIGITS = /\d{7}/;

/** Phone numbers without separators under a key that names a person's contact (and the rest of a list after it). */
export function findKeyedPhones(text: string, out: PhiSpan[]) {
  if (!SEVEN_DIGITS.test(text)) return;
  each(KEYED, text, (m) => {
    if (!isContactKey(m[1])) return;
    let start = m.index + m[0].length - m[3].length;
    if (isPhoneUnder(m[1], m[3])) out.push({ start, end: start + m[3].length, type: "phone" });
    if (!m[2].includes("[") && !/^[ \t]{0,2},/.test(text.slice(start + m[3].length, start + m[3].length + 4))) return;
    NEXT_ITEM.lastIndex = start + m[3].length;
    for (let n = NEXT_ITEM.exec(text); n; n = NEXT_ITEM.exec(text)) {
      start = n.index + n[0].length - n[1].length;
      if (isPhoneUnder(m[1], n[1])) out.push({ start, end: start + n[1].length, type: "phone" });
    }
  });
}

export function findPhones(text: string, out: PhiSpan[]) {
  if (text.includes("+") || text.includes("%2"))
    each(E164, text, (m) => {
      // A digit right before a colon (`12:+1…`) is a clock or a port, not a key.
      if (text[m.index - 1] === ":" && /\d/.test(text[m.index - 2] ?? "")) return;
      const key = KEY_BEFORE.exec(before(text, m.index, 40))?.[1];
      if (key && !mayBePhoneAfter(key)) return;
      out.push({ start: m.index, end: m.index + m[0].length, type: "phone" });
    });
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
    if (!prefixed && !cue && seps[0] === " " && inNumberColumns(text, m.index, m.index + raw.length)) return;
    if (usShape || (prefixed && digits.length >= 8) || cue || shortGroups)
      out.push({ start: m.index, end: m.index + raw.length, type: "phone" });
  });
}

/** A log's number column: a number (`200`, `0.217`, `-1`), bare or as a field's value (`rt=0.013`). */
const NUMBER_COLUMN = /^(?:[A-Za-z_]\w{0,15}=)?-?\d{1,9}(?:\.\d{1,9})?$/;
/** A column only a measure has: a decimal or a negative number (a whole number may be a room's or a house's). */
const MEASURE = /[.-]\d/;

/**
 * Numbers in blanks inside a row of number columns (an AWS ALB line's `0.002 0.217 0.000 200 200 448 348`: timings,
 * status codes, byte counts): a row of a log's fields, not a phone number written with blanks. It takes at least two
 * number columns beside the match, one of them a decimal or a negative: one amount or temperature next to a phone
 * (`balance -12.50 415 555 0134`) is not a row. Read from the few characters on either side of the match only.
 */
function inNumberColumns(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 48), start);
  const right = text.slice(end, end + 48);
  if (!/[ \t]$/.test(left) && !/^[ \t]/.test(right)) return false;
  const columns = [
    ...columnsNextTo(
      /[ \t]$/.test(left)
        ? left
            .split(/[ \t]+/)
            .reverse()
            .slice(1)
        : [],
    ),
    ...columnsNextTo(/^[ \t]/.test(right) ? right.split(/[ \t]+/).slice(1) : []),
  ];
  return columns.length >= 2 && columns.some((c) => MEASURE.test(c));
}

/** The number columns at the head of `cells` (nearest the match first), up to the first cell that is not one. */
function columnsNextTo(cells: string[]): string[] {
  const columns: string[] = [];
  for (const cell of cells) {
    if (!NUMBER_COLUMN.test(cell)) break;
    columns.push(cell);
  }
  return columns;
}
