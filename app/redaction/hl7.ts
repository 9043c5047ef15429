// HL7 v2 messages redacted by segment and field, with the delimiters the message declares (MSH-1, MSH-2). Each field
// that carries a person (names, identifiers, birth dates, addresses, phones, SSNs, providers) loses the components
// that identify and keeps its codes (type codes, assigning authorities, states); MSH, codes, control IDs and the
// segment and field structure stay, so the message still parses. The words of every value removed are then taken out
// of the rest of the message too (a patient's city inside an organisation's name). One pass per segment.
import { leadingSpace, trailingSpace } from "./edges";
import type { ItemContext } from "./context";
import { hl7BlockLength, hl7Segments, isSegmentStart, segmentIndent, type Hl7Delimiters } from "~/evidence/hl7";
import { concatenatedSegment, messageStart, quotedEnd } from "~/evidence/hl7-logged";
import { restoreWritten, splitWritten } from "~/evidence/hl7-joined";
import { sweepProse } from "./embedded-json";
import { eachWord, inWord, replaceWords } from "./value-words";

/** What a field holds: which components (1-based) go, and as which type. */
type Rule =
  | { kind: "components"; type: string; redact: (component: number) => boolean; firstType?: string }
  | { kind: "whole"; type: string }
  | { kind: "query" }
  | { kind: "shape"; type: string };

const between = (a: number, b: number) => (c: number) => c >= a && c <= b;
const oneOf =
  (...cs: number[]) =>
  (c: number) =>
    cs.includes(c);

const XPN: Rule = { kind: "components", type: "name", redact: between(1, 6) };
/** A person in a role: component 1 is the person's ID number (a code such as `SSH` as often as a number), 2 to 6 the
 *  name. */
const XCN: Rule = { kind: "components", type: "name", redact: between(1, 6), firstType: "identifier" };
const CX: Rule = { kind: "components", type: "identifier", redact: oneOf(1) };
const XAD: Rule = { kind: "components", type: "address", redact: oneOf(1, 2, 3, 5, 8, 9) };
const XTN: Rule = { kind: "components", type: "phone", redact: oneOf(1, 4, 6, 7, 8, 9, 12) };
/** A coded element whose text names a person (AIP-4 "D^White, Douglas"): the code stays. */
const CE_TEXT: Rule = { kind: "components", type: "name", redact: (c) => c >= 2 };
/** RXA-11, administered-at location: street, other designation, city, zip. */
const LA2: Rule = { kind: "components", type: "address", redact: oneOf(9, 10, 11, 13) };
const BIRTH: Rule = { kind: "whole", type: "birth_date" };
const DATE: Rule = { kind: "whole", type: "date" };
const SSN: Rule = { kind: "whole", type: "ssn" };
const WHOLE_ID: Rule = { kind: "whole", type: "identifier" };

/** Segment → field number → rule (HL7 v2.3–v2.8 field positions). */
const RULES: Record<string, Record<number, Rule>> = {
  PID: {
    2: CX,
    3: CX,
    4: CX,
    5: XPN,
    6: XPN,
    7: BIRTH,
    9: XPN,
    11: XAD,
    12: WHOLE_ID,
    13: XTN,
    14: XTN,
    18: CX,
    19: SSN,
    20: WHOLE_ID,
    21: CX,
    23: { kind: "whole", type: "address" },
    29: DATE,
  },
  EVN: { 5: XCN },
  PD1: { 4: XCN },
  PV2: { 13: XCN },
  NK1: { 2: XPN, 4: XAD, 5: XTN, 6: XTN, 16: BIRTH, 30: XPN, 31: XTN, 32: XAD, 33: CX, 37: SSN },
  PV1: { 7: XCN, 8: XCN, 9: XCN, 17: XCN, 19: CX, 44: DATE, 45: DATE, 50: CX, 52: XCN },
  MRG: { 1: CX, 2: CX, 3: CX, 4: CX, 5: CX, 6: CX, 7: XPN },
  GT1: { 2: CX, 3: XPN, 4: XPN, 5: XAD, 6: XTN, 7: XTN, 8: BIRTH, 12: SSN, 16: XPN, 17: XAD, 18: XTN },
  IN1: { 6: XPN, 16: XPN, 18: BIRTH, 19: XAD, 36: WHOLE_ID, 49: CX },
  IN2: { 1: CX, 2: SSN, 6: WHOLE_ID, 8: WHOLE_ID },
  ORC: { 10: XCN, 11: XCN, 12: XCN, 14: XTN, 19: XCN },
  OBR: { 10: XCN, 16: XCN, 17: XTN, 28: XCN, 32: XCN, 33: XCN, 34: XCN, 35: XCN },
  OBX: { 16: XCN },
  TXA: { 5: XCN, 9: XCN, 10: XCN, 11: XCN, 22: XCN },
  DG1: { 16: XCN },
  PR1: { 8: XCN, 11: XCN, 12: XCN },
  ROL: { 4: XCN },
  CTD: { 2: XPN, 3: XAD, 5: XTN },
  RXE: { 13: XCN, 14: XCN },
  RXD: { 10: XCN },
  SCH: { 12: XCN, 13: XTN, 14: XAD, 16: XCN, 17: XTN, 18: XAD, 20: XCN, 21: XTN },
  AIG: { 3: CE_TEXT },
  AIP: { 3: XCN, 4: CE_TEXT },
  RXA: { 10: XCN, 11: LA2 },
  PRD: { 2: XPN, 3: XAD, 5: XTN, 7: CX },
  STF: { 2: CX, 3: XPN, 10: XTN, 11: XAD },
};

