// A small JSON parser and printer that keep what JSON.parse/JSON.stringify lose: key order (also integer-like keys),
// duplicate keys, numbers exactly as written. Both are iterative, so 10,000-deep nesting cannot overflow the stack,
// and linear in the input size.

export type JNode = JObject | JArray | JString | JRaw;
/** Where a parsed node sits in its source text: a node the redactor made has no `at`. */
interface Placed {
  /** The offset of the node's first character in the text it was parsed from. */
  at?: number;
}
/** A container's source place: its end, and the spans of its members as parsed (object: key start, key end, value
 *  start, value end per member; array: value start, value end per item). */
interface PlacedContainer extends Placed {
  end?: number;
  spans?: number[];
}
export interface JObject extends PlacedContainer {
  t: "o";
  keys: string[];
  vals: JNode[];
  /** Keys as written, for the keys that held escapes (index → raw text with quotes, and the key it spells). */
  rawKeys?: Map<number, { raw: string; of: string }>;
}
export interface JArray extends PlacedContainer {
  t: "a";
  items: JNode[];
}
export interface JString extends Placed {
  t: "s";
  v: string;
  /** The string as written (quotes included) when it held escapes (`"https:\/\/…"`, `"\u00e9"`): printed back as it
   *  was while `v` is still the value it was parsed to, so untouched strings keep their bytes. */
  raw?: string;
  /** The value `raw` spells. */
  rawOf?: string;
}
/** A number, true, false or null, exactly as written. */
export interface JRaw extends Placed {
  t: "r";
  v: string;
}

export class JsonSyntaxError extends Error {
  readonly offset: number;
  constructor(offset: number) {
    // Failed parses are routine (every "{" in prose is tried as JSON): no stack trace is captured, it is never shown.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`invalid JSON at offset ${offset}`);
    Error.stackTraceLimit = limit;
    this.offset = offset;
    this.name = "JsonSyntaxError";
  }
}

/** JSON white space: space, tab, line feed, carriage return (by code). */
const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * False when parseJsonAst would throw at once: an object whose first member does not start with a quote (`{apiVersion:
 * …}` of a YAML flow mapping, `{ foo }` in prose, a template's `{{x}}`). Such texts are tried as JSON all the time (every
 * "{" in prose); this answers without raising an exception. True says nothing.
 */
