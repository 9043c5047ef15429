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

// What stands between group and element here must also pass dicom-tags.ts isBetween (the gate), or the paste never
// reaches this reader.
const TAG = /\(([0-9A-Fa-f]{4})[,|] ?([0-9A-Fa-f]{4})\)/;
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

/** Reads the dump lines of `text`; each value that went is added to `seen` (to be looked for elsewhere, dicom.ts). */
export function redactDicomDump(text: string, ctx: ItemContext, seen: Map<string, string>): string {
  if (!text.includes(",") && !text.includes("|")) return text;
  const out: string[] = [];
  let copied = 0;
  // The next "(" is looked for again only once the lines have passed it.
  let paren = -2;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (paren !== -1 && paren < start) paren = text.indexOf("(", start);
    if (paren >= 0 && paren < end) {
      const line = text.slice(start, end);
      const value = dumpValue(line);
      if (value?.type) {
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
        seen.set(value.text, value.type);
      } else if (value) {
        // Any other attribute: its tag, VR and name are the dump's own ("Patient Position", "Setup Technique
        // Description" are no person's names); its value is left to the sweep.
        const valueEnd = value.start + value.text.length;
        out.push(
          text.slice(copied, start + value.tag),
          ctx.keep(line.slice(value.tag, value.start)),
          value.text,
          ctx.keep(line.slice(valueEnd, valueEnd + value.tail)),
        );
        copied = start + valueEnd + value.tail;
      }
    }
    start = end + 1;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/**
 * The value on a dump line, where it stands in the line, how many characters after it are the dump's own (dcmtk's
 * `]  # 8, 1 PatientName`) and its type (null for an attribute that is no person's: the value as written, blanks
 * included); null for a person's blank value and for any line that is no dump line.
 */
function dumpValue(
  line: string,
): { text: string; start: number; tag: number; tail: number; type: string | null } | null {
  const tag = TAG.exec(line);
  if (!tag) return null;
  const type = DICOM_PERSON_TAGS.get((tag[1] + tag[2]).toUpperCase()) ?? null;
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
  // The closing bracket or quote, and dcmtk's own comment.
  const close = dcmtk ? (DCMTK_TAIL.exec(rest.slice(to))?.[0].length ?? 0) : 1;
  if (!type) return { text: raw, start: after + from, tag: tag.index, tail: close, type: null };
  if (!isPersonValue(raw)) return null;
  const text = raw.trim();
  const valueEnd = from + raw.indexOf(text) + text.length;
  // Blanks inside the brackets, then the close.
  const tail = to - valueEnd + close;
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