/**
 * The type a value has when it stands in `segment`-`field`, component `component` (1 when the field has none), by the
 * field table above: null when the value stays (a code, a state, an assigning authority, a field the table does not
 * name). Used by readers of HL7 v2 in another encoding (its XML form), whose values arrive one by one.
 */
export function hl7ValueType(segment: string, field: number, component: number): string | null {
  const rule = RULES[segment]?.[field];
  if (!rule) return null;
  if (rule.kind === "whole") return rule.type;
  if (rule.kind === "components") return rule.redact(component) ? componentType(rule, component) : null;
  return null;
}

/** The type of a components rule's component `n`. */
const componentType = (rule: Extract<Rule, { kind: "components" }>, n: number) =>
  n === 1 && rule.firstType ? rule.firstType : rule.type;

/** QPD (query by parameter): from QPD-3 on, every component that is more than a short code. */
const QUERY_KEEP = /^[A-Z]{1,3}$/;
const redactsInQuery = (value: string) => !QUERY_KEEP.test(value) && (/\d/.test(value) || value.length >= 3);

/** Free-text observation values (OBX-5 when OBX-2 is TX or FT) are read as prose. */
const FREE_TEXT_TYPES = new Set(["TX", "FT"]);
const QUERY: Rule = { kind: "query" };

/** `fn` on the value inside `part`, the whitespace (a continuation line's break) around it kept. */
function trimmed(part: string, fn: (value: string) => string): string {
  // Most parts have no white space at either end (printable ASCII there): nothing to cut.
  const a = part.charCodeAt(0);
  const z = part.charCodeAt(part.length - 1);
  if (a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f) return fn(part);
  const lead = leadingSpace(part);
  const trail = trailingSpace(part.slice(lead.length));
  const value = part.slice(lead.length, part.length - trail.length);
  return value ? lead + fn(value) + trail : part;
}

/**
 * A field of a components rule with the components it names replaced by `phi`: one scan of the field for the
 * repetition and component separators (the component number starts again at 1 in each repetition), a component cut
 * out only when the rule names it, the field itself returned when nothing was replaced.
 */
function redactComponents(
  field: string,
  d: Hl7Delimiters,
  rule: Exclude<Rule, { kind: "whole" }>,
  phi: (value: string, type: string) => string,
): string {
  const comp = d.component.charCodeAt(0);
  const rep = d.repetition.charCodeAt(0);
  let out = "";
  let copied = 0;
  let start = 0;
  let n = 1;
  for (let i = 0; i <= field.length; i++) {
    const c = i < field.length ? field.charCodeAt(i) : -1;
    if (c !== -1 && c !== comp && c !== rep) continue;
    if (i > start && (rule.kind !== "components" || rule.redact(n))) {
      const value = field.slice(start, i);
      const trimmed = value.trim();
      if (trimmed) {
        const replaced =
          rule.kind === "query"
            ? redactsInQuery(trimmed)
              ? phi(value, "phi")
              : value
            : rule.kind === "shape"
              ? idShaped(trimmed)
                ? phi(value, rule.type)
                : value
              : phi(value, componentType(rule, n));
        if (replaced !== value) {
          out += field.slice(copied, start) + replaced;
          copied = i;
        }
      }
    }
    n = c === rep ? 1 : n + 1;
    start = i + 1;
  }
  return copied === 0 ? field : out + field.slice(copied);
}

