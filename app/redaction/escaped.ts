// Text whose quotes reached the ticket escaped: JSON copied from an HTML page or a chat export (`&quot;access_token&quot;`),
// a JSON string that escapes its quotes as \u0022 (a .NET or Java log). Such text is read decoded — so the JSON and
// `key="value"` readers see a key and its value — and encoded again the same way. The text is cut into spans at its
// quotes: a span holds quotes of one escaped form and no raw quote (a log line's `body="{&quot;…&quot;}"` gives the
// span between its raw quotes; `&#34;` JSON beside a `&quot;` word gives two spans). A span takes whole lines where its
// neighbours' quotes allow, so JSON spread over lines is read as one. Within a span the quote, and each other
// character the span never holds raw (`'`, `<`, `>`), is decoded, so encoding it again gives back exactly the span
// wherever nothing was replaced; the text between spans is read as it is.
//
// A span cut from its line by raw quotes (`body="{&quot;…}"`) is read with its line, once: when the line's raw quotes
// only delimit such spans, they are written in an escaped form the line does not hold (`&#34;`) while the span's are
// decoded, so the readers see `body=&#34;{"access_token":…}&#34;` — JSON inside prose, its keys and the names around
// them — and both are turned back after. A line whose raw quotes carry structure of their own (a JSON log line) keeps
// them: its pieces between the spans are read as they are and the spans decoded on their own. Linear: one scan for
// quotes, and each character is read once.

import { FhirXmlReader, parseFhirXml, xmlDocumentStart } from "./xml-fhir";
import { lineAround } from "./detectors/line-of";

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
const ESCAPED_QUOTE_ALL = new RegExp(ESCAPED_QUOTE.source, "g");

/** `span` decoded (its quotes, written `form`, and each other character it holds escaped and never raw), read, and
 *  encoded again. `standIn`: the span's raw quotes are written so while it is read (an escaped form it does not hold). */
function readDecoded(span: string, form: string, read: (text: string) => string, standIn?: string): string {
  const steps = [{ raw: '"', form }];
  for (const e of OTHER_ESCAPES) {
    if (span.includes(e.raw)) continue;
    const other = e.forms.find((f) => span.includes(f));
    if (other) steps.push({ raw: e.raw, form: other });
  }
  let decoded = standIn ? span.split('"').join(standIn) : span;
  for (const s of steps) decoded = decoded.split(s.form).join(s.raw);
  let out = read(decoded);
  for (const s of steps) out = out.split(s.raw).join(s.form);
  return standIn ? out.split(standIn).join('"') : out;
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

/** Escaped quote forms that neither JSON nor a reader writes: raw quotes are written so while a span is decoded. */
const STAND_INS = ["&#34;", "&#x22;", "&quot;"];

/** The end of the line a span ending at `end` ends on, looking no further than `limit`. */
const lineEnd = (text: string, end: number, limit: number): number =>
  end > 0 && text[end - 1] === "\n" ? end : lineAround(text, end, end, limit)[1];

/** Whether the raw quotes of text[from, to) outside `spans` only delimit them (right before or after one). */
function onlyDelimits(text: string, from: number, to: number, spans: Span[]): boolean {
  let pos = from;
  for (let k = 0; k <= spans.length; k++) {
    let a = pos;
    let b = k < spans.length ? spans[k].start : to;
    if (k > 0 && text[a] === '"') a++;
    if (k < spans.length && b > a && text[b - 1] === '"') b--;
    if (a < b && text.slice(a, b).includes('"')) return false;
    if (k < spans.length) pos = spans[k].end;
  }
  return true;
}

/** What is read, in order: a span decoded, or a cut span's line with its raw quotes standing in as `standIn`. */
interface Part {
  start: number;
  end: number;
  form: string;
  standIn?: string;
}

/** The parts of a text read in one pass, or null when a cut span's raw quotes carry structure of their own. */
function onePassParts(text: string, spans: Span[]): Part[] | null {
  const parts: Part[] = [];
  let pos = 0;
  for (let i = 0; i < spans.length;) {
    const s = spans[i];
    if (!s.cut) {
      parts.push(s);
      pos = s.end;
      i++;
      continue;
    }
    // A cut span's line, with the cut spans of its form on it; never into a neighbouring span of another kind.
    const from = lineAround(text, s.start, pos, s.start)[0];
    let j = i;
    const limit = (k: number) => (k + 1 < spans.length ? spans[k + 1].start : text.length);
    let to = lineEnd(text, s.end, limit(j));
    while (to === limit(j) && j + 1 < spans.length && spans[j + 1].cut && spans[j + 1].form === s.form)
      to = lineEnd(text, spans[++j].end, limit(j));
    const standIn = STAND_INS.find((f) => f !== s.form && !text.slice(from, to).includes(f));
    if (!standIn || !onlyDelimits(text, from, to, spans.slice(i, j + 1))) return null;
    parts.push({ start: from, end: to, form: s.form, standIn });
    pos = to;
    i = j + 1;
  }
  return parts;
}

/** Whether every escaped quote of `text` stands inside the one FHIR or CDA XML document it holds (as far as it was read). */
function escapesInXml(text: string): boolean {
  const start = xmlDocumentStart(text);
  if (start < 0) return false;
  const { parsed } = parseFhirXml(new FhirXmlReader(text), start);
  if (!parsed) return false;
  for (const m of text.matchAll(ESCAPED_QUOTE_ALL)) if (m.index < start || m.index >= parsed.end) return false;
  return true;
}

const rawQuotes = (text: string): number => text.split('"').length - 1;

/** Reads `text` with `read`, its escaped quotes decoded where that can be undone exactly (see above). */
export function redactEscaped(text: string, read: (text: string) => string): string {
  if (!ESCAPED_QUOTE.test(text)) return read(text);
  // In an XML document `&quot;` is XML's own escape, which the FHIR XML reader decodes: no escaped JSON there.
  if (!text.includes("\\u0022") && escapesInXml(text)) return read(text);
  let spans = escapedSpans(text);
  let parts = onePassParts(text, spans);
  // The text between parts: read as it is — or kept, when a cut span's line carries structure (a JSON document): the
  // whole text is then read as it is first, and only the spans decoded after (unless that reading wrote a JSON string's
  // \u0022 back as \", when the pieces are read apart). The one case where a line is read twice.
  let plain = read;
  if (parts === null) {
    const first = read(text);
    if (rawQuotes(first) <= rawQuotes(text)) {
      text = first;
      spans = escapedSpans(text);
      plain = (t) => t;
    }
    parts = spans;
  }
  const out: string[] = [];
  let pos = 0;
  for (const p of parts) {
    if (p.start > pos) out.push(plain(text.slice(pos, p.start)));
    out.push(readDecoded(text.slice(p.start, p.end), p.form, read, p.standIn));
    pos = p.end;
  }
  if (pos < text.length) out.push(plain(text.slice(pos)));
  return out.join("");
}
