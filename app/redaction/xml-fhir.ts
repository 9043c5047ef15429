// FHIR resources in XML (`<Patient xmlns="http://hl7.org/fhir">…`, a `<Bundle>` of them, an `<?xml …?>` prolog before,
// the namespace bound to a prefix: `<fhir:Patient xmlns:fhir="http://hl7.org/fhir">`, CDATA read as text):
// read into the JSON tree the FHIR JSON rules walk — an element's `value` attribute is its primitive, its child
// elements are its members (a repeated element is a repeated key), a resource inside `<resource>` or `<contained>` is
// an object with its resourceType, the narrative `<div>` is one string — redacted by those same rules (json.ts), and
// the values written back where they stood: tags, attributes, comments and spacing stay, so the XML still parses.
// Comments and stray text are swept as prose. A document cut off (a log or a terminal truncated it) is read element by
// element up to where it stops, and a value cut inside its quotes goes whole. One scan of the text, one walk of the
// tree (a cut-off document: one more scan up to where the first stopped): linear in the input.
import type { ItemContext } from "./context";
import { redactJsonAst } from "./json";
import type { JNode, JObject } from "./json-ast";
import { firstNotBefore } from "./sorted-search";
import { applyEdits } from "./text-edits";
import { sweepProse } from "./embedded-json";
import { eachWord, replaceWords } from "./value-words";
import { cdaEdits, type XmlEdit, type XmlEdits } from "./xml-cda";
import { decodeXmlValue as decode, XML_ENTITIES } from "~/lib/xml-text";

const FHIR_NS = "http://hl7.org/fhir";
/** CDA and C-CDA (`<ClinicalDocument xmlns="urn:hl7-org:v3">`): read into the same tree, judged by xml-cda.ts. */
export const CDA_NS = "urn:hl7-org:v3";
const ROOT_NAMESPACES = new Set([FHIR_NS, CDA_NS]);
/**
 * A C-CDA header's patient part pasted without its document (`<recordTarget>` or `<patientRole>`, no namespace in
 * sight): read as CDA, the patient's elements judged by xml-cda.ts.
 */
const CDA_FRAGMENT_ROOTS = new Set(["recordTarget", "patientRole"]);

interface Attr {
  name: string;
  value: string;
  /** Offsets of the value between its quotes. */
  start: number;
  end: number;
}

export interface XmlElement {
  /** The local name (a prefix bound to a namespace taken off). */
  name: string;
  /** The name as written, which its end tag repeats. */
  tag: string;
  /** The namespaces in scope: prefix ("" for the default) → URI. */
  ns: Namespaces;
  attrs: Attr[];
  children: XmlElement[];
  /** A narrative `<div>`: its whole text (start tag to end tag), read as one value. */
  raw?: { start: number; end: number };
}

/** A span of the text to sweep as prose (a comment's inside, text between elements). */
export interface ProseSpan {
  start: number;
  end: number;
  /** The element whose text content it is (none for a comment, CDATA, or text outside the root). */
  owner?: XmlElement;
}

export interface Parsed {
  root: XmlElement;
  /** The root's namespace: FHIR's or CDA's. */
  ns: string;
  /** Offset just past the root's end tag; for a document cut off, just past the last markup read (or the cut value). */
  end: number;
  prose: ProseSpan[];
  /** The document stops before its root's end tag (cut off, or broken further on). */
  cut: boolean;
}

type Namespaces = ReadonlyMap<string, string>;
const NO_NAMESPACES: Namespaces = new Map();

/** The namespaces in scope in an element: its parent's, with the `xmlns` and `xmlns:p` attributes it declares. */
function scope(parent: Namespaces, attrs: Attr[]): Namespaces {
  let ns: Map<string, string> | null = null;
  for (const a of attrs) {
    if (a.name !== "xmlns" && !a.name.startsWith("xmlns:")) continue;
    ns ??= new Map(parent);
    ns.set(a.name === "xmlns" ? "" : a.name.slice(6), a.value);
  }
  return ns ?? parent;
}

