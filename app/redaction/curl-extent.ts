// Where a curl command met in pasted text ends: on the lines its continuation marks join (`\`, `^`, a backtick), over
// a token wrapped inside a quoted argument, and over a body written on many lines — `-d '{` then a JSON document of a
// hundred lines, then `}'` — as scripts, READMEs and tutorials write a request (`curl -X POST … -d '{⏎  "Patient": …}'`).
// A quote left open on a line (by the shell tokenizer's rules, so `'\''` keeps it open) is followed only when it opens
// the value of a body or header option, and only over lines that read as that body (JSON members and brackets, form
// fields): a quote a paste left unclosed never takes the prose under it into the command. Each line is read once.
import { openQuoteIn } from "~/evidence/shell-words";

/** A line that continues a token cut inside a quoted argument: token characters up to the closing quote or the end. */
const WRAPPED_IN_QUOTE = /^[ \t]*[A-Za-z0-9._~+/=-]{8,}(?:["']|\r?\n?$)/;
const CONTINUED = /[\\^`][ \t]*\r?\n$/;
/** An option whose value may be a document written over several lines, just before the quote that opens it. */
const VALUE_OPTION =
  /(?:^|[ \t])(?:-d|--data(?:-raw|-binary|-ascii|-urlencode)?|--json|-F|--form|-H|--header)[ \t]*=?$/;
/**
 * A line of a body written over lines: blank, a JSON member, bracket or array element (a `\"` in a double-quoted
 * body), or form fields. Prose does not read so.
 */
const BODY_LINE =
  /^[ \t]*(?:\r?\n?$|[{}[\]"]|\\"|-?\d|true\b|false\b|null\b|&?[A-Za-z0-9_.%~+\-[\]]+=(?:[^ \t]|\r?\n?$))/;

type Quote = '"' | "'";

/** Whether `line` holds `quote` as a body's closing quote: unescaped, and followed by a space or the line's end. */
function closesBody(line: string, quote: Quote): boolean {
  for (let i = line.indexOf(quote); i >= 0; i = line.indexOf(quote, i + 1)) {
    if (quote === '"' && line[i - 1] === "\\") continue;
    const after = line[i + 1];
    if (after === undefined || after === " " || after === "\t" || after === "\r" || after === "\n") return true;
  }
  return false;
}

/**
 * The quote left open at the end of `line` (from the state `from`), and the same quote as `body` when it opens a body
 * or header option's value. The line is read once for both.
 */
function quotesAfter(line: string, from: Quote | null): { open: Quote | null; body: Quote | null } {
  const { quote, at } = openQuoteIn(line, from);
  return { open: quote, body: quote !== null && at >= 0 && VALUE_OPTION.test(line.slice(0, at)) ? quote : null };
}

export interface CurlExtent {
  /** The index of the last line of the command that starts on line `start`. */
  end(start: number): number;
}

/** The extents of curl commands in `lines` (the text's lines, each with its line break). */
export function curlExtents(lines: string[]): CurlExtent {
  return {
    end(start: number): number {
      let end = start;
      let { open, body } = quotesAfter(lines[start], null);
      while (end + 1 < lines.length) {
        if (body !== null) {
          // The value goes on over the lines that read as it (or a token wrapped inside it), to the one holding its
          // closing quote; an apostrophe inside it (`O'Brien`, `'\''`) neither ends it nor lets it run over prose.
          if (!BODY_LINE.test(lines[end + 1]) && !WRAPPED_IN_QUOTE.test(lines[end + 1])) break;
          end++;
          if (!closesBody(lines[end], body)) continue;
          body = null;
          open = null;
          continue;
        }
        const from = open;
        if (CONTINUED.test(lines[end]) || (open !== null && WRAPPED_IN_QUOTE.test(lines[end + 1]))) end++;
        else break;
        ({ open, body } = quotesAfter(lines[end], from));
      }
      return end;
    },
  };
}
