// Writes a redacted JSON AST back into the text it was parsed from: every value and key the redactor left alone keeps
// its bytes, and so does every blank, colon and comma between them (compact-with-newlines, `"k" : v`, `[1, 2]` inside
// pretty JSON, tabs, CRLF). Only a replaced value (or key) is written anew, in its old place. A container whose members
// changed in number or order (a HAR body's `encoding` member taken off, entries dropped) is printed again, in the
// text's guessed layout and indented like the line it starts on.
import { jsonLayout, printJsonAst, type JArray, type JNode, type JObject } from "./json-ast";

/** The text with the AST's changed values (and keys) written in place. Linear: each source byte is copied once. */
export function spliceJsonAst(text: string, root: JNode): string {
  if (root.at === undefined) return printJsonAst(root, ...jsonLayout(text));
  const parts: string[] = [text.slice(0, root.at)];
  let layout: [string, boolean] | undefined;
  /** A node the parser did not place (or a container changed in shape), printed at `at` in the text. */
  const reprint = (node: JNode, at: number) => {
    if (node.t === "s") parts.push(node.raw !== undefined && node.v === node.rawOf ? node.raw : JSON.stringify(node.v));
    else if (node.t === "r") parts.push(node.v);
    else {
      const printed = printJsonAst(node, ...(layout ??= jsonLayout(text)));
      parts.push(printed.includes("\n") ? printed.replace(/\n/g, "\n" + lineIndent(text, at)) : printed);
    }
  };
  const open: Array<{ node: JObject | JArray; next: number; from: number }> = [];
  /** Emits `node`, found where the source had the value spanning [start, end). */
  const emit = (node: JNode, start: number, end: number) => {
    if (node.at !== start) reprint(node, start);
    else if (node.t === "s" || node.t === "r") parts.push(text.slice(start, end));
    else if (!sameShape(node)) reprint(node, start);
    else open.push({ node, next: 0, from: start });
  };
  emit(root, root.at, root.t === "o" || root.t === "a" ? root.end! : text.length);
  while (open.length) {
    const top = open[open.length - 1];
    const { node } = top;
    const k = top.next++;
    const spans = node.spans ?? [];
    if (node.t === "a") {
      if (k === node.items.length) {
        parts.push(text.slice(top.from, node.end));
        open.pop();
        continue;
      }
      parts.push(text.slice(top.from, spans[2 * k]));
      top.from = spans[2 * k + 1];
      emit(node.items[k], spans[2 * k], spans[2 * k + 1]);
      continue;
    }
    if (k === node.keys.length) {
      parts.push(text.slice(top.from, node.end));
      open.pop();
      continue;
    }
    const [keyStart, keyEnd, valueStart, valueEnd] = spans.slice(4 * k, 4 * k + 4);
    parts.push(text.slice(top.from, keyStart));
    const key = node.keys[k];
    const raw = node.rawKeys?.get(k);
    const asWritten = raw ? raw.of === key : text.slice(keyStart + 1, keyEnd - 1) === key;
    parts.push(asWritten ? text.slice(keyStart, keyEnd) : JSON.stringify(key));
    parts.push(text.slice(keyEnd, valueStart));
    top.from = valueEnd;
    emit(node.vals[k], valueStart, valueEnd);
  }
  if (root.t === "o" || root.t === "a") parts.push(text.slice(root.end));
  return parts.join("");
}

/** Whether a parsed container still has its members as parsed: as many, each either the parsed node of that place or
 *  a new one the redactor put there. */
function sameShape(node: JObject | JArray): boolean {
  const spans = node.spans ?? [];
  const children = node.t === "a" ? node.items : node.vals;
  const width = node.t === "a" ? 2 : 4;
  if (node.t === "o" && node.keys.length !== node.vals.length) return false;
  if (children.length * width !== spans.length) return false;
  const valueAt = width - 2;
  return children.every((child, k) => child.at === undefined || child.at === spans[width * k + valueAt]);
}

/** The blanks that start the line holding offset `at` (looked for at most 4 KB back). */
function lineIndent(text: string, at: number): string {
  const from = Math.max(0, at - 4096);
  let start = at;
  while (start > from && text[start - 1] !== "\n") start--;
  let end = start;
  while (end < at && (text[end] === " " || text[end] === "\t")) end++;
  return text.slice(start, end);
}