/** The local name of a tag and the URI of its namespace in `ns` (undefined when its prefix is bound to none). */
function resolve(tag: string, ns: Namespaces): { local: string; uri: string | undefined } {
  const colon = tag.indexOf(":");
  return colon < 0
    ? { local: tag, uri: ns.get("") }
    : { local: tag.slice(colon + 1), uri: ns.get(tag.slice(0, colon)) };
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * A text being read for FHIR XML documents, kept from one attempt to the next so that no attempt reads again what an
 * earlier one read: a search for a close marker (`-->`, `?>`, a quote) that found nothing from an offset finds nothing
 * from any later one either, and is answered without reading; `far` is the furthest offset a search that found
 * something, or a narrative `<div>` that never closed, made the reading look at — an attempt starts past it.
 */
export class FhirXmlReader {
  far = 0;
  /** Close marker → the least offset from which the text holds none. */
  private readonly none = new Map<string, number>();
  /** Close marker → where the last search that found it started, and where it found it. */
  private readonly found = new Map<string, { from: number; at: number }>();
  constructor(readonly text: string) {}
  /** `text.indexOf(needle, from)`. */
  find(needle: string, from: number): number {
    const none = this.none.get(needle);
    if (none !== undefined && from >= none) return -1;
    // The last search for `needle` found it at `at` from `from`: none stands between, so a search from between finds it.
    const last = this.found.get(needle);
    if (last && from >= last.from && from <= last.at) return last.at;
    const at = this.text.indexOf(needle, from);
    if (at < 0) this.none.set(needle, Math.min(from, none ?? from));
    else {
      this.found.set(needle, { from, at });
      this.look(at + needle.length);
    }
    return at;
  }
  look(to: number): void {
    if (to > this.far) this.far = to;
  }
  private divs?: DivTags;
  /** Offset past the `</div>` that closes a `<div>` whose start tag ended at `i`, or -1 (see DivTags). */
  divEnd(i: number): number {
    this.divs ??= new DivTags(this);
    const end = this.divs.end(i);
    if (end >= 0) this.look(end);
    return end;
  }
}
type Reader = FhirXmlReader;

/** Past the white space from `i`. */
function skipSpace(r: Reader, i: number): number {
  const text = r.text;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  r.look(i + 1);
  return i;
}

/** The name at `i`, or null. */
function nameAt(text: string, i: number): string | null {
  NAME.lastIndex = i;
  return NAME.exec(text)?.[0] ?? null;
}

/**
 * A start tag at `i` (just past `<`): its name, attributes, whether it closes itself, and the offset past its `>`.
 * Null when it is not a well-formed tag.
 */
function startTag(r: Reader, i: number): { name: string; attrs: Attr[]; empty: boolean; next: number } | null {
  const text = r.text;
  const name = nameAt(text, i);
  if (!name) return null;
  i += name.length;
  const attrs: Attr[] = [];
  for (;;) {
    const j = skipSpace(r, i);
    if (text.startsWith("/>", j)) return { name, attrs, empty: true, next: j + 2 };
    if (text[j] === ">") return { name, attrs, empty: false, next: j + 1 };
    if (j === i) return null;
    const attr = nameAt(text, j);
    if (!attr) return null;
    let k = skipSpace(r, j + attr.length);
    if (text[k] !== "=") return null;
    k = skipSpace(r, k + 1);
    const quote = text[k];
    if (quote !== '"' && quote !== "'") return null;
    const close = r.find(quote, k + 1);
    if (close < 0 || text.slice(k + 1, close).includes("<")) return null;
    attrs.push({ name: attr, value: decode(text.slice(k + 1, close)), start: k + 1, end: close });
    i = close + 1;
  }
}

/**
 * The `<div>` start and end tags of the whole text, in one scan (built the first time a narrative is read): for each,
 * the offset past its `>` and the depth after it (a start tag +1, an end tag -1, a `<div/>` not counted), and for each
 * the first later tag where the depth falls below its own (a stack, one pass). A narrative whose start tag ended at
 * `i` ends at the first tag after `i` whose depth falls below the depth before `i`: the same answer a scan from `i`
 * gives (`i` is past a `>`, so no tag of this scan holds it), found without reading the text again.
 */
class DivTags {
  readonly at: number[] = [];
  readonly past: number[] = [];
  /** Index of the first later tag whose depth is below this one's; -1 when none. */
  readonly below: number[];
  private readonly depth: number[] = [];

  constructor(r: Reader) {
    const text = r.text;
    let depth = 0;
    for (let i = 0; ;) {
      const lt = text.indexOf("<", i);
      if (lt < 0) break;
      const close = text.startsWith("</div", lt);
      if (close || (text.startsWith("<div", lt) && /[\s/>]/.test(text[lt + 4] ?? ""))) {
        const gt = text.indexOf(">", lt);
        // An end tag that never closes: no narrative ends past it (a scan from before it stops there).
        if (gt < 0) break;
        i = gt + 1;
        if (!close && text[gt - 1] === "/") continue;
        depth += close ? -1 : 1;
        this.at.push(lt);
        this.past.push(gt + 1);
        this.depth.push(depth);
      } else i = lt + 1;
    }
    const open: number[] = [];
    this.below = new Array<number>(this.depth.length).fill(-1);
    for (let k = 0; k < this.depth.length; k++) {
      while (open.length && this.depth[open[open.length - 1]] > this.depth[k]) this.below[open.pop()!] = k;
      open.push(k);
    }
  }

  /** Offset past the `</div>` that closes a `<div>` whose start tag ended at `i` (nested divs counted), or -1. */
  end(i: number): number {
    // The first tag at or after `i`, by binary search.
    const lo = firstNotBefore(this.at.length, (k) => this.at[k] < i);
    if (lo === this.at.length) return -1;
    // The depth before `i` is the depth after tag lo-1 (0 before the first): the first tag from lo below it.
    const before = lo === 0 ? 0 : this.depth[lo - 1];
    const k = this.depth[lo] < before ? lo : lo === 0 ? this.firstBelow(0, before) : this.below[lo - 1];
    return k < 0 ? -1 : this.past[k];
  }

  /** The first tag from `k` whose depth is below `depth` (only from the first tag: no tag before it to ask). */
  private firstBelow(k: number, depth: number): number {
    for (; k >= 0 && k < this.depth.length; k = this.below[k]) if (this.depth[k] < depth) return k;
    return -1;
  }
}

/**
 * The FHIR XML document starting at `from` (white space, an `<?xml …?>` prolog and comments allowed before its root),
 * or null when there is none there: the root must be in the FHIR namespace (`xmlns="http://hl7.org/fhir"`, or a prefix
 * bound to it). A document that stops before its root's end tag — cut off, or broken further on — is read up to the
 * last markup before it stopped (`cut`); a start tag cut inside an attribute's quotes at the end of its line is read
 * too, the value running to the line's end. `reached` is the furthest offset the reading looked at: a caller that
 * finds no document tries again past it, and past the end of a document it found, with the same `reader`, so no part
 * of the text is read twice but the markup an attempt failed on (linear overall; see FhirXmlReader).
 */
export function parseFhirXml(reader: FhirXmlReader, from: number): { parsed: Parsed | null; reached: number } {
  const parsed = readDocument(reader, from);
  return { parsed, reached: Math.max(reader.far, from + 1) };
}

function readDocument(r: Reader, from: number): Parsed | null {
  const text = r.text;
  const stack: XmlElement[] = [];
  const prose: ProseSpan[] = [];
  let root: XmlElement | null = null;
  let rootNs = FHIR_NS;
  let i = from;
  /** The document stops at `failAt` (the markup it could not read, or the text's end): what was read so far. */
  const cut = (failAt: number): Parsed | null => {
    if (!root) return null;
    let end = i;
    // A start tag cut inside a value right there, with only blanks before it: its values run to the line's end.
    const partial = text[failAt] === "<" && !text.slice(i, failAt).trim() ? cutTag(r, failAt) : null;
    if (partial) {
      (stack[stack.length - 1] ?? root).children.push({ ...partial.el, ns: NO_NAMESPACES });
      end = partial.end;
    } else if (failAt === text.length) {
      // Text cut off inside an element (`<family>Quill`): its text up to its line's end.
      let lineEnd = text.indexOf("\n", i);
      if (lineEnd < 0) lineEnd = text.length;
      if (text.slice(i, lineEnd).trim()) {
        prose.push({ start: i, end: lineEnd, owner: stack[stack.length - 1] });
        end = lineEnd;
      }
    }
    return { root, ns: rootNs, end, prose, cut: true };
  };
  while (i < text.length) {
    const lt = r.find("<", i);
    if (lt < 0) return cut(text.length);
    if (text.slice(i, lt).trim()) {
      // Text outside any element, or inside a FHIR element (FHIR XML keeps its values in attributes): prose.
      if (!root) return null;
      prose.push({ start: i, end: lt, owner: stack[stack.length - 1] });
    }
    if (text.startsWith("<!--", lt) || text.startsWith("<![CDATA[", lt)) {
      const comment = text[lt + 2] === "-";
      const close = r.find(comment ? "-->" : "]]>", lt + (comment ? 4 : 9));
      if (close < 0) return cut(lt);
      prose.push({ start: lt + (comment ? 4 : 9), end: close });
      i = close + 3;
      continue;
    }
    if (text.startsWith("<?", lt)) {
      if (root) return cut(lt);
      const close = r.find("?>", lt + 2);
      if (close < 0) return null;
      i = close + 2;
      continue;
    }
    if (text.startsWith("</", lt)) {
      const name = nameAt(text, lt + 2);
      const top = stack[stack.length - 1];
      const gt = skipSpace(r, lt + 2 + (name?.length ?? 0));
      if (!name || !top || top.tag !== name || text[gt] !== ">") return cut(lt);
      stack.pop();
      i = gt + 1;
      if (stack.length === 0) return { root: root!, ns: rootNs, end: i, prose, cut: false };
      continue;
    }
    const tag = startTag(r, lt + 1);
    if (!tag) return cut(lt);
    const parentNs = stack.length ? stack[stack.length - 1].ns : NO_NAMESPACES;
    const ns = scope(parentNs, tag.attrs);
    const { local, uri } = resolve(tag.name, ns);
    const el: XmlElement = { name: local, tag: tag.name, ns, attrs: tag.attrs, children: [] };
    if (!root) {
      if (uri && ROOT_NAMESPACES.has(uri)) rootNs = uri;
      // A patient fragment, its prefix (if any) bound by no declaration in the pasted part.
      else if (!uri && CDA_FRAGMENT_ROOTS.has(local)) rootNs = CDA_NS;
      // A wrapper in a vendor's namespace that makes HL7 v3 the default for its content (`<idm:PRPA_IN201305UV02
      // xmlns:idm="…" xmlns="urn:hl7-org:v3">`, as an MPI's web service writes it): its content is HL7 v3.
      else if (ns.get("") === CDA_NS && tag.attrs.some((a) => a.name === "xmlns")) rootNs = CDA_NS;
      else return null;
      root = el;
    } else stack[stack.length - 1].children.push(el);
    if (local === "div" && stack.length > 0 && rootNs === FHIR_NS) {
      const end = tag.empty ? tag.next : r.divEnd(tag.next);
      if (end < 0) return cut(lt);
      el.raw = { start: lt, end };
      i = end;
      continue;
    }
    if (tag.empty) {
      if (el === root) return { root, ns: rootNs, end: tag.next, prose, cut: false };
    } else stack.push(el);
    i = tag.next;
  }
  return cut(text.length);
}

/**
 * A start tag at `lt` cut inside an attribute's quotes, with no `<` or `>` after it on its line (`<family value="Quil`
 * where a log cut the line): its complete attributes and the cut one, whose value runs to the line's end (its line
 * break, or the text's end). Null when the tag is anything else. Linear in the line.
 */
function cutTag(r: Reader, lt: number): { el: Omit<XmlElement, "ns">; end: number } | null {
  const text = r.text;
  let lineEnd = text.indexOf("\n", lt);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === "\r") lineEnd--;
  const spaceTo = (k: number) => {
    while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
    return k;
  };
  const name = nameAt(text, lt + 1);
  if (!name || lt + 1 + name.length > lineEnd) return null;
  const attrs: Attr[] = [];
  for (let i = lt + 1 + name.length; ;) {
    const j = spaceTo(i);
    const attr = j > i && j < lineEnd ? nameAt(text, j) : null;
    if (!attr || j + attr.length > lineEnd) return null;
    let k = spaceTo(j + attr.length);
    if (text[k] !== "=") return null;
    k = spaceTo(k + 1);
    const quote = text[k];
    if (k >= lineEnd || (quote !== '"' && quote !== "'")) return null;
    // The reader's search: a quote it found missing from an offset on is not looked for again.
    let close = r.find(quote, k + 1);
    if (close > lineEnd) close = -1;
    const value = text.slice(k + 1, close < 0 ? lineEnd : close);
    if (value.includes("<") || value.includes(">")) return null;
    attrs.push({ name: attr, value: decode(value), start: k + 1, end: close < 0 ? lineEnd : close });
    if (close < 0)
      return { el: { name: name.slice(name.indexOf(":") + 1), tag: name, attrs, children: [] }, end: lineEnd };
    i = close + 1;
  }
}

