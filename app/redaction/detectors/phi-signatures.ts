// A signature block pasted with a reply: the name line on top of a block of three or more lines that ends in contact
// lines ("Jane Q. Roe, Ph.D." / "Senior Partner" / "Roe and Associates" / "Office: 217-555-0142"), and the dash
// sign-off above it ("-Jane", then the signature that starts with the same word). Names in no word list go because
// the layout says they are a person's. One pass over the lines; each contact line looks at most a few lines back.
import type { PhiSpan } from "./phi-span";

/** A contact line: a label (perhaps with a place in brackets), a colon, then a phone number or an e-mail address. */
const CONTACT_LINE =
  /^[ \t]*(?:office|mobile|cell|phone|tel|telephone|fax|direct|work|pager|m|t|p|e|email|e-mail)\b[^:\n]{0,40}:[ \t]*(?:\+?[\d(][\d ().-]{6,}|[^\s@]+@[^\s@]+)/i;
/** A signature's name line: two to four name words (an initial among them), perhaps followed by degrees. */
const NAME_LINE =
  /^[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3})(?:,[ \t]*(?:Ph\.?D|M\.?D|RN|MBA|MSc|BSc|PharmD|DO|Jr|Sr|MPH|PMP|CISSP)\.?)*[ \t]*$/u;
/** Words of a team's or a department's name, not a person's ("Customer Support", "Help Desk"). */
const NOT_PERSON =
  /\b(?:Support|Team|Help|Desk|Service|Services|Customer|Sales|Office|Department|Center|Centre|Group|Lines?)\b/;
/** "-Jane", "-- Jane", "~Jane": a sign-off by first name alone on its line. */
const DASH_SIGN_OFF = /^[ \t]*(?:-{1,2}|–|—|~)[ \t]?(\p{Lu}[\p{Ll}'’-]+)[ \t]*$/u;
const MAX_BLOCK = 6;

export function findSignatures(text: string, out: PhiSpan[]) {
  const starts: number[] = [];
  for (let i = 0; i <= text.length;) {
    starts.push(i);
    const nl = text.indexOf("\n", i);
    if (nl < 0) break;
    i = nl + 1;
  }
  const line = (k: number) => text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] - 1 : text.length);
  const blank = (k: number) => line(k).trim() === "";
  let lastTop = -1;
  for (let k = 0; k < starts.length; k++) {
    if (!CONTACT_LINE.test(line(k))) continue;
    // The top of the block: the first line after a blank one (or the text's start), at most MAX_BLOCK lines up.
    let top = k;
    while (top > 0 && k - top < MAX_BLOCK && !blank(top - 1)) top--;
    if (top === lastTop || k - top < 2 || (top > 0 && !blank(top - 1))) continue;
    lastTop = top;
    const m = NAME_LINE.exec(line(top));
    if (!m || NOT_PERSON.test(m[1])) continue;
    const at = starts[top] + line(top).indexOf(m[1]);
    out.push({ start: at, end: at + m[1].length, type: "name" });
    // A dash sign-off above the block, by the same first name.
    let up = top - 1;
    while (up > 0 && top - up <= 2 && blank(up)) up--;
    const d = up >= 0 ? DASH_SIGN_OFF.exec(line(up)) : null;
    if (d && m[1].startsWith(d[1])) {
      const ds = starts[up] + line(up).indexOf(d[1]);
      out.push({ start: ds, end: ds + d[1].length, type: "name" });
    }
  }
}
