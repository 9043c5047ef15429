// FHIR resources in XML (`<Patient xmlns="http://hl7.org/fhir">…`, a `<Bundle>` of them, an `<?xml …?>` prolog before):
// read into the JSON tree the FHIR JSON rules walk — an element's `value` attribute is its primitive, its child
// elements are its members (a repeated element is a repeated key), a resource inside `<resource>` or `<contained>` is
// an object with its resourceType, the narrative `<div>` is one string — redacted by those same rules (json.ts), and
// the values written back where they stood: tags, attributes, comments and spacing stay, so the XML still parses.
// Comments and stray text are swept as prose. One scan of the text, one walk of the tree: linear in the input.
import type { ItemContext } from "./context";
import { redactJsonAst } from "./json";
import type { JNode, JObject } from "./json-ast";
import { sweepProse } from "./embedded-json";
import { eachWord, replaceWords } from "./value-words";

const FHIR_NS = "http://hl7.org/fhir";

interface Attr {
  name: string;
  value: string;
  /** Offsets of the value between its quotes. */
  start: number;
  end: number;
}

interface XmlElement {
  name: string;
  attrs: Attr[];
  children: XmlElement[];
  /** A narrative `<div>`: its whole text (start tag to end tag), read as one value. */
  raw?: { start: number; end: number };
}

/** A span of the text to sweep as prose (a comment's inside, text between elements). */
interface ProseSpan {
  start: number;
  end: number;
}

interface Parsed {
  root: XmlElement;
  /** Offset just past the root's end tag. */
  end: number;
  prose: ProseSpan[];
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
  constructor(readonly text: string) {}
  /** `text.indexOf(needle, from)`. */
  find(needle: string, from: number): number {
    const none = this.none.get(needle);
    if (none !== undefined && from >= none) return -1;
    const at = this.text.indexOf(needle, from);
    if (at < 0) this.none.set(needle, Math.min(from, none ?? from));
    else this.look(at + needle.length);
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
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] < i) lo = mid + 1;
      else hi = mid;
    }
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
 * or null when there is none there: the root must declare the FHIR namespace, and every tag must close in order.
 * `reached` is the furthest offset the reading looked at: a caller that tries again further on starts past it, with
 * the same `reader`, so no part of the text is read twice (linear overall; see FhirXmlReader).
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
  let i = from;
  while (i < text.length) {
    const lt = r.find("<", i);
    if (lt < 0) return null;
    if (text.slice(i, lt).trim()) {
      // Text outside any element, or inside a FHIR element (FHIR XML keeps its values in attributes): prose.
      if (!root) return null;
      prose.push({ start: i, end: lt });
    }
    if (text.startsWith("<!--", lt)) {
      const close = r.find("-->", lt + 4);
      if (close < 0) return null;
      prose.push({ start: lt + 4, end: close });
      i = close + 3;
      continue;
    }
    if (text.startsWith("<?", lt)) {
      if (root) return null;
      const close = r.find("?>", lt + 2);
      if (close < 0) return null;
      i = close + 2;
      continue;
    }
    if (text.startsWith("</", lt)) {
      const name = nameAt(text, lt + 2);
      const top = stack.pop();
      const gt = skipSpace(r, lt + 2 + (name?.length ?? 0));
      if (!name || !top || top.name !== name || text[gt] !== ">") return null;
      i = gt + 1;
      if (stack.length === 0) return { root: root!, end: i, prose };
      continue;
    }
    const tag = startTag(r, lt + 1);
    if (!tag) return null;
    const el: XmlElement = { name: tag.name, attrs: tag.attrs, children: [] };
    if (!root) {
      if (!tag.attrs.some((a) => a.name === "xmlns" && a.value === FHIR_NS)) return null;
      root = el;
    } else stack[stack.length - 1].children.push(el);
    if (tag.name === "div" && stack.length > 0) {
      const end = tag.empty ? tag.next : r.divEnd(tag.next);
      if (end < 0) return null;
      el.raw = { start: lt, end };
      i = end;
      continue;
    }
    if (tag.empty) {
      if (el === root) return { root, end: tag.next, prose };
    } else stack.push(el);
    i = tag.next;
  }
  return null;
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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An attribute value as the XML means it (entities and character references decoded). */
function decode(v: string): string {
  if (!v.includes("&")) return v;
  return v.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? m;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const encode = (v: string) => v.replace(/[&<>"']/g, (c) => `&${Object.keys(ENTITIES).find((k) => ENTITIES[k] === c)};`);

/**
 * `text.slice(from, to)` — a stretch of the text that holds the whole document `parsed` was read from — with that
 * document redacted. The values are judged by the FHIR JSON rules, comments and stray text swept as prose.
 */
export function redactParsedFhirXml(text: string, parsed: Parsed, ctx: ItemContext, from: number, to: number): string {
  const origins: Origin[] = [];
  const tree = toJson(parsed.root, text, origins);
  redactJsonAst(tree, ctx);
  const edits: Array<{ start: number; end: number; with: string }> = [];
  for (const o of origins) {
    const node = o.holder.vals[o.index];
    const v = node && (node.t === "s" || node.t === "r") ? node.v : o.value;
    if (v !== o.value) edits.push({ start: o.start, end: o.end, with: o.raw ? v : encode(v) });
  }
  // Comments and stray text: swept as prose, and the words of the values just removed taken out of them too (a
  // comment that names the patient whose name went).
  const removed = new Set<string>();
  for (const o of origins) if (!o.raw) noteRemoved(o, removed);
  for (const p of parsed.prose) {
    const before = text.slice(p.start, p.end);
    const swept = sweepProse(before, ctx);
    const after = removed.size ? replaceWords(swept, 3, (w) => (removed.has(w) ? ctx.phi(w, "phi") : w)) : swept;
    if (after !== before) edits.push({ start: p.start, end: p.end, with: after });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let at = from;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.with;
    at = e.end;
  }
  return out + text.slice(at, to);
}

/** The words (3+ characters, not a number of 1–3 digits) of a value the redaction changed, into `removed`. */
function noteRemoved(o: Origin, removed: Set<string>): void {
  const node = o.holder.vals[o.index];
  if ((node.t === "s" || node.t === "r") && node.v !== o.value)
    eachWord(o.value, 3, (w) => {
      if (!/^\d{1,3}$/.test(w)) removed.add(w);
    });
}

/** A whole text that is one FHIR XML document (white space around it), redacted; null when it is not one. */
export function redactFhirXmlText(text: string, ctx: ItemContext): string | null {
  const { parsed } = parseFhirXml(new FhirXmlReader(text), 0);
  if (!parsed || text.slice(parsed.end).trim()) return null;
  return redactParsedFhirXml(text, parsed, ctx, 0, text.length);
}
