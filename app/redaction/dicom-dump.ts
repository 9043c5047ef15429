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
/** dcmtk, gdcm, dcm4che: the VR right after the tag. */
const VR_AFTER_TAG = /^[ \t]{1,8}[A-Z]{2}[ \t]/;
/** pydicom: the attribute's name, then `VR: value`. */
const PYDICOM_VR = /[ \t][A-Z]{2}: /;

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
        // The attribute's name and VR are kept from the sweep ("Patient's Name" is no labelled name).
        out.push(
          text.slice(copied, start + value.tag),
          ctx.keep(line.slice(value.tag, value.start)),
          ctx.phi(value.text, value.type),
          ctx.keep(line.slice(value.start + value.text.length)),
        );
        copied = end;
        if (value.text.length >= MIN_ECHO && seen.size < MAX_ECHOED) seen.set(value.text, value.type);
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

/** The person's value on a dump line, where it stands in the line and its type; null for any other line. */
function personValue(line: string): { text: string; start: number; tag: number; type: string } | null {
  const tag = TAG.exec(line);
  if (!tag) return null;
  const type = DICOM_PERSON_TAGS.get((tag[1] + tag[2]).toUpperCase());
  if (!type) return null;
  const after = tag.index + tag[0].length;
  const rest = line.slice(after);
  let from: number;
  let to: number;
  if (VR_AFTER_TAG.test(rest)) {
    from = rest.indexOf("[") + 1;
    to = rest.lastIndexOf("]");
    if (from <= 0 || to < from) return null;
  } else {
    const vr = PYDICOM_VR.exec(rest);
    if (!vr) return null;
    from = vr.index + vr[0].length;
    to = rest.trimEnd().length;
    const quote = rest[from];
    if (quote === "'" || quote === '"') {
      const close = rest.lastIndexOf(quote);
      if (close <= from) return null;
      from++;
      to = close;
    }
  }
  const raw = rest.slice(from, to);
  if (!isPersonValue(raw)) return null;
  const text = raw.trim();
  return { text, start: after + from + raw.indexOf(text), tag: tag.index, type };
}
