// A YAML flow mapping pasted as evidence (`{ apiVersion: "v1", kind: "Secret", data: { token: "…" } }`, the way
// Kubernetes examples are often written): read as structure, so each value is judged by its key by the same walk as
// JSON (json.ts) instead of the whole text being swept as prose. Only what changed is written back, in place: keys,
// quotes, comments and layout stay as they were; a replaced value is written double-quoted (a placeholder's `[` would
// open a flow sequence if it stood bare). Comments are swept as prose, each on its own.
//
// The reader takes a conservative subset of flow YAML — one mapping, nested mappings and sequences, plain,
// single- and double-quoted scalars on one line, comments — and answers null for anything else (anchors, tags,
// multi-line scalars, keys without values, text around the mapping), which then goes through the text sweep as before.
// One pass with an explicit stack: linear in the text, however deep it nests.
import type { ItemContext } from "./context";
import type { JArray, JNode, JObject } from "./json-ast";
import { printJsonAst } from "./json-ast";
import { redactJsonAst } from "./json";
import { sweepText } from "./sweep";

type Span = { start: number; end: number };
/** Where each member of a container was written: the key's span (mappings) and each scalar value's span. */
interface Written {
  node: JObject | JArray;
  keys: Span[];
  /** The span of each scalar value; null for a nested container. */
  vals: Array<Span | null>;
  /** The nodes as parsed, to see after the walk which ones it replaced. */
  parsedKeys: string[];
  parsedVals: JNode[];
}
interface Parsed {
  root: JObject;
  containers: Written[];
  comments: Span[];
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** ASCII classes by code: YAML indicators (cannot start a plain scalar in flow context), flow indicators (end one). */
const INDICATOR_BIT = 1;
const FLOW_END_BIT = 2;
const CLASS = new Uint8Array(128);
for (const c of "[]{},#&*!|>'\"%@`") CLASS[c.charCodeAt(0)] |= INDICATOR_BIT;
for (const c of "[]{},") CLASS[c.charCodeAt(0)] |= FLOW_END_BIT;
const isIndicator = (c: number) => c < 128 && (CLASS[c] & INDICATOR_BIT) !== 0;
const isFlowEnd = (c: number) => c < 128 && (CLASS[c] & FLOW_END_BIT) !== 0;
const JSON_LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

/** The text with its flow mapping redacted, or null when it is not one this reader takes. */
export function redactFlowYaml(text: string, ctx: ItemContext): string | null {
  const parsed = parseFlowYaml(text);
  if (!parsed) return null;
  redactJsonAst(parsed.root, ctx);
  const edits: Array<Span & { text: string }> = [];
  for (const w of parsed.containers) {
    const keys = w.node.t === "o" ? w.node.keys : null;
    const vals = w.node.t === "o" ? w.node.vals : w.node.items;
    // The walk removed or added a member (it never does in a mapping it has no HAR reading for): written whole as
    // JSON, which is YAML too, and without the comments (nothing of the input is kept unswept).
    if (vals.length !== w.parsedVals.length) return printJsonAst(parsed.root, "  ") + "\n";
    for (let i = 0; i < vals.length; i++) {
      if (keys && keys[i] !== w.parsedKeys[i]) edits.push({ ...w.keys[i], text: JSON.stringify(keys[i]) });
      const span = w.vals[i];
      if (span && vals[i] !== w.parsedVals[i]) edits.push({ ...span, text: quoted(vals[i]) });
    }
  }
  for (const c of parsed.comments) {
    const swept = sweepText(text.slice(c.start, c.end), ctx, { freeText: true });
    if (swept !== text.slice(c.start, c.end)) edits.push({ ...c, text: swept });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** A replaced value as a double-quoted scalar (JSON's escapes are YAML's). */
function quoted(node: JNode): string {
  if (node.t === "s") return JSON.stringify(node.v);
  if (node.t === "r") return node.v;
  return printJsonAst(node);
}

/** The flow mapping `text` holds (white space and comments around it allowed), or null. */
export function parseFlowYaml(text: string): Parsed | null {
  const n = text.length;
  const comments: Span[] = [];
  const containers: Written[] = [];
  let i = 0;
  /** Past white space and comments (a `#` after white space or at a line's start). */
  const skip = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) i++;
      else if (c === 0x23 && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
        const nl = text.indexOf("\n", i);
        const end = nl < 0 ? n : text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
        comments.push({ start: i, end });
        i = end;
      } else return;
    }
  };
  /** A scalar at `i` (quoted or plain, on one line): its value and whether it was plain; null if none. */
  const scalar = (asKey: boolean): { v: string; plain: boolean; span: Span } | null => {
    const start = i;
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let k = i + 1;
      for (; k < n; k++) {
        const d = text.charCodeAt(k);
        if (d === 0x0a) return null;
        if (d === 0x5c) k++;
        else if (d === 0x22) break;
      }
      if (k >= n) return null;
      let v: unknown;
      try {
        v = JSON.parse(text.slice(start, k + 1));
      } catch {
        return null; // a YAML-only escape (`\x41`, `\ `): not read here
      }
      i = k + 1;
      return { v: v as string, plain: false, span: { start, end: i } };
    }
    if (c === 0x27) {
      let k = i + 1;
      for (; k < n; k++) {
        const d = text.charCodeAt(k);
        if (d === 0x0a) return null;
        if (d === 0x27) {
          if (text.charCodeAt(k + 1) === 0x27) k++;
          else break;
        }
      }
      if (k >= n) return null;
      i = k + 1;
      return { v: text.slice(start + 1, k).replace(/''/g, "'"), plain: false, span: { start, end: i } };
    }
    if (isIndicator(c) || isBlank(c) || i >= n) return null;
    // A plain scalar: up to a flow indicator, a `: ` (or `:` before an indicator or the end), ` #` or the line's end.
    let k = i;
    let last = i;
    for (; k < n; k++) {
      const d = text.charCodeAt(k);
      if (d === 0x0a || d === 0x0d || isFlowEnd(d)) break;
      if (d === 0x3a) {
        const e = text.charCodeAt(k + 1);
        if (k + 1 >= n || isBlank(e) || isFlowEnd(e)) break;
      }
      if (d === 0x23 && isBlank(text.charCodeAt(k - 1))) break;
      if (!isBlank(d)) last = k + 1;
    }
    // A value that runs on to the next line (a multi-line plain scalar) or a key with no colon: not read here.
    const d = text.charCodeAt(k);
    if (!asKey && (d === 0x0a || d === 0x0d)) {
      const save = i;
      const noted = comments.length;
      i = k;
      skip();
      const e = text.charCodeAt(i);
      const ends = i >= n || isFlowEnd(e);
      i = save;
      comments.length = noted;
      if (!ends) return null;
    }
    i = last;
    return { v: text.slice(start, last), plain: true, span: { start, end: last } };
  };

  skip();
  if (text.charCodeAt(i) !== 0x7b) return null;
  const stack: Written[] = [];
  let root: JObject | null = null;
  /** Opens a container at `i` (a `{` or `[`) as the next member of the top of the stack. */
  const open = (): JObject | JArray => {
    const node: JObject | JArray = text.charCodeAt(i) === 0x7b ? { t: "o", keys: [], vals: [] } : { t: "a", items: [] };
    i++;
    const w: Written = { node, keys: [], vals: [], parsedKeys: [], parsedVals: [] };
    containers.push(w);
    stack.push(w);
    return node;
  };
  root = open() as JObject;
  while (stack.length) {
    const top = stack[stack.length - 1];
    skip();
    const c = text.charCodeAt(i);
    const close = top.node.t === "o" ? 0x7d : 0x5d;
    if (c === close) {
      i++;
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) break;
      skip();
      const after = text.charCodeAt(i);
      if (after === 0x2c) i++;
      else if (after !== (parent.node.t === "o" ? 0x7d : 0x5d)) return null;
      continue;
    }
    let keySpan: Span | null = null;
    let key = "";
    if (top.node.t === "o") {
      const k = scalar(true);
      if (!k) return null;
      keySpan = k.span;
      key = k.v;
      skip();
      if (text.charCodeAt(i) !== 0x3a) return null; // `{ a, b }`: keys without values
      i++;
      skip();
    }
    const v = text.charCodeAt(i);
    let value: JNode;
    let span: Span | null = null;
    if (v === 0x7b || v === 0x5b) value = open();
    else {
      const s = scalar(false);
      if (!s) return null;
      value = s.plain && JSON_LITERAL.test(s.v) ? { t: "r", v: s.v } : { t: "s", v: s.v };
      span = s.span;
    }
    if (top.node.t === "o") {
      top.node.keys.push(key);
      top.node.vals.push(value);
      top.keys.push(keySpan!);
      top.parsedKeys.push(key);
    } else top.node.items.push(value);
    top.vals.push(span);
    top.parsedVals.push(value);
    if (span) {
      skip();
      const after = text.charCodeAt(i);
      if (after === 0x2c) i++;
      else if (after !== close) return null;
    }
  }
  skip();
  if (i < n || root.keys.length === 0) return null;
  return { root, containers, comments };
}
