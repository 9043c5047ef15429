// Text quoted in an e-mail reply (or a Markdown block quote): every line of a block starts with "> " (or "> > ", ">>"
// for deeper levels), and a mail client may have re-wrapped it. A run of lines at the same quote depth is read with
// its prefixes taken off — so an HTTP capture, an HL7 message, a YAML block or a wrapped token inside it is read by
// the reader it needs — and the prefixes are put back. One pass over the lines; a line is stripped once whatever its
// depth, so a quote 10,000 levels deep costs its length.
import { splitLines } from "./http-text";

/** The quote prefix of a line: one or more ">" (each after at most three blanks), and one blank after the last. */
const PREFIX = /^(?:[ \t]{0,3}>)+[ \t]?/;

const depthOf = (prefix: string): number => {
  let n = 0;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 62) n++;
  return n;
};

/** A quick test: does any line start with a quote prefix? */
const QUOTED_LINE = /(?:^|\n)[ \t]{0,3}>/;

/**
 * Reads `text` with `read`, except that each run of lines quoted at one depth is read on its own (by `readQuoted`)
 * with its prefixes taken off and then put back (each line its own prefix when the reader kept the line count, else
 * the run's first).
 */
export function redactQuoted(
  text: string,
  read: (text: string) => string,
  readQuoted: (text: string) => string = read,
): string {
  if (!QUOTED_LINE.test(text)) return read(text);
  const lines = splitLines(text);
  const out: string[] = [];
  let plain = "";
  for (let i = 0; i < lines.length;) {
    const prefix = PREFIX.exec(lines[i])?.[0];
    if (!prefix) {
      plain += lines[i++];
      continue;
    }
    if (plain) out.push(read(plain));
    plain = "";
    const depth = depthOf(prefix);
    const prefixes: string[] = [];
    let inner = "";
    for (; i < lines.length; i++) {
      const p = PREFIX.exec(lines[i])?.[0];
      if (!p || depthOf(p) !== depth) break;
      prefixes.push(p);
      inner += lines[i].slice(p.length);
    }
    out.push(requote(readQuoted(inner), prefixes));
  }
  if (plain) out.push(read(plain));
  return out.join("");
}

function requote(inner: string, prefixes: readonly string[]): string {
  const lines = splitLines(inner);
  // Each line gets its own prefix back when the reader kept the lines; when it joined some (a folded header written
  // on one line, an address over several lines replaced whole), every line gets the run's first prefix.
  if (lines.length === prefixes.length) return lines.map((line, k) => prefixes[k] + line).join("");
  return lines.map((line) => prefixes[0] + line).join("");
}
