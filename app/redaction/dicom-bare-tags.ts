// DICOM attributes printed one a line with the tag not in dcmtk's brackets and the value not in `[]` or quotes:
//   0x00080090 Smith^Ann                      (0x0010,0x0010) Doe^John
//   0010,0010 PN Doe^John                     0008,0090  ReferringPhysicianName  PN  Smith^Ann
// The tag leads its line (after indentation). Under a person's tag (dicom-tags.ts) the rest of the line goes, after
// the attribute's keyword and VR when they are written; the tag, keyword and VR stay, and so do other attributes'
// tags, keywords and VRs (their values are left to the sweep). A tag
// written `0010,0010` (no `0x`, no brackets) counts only with a VR after it, so a CSV row of numbers is no attribute.
// One anchored, bounded match at the start of each line.
import type { ItemContext } from "./context";
import { DICOM_PERSON_KEYWORDS, DICOM_PERSON_TAGS, isPersonValue } from "./dicom-tags";

// What stands between group and element here must also pass dicom-tags.ts isBetween (the gate), or the paste never
// reaches this reader.
const HEAD = new RegExp(
  String.raw`^[ \t]{0,16}(?:\(0x([0-9A-Fa-f]{4}), ?0x([0-9A-Fa-f]{4})\)|0x([0-9A-Fa-f]{4})([0-9A-Fa-f]{4})|([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})(?=(?:[ \t]{1,8}[A-Za-z]{1,64})?[ \t]{1,8}[A-Z]{2}[ \t]))` +
    String.raw`(?:[ \t]{1,8}([A-Za-z]{1,64}))?(?:[ \t]{1,8}([A-Z]{2}))?[ \t]{1,8}`,
);
/** The value representations of PS3.5 6.2. */
const VRS = new Set(
  "AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split(" "),
);
const KEYWORDS = new Set([...DICOM_PERSON_KEYWORDS.keys()].map((k) => k.toLowerCase()));
/** A value longer than this is no attribute's value printed on a line. */
const MAX_VALUE = 200;

/** Reads the bare-tag lines of `text`; each value that went is added to `seen` (looked for elsewhere, dicom.ts). */
export function redactDicomBareTags(text: string, ctx: ItemContext, seen: Map<string, string>): string {
  const out: string[] = [];
  let copied = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const head = HEAD.exec(line);
    const value = head ? personValue(head, line) : null;
    if (head && !value && head[8] && VRS.has(head[8]) && !personTag(head)) {
      // Any other attribute with its VR written: the tag, keyword and VR are the dump's own ("Modality CS" is no
      // address); its value is left to the sweep.
      out.push(text.slice(copied, start), ctx.keep(head[0]));
      copied = start + head[0].length;
    } else if (head && value) {
      const at = start + value.start;
      out.push(text.slice(copied, start), ctx.keep(line.slice(0, value.start)), ctx.phi(value.text, value.type));
      copied = at + value.text.length;
      seen.set(value.text, value.type);
    }
    start = end + 1;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/** The person's type of the line's tag, or undefined. */
function personTag(head: RegExpExecArray): string | undefined {
  const tag = (head[1] ?? head[3] ?? head[5]) + (head[2] ?? head[4] ?? head[6]);
  return DICOM_PERSON_TAGS.get(tag.toUpperCase());
}

/** The person's value after the tag (its keyword and VR), where it starts, its type; null for anything else. */
function personValue(head: RegExpExecArray, line: string): { text: string; start: number; type: string } | null {
  const type = personTag(head);
  if (!type) return null;
  const [word, vr] = [head[7], head[8]];
  // The word after the tag is its keyword or VR (kept) only when it is one; otherwise it is the value's first word.
  if (vr && !VRS.has(vr)) return null;
  if (word && !KEYWORDS.has(word.toLowerCase()) && !(VRS.has(word) && !vr)) return null;
  const raw = line.slice(head[0].length).trimEnd();
  if (raw.length > MAX_VALUE || !isPersonValue(raw) || /^[=:]/.test(raw)) return null;
  return { text: raw, start: head[0].length, type };
}
