// HL7 v2 in its XML encoding (`urn:hl7-org:v2xml`: `<PID.5><XPN.1><FN.1>Holmes</FN.1></XPN.1></PID.5>`), as an MPI's
// SOAP answer, an integration engine's XML view of a message or its log carries it: with or without the namespace, on
// one line or pretty printed, the elements bare or with `Item`/`Type`/`LongName` attributes. An element is named by
// its position: a segment's field (`PID.5`), under it a component (`XPN.1`), under that a subcomponent (`FN.1`). A
// value goes when the HL7 field table (hl7.ts) names its field and component, as in a pipe-delimited message; tags,
// attributes and the other values (codes, assigning authorities, states) stay. Text outside the fields (a log line's
// prefix, an envelope's text) and free text (OBX-5, NTE-3) is swept as prose. One scan of the lines read: linear.
import type { ItemContext } from "./context";
import { hl7ValueType } from "./hl7";
import { eachWord, replaceWords } from "./value-words";
import { encode } from "./xml-fhir";
import { decodeXmlValue } from "~/lib/xml-text";

/** A field element: segment id and field number (`PID.5`). */
const FIELD = /^([A-Z][A-Z0-9]{2})\.(\d{1,3})$/;
/** A component or subcomponent element: data type and position (`XPN.1`, `FN.1`). */
const POSITION = /\.(\d{1,3})$/;
/** A start tag of a field element, perhaps with a namespace prefix (`<v2:PID.5>`): the cheap test of a line. */
const FIELD_TAG = /<(?:[\w-]{1,40}:)?[A-Z][A-Z0-9]{2}\.\d{1,3}[\s/>]/;
/** Fields whose value is free text, swept as prose rather than judged by position. */
const FREE_TEXT = new Set(["OBX.5", "NTE.3"]);

/** Does `line` hold an element of HL7 v2's XML encoding? */
export const hasHl7XmlField = (line: string): boolean => line.includes("<") && FIELD_TAG.test(line);

/** The open elements, with a count per name so an end tag with no start tag open is skipped in constant time. */
class OpenElements {
  readonly names: string[] = [];
  private readonly count = new Map<string, number>();
  push(name: string): void {
    this.names.push(name);
    this.count.set(name, (this.count.get(name) ?? 0) + 1);
  }
  /** Close `name` and every element opened inside it (left open by the writer); nothing when it is not open. */
  close(name: string): void {
    if (!this.count.get(name)) return;
    for (;;) {
      const top = this.names.pop()!;
      this.count.set(top, this.count.get(top)! - 1);
      if (top === name) return;
    }
  }
  /** The `k`-th element from the top (0: the innermost), or undefined. */
  at(k: number): string | undefined {
    return this.names[this.names.length - 1 - k];
  }
}

/**
 * Where a text run stands: its field (`PID`, 5, `PID.5`) and component, when one of the three innermost elements is a
 * field: inside its segment's element, or with no v2 element around it (fields logged without their segment).
 */
function position(open: OpenElements): { segment: string; field: number; name: string; component: number } | null {
  for (let k = 0; k < 3; k++) {
    const name = open.at(k);
    if (name === undefined) return null;
    const m = FIELD.exec(name);
    // A field stands in its segment's element (`<PID><PID.5>`) or alone; a data type's component (`<XPN.1>`) stands in
    // a field or a component.
    const parent = open.at(k + 1);
    if (!m || (parent !== m[1] && parent !== undefined && POSITION.test(parent))) continue;
    const below = k > 0 ? POSITION.exec(open.at(k - 1)!) : null;
    return { segment: m[1], field: Number(m[2]), name, component: below ? Number(below[1]) : 1 };
  }
  return null;
}