/** FHIR elements whose value is a number in JSON (the JSON rules read numbers and strings differently). */
const NUMERIC = new Set([
  "rank",
  "total",
  "count",
  "sequence",
  "valueInteger",
  "valueDecimal",
  "valuePositiveInt",
  "valueUnsignedInt",
  "multipleBirthInteger",
  "latitude",
  "longitude",
  "altitude",
]);

/** Where a value of the tree came from: the member (object, index), its text span, and whether it is raw XHTML. */
interface Origin {
  holder: JObject;
  index: number;
  start: number;
  end: number;
  raw: boolean;
  value: string;
}

const isResourceName = (name: string) => /^[A-Z][A-Za-z]+$/.test(name);

/** The JSON object of an element; `resourceType` set when it is a resource. Iterative (deep nesting is fine). */
function toJson(top: XmlElement, text: string, origins: Origin[]): JObject {
  const rootObj: JObject = { t: "o", keys: ["resourceType"], vals: [{ t: "s", v: top.name }] };
  const work: Array<{ el: XmlElement; obj: JObject }> = [{ el: top, obj: rootObj }];
  const member = (obj: JObject, key: string, node: JNode) => {
    obj.keys.push(key);
    obj.vals.push(node);
    return obj.vals.length - 1;
  };
  while (work.length) {
    const { el, obj } = work.pop()!;
    for (const a of el.attrs) {
      if (a.name === "value" || a.name === "xmlns" || a.name.startsWith("xmlns:") || a.name.includes(":")) continue;
      const index = member(obj, a.name, { t: "s", v: a.value });
      origins.push({ holder: obj, index, start: a.start, end: a.end, raw: false, value: a.value });
    }
    for (const child of el.children) {
      if (child.raw) {
        const v = text.slice(child.raw.start, child.raw.end);
        const index = member(obj, child.name, { t: "s", v });
        origins.push({ holder: obj, index, start: child.raw.start, end: child.raw.end, raw: true, value: v });
        continue;
      }
      const value = child.attrs.find((a) => a.name === "value");
      // A resource where an element was expected (a cut-off document read a later resource into the one before): a
      // resource all the same, so the FHIR rules judge its values as its own.
      if (!value && isResourceName(child.name) && child.children.length > 0) {
        const res: JObject = { t: "o", keys: ["resourceType"], vals: [{ t: "s", v: child.name }] };
        member(obj, child.name, res);
        work.push({ el: child, obj: res });
        continue;
      }
      if (value) {
        const numeric =
          /^(?:true|false)$/.test(value.value) ||
          (NUMERIC.has(child.name) && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value.value));
        const index = member(obj, child.name, { t: numeric ? "r" : "s", v: value.value });
        origins.push({ holder: obj, index, start: value.start, end: value.end, raw: false, value: value.value });
      }
      const inner = child.children;
      if (inner.length === 0 && (value || child.attrs.length === 0)) continue;
      // A resource inside an element (`<resource><Patient>…</Patient></resource>`): the element is that resource.
      if (!value && inner.length === 1 && isResourceName(inner[0].name) && child.attrs.length === 0) {
        const res: JObject = { t: "o", keys: ["resourceType"], vals: [{ t: "s", v: inner[0].name }] };
        member(obj, child.name, res);
        work.push({ el: inner[0], obj: res });
        continue;
      }
      // A primitive with extensions keeps them beside it (`_birthDate`), as FHIR JSON does.
      const sub: JObject = { t: "o", keys: [], vals: [] };
      member(obj, value ? `_${child.name}` : child.name, sub);
      work.push({ el: { ...child, attrs: child.attrs.filter((a) => a !== value) }, obj: sub });
    }
  }
  return rootObj;
}

