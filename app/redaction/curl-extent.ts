// Where a curl command met in pasted text ends: on the lines its continuation marks join (`\`, `^`, a backtick), over
// a token wrapped inside a quoted argument, and over a body written on many lines — `-d '{` then a JSON document of a
// hundred lines, then `}'` — as scripts, READMEs and tutorials write a request (`curl -X POST … -d '{⏎  "Patient": …}'`).
// A quote left open on a line is followed only when it opens the value of a body or header option, and only to the
// line where a closing quote can stand: the lines of each kind of quote are indexed once, so a text of many commands
// whose quotes never close is read in one pass.
import { openQuoteAfter } from "~/evidence/shell-words";

/** A line that continues a token cut inside a quoted argument: token characters up to the closing quote or the end. */
const WRAPPED_IN_QUOTE = /^[ \t]*[A-Za-z0-9._~+/=-]{8,}(?:["']|\r?\n?$)/;
const CONTINUED = /[\\^`][ \t]*\r?\n$/;
/** An option whose value may be a document written over several lines, just before the quote that opens it. */
const VALUE_OPTION =
  /(?:^|[ \t])(?:-d|--data(?:-raw|-binary|-ascii|-urlencode)?|--json|-F|--form|-H|--header)[ \t]*=?$/;

type Quote = '"' | "'";

/** For each line, the first line at or after it that holds the given quote character (`lines.length` when none). */
function nextLineWith(lines: string[], quote: Quote): Int32Array {
  const next = new Int32Array(lines.length + 1);
  next[lines.length] = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) next[i] = lines[i].includes(quote) ? i : next[i + 1];
  return next;
}

/** Where the quote still open at the end of `line` was opened (-1 when none is open), from the state `open`. */
function openQuoteStart(line: string, open: Quote | null): number {
  let q = open;
  let at = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q === "'") {
      if (c === "'") q = null;
    } else if (c === "\\") i++;
    else if (q === '"') {
      if (c === '"') q = null;
    } else if (c === '"' || c === "'") {
      q = c;
      at = i;
    }
  }
  return q === null ? -1 : at;
}

export interface CurlExtent {
  /** The index of the last line of the command that starts on line `start`. */
  end(start: number): number;
}

/** The extents of curl commands in `lines` (the text's lines, each with its line break). */
/**
 * Whether the quote open after `line` (read from the state `from`) is a body or header option's value: a quote opened
 * on the line is judged by what stands before it; one still open from the lines before stays what it was (`was`).
 */
function opensBody(line: string, from: Quote | null, open: Quote | null, was: boolean): boolean {
  if (open === null) return false;
  const at = openQuoteStart(line, from);
  return at < 0 ? was : VALUE_OPTION.test(line.slice(0, at));
}

/** The extents of curl commands in `lines` (the text's lines, each with its line break). */
export function curlExtents(lines: string[]): CurlExtent {
  let next: Record<Quote, Int32Array> | null = null;
  const nextWith = (quote: Quote) => (next ??= { '"': nextLineWith(lines, '"'), "'": nextLineWith(lines, "'") })[quote];
  return {
    end(start: number): number {
      let end = start;
      let open = openQuoteAfter(lines[start], null);
      // A body opened on the command's own lines is followed to the line that can close it.
      let body = opensBody(lines[start], null, open, false);
      while (end + 1 < lines.length) {
        const from = open;
        if (CONTINUED.test(lines[end]) || (open !== null && WRAPPED_IN_QUOTE.test(lines[end + 1]))) end++;
        else if (open !== null && body) {
          // The lines between hold no such quote: the value goes on over them, and may close on the line found.
          const closing = nextWith(open)[end + 1];
          if (closing >= lines.length) break;
          end = closing;
        } else break;
        open = openQuoteAfter(lines[end], from);
        body = opensBody(lines[end], from, open, body);
      }
      return end;
    },
  };
}