export function opensLikeJson(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n && isWs(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x7b) return true;
  i++;
  while (i < n && isWs(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0x22 || c === 0x7d;
}

/** Parses JSON text (one value, whitespace around it allowed, a BOM too). Throws JsonSyntaxError. */
export function parseJsonAst(text: string): JNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const skip = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const fail = (): never => {
    throw new JsonSyntaxError(i);
  };
  /** The raw text (quotes included) of the last string read, when it held an escape; else undefined. */
  let lastRaw: string | undefined;
  const readString = (): string => {
    // text[i] === '"'
    lastRaw = undefined;
    const start = i + 1;
    let j = start;
    let hasEscape = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        hasEscape = true;
        j += 2;
        continue;
      }
      if (c < 0x20) {
        i = j;
        fail();
      }
      j++;
    }
    if (j >= n) {
      i = n;
      fail();
    }
    const raw = text.slice(start, j);
    i = j + 1;
    if (!hasEscape) return raw;
    lastRaw = `"${raw}"`;
    try {
      return JSON.parse(lastRaw) as string;
    } catch {
      i = start;
      return fail();
    }
  };
  const readScalar = (): JNode => {
    const at = i;
    const c = text[i];
    if (c === '"') {
      const v = readString();
      return lastRaw === undefined ? { t: "s", v, at } : { t: "s", v, raw: lastRaw, rawOf: v, at };
    }
    if (text.startsWith("true", i)) {
      i += 4;
      return { t: "r", v: "true", at };
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return { t: "r", v: "false", at };
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return { t: "r", v: "null", at };
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0].length === 0) return fail();
    i += m[0].length;
    return { t: "r", v: m[0], at };
  };

  // Containers on an explicit stack; an object's key waits in `pendingKeys` (same depth) until its value is parsed. No
  // object per level beyond the node itself: JSON nested 100,000 deep is that many nodes, not three times as many.
  const stack: Array<JObject | JArray> = [];
  const pendingKeys: Array<string | undefined> = [];
  const pendingRaws: Array<string | undefined> = [];
  /** The pending key's start offset per depth (its end is `keyEnds`). */
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  let root: JNode | undefined;

  const push = (node: JObject | JArray) => {
    stack.push(node);
    pendingKeys.push(undefined);
    pendingRaws.push(undefined);
    keyStarts.push(0);
    keyEnds.push(0);
  };
  const pop = () => {
    pendingKeys.pop();
    pendingRaws.pop();
    keyStarts.pop();
    keyEnds.pop();
    const node = stack.pop()!;
    node.end = i;
    return node;
  };
  /** Records a member's source span on its container (no array for an empty container). */
  const place = (top: JObject | JArray, ...offsets: number[]) => {
    if (top.spans === undefined) top.spans = offsets;
    else top.spans.push(...offsets);
  };
  const attach = (value: JNode) => {
    const d = stack.length - 1;
    if (d < 0) {
      root = value;
      return;
    }
    const top = stack[d];
    const end = value.t === "o" || value.t === "a" ? value.end! : i;
    // An array's first item makes an array of one (a push onto the empty one reserves room for sixteen and more:
    // JSON nested 100,000 deep would keep megabytes of empty slots alive until the parse ends).
    if (top.t === "a") {
      place(top, value.at!, end);
      if (top.items.length === 0) top.items = [value];
      else top.items.push(value);
    } else {
      place(top, keyStarts[d], keyEnds[d], value.at!, end);
      const raw = pendingRaws[d];
      if (raw !== undefined) (top.rawKeys ??= new Map()).set(top.keys.length, { raw, of: pendingKeys[d]! });
      top.keys.push(pendingKeys[d]!);
      top.vals.push(value);
      pendingKeys[d] = undefined;
      pendingRaws[d] = undefined;
    }
  };

  // State machine: expecting a value, or after a value (a comma or a closing bracket).
  skip();
  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      const d = stack.length - 1;
      const top = stack[d];
      if (top && top.t === "o" && pendingKeys[d] === undefined) {
        // Expecting a key (or } for an empty object, handled below).
        if (text[i] === "}" && top.keys.length === 0) {
          i++;
          attach(pop());
          expectValue = false;
          continue;
        }
        if (text[i] !== '"') fail();
        keyStarts[d] = i;
        pendingKeys[d] = readString();
        pendingRaws[d] = lastRaw;
        keyEnds[d] = i;
        skip();
        if (text[i] !== ":") fail();
        i++;
        continue;
      }
      if (i >= n) fail();
      const c = text[i];
      if (c === "{") {
        push({ t: "o", keys: [], vals: [], at: i++ });
        continue;
      }
      if (c === "[") {
        push({ t: "a", items: [], at: i++ });
        skip();
        if (text[i] === "]") {
          i++;
          attach(pop());
          expectValue = false;
        }
        continue;
      }
      attach(readScalar());
      expectValue = false;
      if (stack.length === 0) break;
      continue;
    }
    // After a value.
    const top = stack[stack.length - 1];
    if (!top) break;
    const c = text[i];
    if (c === ",") {
      i++;
      expectValue = true;
      continue;
    }
    if ((c === "}" && top.t === "o") || (c === "]" && top.t === "a")) {
      i++;
      attach(pop());
      if (stack.length === 0) break;
      continue;
    }
    fail();
  }
  skip();
  if (i < n || root === undefined) fail();
  return root!;
}

/** The indentation a JSON text uses ("" when compact), so output keeps the input's look. A compact text written
 *  with a space after colons and commas (`{"a": 1, "b": 2}`) is " " — printed on one line, spaced. */
export function detectIndent(text: string): string {
  return jsonLayout(text)[0];
}

/** The indentation a JSON text uses and whether it is on one line: one blank of indentation (Jupyter's own notebook
 *  layout, Python's `indent=1`) is not the one-line spaced layout. */