export const encode = (v: string) =>
  v.replace(/[&<>"']/g, (c) => `&${Object.keys(XML_ENTITIES).find((k) => XML_ENTITIES[k] === c)};`);

/**
 * `text.slice(from, to)` — a stretch of the text that holds the whole document `parsed` was read from — with that
 * document redacted. The values are judged by the FHIR JSON rules, comments and stray text swept as prose.
 */
export function redactParsedFhirXml(text: string, parsed: Parsed, ctx: ItemContext, from: number, to: number): string {
  const { edits, removed } = parsed.ns === CDA_NS ? cdaEdits(text, parsed, ctx) : fhirEdits(text, parsed, ctx);
  // A stretch of prose whose value was already replaced (a C-CDA name, padded by blanks or line breaks in its element)
  // is not swept again: every edit then stands apart from the others, and each value is written once.
  const valueStarts = edits.map((e) => e.start).sort((a, b) => a - b);
  const holdsValue = (p: ProseSpan) => {
    const k = firstNotBefore(valueStarts.length, (j) => valueStarts[j] < p.start);
    return k < valueStarts.length && valueStarts[k] < Math.max(p.end, p.start + 1);
  };
  // Comments and stray text: swept as prose, and the words of the values just removed taken out of them too (a
  // comment that names the patient whose name went).
  for (const p of parsed.prose) {
    if (holdsValue(p)) continue;
    const before = text.slice(p.start, p.end);
    const swept = sweepProse(before, ctx);
    const after = removed.size ? replaceWords(swept, 3, (w) => (removed.has(w) ? ctx.phi(w, "phi") : w)) : swept;
    if (after !== before) edits.push({ start: p.start, end: p.end, with: after });
  }
  // The edits stand apart: attribute values lie inside start tags, a narrative `div` is one element the reader stepped
  // over, a C-CDA text value lies inside the one prose span no longer swept, and other prose lies between tags.
  return applyEdits(text, edits, (e) => e.with, from, to);
}

/** The values of a FHIR document judged by the FHIR JSON rules: their edits, and the words of those removed. */
function fhirEdits(text: string, parsed: Parsed, ctx: ItemContext): XmlEdits {
  const origins: Origin[] = [];
  const tree = toJson(parsed.root, text, origins);
  redactJsonAst(tree, ctx);
  const edits: XmlEdit[] = [];
  for (const o of origins) {
    const node = o.holder.vals[o.index];
    const v = node && (node.t === "s" || node.t === "r") ? node.v : o.value;
    if (v !== o.value) edits.push({ start: o.start, end: o.end, with: o.raw ? v : encode(v) });
  }
  const removed = new Set<string>();
  for (const o of origins) if (!o.raw) noteRemoved(o, removed);
  return { edits, removed };
}

/** The words (3+ characters, not a number of 1–3 digits) of a value the redaction changed, into `removed`. */
function noteRemoved(o: Origin, removed: Set<string>): void {
  const node = o.holder.vals[o.index];
  if ((node.t === "s" || node.t === "r") && node.v !== o.value)
    eachWord(o.value, 3, (w) => {
      if (!/^\d{1,3}$/.test(w)) removed.add(w);
    });
}

/**
 * A whole text that is one FHIR XML document (white space around it), redacted; null when it is not one. A document
 * cut off is one too: what follows the point where its reading stopped is swept as prose.
 */
export function redactFhirXmlText(text: string, ctx: ItemContext): string | null {
  const { parsed } = parseFhirXml(new FhirXmlReader(text), 0);
  if (!parsed) return null;
  const rest = text.slice(parsed.end);
  if (!parsed.cut && rest.trim()) return null;
  return redactParsedFhirXml(text, parsed, ctx, 0, parsed.end) + (rest.trim() ? sweepProse(rest, ctx) : rest);
}

/** The start of a tag up to a namespace declaration's opening quote: `<fhir:Patient … xmlns:fhir="`. */
const DECLARING_TAG = /^<[A-Za-z_][\w.:-]*\s[^<>]*\bxmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*["']$/;
/** How far back from a namespace URI a tag's `<` is looked for. */
const TAG_REACH = 512;

/**
 * Where in `line` a FHIR or CDA XML document may start: its `<?xml` prolog at the line's start (after blanks), or the
 * `<` of the first tag that declares the FHIR or CDA namespace (`<Patient xmlns="http://hl7.org/fhir">`, `<fhir:Bundle
 * xmlns:fhir="…">`, `<ClinicalDocument xmlns="urn:hl7-org:v3">`) wherever it stands (after a log prefix, inside a SOAP
 * body). -1 when there is none. Linear in the line.
 */
export function xmlDocumentStart(line: string): number {
  let lead = 0;
  while (lead < line.length && isSpace(line.charCodeAt(lead))) lead++;
  if (line.startsWith("<?xml", lead) && /[\s?]/.test(line[lead + 5] ?? "")) return lead;
  return anyDocumentStarts(line)(0);
}

/**
 * The successive starts in one line of a document or a C-CDA patient fragment (see documentStarts and
 * cdaFragmentStarts), the first at or after `from`. Asked with growing `from`: linear in the line over all the calls.
 */
export function anyDocumentStarts(line: string): (from: number) => number {
  const declared = documentStarts(line);
  const fragment = cdaFragmentStarts(line);
  return (from) => {
    const d = declared(from);
    const f = fragment(from);
    return d < 0 || (f >= 0 && f < d) ? f : d;
  };
}

/**
 * The successive `<` of `<recordTarget>` or `<patientRole>` start tags in `line`, with or without a prefix no
 * declaration binds (`<cda:recordTarget>`, as XSLT and Java tools write C-CDA), after blanks or a log prefix, not
 * quoted as code in backticks: the first at or after `from`, or -1. Asked with growing `from`, each `<` of the line is
 * looked at once.
 */
function cdaFragmentStarts(line: string): (from: number) => number {
  let found = -1;
  let next = 0;
  return (from) => {
    if (found >= from) return found;
    for (let lt = line.indexOf("<", Math.max(next, from)); lt >= 0; lt = line.indexOf("<", lt + 1)) {
      if (line[lt - 1] === "`") continue;
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(line)?.[0];
      if (!name || !/[\s>]/.test(line[lt + 1 + name.length] ?? "")) continue;
      if (CDA_FRAGMENT_ROOTS.has(name.slice(name.lastIndexOf(":") + 1))) {
        next = lt + 1;
        return (found = lt);
      }
    }
    next = line.length;
    return (found = -1);
  };
}

/**
 * Where in `line` a document starts whose root tag is left open at the line's end and declares its namespace on the
 * `next` line (`<Patient` then `  xmlns="http://hl7.org/fhir">`), or -1. Only the open tag and the start of the next
 * line are looked at: constant work per line.
 */
export function wrappedDocumentStart(line: string, next: string): number {
  const lt = line.lastIndexOf("<");
  if (
    lt < 0 ||
    line.length - lt > TAG_REACH ||
    line.includes(">", lt) ||
    !/^<[A-Za-z_][\w.:-]*(?:\s|$)/.test(line.slice(lt))
  )
    return -1;
  const at = documentStarts(line.slice(lt) + "\n" + next.slice(0, TAG_REACH))(0);
  return at === 0 ? lt : -1;
}

/**
 * The successive document starts in one line: a function giving the `<` of the first tag at or after `from` that
 * declares the FHIR or CDA namespace, or -1. Asked with growing `from` (the tail after each document read), its scans
 * only move forward: linear in the line over all the calls.
 */
export function documentStarts(line: string): (from: number) => number {
  const found = [...ROOT_NAMESPACES].map((uri) => ({ uri, lt: -1, at: -1, done: false }));
  return (from) => {
    let first = -1;
    for (const f of found) {
      if (!f.done && (f.at < 0 || f.lt < from)) {
        const next = declaringTag(line, f.uri, from, Math.max(from, f.at < 0 ? 0 : f.at + f.uri.length));
        if (next) Object.assign(f, next);
        else f.done = true;
      }
      if (!f.done && (first < 0 || f.lt < first)) first = f.lt;
    }
    return first;
  };
}

/** The first tag in `line` starting at or after `from` that declares `uri` as a namespace (`<` and URI), or null. */
function declaringTag(line: string, uri: string, from: number, searchFrom: number): { lt: number; at: number } | null {
  for (let at = line.indexOf(uri, searchFrom); at >= 0; at = line.indexOf(uri, at + uri.length)) {
    const q = line[at + uri.length];
    if (q !== '"' && q !== "'") continue;
    const low = Math.max(from, at - TAG_REACH);
    const lt = line.slice(low, at).lastIndexOf("<");
    // A tag quoted as code in prose (`` `<Patient xmlns="…">` ``) names a document, it opens none.
    if (lt >= 0 && line[low + lt - 1] !== "`" && DECLARING_TAG.test(line.slice(low + lt, at)))
      return { lt: low + lt, at };
  }
  return null;
}
