// A Jupyter notebook (`.ipynb`) pasted whole: JSON whose text lives in string arrays — each cell's `source` (code,
// Markdown) and each output's `text` (stdout, stderr), `traceback` and `data` by MIME type (`text/plain`, `text/html`,
// `text/markdown`, `text/latex`). A JSON reader sees keys it does not know and strings with nothing to judge them by;
// here each of those texts is joined back into the text it is (one string per line) and read by the text reader (code
// credentials, tables of people, `key = value` lines, log lines, the sweep), then split again at the same line breaks,
// so the notebook stays a notebook: same cells, same outputs, same keys, same layout. Images (`image/png` base64),
// attachments and the notebook's metadata are kept as they are. A person's value found in one text (a `print` of a
// row: `mrn = 1032702`) is replaced in every other text of the notebook too (the same rows shown as an HTML table, as
// pandas' fixed-width text), with the same placeholder: one value, one placeholder. Not a notebook (no `cells` array of objects with a
// `cell_type`): null, and the JSON reader reads it.
import { spliceJsonAst } from "./json-splice";
import { parseJsonAst, objGet, type JNode, type JObject } from "./json-ast";
import type { ItemContext, KnownValue } from "./context";
import { replaceKnownValues } from "./known-secrets";

/** The MIME types of an output's `data` that hold text to read. */
const TEXT_DATA = /^text\//;

/** Values shorter than this are not carried to the other texts (a two-letter given name would hit words). */
const MIN_CARRIED = 4;

export function redactNotebook(text: string, ctx: ItemContext, readText: (t: string) => string): string | null {
  if (!text.includes('"cell_type"') || !text.includes('"cells"')) return null;
  let root: JNode;
  try {
    root = parseJsonAst(text);
  } catch {
    return null;
  }
  if (root.t !== "o") return null;
  const cells = objGet(root, "cells");
  if (!cells || cells.t !== "a" || !cells.items.some((c) => c.t === "o" && objGet(c, "cell_type"))) return null;
  const before = new Set(ctx.state.known(new Set()).map((k) => k.value));
  eachText(cells.items, readText);
  const found: KnownValue[] = ctx.state
    .known(new Set())
    .filter((k) => k.category === "phi" && k.value.length >= MIN_CARRIED && !before.has(k.value));
  if (found.length) {
    // One look-up over all the texts joined by line breaks, whatever the number of values found: a placeholder has no
    // line break and a value none either, so the result splits back at the same breaks.
    const texts: string[] = [];
    eachText(cells.items, (t) => (texts.push(t), t));
    const pieces = splitAs(replaceKnownValues(texts.join("\n"), ctx, found), texts);
    let i = 0;
    eachText(cells.items, () => pieces[i++]);
  }
  return spliceJsonAst(text, root);
}

/** `joined` (the `texts` joined by line breaks, then rewritten without adding or removing one) cut back into texts. */
function splitAs(joined: string, texts: readonly string[]): string[] {
  const out: string[] = [];
  let pos = 0;
  for (const t of texts) {
    let end = pos;
    for (let at = t.indexOf("\n"); at >= 0; at = t.indexOf("\n", at + 1)) end = joined.indexOf("\n", end) + 1;
    const separator = joined.indexOf("\n", end);
    const stop = separator < 0 ? joined.length : separator;
    out.push(joined.slice(pos, stop));
    pos = stop + 1;
  }
  return out;
}

/** Every text of the cells (sources, output streams, tracebacks, text data) through `read`. */
function eachText(cells: JNode[], read: (t: string) => string): void {
  for (const cell of cells) {
    if (cell.t !== "o") continue;
    readLines(cell, "source", read);
    const outputs = objGet(cell, "outputs");
    if (!outputs || outputs.t !== "a") continue;
    for (const output of outputs.items) {
      if (output.t !== "o") continue;
      readLines(output, "text", read);
      readLines(output, "traceback", read);
      const data = objGet(output, "data");
      if (data?.t === "o") data.keys.forEach((mime, k) => TEXT_DATA.test(mime) && readValue(data, k, read));
    }
  }
}

function readLines(node: JObject, key: string, readText: (t: string) => string): void {
  const k = node.keys.indexOf(key);
  if (k >= 0) readValue(node, k, readText);
}

/** A string, or an array of strings (one per line), read as the one text it makes and put back line by line. */
function readValue(node: JObject, k: number, readText: (t: string) => string): void {
  const value = node.vals[k];
  if (value.t === "s") {
    const read = readText(value.v);
    if (read !== value.v) node.vals[k] = { t: "s", v: read };
    return;
  }
  if (value.t !== "a" || !value.items.every((item) => item.t === "s")) return;
  const lines = value.items.map((item) => (item.t === "s" ? item.v : ""));
  const joined = lines.join("");
  const read = readText(joined);
  if (read === joined) return;
  // The text reader keeps line breaks where they were: the redacted text splits into as many lines.
  const parts = read.split(/(?<=\n)/);
  if (parts.length === lines.length) {
    parts.forEach((part, i) => {
      if (part !== lines[i]) value.items[i] = { t: "s", v: part };
    });
  } else node.vals[k] = { t: "a", items: parts.map((v) => ({ t: "s" as const, v })) };
}