/** The name of the tag `tag` (`<PID.5 Item="108">`, `</PID.5>`, `<ns:Tag/>`), its kind, without a namespace prefix. */
function tagOf(tag: string): { name: string; kind: "start" | "end" | "empty" | "other" } {
  if (tag.startsWith("<!") || tag.startsWith("<?")) return { name: "", kind: "other" };
  const end = tag.startsWith("</");
  const m = /^<\/?(?:[\w.-]+:)?([\w.-]+)/.exec(tag);
  if (!m) return { name: "", kind: "other" };
  return { name: m[1], kind: end ? "end" : tag.endsWith("/>") ? "empty" : "start" };
}

/**
 * The lines from `i` that hold an HL7 v2 XML document, redacted, and how many they are: the line holding a field
 * element, then the lines after it while an element is still open and the next line holds markup. Null when line `i`
 * holds no field element. Not read (`text` null, `count` the lines looked at, none of which starts a document) when
 * the span is no v2 XML: a field or component left open at its end (`<PID.5>` written in a sentence), or an element
 * that is not a component inside a field (other XML after such a sentence). `sweep` sweeps prose.
 */
export function redactHl7XmlLines(
  lines: string[],
  i: number,
  ctx: ItemContext,
  sweep: (text: string) => string,
): { text: string | null; count: number } | null {
  if (!hasHl7XmlField(lines[i])) return null;
  let end = i + 1;
  const open = new OpenElements();
  const parts: Array<{ text: string; prose: boolean; type?: ReturnType<typeof hl7ValueType> }> = [];
  const judge = (raw: string) => {
    if (!raw.trim()) return parts.push({ text: raw, prose: false });
    const at = position(open);
    if (!at || FREE_TEXT.has(at.name)) return parts.push({ text: raw, prose: true });
    const type = hl7ValueType(at.segment, at.field, at.component);
    if (!type) return parts.push({ text: raw, prose: false });
    // Replaced once the span is known to be v2 XML (a value taken registers it).
    parts.push({ text: raw, prose: false, type });
  };
  for (let k = i; k < end; k++) {
    const s = lines[k];
    let at = 0;
    while (at < s.length) {
      const lt = s.indexOf("<", at);
      if (lt < 0) {
        judge(s.slice(at));
        break;
      }
      if (lt > at) judge(s.slice(at, lt));
      const gt = s.indexOf(">", lt);
      if (gt < 0) {
        // A tag cut off at the line's end: the rest of the line is read as text.
        parts.push({ text: s.slice(lt), prose: true });
        break;
      }
      const tag = s.slice(lt, gt + 1);
      parts.push({ text: tag, prose: false });
      const { name, kind } = tagOf(tag);
      // Inside a field or component only components stand.
      const inField = open.at(0) !== undefined && POSITION.test(open.at(0)!);
      if ((kind === "start" || kind === "empty") && inField && !POSITION.test(name))
        return { text: null, count: k - i + 1 };
      if (kind === "start") open.push(name);
      else if (kind === "end") open.close(name);
      at = gt + 1;
    }
    if (open.names.length && end < lines.length && end === k + 1 && lines[end].includes("<")) end++;
  }
  if (open.names.some((name) => POSITION.test(name))) return { text: null, count: end - i };
  // The values replaced; prose runs swept, the words of the values removed taken out of them too (a name repeated in a
  // note).
  const removed = new Set<string>();
  for (const part of parts) {
    if (!part.type) continue;
    const lead = part.text.length - part.text.trimStart().length;
    const value = part.text.trim();
    eachWord(decodeXmlValue(value), 3, (w) => {
      if (!/^\d{1,3}$/.test(w)) removed.add(w);
    });
    const replaced = encode(ctx.phi(decodeXmlValue(value), part.type));
    part.text = part.text.slice(0, lead) + replaced + part.text.slice(lead + value.length);
  }
  let text = "";
  for (let k = 0; k < parts.length;) {
    if (!parts[k].prose) {
      text += parts[k++].text;
      continue;
    }
    let run = "";
    while (k < parts.length && parts[k].prose) run += parts[k++].text;
    const swept = sweep(run);
    text += removed.size ? replaceWords(swept, 3, (w) => (removed.has(w) ? ctx.phi(w, "phi") : w)) : swept;
  }
  return { text, count: end - i };
}
