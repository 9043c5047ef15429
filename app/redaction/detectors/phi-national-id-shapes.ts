// National person identifiers written bare, found by a shape of their own and, where the scheme has one, their check
// digit: a Brazilian CPF `123.456.789-09`, a Spanish DNI `12345678Z`, a Mexican CURP, a Swiss AHV number
// `756.1234.5678.97`, a Finnish henkilötunnus `010101-123N`, a Swedish personnummer, a Danish CPR `010203-1234`, a
// Norwegian fødselsnummer, a French NIR, a Chinese resident id, an Aadhaar `2345 6789 0124`, an ABHA number
// `91-1234-5678-9012`, a Korean RRN, a Chilean RUT `12.345.678-5`. The check digit is what lets a bare number go:
// an order number of the same length fails it and stays (so does a FHIR id in a path: `/Patient/05076600324`). Shapes
// without a check (RRN, ABHA) are only taken in their written form, with the separators and a valid date. Two shapes
// are too common to go on their check alone and need their label just before them (so does a RUT without its dots,
// 1 in 11 of any dashed reference): eleven bare digits (about 1 in
// 600 request or resource ids passes the fødselsnummer's checks) and DDMMYY-NNNN (every YYMMDD-NNNN build stamp of
// this century is a date, and the CPR has had no check digit since 2007).
// Italian fiscal codes have their own detector (phi-fiscal-codes.ts).
import { each, digitsOf, luhn, type PhiSpan } from "./phi-span";

/** Not inside a longer token, a path or a decimal number. */
const START = String.raw`(?<![\w./=+-])`;
const END = String.raw`(?![\w-]|[.,]\d)`;
/** A shape written in groups: not the head of a longer grouped number (a card's first twelve digits). */
const GROUPS_END = String.raw`(?![\w-]|[.,]\d| \d)`;

const isDate = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/** A 0-9 digit at each position of a string of digits. */
const digitAt = (s: string, i: number) => s.charCodeAt(i) - 48;

const weighted = (digits: string, weights: number[]) => weights.reduce((sum, w, i) => sum + w * digitAt(digits, i), 0);

