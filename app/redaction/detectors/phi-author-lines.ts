// The author line of a post copied from Oracle's community forum: the author's name (or user name) glued to the
// post's date, "Jane RoeMay 27 2025", "jroe-Acme47 hours ago", "Jane Roe Oct 17 2025 — edited Oct 18 2025". The name
// goes whatever its words are; the date stays. One scan of the text for a date's shape; only the short lines that
// hold one are read.
import type { PhiSpan } from "./phi-span";
import { eachCueLine } from "./line-of";

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const AGO = "\\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago";
/** What an author line's date looks like: the cue searched for in the whole text. */
const DATE_CUE = new RegExp(`${MONTH} \\d{1,2},? \\d{4}|${AGO}`, "g");
/**
 * A line that is a name (letters, blanks, . - ' only, ending in a letter) then a date glued to it — "May 27 2025" or
 * "47 hours ago" — perhaps "— edited …". A name written with a blank before a month date ("Jane Roe May 27 2025") is
 * an author line only when an edit note follows (else any sentence ending in a date would be one).
 */
const AUTHOR_LINE = new RegExp(
  `^[ \\t]*(\\p{L}[\\p{L}\\p{M}'’. -]{0,58}\\p{L})(?:${MONTH} \\d{1,2},? \\d{4}|${AGO}|[ \\t]${MONTH} \\d{1,2},? \\d{4}(?=[ \\t]+[—–-][ \\t]*edited\\b))(?:[ \\t]+[—–-][ \\t]*edited\\b[^\\n]*)?[ \\t]*$`,
  "u",
);
const MAX_LINE = 120;

export function findAuthorLines(text: string, out: PhiSpan[]) {
  eachCueLine(text, DATE_CUE, MAX_LINE, (start, end) => {
    const line = text.slice(start, end);
    const m = AUTHOR_LINE.exec(line);
    if (m && m[1].split(/[ \t]+/).length <= 4) {
      const at = start + line.indexOf(m[1]);
      out.push({ start: at, end: at + m[1].length, type: "name" });
    }
  });
}
