// Street addresses in free text: street patterns of many countries, US city/state/ZIP lines, cues ("lives at"),
// postal blocks (a street line followed by locality lines).
import { each, type PhiSpan } from "./phi-span";
import { STREET_PREFIXES, STREET_SUFFIXES, STREET_WORD_ENDINGS, UNIT_WORDS } from "./free-text-phi-names";

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
const capitalised = (words: Iterable<string>) =>
  [...words].flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);

const NUM = "\\d{1,6}[A-Za-z]?";
const AWORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’.-]{0,29}";
const SFX = `(?:${alternation(capitalised(STREET_SUFFIXES))})`;
const PREFIX = `(?:${alternation(capitalised(STREET_PREFIXES))})`;
const ENDING = `(?:${alternation(STREET_WORD_ENDINGS)})`;
const UNIT = `(?:${alternation(capitalised(UNIT_WORDS))}|${alternation(UNIT_WORDS)}|#)\\.?[ \\t]{0,2}#?\\d{1,6}[A-Za-z]?`;
const SUFFIX_WORD = alternation([
  "u.",
  "ul.",
  "utca",
  "út",
  "útja",
  "tér",
  "rkp.",
  "gate",
  "gata",
  "vej",
  "gade",
  "gatan",
  "vägen",
  "straat",
  "strasse",
  "straße",
  "Strasse",
  "Straße",
  "weg",
  "Weg",
  "laan",
  "katu",
  "tie",
]);
const UNIT_WORD = `(?:${alternation(capitalised(UNIT_WORDS))}|${alternation(UNIT_WORDS)})\\.?[ \\t]{0,2}#?\\d{1,6}[A-Za-z]?`;

/**
 * A street pattern, with what it cannot match without: `needs`, its literal street word (followed by a house number
 * where the pattern wants one), which one fast search finds before the full pattern, whose letter runs are read from
 * every position, has to run at all (null: always run); `hasDigits`, whether every match holds a digit (a house, box or
 * unit number), so that the pattern need not run on a text without one. Kept beside each pattern so that a pattern
 * changed or added brings its gates with it.
 */
export interface StreetPattern {
  pattern: RegExp;
  needs: RegExp | null;
  hasDigits: boolean;
}

export const STREET_PATTERNS: StreetPattern[] = [
  {
    // 1600 Pennsylvania Avenue NW · 17 N. Main St. · 370 3911 Fourth Avenue
    pattern: new RegExp(
      `(?<![\\w.-])${NUM}(?:[ \\t]${NUM})?[ \\t]{1,2}(?:${AWORD}[ \\t]{1,2}){0,4}${SFX}\\.?(?![\\p{L}\\p{M}\\d])`,
      "gu",
    ),
    // The street word after a space, not followed by a letter: the letter runs before it are read only if it occurs.
    needs: new RegExp(`[ \\t]${SFX}\\.?(?![\\p{L}\\p{M}\\d])`, "u"),
    hasDigits: true,
  },
  {
    // Storgatan 12 · Koskikatu 25 · 6750 Koskikatu 25 (postcode or house number first)
    pattern: new RegExp(
      `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?(?:${AWORD}[ \\t]{1,2}){0,2}\\p{Lu}?[\\p{Ll}\\p{M}]{2,30}${ENDING}[ \\t]{1,2}\\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\p{M}\\d])`,
      "gu",
    ),
    needs: new RegExp(`${ENDING}[ \\t]{1,2}\\d`, "u"),
    hasDigits: true,
  },
  {
    // Rue de Rivoli 12 · Via Roma 3 · 12 Rue Gafsa (the house number may be missing)
    pattern: new RegExp(
      `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?${PREFIX}\\.?(?:[ \\t]{1,2}[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,29}){1,4}(?:,?[ \\t]{1,2}\\d{1,5}[A-Za-z]?)?(?![\\p{L}\\p{M}\\d])`,
      "gu",
    ),
    // The street word at a word's start, then a space and a letter ("Av" inside "Available" is none).
    needs: new RegExp(`\\b${PREFIX}\\.?[ \\t]{1,2}[\\p{L}\\p{M}]`, "u"),
    hasDigits: false,
  },
  {
    // Király u. 15 · Trenerys gate 232 · Villacher Strasse 89 · ul. Słowicza 10
    pattern: new RegExp(
      `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?(?:(?:ul|al|ulica)\\.?[ \\t])?[\\p{Lu}][\\p{L}\\p{M}'’.-]{0,29}[ \\t]{1,2}(?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,29}[ \\t]{1,2}){0,2}(?:${SUFFIX_WORD})[ \\t]{1,2}\\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\p{M}\\d])`,
      "gu",
    ),
    needs: new RegExp(`(?:${SUFFIX_WORD})[ \\t]{1,2}\\d`, "u"),
    hasDigits: true,
  },
  {
    pattern: new RegExp(
      `(?<![\\w.-])(?:${NUM}[ \\t]{1,2})?(?:ul|al)\\.[ \\t](?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,29}[ \\t]{1,2}){1,3}\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{M}\\d])`,
      "gu",
    ),
    needs: /(?:ul|al)\.[ \t]/,
    hasDigits: true,
  },
  {
    // the corner of Main Street and 5th Avenue (no number needed)
    pattern: /\bthe[ \t]corner[ \t]of[ \t][^\n?!,]{1,60}?[ \t]and[ \t][^\n?!,.]{1,40}/gi,
    needs: /corner/i,
    hasDigits: false,
  },
  {
    // PO Box 123 · PSC 1234, Box 5678 · Unit 1234 Box 5678 · APO AE 09012
    pattern:
      /\bP\.?[ \t]?O\.?[ \t]?Box[ \t]{1,2}\d{1,6}\b|\b(?:PSC|Unit|CMR)[ \t]\d{1,5},?[ \t]Box[ \t]\d{1,5}\b|\b(?:APO|FPO|DPO)[ \t](?:AA|AE|AP)[ \t]\d{5}\b/g,
    needs: null,
    hasDigits: true,
  },
  {
    // Apt. 4B · Suite 501 (a bare "#15" is not an address)
    pattern: new RegExp(`(?<![\\w.-])${UNIT_WORD}(?![\\w])`, "gu"),
    needs: null,
    hasDigits: true,
  },
];

const STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI";
// Springfield, IL 62704 — a US city/state/ZIP line.
const CITY_STATE_ZIP = new RegExp(
  `\\b\\p{Lu}[\\p{Ll}\\p{M}]{1,20}(?:[ \\t]\\p{Lu}[\\p{Ll}\\p{M}]{1,20}){0,2},[ \\t]{1,2}(?:${STATES})[ \\t]{1,2}\\d{5}(?:-\\d{4})?\\b`,
  "gu",
);
const STATE_AND_ZIP = /,[ \t]{1,2}[A-Z]{2}[ \t]{1,2}\d{5}/;
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
const CORNER = /the[ \t]corner/i;
// Cues after which a number starts an address ("lives at 12 …", "my address is 4 …", "the corner of …").
const ADDRESS_CUE =
  /\b(?:address(?:es)?(?:[ \t](?:is|was|are|to))?[ \t]?:?|lives?[ \t]at|living[ \t]at|located[ \t]at|resides?[ \t]at|moved[ \t]to|send[^\n.?!]{0,20}[ \t]to|ship(?:ped)?[ \t]to|deliver(?:ed)?[ \t]to|meet[ \t](?:me|us)[ \t]at|return[ \t]to|stop[ \t]at|off[ \t]at)[ \t]{1,3}(?=\d|the[ \t]corner)/gi;

/** A line that continues an address block: locality, region, postcode, country; short and without prose. */
const LOCALITY_LINE =
  /^(?:[>?]{1,3}[ \t]?)?[ \t]*,?[ \t]*(?:[\p{Lu}\d(][\p{L}\p{M}\d().'’-]{0,30}|nan|[\p{Lu}]{2})(?:[ \t,]{1,3}(?:[\p{Lu}\d(][\p{L}\p{M}\d().'’-]{0,30}|nan|de|del|do|da|la|le)){0,5}[ \t]*\.?[ \t]*$/u;
/** A whole line that is a street and house number, possibly postcode-first and with a unit. */
const STREET_LINE = new RegExp(
  `^((?:[>?]{1,3}[ \\t]?)?[ \\t]*)(?:\\d{1,6}[A-Za-z]?[ \\t]{1,2})?(?:[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,30}[ \\t]{1,2}){1,4}\\d{1,5}[A-Za-z]?\\.?(?:[ \\t]{1,2}${UNIT_WORD})?[ \\t]*$`,
  "u",
);
/** Same-line continuation after a street: ", Apt. 4", " Suite 5", ", Springfield", ", IL 62704" (bounded parts). */
const CONTINUATION = new RegExp(
  `^(?:,?[ \\t]{1,2}(?:${UNIT}|[\\p{Lu}][\\p{L}\\p{M}'’.-]{0,29}(?:[ \\t][\\p{Lu}][\\p{L}\\p{M}'’.-]{0,29}){0,3}(?:[ \\t]\\d{3,6}(?:[ -]\\d{2,4})?)?|\\d{4,6}(?:[ -]\\d{2,4})?|nan)){1,5}`,
  "u",
);