/**
 * A coded element (code^text^coding system) whose coding system is an HL7 table (`COMP^Complete^HL70272`): never a
 * person, though it stands where a message one field off puts it in a name's place.
 */
const HL7_TABLE = /^HL7\d{4}$/;
function codedByHl7Table(field: string, d: Hl7Delimiters): boolean {
  if (!field.includes("HL7")) return false;
  const components = field.split(d.repetition)[0].split(d.component);
  return components.length >= 3 && HL7_TABLE.test(components[2].trim());
}

/**
 * Segments about the patient, the visit or the people around them: a field there without a rule whose component is
 * an identifier's shape (a few letters, then 6+ digits: `V123456789`) is one (a field one place off its standard
 * position: PV1-18 for the visit number); a date or time of 8, 12 or 14 digits is not.
 */
const PERSON_SEGMENTS = new Set(["PID", "PD1", "NK1", "PV1", "PV2", "GT1", "IN1", "IN2", "MRG"]);
const ID_SHAPE = /^[A-Za-z]{0,3}\d{6,}$/;
const DATE_TIME = /^(?:19|20)\d{6}(?:\d{4}(?:\d{2})?)?$/;
const idShaped = (component: string) => ID_SHAPE.test(component) && !DATE_TIME.test(component);
const ID_SHAPED: Rule = { kind: "shape", type: "identifier" };

