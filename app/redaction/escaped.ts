// Text whose quotes reached the ticket escaped: JSON copied from an HTML page or a chat export (`&quot;access_token&quot;`),
// a JSON string that escapes its quotes as \u0022 (a .NET or Java log). Such text is read decoded — so the JSON and
// `key="value"` readers see a key and its value — and encoded again the same way. The text is cut into spans at its
// quotes: a span holds quotes of one escaped form and no raw quote (a log line's `body="{&quot;…&quot;}"` gives the
// span between its raw quotes; `&#34;` JSON beside a `&quot;` word gives two spans). A span takes whole lines where its
// neighbours' quotes allow, so JSON spread over lines is read as one. Within a span the quote, and each other
// character the span never holds raw (`'`, `<`, `>`), is decoded, so encoding it again gives back exactly the span
// wherever nothing was replaced; the text between spans is read as it is. Linear: one scan for quotes, and each span
// and gap is cut and read once.

import { xmlDocumentStart } from "./xml-fhir";

interface Escape {
  raw: string;
  /** The escaped forms of `raw`, the most common first; one is decoded per span (the first present). */
  forms: readonly string[];
}

const OTHER_ESCAPES: readonly Escape[] = [
  { raw: "'", forms: ["&#39;", "&apos;", "&#x27;", "\\u0027"] },
  { raw: "<", forms: ["&lt;", "\\u003c", "\\u003C"] },
  { raw: ">", forms: ["&gt;", "\\u003e", "\\u003E"] },
];

/** Every quote, raw or in one of its escaped forms. */
const QUOTE = /"|&(?:quot|#34|#x22);|\\u0022/g;
/** Any escaped quote at all: the text is read as it is unless one stands in it. */
const ESCAPED_QUOTE = /&(?:quot|#34|#x22);|\\u0022/;

/** `span` decoded (its quotes, written `form`, and each other character it holds escaped and never raw), read, and
 *  encoded again. */
function readDecoded(span: string, form: string, read: (text: string) => string): string {
  const steps = [{ raw: '"', form }];
  for (const e of OTHER_ESCAPES) {
    if (span.includes(e.raw)) continue;
    const other = e.forms.find((f) => span.includes(f));
    if (other) steps.push({ raw: e.raw, form: other });
  }
  let decoded = span;
  for (const s of steps) decoded = decoded.split(s.form).join(s.raw);
  let out = read(decoded);
  for (const s of steps) out = out.split(s.raw).join(s.form);
  return out;
}

/** The quotes of `text` in order, each escaped run of one form as one group (a raw quote is a group of its own). */
function quoteGroups(text: string): Array<{ form: string; start: number; end: number }> {
  const groups: Array<{ form: string; start: number; end: number }> = [];
  for (const m of text.matchAll(QUOTE)) {
    const last = groups[groups.length - 1];
    const end = m.index + m[0].length;
    if (last && m[0] !== '"' && last.form === m[0]) last.end = end;
    else groups.push({ form: m[0], start: m.index, end });
  }
  return groups;
}

/** Just after the last line break in text[from, to), or -1 if there is none. */
function afterLastBreak(text: string, from: number, to: number): number {
  const at = text.slice(from, to).lastIndexOf("\n");
  return at < 0 ? -1 : from + at + 1;
}

interface Span {
  start: number;
  end: number;
  form: string;
  /** Cut at a raw quote on its line (`body="{&quot;…}"`), so it is read without the rest of its line. */
  cut: boolean;
}

/** The spans of `text` read decoded, in order. A span starts at the line of its first quote (or at the text's start
 *  when no quote stands before it), never before the quote ahead of it; it ends after the line of its last quote (or
 *  at the text's end), never after the quote behind it. A line with no quote between two groups goes with the group
 *  above it. */
function escapedSpans(text: string): Span[] {
  const groups = quoteGroups(text);
  const spans: Span[] = [];
  let pos = 0;
  groups.forEach((g, i) => {
    if (g.form === '"') return;
    const before = groups[i - 1];
    const after = groups[i + 1];
    let start = 0;
    let cut = false;
    if (before) {
      const lo = Math.max(pos, before.end);
      const line = afterLastBreak(text, lo, g.start);
      start = line < 0 ? lo : line;
      cut = line < 0 && before.form === '"';
    }
    let end = text.length;
    if (after) {
      const line = afterLastBreak(text, g.end, after.start);
      end = line < 0 ? after.start : line;
      cut ||= line < 0 && after.form === '"';
    }
    spans.push({ start, end, form: g.form, cut });
    pos = end;
  });
  return spans;
}

const rawQuotes = (text: string): number => text.split('"').length - 1;

/** Reads `text` with `read`, its escaped quotes decoded where that can be undone exactly (see above). When a span is
 *  cut from its line, the text is first read as it is, so what the line around it tells (a name swept as prose) is
 *  still seen; values replaced then stand as placeholders that a second reading leaves alone. */
export function redactEscaped(text: string, read: (text: string) => string): string {
  if (!ESCAPED_QUOTE.test(text)) return read(text);
  // In an XML document `&quot;` is XML's own escape, which the FHIR XML reader decodes: no escaped JSON.
  if (!text.includes("\\u0022") && xmlDocumentStart(text) >= 0) return read(text);
  let spans = escapedSpans(text);
  // The text between spans: read as it is, or kept when the whole text was read so already.
  let plain = read;
  if (spans.some((s) => s.cut)) {
    // Kept unless that reading turned escaped quotes into raw ones (a JSON reader writes a string's \u0022 back as \").
    const first = read(text);
    if (rawQuotes(first) <= rawQuotes(text)) {
      text = first;
      spans = escapedSpans(text);
      plain = (t) => t;
    }
  }
  const out: string[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) out.push(plain(text.slice(pos, s.start)));
    out.push(readDecoded(text.slice(s.start, s.end), s.form, read));
    pos = s.end;
  }
  if (pos < text.length) out.push(plain(text.slice(pos)));
  return out.join("");
}
