// A signature pasted with a reply — the line under a sign-off that starts with a name and goes on with a title
// ("Regards," then "Jane Roe | Senior Engineer | Acme"), or alone after a blank line; a dashed signature line
// ("— Jane Roe, Acme"); a signature block: the name line on top of a block of three
// or more lines that ends in contact lines ("Jane Q. Roe, Ph.D." / "Senior Partner" / "Roe and Associates" /
// "Office: 217-555-0142"), and the dash sign-off above it ("-Jane", then the signature that starts with the same
// word). Names in no word list go because the layout says they are a person's. One scan of the text for each cue
// (a contact line, a sign-off line); only the few lines around a cue are read.
import type { PhiSpan } from "./phi-span";
import { SIGN_OFF } from "./phi-names";
import { lineAfter, lineAround, lineBefore } from "./line-of";
import { SENTINEL_SOURCE } from "../placeholders";

/**
 * A contact line: a label (perhaps with a place in brackets), a colon, then a phone number or an e-mail address — or
 * the placeholder the address became (addresses are replaced before this detector runs).
 */
const CONTACT_LINE = new RegExp(
  `^[ \\t]*(?:office|mobile|cell|phone|tel|telephone|fax|direct|work|pager|m|t|p|e|email|e-mail)\\b[^:\\n]{0,40}:[ \\t]*(?:\\+?[\\d(][\\d ().-]{6,}|[^\\s@]+@[^\\s@]+|${SENTINEL_SOURCE})`,
  "gim",
);
/** Sign-off lines, all of them in one scan (the same words as phi-names' SIGN_OFF, one line each). */
const SIGN_OFF_LINES = new RegExp(SIGN_OFF.source, "gim");
/** A signature's name line: two to four name words (an initial among them), perhaps followed by degrees. */
const NAME_LINE =
  /^[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3})(?:,[ \t]*(?:Ph\.?D|M\.?D|RN|MBA|MSc|BSc|PharmD|DO|Jr|Sr|MPH|PMP|CISSP)\.?)*[ \t]*$/u;
/** The line under a sign-off: a name, then its title or firm after a bar, a dash or a comma ("Jane Roe | Engineer"). */
const NAME_THEN_TITLE =
  /^[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3})[ \t]*(?:\||[-–—]|,)[ \t]+\S/u;
/** Words of a team's or a department's name, not a person's ("Customer Support", "Help Desk"). */
const NOT_PERSON =
  /\b(?:Support|Team|Help|Desk|Service|Services|Customer|Sales|Office|Department|Center|Centre|Group|Lines?)\b/;
/** "— Jane Roe", "-- Jane Roe, Acme": a signature line under a message (an em or en dash, or two hyphens). */
const DASH_NAME_LINES =
  /^[ \t]*(?:--|—|–)[ \t]?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,3})[ \t]*(?:,[^\n]{0,80})?$/gmu;
/** "-Jane", "-- Jane", "~Jane": a sign-off by first name alone on its line. */
const DASH_SIGN_OFF = /^[ \t]*(?:-{1,2}|–|—|~)[ \t]?(\p{Lu}[\p{Ll}'’-]+)[ \t]*$/u;
const MAX_BLOCK = 6;
const MAX_LINE = 200;

type Line = [number, number];
const isBlank = (text: string, l: Line | null) => l !== null && text.slice(l[0], l[1]).trim() === "";

export function findSignatures(text: string, out: PhiSpan[]) {
  const push = (l: Line, m: RegExpExecArray) => {
    const at = l[0] + text.slice(l[0], l[1]).indexOf(m[1]);
    out.push({ start: at, end: at + m[1].length, type: "name" });
  };
  const match = (re: RegExp, l: Line | null) => (l && l[1] - l[0] <= MAX_LINE ? re.exec(text.slice(l[0], l[1])) : null);

  // Under a sign-off: the first non-blank line, when a title follows the name on it.
  SIGN_OFF_LINES.lastIndex = 0;
  for (let s = SIGN_OFF_LINES.exec(text); s; s = SIGN_OFF_LINES.exec(text)) {
    if (s[0].length === 0) SIGN_OFF_LINES.lastIndex++;
    let next = lineAfter(text, lineAround(text, s.index)[1]);
    for (let k = 0; k < 2 && next && isBlank(text, next); k++) next = lineAfter(text, next[1]);
    // A name alone on its line right under the sign-off is phi-names' rule; after a blank line it is this one's.
    const blankBetween = next !== null && next[0] > lineAround(text, s.index)[1] + 1;
    const m = match(NAME_THEN_TITLE, next) ?? (blankBetween ? match(NAME_LINE, next) : null);
    if (next && m && !NOT_PERSON.test(m[1])) push(next, m);
  }

  // A dash line needs its dash, a contact line its colon: a text without either is not read line by line for them.
  if (hasDashMark(text)) findDashNameLines(text, out);
  if (text.includes(":")) findAboveContactLines(text, out, push, match);
}

const hasDashMark = (text: string) => text.includes("--") || text.includes("—") || text.includes("–");

function findDashNameLines(text: string, out: PhiSpan[]) {
  DASH_NAME_LINES.lastIndex = 0;
  for (let d = DASH_NAME_LINES.exec(text); d; d = DASH_NAME_LINES.exec(text)) {
    if (NOT_PERSON.test(d[1])) continue;
    const at = d.index + d[0].indexOf(d[1]);
    out.push({ start: at, end: at + d[1].length, type: "name" });
  }
}

/** Above contact lines: the top of the block (the first line after a blank one, at most MAX_BLOCK lines up). */
function findAboveContactLines(
  text: string,
  out: PhiSpan[],
  push: (l: Line, m: RegExpExecArray) => void,
  match: (re: RegExp, l: Line | null) => RegExpExecArray | null,
) {
  let lastTop = -1;
  CONTACT_LINE.lastIndex = 0;
  for (let c = CONTACT_LINE.exec(text); c; c = CONTACT_LINE.exec(text)) {
    let top = lineAround(text, c.index);
    let size = 1;
    for (
      let up = lineBefore(text, top[0]);
      up && !isBlank(text, up) && size < MAX_BLOCK;
      up = lineBefore(text, up[0])
    ) {
      top = up;
      size++;
    }
    const above = lineBefore(text, top[0]);
    if (top[0] === lastTop || size < 3 || (above && !isBlank(text, above))) continue;
    lastTop = top[0];
    const m = match(NAME_LINE, top);
    if (!m || NOT_PERSON.test(m[1])) continue;
    push(top, m);
    // A dash sign-off above the block, by the same first name.
    let up = above;
    for (let k = 0; k < 2 && up && isBlank(text, up); k++) up = lineBefore(text, up[0]);
    const d = match(DASH_SIGN_OFF, up);
    if (up && d && m[1].startsWith(d[1])) push(up, d);
  }
}