/** Brazil: two mod-11 check digits; a run of one digit (000.000.000-00) is no CPF. */
function validCpf(digits: string): boolean {
  if (/^(\d)\1{10}$/.test(digits)) return false;
  const check = (n: number) =>
    ((weighted(
      digits,
      Array.from({ length: n }, (_, i) => n + 1 - i),
    ) *
      10) %
      11) %
    10;
  return check(9) === digitAt(digits, 9) && check(10) === digitAt(digits, 10);
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
/** Spain: the DNI's letter is its number mod 23; an NIE's X, Y, Z stand for 0, 1, 2. */
function validDni(id: string): boolean {
  const clean = id.replace(/-/g, "");
  const number = clean.slice(0, -1).replace(/^[XYZ]/, (l) => String("XYZ".indexOf(l)));
  return DNI_LETTERS[Number(number) % 23] === clean.slice(-1);
}

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
/** Mexico: the CURP's last digit checks its first 17 characters. */
function validCurp(curp: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(curp[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === digitAt(curp, 17);
}

/** EAN-13, the Swiss AHV number's check (it is a GTIN under the prefix 756). */
const validEan13 = (digits: string) =>
  (10 - (weighted(digits, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10 === digitAt(digits, 12);

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
/** Finland: the check character is the nine digits mod 31. */
const validHetu = (id: string) => HETU_CHECK[Number(id.slice(0, 6) + id.slice(7, 10)) % 31] === id[10];

/** Norway: a valid day and month (a D-number adds 40 to the day; test numbers 40 or 80 to the month), two checks. */
function validFodselsnummer(d: string): boolean {
  const day = Number(d.slice(0, 2)) % 40;
  const month = Number(d.slice(2, 4)) % 40;
  if (!isDate(day, month)) return false;
  const check = (weights: number[], at: number) => {
    const k = 11 - (weighted(d, weights) % 11);
    return (k === 11 ? 0 : k) === digitAt(d, at);
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2], 9) && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10);
}

/** France: the key is 97 minus the 13 digits mod 97 (Corsica's 2A and 2B count as 19 and 18). */
function validNir(id: string): boolean {
  const clean = id.replace(/ /g, "");
  const body = clean.slice(0, 13).replace(/2A/, "19").replace(/2B/, "18");
  if (!/^\d{13}$/.test(body)) return false;
  const month = Number(clean.slice(3, 5));
  if (!(month >= 1 && month <= 12) && month < 20) return false;
  return 97 - (Number(body) % 97) === Number(clean.slice(13));
}

const CN_CHECK = "10X98765432";
/** China: ISO 7064 MOD 11-2 over the first 17 digits. */
const validResidentId = (id: string) =>
  CN_CHECK[weighted(id, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] === id[17].toUpperCase();

// Verhoeff's tables (dihedral group D5), the Aadhaar check.
const VERHOEFF_D = [
  "0123456789",
  "1234067895",
  "2340178956",
  "3401289567",
  "4012395678",
  "5987604321",
  "6598710432",
  "7659821043",
  "8765932104",
  "9876543210",
];
const VERHOEFF_P = [
  "0123456789",
  "1576283094",
  "5803796142",
  "8916043527",
  "9453126870",
  "4286573901",
  "2793806415",
  "7046913258",
];
function verhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = digitAt(VERHOEFF_P[i % 8], digitAt(digits, digits.length - 1 - i));
    c = digitAt(VERHOEFF_D[c], p);
  }
  return c === 0;
}

/** Chile: mod 11 with weights 2…7 from the right; 10 is written K. */
function validRut(body: string, dv: string): boolean {
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += digitAt(body, i) * w;
  const k = 11 - (sum % 11);
  return (k === 11 ? "0" : k === 10 ? "K" : String(k)) === dv.toUpperCase();
}

/**
 * Sweden: year, month, day (plus 60 for a coordination number), a dash (a plus past 100 years), Luhn over the last
 * ten digits. Denmark: day, month, year, a dash and four digits, the date its only check since 2007.
 */
function nordicValid(m: RegExpExecArray, text: string): boolean {
  const [, first, second, third, sign] = m;
  if (isStampedTime(m[0])) return false;
  const swedish = isDate(Number(third) % 60, Number(second)) && luhn(digitsOf(m[0]).slice(-10));
  const danish =
    first.length === 2 && sign === "-" && isDate(Number(first), Number(second)) && labelledBefore(text, m.index, CPR);
  return swedish || danish;
}

/** How far before a number its label is looked for (`CPR-nr.: `, `fødselsnummer (FNR) = `). */
const LABEL_REACH = 32;
const CPR = /\bcpr\b|personnummer/i;
const AADHAAR = /aadhaa?r|\buid\b/i;
const RRN = /\bRRN\b|주민등록번호|resident registration/i;
/** Chile's RUT, or its RUN in capitals (a lower-case "run" is a job's). */
const RUT = /\b(?:[Rr][Uu][Tt]|RUN)\b/;
const FODSELSNUMMER = /f(?:ø|o|oe)dsels?nummer|\bfnr\b|\bd-nummer|personnummer|national[ _-]?id/i;

/** The label `label` within LABEL_REACH characters before `at` (bounded: a fixed slice per match). */
const labelledBefore = (text: string, at: number, label: RegExp) =>
  label.test(text.slice(Math.max(0, at - LABEL_REACH), at));

/** A recent date and a clock time (`20240115-1030`, a build's or a backup's stamp), not a birth date and a number. */
function isStampedTime(id: string): boolean {
  if (id.length !== 13 || Number(id.slice(0, 4)) < 2010) return false;
  return Number(id.slice(9, 11)) < 24 && Number(id.slice(11, 13)) < 60;
}

const DDMM = String.raw`(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])`;

/** Each shape with the check its match must pass, and the longest run of digits (0-9) it cannot be written without
 *  (`123.456.789-09`: 3): a shape whose run the text does not hold is not searched for. */
const SHAPES: Array<[RegExp, (m: RegExpExecArray, text: string) => boolean, number]> = [
  [new RegExp(`${START}\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}${END}`, "g"), (m) => validCpf(digitsOf(m[0])), 3],
  [new RegExp(`${START}(?:\\d{8}|[XYZ]-?\\d{7})-?[A-HJ-NP-TV-Z]${END}`, "g"), (m) => validDni(m[0]), 7],
  [
    new RegExp(
      `${START}[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX][A-Z]{5}[0-9A-Z]\\d${END}`,
      "g",
    ),
    (m) => validCurp(m[0]),
    6,
  ],
  [new RegExp(`${START}756(?:\\.\\d{4}\\.\\d{4}\\.\\d{2}|\\d{10})${END}`, "g"), (m) => validEan13(digitsOf(m[0])), 3],
  [new RegExp(`${START}${DDMM}\\d{2}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]${END}`, "g"), (m) => validHetu(m[0]), 6],
  [new RegExp(`${START}((?:19|20)\\d{2}|\\d{2})(\\d{2})(\\d{2})([-+])\\d{4}${END}`, "g"), nordicValid, 6],
  [
    new RegExp(`${START}\\d{11}${END}`, "g"),
    (m, text) => labelledBefore(text, m.index, FODSELSNUMMER) && validFodselsnummer(m[0]),
    11,
  ],
  [
    new RegExp(`${START}[12] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}${GROUPS_END}`, "g"),
    (m) => validNir(m[0]),
    3,
  ],
  [
    new RegExp(
      `${START}[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]${END}`,
      "g",
    ),
    (m) => validResidentId(m[0]),
    17,
  ],
  [new RegExp(`${START}[2-9]\\d{3}([ -])\\d{4}\\1\\d{4}${GROUPS_END}`, "g"), (m) => verhoeff(digitsOf(m[0])), 4],
  // Twelve bare digits (an AWS account's shape) are an Aadhaar only beside its label.
  [
    new RegExp(`${START}[2-9]\\d{11}${END}`, "g"),
    (m, text) => labelledBefore(text, m.index, AADHAAR) && verhoeff(m[0]),
    12,
  ],
  [new RegExp(`${START}\\d{2}-\\d{4}-\\d{4}-\\d{4}${END}`, "g"), () => true, 4],
  [
    new RegExp(`${START}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(-?)[1-8]\\d{6}${END}`, "g"),
    // Without its dash an RRN is thirteen digits like any other: only beside its label.
    (m, text) => m[1] === "-" || labelledBefore(text, m.index, RRN),
    7,
  ],
  [new RegExp(`${START}(\\d{1,2}\\.\\d{3}\\.\\d{3})-([\\dkK])${END}`, "g"), (m) => validRut(digitsOf(m[1]), m[2]), 3],
  // Without its dots (as APIs and forms write it) the RUT is any 7-8 digit reference with a dash: its label says.
  [
    new RegExp(`${START}(\\d{7,8})-([\\dkK])${END}`, "g"),
    (m, text) => labelledBefore(text, m.index, RUT) && validRut(m[1], m[2]),
    7,
  ],
];

export function findNationalIdShapes(text: string, out: PhiSpan[]) {
  // One pass for the longest run of digits, instead of fifteen patterns each tried at every position: a log's dates
  // and times (runs of four at most) leave the shapes of six digits and more unsearched.
  const digits = longestDigitRun(text);
  for (const [re, valid, run] of SHAPES)
    if (digits >= run)
      each(re, text, (m) => {
        if (valid(m, text)) out.push({ start: m.index, end: m.index + m[0].length, type: "id_number" });
      });
}

/** The length of the longest run of ASCII digits in the text (what `\d` matches in these patterns). */
function longestDigitRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}