export function findAddresses(text: string, out: PhiSpan[]) {
  const cores: Array<[number, number]> = [];
  const digits = hasDigit(text, 0, text.length);
  for (const { pattern, needs, hasDigits } of STREET_PATTERNS) {
    if ((hasDigits && !digits) || needs?.test(text) === false) continue;
    each(pattern, text, (m) => cores.push([m.index, m.index + m[0].length]));
  }
  // Every city/state/ZIP line holds ", XX 12345": one search for that first.
  if (digits && STATE_AND_ZIP.test(text))
    each(CITY_STATE_ZIP, text, (m) => cores.push([m.index, m.index + m[0].length]));
  // A cue is followed by a house number or "the corner of".
  if (digits || CORNER.test(text))
    each(ADDRESS_CUE, text, (m) => {
      const start = m.index + m[0].length;
      const rest = text.slice(start, start + 120);
      // the corner of X and Y · 12 Something Something 34
      const seg =
        /^(?:the[ \t]corner[ \t]of[ \t][^\n.?!,]{1,60}?[ \t]and[ \t][^\n?!,]{1,40}?(?=\.?(?:[ \t]|$|[\n?!,]))|\d{1,6}[A-Za-z]?(?:[ \t,]{1,2}[\p{L}\p{M}\d][\p{L}\p{M}\d'’.-]{0,29}){1,6})/u.exec(
          rest,
        );
      if (seg) cores.push([start, start + seg[0].replace(/\.$/, "").length]);
    });
  // A postal block: a street line ("20789 Allika 46", "Brisas 6802 Suite 4") followed by locality or unit lines.
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    // A street line ends in its house number: a line without a digit is none (read by code, nothing cut out).
    if (lineEnd - lineStart <= 70 && nl !== -1 && hasDigit(text, lineStart, lineEnd)) {
      const line = text.slice(lineStart, lineEnd);
      const m = STREET_LINE.exec(line);
      if (m) {
        let next = nl + 1;
        if (text[next] === "\n") next++;
        const nextNl = text.indexOf("\n", next);
        const nextLine = text.slice(next, nextNl === -1 ? Math.min(text.length, next + 80) : nextNl);
        if (nextLine.length <= 60 && LOCALITY_LINE.test(nextLine)) cores.push([lineStart + m[1].length, lineEnd]);
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  for (const [s0, e0] of cores) {
    let start = s0;
    let end = e0;
    // A number right before the street ("28245 Puruntie 82" — postcode first) belongs to the address.
    const pre = /(?:^|[^\w.-])(\d{3,6}[ \t]{1,2})$/.exec(text.slice(Math.max(0, start - 10), start));
    if (pre) start -= pre[1].length;
    const corner = /the[ \t]corner[ \t]of[ \t]$/i.exec(text.slice(Math.max(0, start - 14), start));
    if (corner) start -= corner[0].length;
    // Same-line continuation, then up to four following short lines (locality, region, postcode, country).
    const cont = CONTINUATION.exec(text.slice(end, end + 160));
    if (cont) end += cont[0].length;
    for (let lines = 0; lines < 5; lines++) {
      if (text[end] !== "\n") break;
      const nl = text.indexOf("\n", end + 1);
      const lineEnd = nl === -1 ? Math.min(text.length, end + 1 + 200) : nl;
      const line = text.slice(end + 1, lineEnd);
      if (line.trim() === "") {
        // One blank line may sit inside an address block.
        const nl2 = text.indexOf("\n", lineEnd + 1);
        const next = text.slice(lineEnd + 1, nl2 === -1 ? Math.min(text.length, lineEnd + 1 + 200) : nl2);
        if (lines === 0 || !LOCALITY_LINE.test(next) || next.trim() === "" || next.length > 60) break;
        end = lineEnd;
        continue;
      }
      if (line.length > 60 || !LOCALITY_LINE.test(line)) break;
      end = lineEnd;
    }
    // Trim trailing spaces and a sentence-final dot.
    while (end > start && /[ \t\n.,]/.test(text[end - 1])) end--;
    out.push({ start, end, type: "street_address" });
  }
}