/** /^\d{1,3}$/ by codes: one to three ASCII digits. */
function shortNumber(w: string): boolean {
  if (w.length > 3) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/** Fields of a location (PL): a visit's assigned and temporary locations, a pending one in PV2, a scheduled
 *  resource's. Not PV1-6 (prior location): senders shift the attending doctor (PV1-7) into it. */
const LOCATION_FIELDS: Record<string, readonly number[]> = { PV1: [3, 11], PV2: [1], AIL: [3] };

export function redactHl7(block: string, d: Hl7Delimiters, ctx: ItemContext): string {
  const segments = hl7Segments(block, d);
  // Words of the values removed (3+ characters), with their type: taken out of the fields that stay.
  const removedWords = new Map<string, string>();
  const phi = (value: string, type: string) =>
    trimmed(value, (v) => {
      eachWord(v, 3, (w) => {
        if (!shortNumber(w)) removedWords.set(w, type);
      });
      return ctx.phi(v, type);
    });
  // The words of the message's location fields (a ward's, a facility's code): a role player's identifier that is also
  // one (a collector's `SSH`, a facility's too) is a code, and goes only where it stands; initials (`JRS`) and a
  // surname in the identifier's place (`LEE^ANNA`) are carried.
  const locationWords = new Set<string>();

  // First pass: the fields that carry a person. The message is kept as one list of parts in order: whole MSH
  // segments, segment ids, redacted fields, and the text between them that stays (runs of kept fields with their
  // separators), noted for the second pass. A kept run is read word by word, and no word crosses a separator that is
  // not itself a word character; when the separator is one, each kept field is its own part.
  const merge = !inWord(d.field.charCodeAt(0));
  const parts: string[] = [];
  const kept: Array<{ at: number; prose: boolean }> = [];
  const keep = (text: string, prose: boolean) => {
    kept.push({ at: parts.length, prose });
    parts.push(text);
  };
  for (const whole of segments) {
    // Text that is no segment (see hl7Segments) is read as prose.
    if (!isSegmentStart(whole, d)) {
      keep(whole, true);
      continue;
    }
    // A terminator written out (`<cr>`) is no part of the last field: it is put back after the segment.
    const written = writtenTerminator(whole);
    const segment = written ? whole.slice(0, whole.length - written.length) : whole;
    const id = segment.slice(0, 3);
    if (id === "MSH") {
      parts.push(withoutSecurity(segment, d, ctx) + written);
      continue;
    }
    const first = segment.indexOf(d.field);
    if (first < 0) {
      parts.push(whole);
      continue;
    }
    parts.push(segment.slice(0, first));
    const rules = RULES[id];
    const obx = id === "OBX";
    let obxType = "";
    // The kept text not yet added to the parts starts here (at a separator).
    let from = first;
    let start = first + 1;
    for (let n = 1; ; n++) {
      const end = segment.indexOf(d.field, start);
      const stop = end < 0 ? segment.length : end;
      if (obx && n === 2) obxType = segment.slice(start, stop).trim();
      if (LOCATION_FIELDS[id]?.includes(n)) eachWord(segment.slice(start, stop), 3, (w) => void locationWords.add(w));
      const rule: Rule | undefined =
        id === "QPD" && n >= 3 ? QUERY : (rules?.[n] ?? (PERSON_SEGMENTS.has(id) ? ID_SHAPED : undefined));
      const prose = obx && n === 5 && FREE_TEXT_TYPES.has(obxType);
      const field = rule || prose || !merge ? segment.slice(start, stop) : "";
      const redacted = rule && field.trim() ? redactField(field, d, rule, phi) : null;
      if (redacted !== null) {
        if (start > from) keep(segment.slice(from, start), false);
        // A redacted field is read again in the second pass: its kept components (an assigning authority) may repeat
        // a value removed from it.
        keep(redacted, false);
        from = stop;
      } else if (prose || !merge) {
        // Its own part: prose is swept alone; with a word-character separator, no kept text holds a separator.
        if (start - 1 > from) keep(segment.slice(from, start - 1), false);
        parts.push(d.field);
        keep(field, prose);
        from = stop;
      }
      if (end < 0) break;
      start = end + 1;
    }
    if (segment.length > from) keep(segment.slice(from), false);
    if (written) parts.push(written);
  }

  // Second pass: the words of removed values wherever else they appear (not in MSH, not in what was just redacted).
  for (const { at, prose } of kept) {
    const text = prose ? sweepProse(parts[at], ctx) : parts[at];
    // Words shorter than 3 are never removed words: they are not even cut out of the text.
    parts[at] =
      removedWords.size === 0
        ? text
        : replaceWords(text, 3, (w) => {
            const type = removedWords.get(w);
            return type && !(type === "identifier" && locationWords.has(w)) ? ctx.phi(w, type) : w;
          });
  }
  return parts.join("");
}

/**
 * A field redacted by its rule; null when the rule does not apply to what the field holds (a coded element where a
 * person was expected, no identifier's shape where one was looked for): the field is then kept text, and the second
 * pass reads it like the other kept fields.
 */
function redactField(
  field: string,
  d: Hl7Delimiters,
  rule: Rule,
  phi: (value: string, type: string) => string,
): string | null {
  if (rule.kind === "whole") return phi(field, rule.type);
  if (rule.kind === "components" && codedByHl7Table(field, d)) return null;
  const out = redactComponents(field, d, rule, phi);
  return rule.kind === "shape" && out === field ? null : out;
}

/**
 * MSH with its MSH-8 (Security) replaced: interfaces put a user, a password or a key there. The rest of MSH stays
 * (applications, facilities, time, message type, control ID, version). MSH-n sits after the (n-1)th separator.
 */
function withoutSecurity(segment: string, d: Hl7Delimiters, ctx: ItemContext): string {
  let at = 3;
  for (let n = 3; n <= 8 && at >= 0; n++) at = segment.indexOf(d.field, at + 1);
  if (at < 0) return segment;
  const end = segment.indexOf(d.field, at + 1);
  const value = segment.slice(at + 1, end < 0 ? segment.length : end);
  const v = value.trim();
  if (!v || /[\r\n]/.test(v)) return segment;
  return (
    segment.slice(0, at + 1) + value.replace(v, ctx.secret(v, "hl7_security")) + segment.slice(at + 1 + value.length)
  );
}

/** The written `<cr>` (and the line break after it) that ends a segment, or "". */
function writtenTerminator(segment: string): string {
  const m = /<cr>(?:\r\n|\r|\n)?$/i.exec(segment.slice(-6));
  return m ? m[0] : "";
}

const MLLP_START = "\u000b";

/**
 * The message that opens in `lines[i]` (each line with its end), redacted, and how many lines it took; null when no
 * message opens there. The message may start after text on its line (a log line's prefix, an indentation, MLLP's start
 * block, a string's quote: see messageStart); a later line belongs to it when it is a segment after the same kind of
 * prefix (see segmentIndent), a wrapped rest of one, or blank lines before one. Each line is read without its prefix
 * and written back with it; the prefixes (and the code or log text after a message that a quote closes on its first
 * line) are swept as prose, once for all. Segments joined on a line by written or lost separators are split first
 * (splitWritten) and written back as they were.
 */
export function redactHl7Lines(lines: string[], i: number, ctx: ItemContext): { text: string; count: number } | null {
  const start = messageStart(lines[i]);
  if (!start) return null;
  const { at, d } = start;
  const prefix = lines[i].slice(0, at);
  const indent = prefix.startsWith(MLLP_START) ? "" : prefix;
  // A message in a string that closes on this line: the rest of the line is no part of it.
  const quoted = quotedEnd(lines[i], at);
  const closes = quoted >= 0 && quoted < body(lines[i]).length;
  const chained = closes
    ? concatenated(lines, i + 1, d, ctx, prefix, lines[i].slice(at, quoted), lines[i].slice(quoted))
    : null;
  if (chained) return chained;
  const count = closes ? 1 : hl7BlockLength(lines, i, d, indent);
  const block = lines.slice(i, i + count);
  if (closes) block[0] = lines[i].slice(0, quoted);
  const tail = closes ? lines[i].slice(quoted) : "";
  const cut = block.map((l, k) => (k === 0 ? at : segmentIndent(l, d, indent)));
  const message = block.map((l, k) => l.slice(cut[k])).join("");
  const text = redactJoined(message, d, ctx);
  const prefixes = sweptPrefixes(
    block.map((l, k) => l.slice(0, cut[k])),
    ctx,
  );
  const out = text.split(/(?<=\n)/);
  const rest = tail ? sweepProse(tail, ctx) : "";
  if (out.length === block.length) return { text: out.map((l, k) => prefixes[k] + l).join("") + rest, count };
  // A redacted value took a line break with it: the first line's prefix in front, the message's indentation on the
  // other lines when it is blanks only.
  const again = /^[ \t]*$/.test(indent) ? `\n${indent}` : "\n";
  return { text: prefixes[0] + text.replace(/\n(?=[^\r\n])/g, again) + rest, count };
}

/** A message split into segments joined by written separators (splitWritten), redacted, and written back so. */
function redactJoined(message: string, d: Hl7Delimiters, ctx: ItemContext): string {
  const joined = splitWritten(message, d);
  return restoreWritten(redactHl7(joined.text, d, ctx), joined.notes);
}

/**
 * The lines from `from` that go on the string of a message begun on the line before (`String msg = "MSH|…\\r"`), one
 * segment each (`+ "PID|…\\r"`, see concatenatedSegment), redacted as one message with it (a name an OBR removes goes
 * from the PV1 too) and written back, the code around each segment swept as prose; and how many lines that took in
 * all; null when no line goes on it. `message` is the first line's segment, `prefix` and `tail` the code around it.
 */
function concatenated(
  lines: string[],
  from: number,
  d: Hl7Delimiters,
  ctx: ItemContext,
  prefix: string,
  message: string,
  tail: string,
) {
  const parts: Array<{ line: string; at: number; end: number }> = [];
  for (let k = from; k < lines.length; k++) {
    const part = concatenatedSegment(body(lines[k]), d);
    if (!part) break;
    parts.push({ line: lines[k], ...part });
  }
  if (!parts.length) return null;
  // One segment a line: the line breaks between them are where each is written back. A value read across two of
  // them (a segment taken for the wrapped rest of the one before) leaves fewer: each is then read alone.
  const pieces = [message, ...parts.map((p) => p.line.slice(p.at, p.end))];
  const joined = redactJoined(pieces.join("\n"), d, ctx).split("\n");
  const segments = joined.length === pieces.length ? joined : pieces.map((p) => redactJoined(p, d, ctx));
  let text = sweptPrefixes([prefix], ctx)[0] + segments[0] + sweepProse(tail, ctx);
  parts.forEach((p, k) => {
    text += sweepProse(p.line.slice(0, p.at), ctx) + segments[k + 1] + sweepProse(p.line.slice(p.end), ctx);
  });
  return { text, count: parts.length + 1 };
}

/** The line end of `line` cut off. */
const body = (line: string) => line.replace(/\r?\n$/, "");

/** The prefixes of a message's lines, swept as prose in one pass (each line's prefix is text around the message). */
function sweptPrefixes(prefixes: string[], ctx: ItemContext): string[] {
  if (prefixes.every((p) => !p.replace(MLLP_START, "").trim())) return prefixes;
  const swept = sweepProse(prefixes.join("\n"), ctx).split("\n");
  return swept.length === prefixes.length ? swept : prefixes.map((p) => sweepProse(p, ctx));
}
