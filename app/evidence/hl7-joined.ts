// Segments joined on one line, as code, logs and terminals leave a message: by a written carriage return or line feed
// (`\r`, `\n`, `\x0d`, `\u000d` in a string literal or a JSON string; `\\r` when that string was escaped again, as a
// REPL prints it), or by blanks where the carriage returns were
// lost. `splitWritten` puts a real carriage return (HL7's own terminator, which the segment reader splits on) where each
// such separator stands and notes what stood there; `restoreWritten` puts the notes back, so the redacted message keeps
// the text it was pasted as. A written MLLP end block (`\x1c`, `\u001c`) is a separator too: it belongs to no field.
import type { Hl7Delimiters } from "./hl7";

/**
 * Segment ids of HL7 v2.3–v2.8 that follow a blank in a joined message (`…|2.5 PID|1||…`). A blank is a separator only
 * before one of these (or a Z-segment), so a blank inside a field (`Paciente Teste TI NAO DELETAR`) never is.
 */
const SEGMENT_IDS =
  "ACC|ADD|AIG|AIL|AIP|AIS|AL1|APR|ARQ|BLG|BPO|BPX|BTS|BTX|CON|CSP|CSR|CTD|CTI|DB1|DG1|DRG|DSC|DSP|ERR|EVN|FHS|FT1|FTS|" +
  "GOL|GP1|GT1|IAM|IN1|IN2|IN3|IPC|ISD|LAN|MFE|MFI|MRG|MSA|MSH|NK1|NPU|NST|NTE|OBR|OBX|ODS|ODT|OM1|ORC|ORG|PD1|PDA|PID|" +
  "PR1|PRA|PRB|PRD|PRT|PSH|PTH|PV1|PV2|QAK|QPD|QRD|QRF|QRI|RCP|RDF|RDT|RF1|RGS|RMI|ROL|RQ1|RQD|RXA|RXC|RXD|RXE|RXG|RXO|" +
  "RXR|SAC|SCH|SFT|SPM|STF|TCD|TQ1|TQ2|TXA|UB1|UB2|VAR|Z[A-Z0-9]{2}";

const escapeChar = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/**
 * The separators of a message with delimiters `d`: a raw CR (noted as none); a written one before a segment, or at the
 * message's end (before a blank, a quote or the end: the last segment's terminator), a written CR LF (`\r\n`) read as
 * one so a redacted last component takes no part of it; blanks before a segment id —
 * a run of blanks tried from its first blank only, so a long run is not scanned again from each of its blanks; or
 * `^M` before a segment id, a carriage return as a terminal or `cat -v` shows it (dcm4chee's `…^MPID|1||…`).
 */
function separators(d: Hl7Delimiters): RegExp {
  const field = escapeChar(d.field);
  return new RegExp(
    `(\\r)|\\\\{1,4}(?:r|n|x0[dD]|u000[dD])(?:\\\\{1,4}(?:n|x0[aA]|u000[aA]))?(?=[A-Z][A-Z0-9]{2}${field}|[\\s"']|$)|\\\\{1,4}(?:x1[cC]|u001[cC])|(?<![ \\t])[ \\t]+(?=(?:${SEGMENT_IDS})${field})|\\^M(?=(?:${SEGMENT_IDS})${field})`,
    "g",
  );
}

export interface WrittenSeparators {
  /** The message with a carriage return for every separator. */
  text: string;
  /** What stood at each carriage return of `text`, in order; null for a carriage return that was one already. */
  notes: Array<string | null>;
}

/**
 * Where a segment starts with nothing left of its separator (`…2.5.1||||EVN|…`, `…|19540312PID|1||…`): before a
 * standard segment id and its field separator, right after what can end a field — a digit, a field separator (trailing
 * empty fields), a punctuation mark, or a one-letter code standing alone in its field (`|FPV1|`). Never after a blank,
 * a component, repetition, escape or subcomponent separator, or a letter run: a value that merely ends like an id
 * (`DOE^ALAN|`, `CAROL|`, `KERR|`, `see LAPID|`) is no segment's start, and cutting it there would shorten a PID.
 * Z-segments are left out: their ids are any three characters from Z, which a field's value can end with.
 */
function gluedStarts(d: Hl7Delimiters): RegExp {
  const ids = SEGMENT_IDS.slice(0, SEGMENT_IDS.lastIndexOf("|"));
  const field = escapeChar(d.field);
  const inner = [d.component, d.repetition, d.escape, d.subcomponent].map(escapeChar).join("");
  const ends = `(?<=[^\\s\\p{L}${field}${inner}]|${field}|${field}\\p{L})`;
  return new RegExp(`${ends}(?=(?:${ids})${field})`, "gu");
}

/**
 * `block` (a message from its MSH) with its written and lost separators made carriage returns. One regex pass; a
 * message on one line with no separator at all (its carriage returns dropped with nothing in their place, as a log
 * line or a web page leaves it) is split again before each segment id glued to the segment before it.
 */
export function splitWritten(block: string, d: Hl7Delimiters): WrittenSeparators {
  const tailAt = block.search(/[\r\n]*$/);
  const line = block.slice(0, tailAt);
  if (/[\r\n]/.test(line) || separators(d).test(line))
    return marked(block, separators(d), (m, raw) => (raw ? null : m));
  // Glued: nothing stood at each cut (its note is ""); the line's end stays what it was, a raw carriage return in it
  // one already.
  const cut = marked(line, gluedStarts(d), () => "");
  const tail = marked(block.slice(tailAt), /(\r)/g, () => null);
  return { text: cut.text + tail.text, notes: [...cut.notes, ...tail.notes] };
}

/** `text` with each match of `re` made a carriage return, noted as `note` says (`raw`: the match's first group). */
function marked(text: string, re: RegExp, note: (m: string, raw?: string) => string | null): WrittenSeparators {
  const notes: Array<string | null> = [];
  const out = text.replace(re, (m: string, raw?: string) => {
    notes.push(note(m, raw));
    return "\r";
  });
  return { text: out, notes };
}

/** `text` (a message from splitWritten, redacted) with each carriage return given back what stood there. */
export function restoreWritten(text: string, notes: Array<string | null>): string {
  if (notes.every((n) => n === null)) return text;
  let k = 0;
  return text.replace(/\r/g, () => notes[k++] ?? "\r");
}