export function jsonLayout(text: string): [indent: string, oneLine: boolean] {
  const head = text.slice(0, 4096);
  const m = /\n([ \t]+)["{[\]}]/.exec(head);
  if (m) return [m[1], false];
  return /"[ \t]*:[ \t]/.test(head) ? [" ", true] : ["", false];
}

/** Prints an AST like JSON.stringify(value, null, indent) would, without recursion: one text built as it goes, with
 *  a stack of the containers open and the next member of each (no work item per node). */
export function printJsonAst(root: JNode, indent = "", oneLine = indent === " "): string {
  // One line: spaces after colons and commas (" " alone means it, unless told otherwise).
  const nl = indent && !oneLine ? "\n" : "";
  const colon = indent ? ": " : ":";
  const comma = oneLine ? ", " : ",";
  if (oneLine) indent = "";
  /** The line break and indentation before a member at `depth`, made once per depth. */
  const leads: string[] = [];
  const lead = (depth: number) => (leads[depth] ??= nl + (nl ? indent.repeat(depth) : ""));
  const open: Array<{ node: JObject | JArray; next: number }> = [];
  let out = "";
  let node: JNode | undefined = root;
  for (;;) {
    if (node !== undefined) {
      if (node.t === "s") out += node.raw !== undefined && node.v === node.rawOf ? node.raw : JSON.stringify(node.v);
      else if (node.t === "r") out += node.v;
      else if (node.t === "a") {
        if (node.items.length === 0) out += "[]";
        else {
          out += "[";
          open.push({ node, next: 0 });
        }
      } else if (node.keys.length === 0) out += "{}";
      else {
        out += "{";
        open.push({ node, next: 0 });
      }
      node = undefined;
    }
    const top = open[open.length - 1];
    if (top === undefined) break;
    const container = top.node;
    const k = top.next++;
    if (k === (container.t === "a" ? container.items.length : container.keys.length)) {
      open.pop();
      out += lead(open.length) + (container.t === "a" ? "]" : "}");
      continue;
    }
    if (k > 0) out += comma;
    out += lead(open.length);
    if (container.t === "a") node = container.items[k];
    else {
      const key = container.keys[k];
      const raw = container.rawKeys?.get(k);
      out += (raw && raw.of === key ? raw.raw : JSON.stringify(key)) + colon;
      node = container.vals[k];
    }
  }
  return out;
}

export function objGet(node: JObject, key: string): JNode | undefined {
  const k = node.keys.length < 16 ? node.keys.indexOf(key) : (keyIndex(node).first.get(key) ?? -1);
  return k >= 0 ? node.vals[k] : undefined;
}

/**
 * Whether an object has a member named `key`. The redactor's rules ask this (and objGet) of a member's object for each
 * member they judge: an object of many members (duplicate keys among them) is indexed once, so asking stays linear.
 */
export function objHas(node: JObject, key: string): boolean {
  return node.keys.length < 16 ? node.keys.includes(key) : keyIndex(node).first.has(key);
}

/** Whether an object has a member named `key` in any case (`patientId` for "patientid" or "PatientID"). */
export function objHasLower(node: JObject, key: string): boolean {
  const lowered = key.toLowerCase();
  return node.keys.length < 16 ? node.keys.some((k) => k.toLowerCase() === lowered) : keyIndex(node).lower.has(lowered);
}

/** The first member named `key` in any case (`statusCode` for "statuscode"), or undefined. */
export function objGetLower(node: JObject, key: string): JNode | undefined {
  const lowered = key.toLowerCase();
  const k =
    node.keys.length < 16
      ? node.keys.findIndex((x) => x.toLowerCase() === lowered)
      : (keyIndex(node).lowerFirst.get(lowered) ?? -1);
  return k >= 0 ? node.vals[k] : undefined;
}

/** Renames the member at `i` in place; the object's member index is built again at its next look-up. */
export function objRenameKey(node: JObject, i: number, key: string): void {
  if (node.keys[i] === key) return;
  node.keys[i] = key;
  KEY_INDEX.delete(node);
}

type KeyIndex = { n: number; first: Map<string, number>; lower: Set<string>; lowerFirst: Map<string, number> };
const KEY_INDEX = new WeakMap<JObject, KeyIndex>();
function keyIndex(node: JObject): KeyIndex {
  let index = KEY_INDEX.get(node);
  // Built again when a member was added or removed (a HAR body's `encoding` taken off).
  if (!index || index.n !== node.keys.length) {
    const first = new Map<string, number>();
    const lower = new Set<string>();
    const lowerFirst = new Map<string, number>();
    node.keys.forEach((k, i) => {
      if (!first.has(k)) first.set(k, i);
      const l = k.toLowerCase();
      lower.add(l);
      if (!lowerFirst.has(l)) lowerFirst.set(l, i);
    });
    index = { n: node.keys.length, first, lower, lowerFirst };
    KEY_INDEX.set(node, index);
  }
  return index;
}

export function objGetString(node: JObject, key: string): string | undefined {
  const v = objGet(node, key);
  return v?.t === "s" ? v.v : undefined;
}
