// A page pasted as HTML (what a call answered, what the browser showed) carries its values where the line readers do
// not look: split by inline tags (`Jane <b>DOE</b>`), entity-encoded (`&#39;…&#39;`), in a table cell labelled by
// the cell before it, in a hidden input named by its `name`. The page is read through its view (html-view.ts) by the
// same readers as any text, and each value they replaced there is replaced in the page where it stands, as the page
// wrote it (entities and all): the markup, and every byte nothing was replaced in, come back as written. The readers
// then read the page itself as before. Linear: one view, one read of it, one walk of what the read gave back.
import type { ItemContext } from "./context";
import { htmlView, inlineTagView, type HtmlView } from "./html-view";
import { OPEN } from "./placeholders";

/** Elements of a page (not of an XML document): a line holding one is markup a browser renders. */
const HTML_TAG =
  /<\/?(?:html|head|body|div|span|p|b|i|a|td|tr|th|table|tbody|form|input|pre|textarea|h[1-6]|br|hr|li|ul|script|style|meta|link|title|strong|em|code|button|select|option|template|turbo-[a-z]+|label|font|center|noscript)[\s>/]/i;
/** XML documents the XML readers own (FHIR, CDA, SOAP): their narratives' `<td>` are read there. */
const XML_DOCUMENT = /<\?xml|xmlns="(?:urn:hl7-org:v3|http:\/\/hl7\.org\/fhir)"|<(?:soap|SOAP-ENV|s):Envelope/;
/** One or more placeholders' sentinels in a row. */
const SENTINEL_RUN = /(?:\x81[\x90-\x99]+\x82)+/g;
/** How much of a literal is searched for (the rest is compared where it was found). */
const ANCHOR_LENGTH = 64;

/** A page: most of its lines hold an HTML element (a log or a Markdown post quoting a page is read as text). */
export function looksLikeHtml(text: string): boolean {
  // JSON (a resource's narrative in a `div` string, NDJSON lines) is the JSON readers'.
  const first = /\S/.exec(text)?.[0];
  if (first === "{" || first === "[" || !HTML_TAG.test(text) || XML_DOCUMENT.test(text)) return false;
  let lines = 0;
  let marked = 0;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (line.trim()) {
      lines++;
      // Markup with escaped quotes or slashes (`<div xmlns=\"…\">`, `<\/div>`) is a JSON string inside a log line, not a
      // page's line: the JSON readers read it (a narrative in a logged Bundle).
      if (line.includes("<") && HTML_TAG.test(line) && !line.includes('=\\"') && !line.includes("<\\/")) marked++;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return marked > 0 && marked * 2 >= lines;
}

/** A JSON or XML document (a resource, a bundle cut short): its narratives' markup is its own readers'. */
function isMarkupDocument(text: string): boolean {
  const first = /\S/.exec(text)?.[0];
  return first === "{" || first === "[" || first === "<" || /xmlns|<\?xml/.test(text);
}

interface Replacement {
  /** View range replaced. */
  start: number;
  end: number;
  /** The sentinels that replaced it. */
  by: string;
}

/** The page with the values the readers found in its view replaced where they stand (see the header); text that is
 *  no page read through its inline tags only (a name in `<b>` of a Markdown post). */
export function redactHtml(text: string, ctx: ItemContext, read: (text: string) => string): string {
  const view = looksLikeHtml(text) ? htmlView(text) : isMarkupDocument(text) ? null : inlineTagView(text);
  if (!view) return text;
  const out = read(view.text);
  if (out === view.text) return text;
  const replacements = alignReplacements(view.text, out, ctx);
  return replacements ? writeBack(text, view, replacements) : text;
}

/**
 * What the read replaced in the view: the read only puts placeholders (sentinels) where values stood, so the text
 * between them is the view's own, in order. Each literal is found from where the last ended (its first characters
 * searched, the rest compared there); null when the read changed the view otherwise (nothing is written back then: the
 * page's own reading still follows).
 */
function alignReplacements(view: string, out: string, ctx: ItemContext): Replacement[] | null {
  const replacements: Replacement[] = [];
  let v = 0;
  let o = 0;
  for (const m of out.matchAll(SENTINEL_RUN)) {
    const literal = out.slice(o, m.index);
    if (!view.startsWith(literal, v)) return null;
    v += literal.length;
    o = m.index + m[0].length;
    const nextOpen = out.indexOf(OPEN, o);
    const next = out.slice(o, nextOpen < 0 ? out.length : nextOpen);
    const end = next ? view.indexOf(next.slice(0, ANCHOR_LENGTH), v + 1) : view.length;
    if (end < 0) return null;
    const replaced = view.slice(v, end);
    // Sentinels already in the page (placeholders pasted), and values the read only protected, stay as written.
    if (replaced !== m[0] && ctx.sentinels.restore(m[0]) !== replaced) replacements.push({ start: v, end, by: m[0] });
    v = end;
  }
  return view.startsWith(out.slice(o), v) && v + (out.length - o) === view.length ? replacements : null;
}

/**
 * Each replaced view range written over the page characters it was read from: the first run of them takes the
 * placeholders, the other runs (text after an inline tag, `Jane <b>DOE</b>`) are emptied, the tags between kept.
 */
function writeBack(text: string, view: HtmlView, replacements: Replacement[]): string {
  const edits: Array<{ start: number; end: number; by: string }> = [];
  for (const r of replacements) {
    let first = true;
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart < 0) return;
      edits.push({ start: runStart, end: runEnd, by: first ? r.by : "" });
      first = false;
    };
    for (let k = r.start; k < r.end; k++) {
      const from = view.from[k];
      if (from < 0) continue;
      if (runStart >= 0 && (from === runEnd || from === runStart || (from > runStart && from < runEnd))) {
        runEnd = Math.max(runEnd, view.to[k]);
        continue;
      }
      flush();
      runStart = from;
      runEnd = view.to[k];
    }
    flush();
  }
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.by;
    pos = e.end;
  }
  return out + text.slice(pos);
}
