// DICOM headers printed by the usual tools, one attribute a line, read by tag:
//   dcmtk dcmdump, gdcmdump     (0010,0010) PN [Doe^John]                #   8, 1 PatientName
//   dcm4che dcmdump / dcm2txt   1166:(0010,0010) PN #8 [Doe^John] Patient's Name   (`>` before sequence items)
//   pydicom print(ds)           (0010, 0010) Patient's Name                      PN: 'Doe^John'
// with any prefix before the tag (indentation, a log level, `I: `, `# `). Under a person's tag (dicom-tags.ts) the
// value goes: the text between the brackets, or after `VR: ` (inside its quotes when it is quoted). The tag, the VR,
// the attribute's name, UIDs and every other attribute stay byte for byte. One pass over the lines; on each line one
// bounded search for the tag.
import type { ItemContext } from "./context";
import { DICOM_PERSON_TAGS, isPersonValue } from "./dicom-tags";

const TAG = /\(([0-9A-Fa-f]{4}), ?([0-9A-Fa-f]{4})\)/;
/** The value representations of PS3.5 6.2: the two letters every dump prints beside the tag. */
const VRS = new Set(
  "AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split(" "),
);
/** dcmtk, gdcm, dcm4che: the VR right after the tag (dcm4che: then `#length`), then the bracketed value. */
const DCMTK_HEAD = /^[ \t]{1,8}([A-Z]{2})[ \t]{1,40}(?:#[ \t]{0,8}\d{1,10}[ \t]{1,8})?\[/;
/** dcm4che's attribute name: capitalised words and "of" ("Patient's Name", "Physician(s) of Record"). */
const ATTRIBUTE_NAME = String.raw`[A-Z][A-Za-z']{0,30}(?:\(s\))?(?: (?:[A-Z][A-Za-z']{0,30}(?:\(s\))?|of)){0,8}`;
/** What follows dcmtk's value: `]`, then `#   8, 1 PatientName` (dcmtk) or `Patient's Name` (dcm4che). */
const DCMTK_TAIL = new RegExp(
  String.raw`^\][ \t]*(?:#[ \t]{0,8}\d{1,10},[ \t]{0,8}\d{1,10}[ \t]{1,8}[A-Za-z]{1,64}|${ATTRIBUTE_NAME})?`,
);
/** pydicom: the attribute's name, blanks, then `VR: ` and the quoted value. */
const PYDICOM_HEAD = /^[ \t]{1,8}[A-Z][A-Za-z0-9' ()&/,.-]{0,63}[ \t]{1,60}([A-Z]{2}): (['"])/;

export function redactDicomDump(text: string, ctx: ItemContext): string {
  if (!text.includes(",")) return text;
  const out: string[] = [];
  const seen = new Map<string, string>();
  let copied = 0;
  // The next "(" is looked for again only once the lines have passed it.
  let paren = -2;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (paren !== -1 && paren < start) paren = text.indexOf("(", start);
    if (paren >= 0 && paren < end) {
      const line = text.slice(start, end);
      const value = personValue(line);
      if (value) {
        // The tag, VR and attribute's name are kept from the sweep ("Patient's Name" is no labelled name); any other
        // text on the line (a URL with its token, an e-mail) is left to it.
        const after = value.start + value.text.length;
        out.push(
          text.slice(copied, start + value.tag),
          ctx.keep(line.slice(value.tag, value.start)),
          ctx.phi(value.text, value.type),
          ctx.keep(line.slice(after, after + value.tail)),
        );
        copied = start + after + value.tail;
        if (echoable(value.text) && seen.size < MAX_ECHOED) seen.set(value.text, value.type);
      }
    }
    start = end + 1;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return seen.size ? echoes(out.join(""), seen, ctx) : out.join("");
}

/** A value shorter than this is not looked for elsewhere in the paste (a 2-digit patient id would hit any number). */
const MIN_ECHO = 4;
/**
 * Whether a value is distinctive enough to be looked for elsewhere: a DICOM name (`Citizen^Jan`) or an id mixing
 * letters and digits (`ABCD1234`). A bare number (`2024`) or word (`TEST`, `admin`) would also hit years, URLs, prose.
 */
function echoable(value: string): boolean {
  if (value.length < MIN_ECHO) return false;
  return value.includes("^") || (/\p{L}/u.test(value) && /\p{N}/u.test(value));
}

/** At most this many distinct values are looked for elsewhere: one search of the text each. */
const MAX_ECHOED = 64;

/**
 * The values read under a person's tag, wherever else they stand in the paste as a whole token (a Python session's
 * `elem.value = 'Citizen^Jan'` or its echo `'CompressedSamples^CT1'` before the dump line that names them).
 */
function echoes(text: string, seen: ReadonlyMap<string, string>, ctx: ItemContext): string {
  let out = text;
  for (const [value, type] of seen) {
    if (!out.includes(value)) continue;
    const parts: string[] = [];
    let copied = 0;
    for (let at = out.indexOf(value); at >= 0; at = out.indexOf(value, at + value.length)) {
      const before = at > 0 ? out[at - 1] : "";
      const after = out[at + value.length] ?? "";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      parts.push(out.slice(copied, at), ctx.phi(value, type));
      copied = at + value.length;
    }
    if (copied > 0) out = parts.join("") + out.slice(copied);
  }
  return out;
}

/**
 * The person's value on a dump line, where it stands in the line, how many characters after it are the dump's own
 * (dcmtk's `]  # 8, 1 PatientName`) and its type; null for any other line.
 */
function personValue(line: string): { text: string; start: number; tag: number; tail: number; type: string } | null {
  const tag = TAG.exec(line);
  if (!tag) return null;
  const type = DICOM_PERSON_TAGS.get((tag[1] + tag[2]).toUpperCase());
  if (!type) return null;
  const after = tag.index + tag[0].length;
  const rest = line.slice(after);
  let from: number;
  let to: number;
  const dcmtk = DCMTK_HEAD.exec(rest);
  const pydicom = dcmtk ? null : PYDICOM_HEAD.exec(rest);
  if (dcmtk && VRS.has(dcmtk[1])) {
    from = dcmtk[0].length;
    // The value ends at the first `]` no letter or digit follows (a comment may hold brackets of its own).
    to = closing(rest, "]", from);
  } else if (pydicom && VRS.has(pydicom[1])) {
    from = pydicom[0].length;
    to = closing(rest, pydicom[2], from);
  } else return null;
  if (to < 0) return null;
  const raw = rest.slice(from, to);
  if (!isPersonValue(raw)) return null;
  const text = raw.trim();
  const valueEnd = from + raw.indexOf(text) + text.length;
  // Blanks inside the brackets, the closing bracket or quote, and dcmtk's own comment.
  const tail = to - valueEnd + (dcmtk ? (DCMTK_TAIL.exec(rest.slice(to))?.[0].length ?? 0) : 1);
  return { text, start: after + valueEnd - text.length, tag: tag.index, tail, type };
}

/** Where the value that starts at `from` closes: the first `close` no letter or digit follows; -1 if none. */
function closing(rest: string, close: string, from: number): number {
  for (let at = rest.indexOf(close, from); at >= 0; at = rest.indexOf(close, at + 1)) {
    const next = rest[at + 1];
    if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) return at;
  }
  return -1;
}
