// ASC X12 EDI pasted as text (HIPAA 270/271 eligibility, 276/277 claim status, 278, 834 enrolment, 835, 837 claims):
// an interchange (`ISA*00*…~GS*…~ST*270*…~…~IEA*1*…~`) or a transaction pasted without its envelope (`ST*270*…`).
// The separators are read from the ISA header (the 4th character separates elements, the character after ISA-16 ends
// segments: `~`, `_`, `'` or a line break); without an ISA the element separator is the one after the first segment's
// id (`*`, `|`, `^`, `!`, `+`) and the segment terminator the mark that stands before the next segment's id (`~`,
// `?`, `'`…), else one segment a line. Ids and qualifiers are read in either case (`nm1*il*1*…`). Each segment
// is judged by its id: a person's name in NM1 (NM102 = 1) and the member id after it (unless it is an NPI, NM108 = XX),
// the birth date in DMG, street, city and postal code in N3/N4, the contact's name and numbers in PER (but in a payer's
// loop, after NM1*PR or N1*PR and before the next HL: a payer's help desk and its published numbers, which support
// asks for; a contact there named as a person still goes), person identifiers in REF (SSN, member, subscriber and
// policy numbers) and the interchange's password in ISA-02/ISA-04.
// Control numbers, codes, payer and provider organisations, NPIs, claim ids, amounts and dates of service stay byte
// for byte, and so does the layout. Each character is read once: segments are found with indexOf.
import type { ItemContext } from "./context";
import { readsAsPersonsName } from "./display-names";

/** REF qualifiers whose value identifies a person (X12 element 128). */
const PERSON_REF = new Set([
  "SY", // social security number
  "0F", // subscriber number
  "1W", // member identification number
  "1L", // group or policy number
  "23", // client number
  "3H", // case number
  "6P", // group number
  "IG", // insurance policy number
  "F6", // health insurance claim (Medicare) number
  "HJ", // identity card number
  "N6", // plan network identification number
  "ABB", // personal id number
  "EJ", // patient account number
  "EA", // medical record number
  "Y4", // agency claim number
  "Q4", // prior identifier number
  "0B", // state licence number
]);

/** NM108 qualifiers under which NM109 is public: an NPI. */
const PUBLIC_ID = new Set(["XX"]);

const SEGMENT_ID = /^[A-Za-z][A-Za-z0-9]{1,2}$/;
/** Segments that open another loop or transaction: what was read before them is no longer the loop's entity. */
const LOOP_START = new Set(["HL", "ST", "SE", "LX", "CLM", "INS"]);
/** Entity identifier codes (NM101, N101) of a payer's loop. */
const PAYER = new Set(["PR"]);

interface Separators {
  element: string;
  /** One character, or "\n" when each segment is a line. */
  segment: string;
}

/** How far from its start an ISA header's 16th element separator may stand. */
const ISA_REACH = 200;

/** The separators an ISA header at `at` declares, or null when it is no ISA header. */
function isaSeparators(text: string, at: number): Separators | null {
  const element = text[at + 3];
  if (!element || /[\w\s]/.test(element)) return null;
  // An ISA is 106 characters; a little slack for unpadded senders. The separators are looked for within that reach
  // only, so a paste full of "ISA" followed by odd characters costs a bounded read per candidate.
  const reach = text.slice(at, at + ISA_REACH + 1);
  let pos = 3;
  for (let n = 1; n < 16; n++) {
    pos = reach.indexOf(element, pos + 1);
    if (pos < 0) return null;
  }
  pos += at;
  // pos is the 16th separator (the first one follows "ISA"): ISA-16 (the component separator) follows, then the segment terminator.
  const terminator = text[pos + 2];
  if (terminator === undefined) return null;
  return { element, segment: terminator === "\r" || terminator === "\n" ? "\n" : terminator };
}

/**
 * Where a transaction or loop pasted without an envelope starts, with `*`: `ST*270*`, `GS*HS*`, or a person's NM1 or a
 * DMG (`NM1*IL*1*`, `DMG*D8*`, the "payer rejects this loop" paste). Anywhere a word does not run into it: at a line
 * start, after a log prefix or a mail quote's `>`, after a JSON string's escaped line break (`\n`).
 */
const BARE_START = new RegExp(
  String.raw`(?<=^|[^A-Za-z0-9]|\\[nrt])(?:(?:ST|st)([*|^!+])\d{3}\1|(?:GS|gs)([*|^!+])[A-Za-z]{2}\2|` +
    String.raw`(?:NM1|nm1)([*|^!+])[A-Za-z0-9]{2}\3[12]\3|(?:DMG|dmg)([*|^!+])[Dd][38]\4)`,
  "g",
);
/** An interchange's header, in either case. */
const ISA_ID = /ISA|isa/g;
/** How far from a bare start its segment terminator is looked for. */
const TERMINATOR_REACH = 4096;
const EVIDENCE = /ISA|isa|(?:ST|GS|NM1|DMG|st|gs|nm1|dmg)[*|^!+]/;

