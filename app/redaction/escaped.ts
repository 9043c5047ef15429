// Text whose quotes reached the ticket escaped: JSON copied from an HTML page or a chat export (`&quot;access_token&quot;`),
// a JSON string that escapes its quotes as \u0022 (a .NET or Java log). Such text is read decoded — so the JSON and
// `key="value"` readers see a key and its value — and encoded again the same way. A character is decoded only when the
// text holds none of it raw, so encoding it again gives back exactly the input wherever nothing was replaced. When raw
// quotes stand elsewhere in the text, each run of lines without one is read on its own. Linear: a fixed number of
// native scans per run.
import { splitLines } from "./http-text";

interface Escape {
  raw: string;
  /** The escaped forms of `raw`, the most common first; one is decoded per text (the first present). */
  forms: readonly string[];
}

const ESCAPES: readonly Escape[] = [
  { raw: '"', forms: ["&quot;", "&#34;", "&#x22;", "\\u0022"] },
  { raw: "'", forms: ["&#39;", "&apos;", "&#x27;", "\\u0027"] },
  { raw: "<", forms: ["&lt;", "\\u003c", "\\u003C"] },
  { raw: ">", forms: ["&gt;", "\\u003e", "\\u003E"] },
];

/** Any escaped quote at all: the text is read as it is unless one stands in it. */
const ESCAPED_QUOTE = /&(?:quot|#34|#x22);|\\u0022/;

/** For each character the text holds escaped and never raw: its escaped form. */
function plan(text: string): Array<{ raw: string; form: string }> {
  const out: Array<{ raw: string; form: string }> = [];
  for (const e of ESCAPES) {
    if (text.includes(e.raw)) continue;
    const form = e.forms.find((f) => text.includes(f));
    if (form) out.push({ raw: e.raw, form });
  }
  return out;
}

function readDecoded(text: string, read: (text: string) => string): string {
  const steps = plan(text);
  if (!steps.some((s) => s.raw === '"')) return read(text);
  let decoded = text;
  for (const s of steps) decoded = decoded.split(s.form).join(s.raw);
  let out = read(decoded);
  for (const s of steps) out = out.split(s.raw).join(s.form);
  return out;
}

/** Reads `text` with `read`, its escaped quotes decoded where that can be undone exactly (see above). */
export function redactEscaped(text: string, read: (text: string) => string): string {
  if (!ESCAPED_QUOTE.test(text)) return read(text);
  if (!text.includes('"')) return readDecoded(text, read);
  // Raw quotes in some lines: a run of lines with escaped quotes and no raw one is read decoded, the rest as it is.
  // A line with neither goes with the run it stands in.
  const out: string[] = [];
  let run = "";
  let escaped = false;
  for (const line of splitLines(text)) {
    const kind = line.includes('"') ? false : ESCAPED_QUOTE.test(line) ? true : null;
    if (kind !== null && kind !== escaped && run) {
      out.push(escaped ? readDecoded(run, read) : read(run));
      run = "";
    }
    if (kind !== null) escaped = kind;
    run += line;
  }
  if (run) out.push(escaped ? readDecoded(run, read) : read(run));
  return out.join("");
}
