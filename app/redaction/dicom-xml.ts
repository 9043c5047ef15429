// DICOM attributes written as XML, wherever they stand in a paste:
//   dcmtk dcm2xml / xml2dcm   <element tag="0010,0010" vr="PN" vm="1" len="8" name="PatientName">Doe^John</element>
//   PS3.19 native XML         <DicomAttribute tag="00100010" vr="PN" keyword="PatientName"><PersonName number="1">
//                               <Alphabetic><FamilyName>Doe</FamilyName>…</Alphabetic></PersonName></DicomAttribute>
//                             <DicomAttribute tag="00100020" vr="LO"><Value number="1">Z000016388</Value></…>
//   dcm4che 2 XML             <attr tag="00100010" vr="PN" len="8">Doe^John</attr>
// Under a person's tag (dicom-tags.ts) every text between the element's start tag and its closing tag goes (a name's
// components each on their own); the tags, attributes and every other element stay. The element is found by its
// `tag="…"` attribute, then its closing tag among those one scan of the paste listed (each name's closing tags in
// order, with a cursor that only moves forward); reading goes on after it, so each character is read a bounded number
// of times, however many element names the paste holds. A self-closing element's `value="…"` goes; an element that
// is never closed is left as it is.
import type { ItemContext } from "./context";
import { isPersonValue, personTagType } from "./dicom-tags";

// What stands between group and element here must also pass dicom-tags.ts isBetween (the gate), or the paste never
// reaches this reader.
const TAG_ATTRIBUTE = /\btag=(["'])\(?([0-9A-Fa-f]{4},? ?[0-9A-Fa-f]{4})\)?\1/g;
/** How far before `tag=` the element's `<name` may stand (its other attributes). */
const START_REACH = 300;
const ELEMENT_NAME = /^<([A-Za-z_][\w:.-]{0,63})[\s/>]/;
/** The value attribute of a self-closing element, after its `tag="…"`. */
const VALUE_ATTRIBUTE = /\bvalue=(?:"([^"\n]{0,200})"|'([^'\n]{0,200})')/;
const CLOSING_TAG = /<\/([A-Za-z_][\w:.-]{0,63})>/g;

/** Where each element name's closing tags stand, in order, and how many of them reading has passed. */
type Closings = Map<string, { at: number[]; next: number }>;

function closings(text: string): Closings {
  const found: Closings = new Map();
  CLOSING_TAG.lastIndex = 0;
  for (let m = CLOSING_TAG.exec(text); m; m = CLOSING_TAG.exec(text)) {
    const list = found.get(m[1]);
    if (list) list.at.push(m.index);
    else found.set(m[1], { at: [m.index], next: 0 });
  }
  return found;
}

/** The first closing tag of `name` at or after `from` (from only grows between calls); -1 if none. */
function closeAfter(found: Closings, name: string, from: number): number {
  const list = found.get(name);
  if (!list) return -1;
  while (list.next < list.at.length && list.at[list.next] < from) list.next++;
  return list.next < list.at.length ? list.at[list.next] : -1;
}

export function redactDicomXml(text: string, ctx: ItemContext, seen?: Map<string, string>): string {
  if (!text.includes("tag=")) return text;
  const out: string[] = [];
  let copied = 0;
  let found: Closings | null = null;
  TAG_ATTRIBUTE.lastIndex = 0;
  for (let m = TAG_ATTRIBUTE.exec(text); m; m = TAG_ATTRIBUTE.exec(text)) {
    const type = personTagType(m[2]);
    if (!type) continue;
    // The start tag around the attribute, looked for within a bounded window on each side.
    const windowStart = Math.max(0, m.index - START_REACH);
    const before = text.slice(windowStart, m.index);
    const lt = before.lastIndexOf("<");
    if (lt < 0 || before.lastIndexOf(">") > lt) continue;
    const open = windowStart + lt;
    const name = ELEMENT_NAME.exec(text.slice(open, open + 66))?.[1];
    const gt = text.slice(m.index, m.index + START_REACH).indexOf(">");
    const startEnd = gt < 0 ? -1 : m.index + gt;
    if (!name || startEnd < 0) continue;
    if (text[startEnd - 1] === "/") {
      // A self-closing element holds its value in an attribute: `<element tag="0010,0010" value="Doe^John"/>`.
      const attribute = VALUE_ATTRIBUTE.exec(text.slice(m.index, startEnd));
      const raw = attribute ? (attribute[1] ?? attribute[2]) : undefined;
      if (attribute && raw !== undefined && isPersonValue(raw)) {
        const value = raw.trim();
        const from = m.index + attribute.index + attribute[0].length - 1 - raw.length + raw.indexOf(value);
        if (from >= copied) {
          out.push(text.slice(copied, from), ctx.phi(value, type));
          copied = from + value.length;
          seen?.set(value, type);
        }
      }
      continue;
    }
    const closeTag = `</${name}>`;
    found ??= closings(text);
    const close = closeAfter(found, name, startEnd);
    if (close < 0) continue;
    // Each text node of the element's content: what stands between a `>` and the next `<`.
    for (let at = startEnd; at < close;) {
      const next = text.indexOf("<", at + 1);
      const end = next < 0 || next > close ? close : next;
      const raw = text.slice(at + 1, end);
      if (isPersonValue(raw)) {
        const value = raw.trim();
        const from = at + 1 + raw.indexOf(value);
        out.push(text.slice(copied, from), ctx.phi(value, type));
        copied = from + value.length;
        seen?.set(value, type);
      }
      at = next < 0 || next >= close ? close : text.indexOf(">", next);
      if (at < 0) break;
    }
    TAG_ATTRIBUTE.lastIndex = close + closeTag.length;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}