export function redactX12(text: string, ctx: ItemContext): string {
  if (!EVIDENCE.test(text)) return text;
  const out: string[] = [];
  let copied = 0;
  let from = 0;
  const ahead: Ahead = { isa: -2, separators: null, bare: -2, element: "*", tilde: -2, newline: -2 };
  for (;;) {
    const start = nextStart(text, from, ahead);
    if (!start) break;
    const end = redactInterchange(text, start.at, start.separators, ctx, (segStart, segEnd, replaced) => {
      out.push(text.slice(copied, segStart), replaced);
      copied = segEnd;
    });
    from = Math.max(end, start.at + 3);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/**
 * What lies ahead of reading: the next ISA header (and its separators), the next bare start, and the next `~` and line
 * break after it. Each is looked for again only once reading has passed it (-2: not yet looked for, -1: none), so
 * the text is scanned once however many starts it holds.
 */
interface Ahead {
  isa: number;
  separators: Separators | null;
  bare: number;
  /** The element separator after the bare start's id. */
  element: string;
  tilde: number;
  newline: number;
}

const passed = (at: number, from: number) => at === -2 || (at >= 0 && at < from);

/** The next interchange (or bare transaction) at or after `from`. */
function nextStart(text: string, from: number, ahead: Ahead): { at: number; separators: Separators } | null {
  if (passed(ahead.isa, from)) {
    ahead.separators = null;
    let isa = -1;
    ISA_ID.lastIndex = from;
    for (let m = ISA_ID.exec(text); m; m = ISA_ID.exec(text)) {
      const before = m.index > 0 ? text[m.index - 1] : "";
      if (!/\w/.test(before)) ahead.separators = isaSeparators(text, m.index);
      if (ahead.separators) {
        isa = m.index;
        break;
      }
    }
    ahead.isa = isa;
  }
  if (passed(ahead.bare, from)) {
    BARE_START.lastIndex = from;
    const m = BARE_START.exec(text);
    ahead.bare = m?.index ?? -1;
    ahead.element = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : "*";
  }
  const { isa, separators, bare } = ahead;
  if (separators && (bare < 0 || isa <= bare)) return { at: isa, separators };
  if (bare < 0) return null;
  if (ahead.element !== "*")
    return { at: bare, separators: { element: ahead.element, segment: terminator(text, bare, ahead.element) } };
  if (passed(ahead.tilde, bare)) ahead.tilde = text.indexOf("~", bare);
  if (passed(ahead.newline, bare)) ahead.newline = text.indexOf("\n", bare);
  // `~`-terminated when a `~` stands on the start's line, else one segment a line.
  const tildeOnLine = ahead.tilde >= 0 && (ahead.newline < 0 || ahead.tilde < ahead.newline);
  return { at: bare, separators: { element: "*", segment: tildeOnLine ? "~" : "\n" } };
}

/**
 * The ids of the segments HIPAA transactions are made of (270/271, 276/277, 278, 834, 835, 837, 999): what a mark
 * must stand before to be taken for the segment terminator. Any three letters would do for "LEE" after the hyphen of
 * a surname (`SMITH-LEE|`).
 */
const KNOWN_SEGMENTS = new Set(
  (
    "ISA IEA GS GE ST SE BHT HL TRN NM1 N1 N2 N3 N4 PER REF DMG INS DTP DTM EQ EB AAA III MSG HSD LS LE SBR PAT CLM " +
    "HI LX SV1 SV2 SV3 SV5 SVC SVD CAS AMT QTY NTE PRV CUR BPR CLP PLB TS2 TS3 MIA MOA LQ STC UM HCR CRC CR1 CR2 CR3 " +
    "CR5 CR6 K3 PWK CN1 OI LIN CTP BGN HD COB ACT TA1 AK1 AK2 AK9 IK3 IK4 IK5 CTX HCP FRM PS1 MEA DN1 DN2 TOO"
  ).split(" "),
);
/** Marks that end segments in the transactions people paste, taken before any segment id. */
const USUAL_TERMINATORS = "~'?";

/**
 * The segment terminator of a transaction pasted without its ISA, from `at`: the first mark (no letter, digit, blank or
 * the element separator) that a known segment id and the element separator follow, a line break between them or not
 * (`…X279A1?\nBHT|`, `…W8124~DMG^`); failing that, a usual terminator (`~`, `'`, `?`) before any segment id; a line
 * break when there is neither.
 */
function terminator(text: string, at: number, element: string): string {
  let lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) lineEnd = text.length;
  const reach = text.slice(at, Math.min(lineEnd + 6, at + TERMINATOR_REACH));
  let usual = "";
  for (let i = 0; i < reach.length; i++) {
    const c = reach[i];
    if (c === element || /[\w\s]/.test(c)) continue;
    let j = i + 1;
    if (reach[j] === "\r") j++;
    if (reach[j] === "\n") j++;
    const length = reach[j + 2] === element ? 2 : reach[j + 3] === element ? 3 : 0;
    const id = reach.slice(j, j + length);
    if (!length || !SEGMENT_ID.test(id)) continue;
    if (KNOWN_SEGMENTS.has(id.toUpperCase())) return c;
    if (!usual && USUAL_TERMINATORS.includes(c)) usual = c;
  }
  return usual || "\n";
}

/**
 * Reads segments from `at` up to the IEA (or the first text that is no segment), reporting each changed segment.
 * Returns where reading stopped.
 */
function redactInterchange(
  text: string,
  at: number,
  sep: Separators,
  ctx: ItemContext,
  replace: (start: number, end: number, redacted: string) => void,
): number {
  let pos = at;
  // The entity of the loop read last (NM101 or N101): a PER in a payer's loop is the payer's.
  let entity = "";
  while (pos < text.length) {
    pos = betweenSegments(text, pos, sep);
    let end = text.indexOf(sep.segment, pos);
    if (end < 0) end = text.length;
    let content = text.slice(pos, end);
    if (sep.segment === "\n" && content.endsWith("\r")) content = content.slice(0, -1);
    const cut = content.indexOf(sep.element);
    const id = cut < 0 ? content : content.slice(0, cut);
    if (!SEGMENT_ID.test(id)) return pos;
    const segment = id.toUpperCase();
    const elements = content.split(sep.element);
    if (segment === "NM1" || segment === "N1") entity = (elements[1] ?? "").toUpperCase();
    else if (LOOP_START.has(segment)) entity = "";
    const redacted =
      segment === "PER" && PAYER.has(entity) ? payerContact(elements, ctx) : redactSegment(segment, elements, ctx);
    if (redacted !== null) replace(pos, pos + content.length, redacted.join(sep.element));
    pos = end + 1;
    if (segment === "IEA") return pos;
  }
  return pos;
}

/**
 * Past what stands between two segments and belongs to neither: line breaks and blanks ("~\n"), a mail quote's `>`,
 * a JSON string's escaped line breaks (`~\\nGS*…`).
 */
function betweenSegments(text: string, pos: number, sep: Separators): number {
  while (pos < text.length && text[pos] !== sep.segment) {
    const c = text[pos];
    if (c === ">" || /\s/.test(c)) pos++;
    else if (c === "\\" && /[nrt]/.test(text[pos + 1] ?? "")) pos += 2;
    else break;
  }
  return pos;
}

/**
 * A PER in a payer's loop: its help desk and published numbers stay, but a contact named as a person (two words or
 * more that read as a person's name, not "CUSTOMER SERVICE") goes. The elements changed, or null.
 */
function payerContact(el: string[], ctx: ItemContext): string[] | null {
  const name = (el[2] ?? "").trim();
  if (!/\s/.test(name) || !readsAsPersonsName(name)) return null;
  el[2] = (el[2] ?? "").replace(name, ctx.phi(name, "name"));
  return el;
}

/** A segment's elements (its id given in upper case) with a person's values replaced, or null when none is a person's. */
function redactSegment(id: string, el: string[], ctx: ItemContext): string[] | null {
  let changed = false;
  const phi = (k: number, type: string) => {
    const value = el[k];
    if (value === undefined || !/[\p{L}\p{N}]/u.test(value)) return;
    const trimmed = value.trim();
    el[k] = value.replace(trimmed, ctx.phi(trimmed, type));
    changed = true;
  };
  switch (id) {
    case "ISA": {
      // ISA-02 authorisation information and ISA-04 security information (a password), when their qualifier says so.
      for (const k of [2, 4]) {
        const value = el[k];
        if (el[k - 1] !== "00" && value?.trim()) {
          el[k] = value.replace(value.trim(), ctx.secret(value.trim(), k === 4 ? "password" : "authorization"));
          changed = true;
        }
      }
      break;
    }
    case "NM1":
      // NM102 = 1: a person (subscriber, patient, dependent, a provider named as a person).
      if (el[2] === "1") {
        for (const k of [3, 4, 5]) phi(k, "name");
        if (!PUBLIC_ID.has((el[8] ?? "").toUpperCase())) phi(9, "identifier");
      }
      break;
    case "N3":
      phi(1, "address");
      phi(2, "address");
      break;
    case "N4":
      phi(1, "address");
      phi(3, "postal_code");
      break;
    case "DMG":
      phi(2, "birth_date");
      break;
    case "REF":
      if (PERSON_REF.has((el[1] ?? "").toUpperCase())) phi(2, "identifier");
      break;
    case "PER":
      phi(2, "name");
      // Each number after its qualifier: EM an e-mail, UR a web address (a payer's portal, no person's), else a phone.
      for (const k of [4, 6, 8]) {
        const qualifier = (el[k - 1] ?? "").toUpperCase();
        if (qualifier !== "UR") phi(k, qualifier === "EM" ? "email" : "phone");
      }
      break;
    default:
      break;
  }
  return changed ? el : null;
}
