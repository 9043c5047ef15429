// What the secret sweep needs to know about a text before it runs its detectors: which of the characters they are
// anchored on occur (a separator `:` `=` `,`, `@`, `|`, `<`, `/`, a line break, …) and how long the longest run of
// token characters is. One pass over the text, by character code. Every secret detector needs at least one of these
// cues to match anything (sweep.ts says which, detector by detector), so one whose cues are absent is not called: a
// short JSON value such as "final" or "Body weight" skips the whole secret sweep.
//
// Redaction only ever replaces part of a text by a sentinel (C1 control characters, neither cues nor token
// characters), so a text's cues hold for every later state of it: cues can be lost, never gained; runs only shorten.

export const CUE = {
  colon: 1 << 0,
  equals: 1 << 1,
  comma: 1 << 2,
  at: 1 << 3,
  pipe: 1 << 4,
  lt: 1 << 5,
  gt: 1 << 6,
  slash: 1 << 7,
  newline: 1 << 8,
  dot: 1 << 9,
  dash: 1 << 10,
  /** A space or a tab. */
  blank: 1 << 11,
  question: 1 << 12,
  amp: 1 << 13,
  /** A tab (also a blank): a spreadsheet's cell separator. */
  tab: 1 << 14,
  /** A tilde: a joint of an opaque multi-part code (`…AQAB~~4f1c…`). */
  tilde: 1 << 15,
} as const;

export interface Cues {
  /** The CUE bits of the characters that occur. */
  chars: number;
  /** The length of the longest run of token characters ([A-Za-z0-9_.+/=~%-]): every vendor key, encoded token, JWT
   *  credential and random string is one such run. */
  run: number;
}

/** Every cue present: the sweep runs every detector (what it did before it had cues). */
export const ALL_CUES: Cues = { chars: ~0, run: Number.MAX_SAFE_INTEGER };

/** Per ASCII code: its CUE bit, and IN_RUN when it is a token character ([A-Za-z0-9_.+/=~%-]). One look-up a character. */
const IN_RUN = 1 << 16;
const CODE = new Uint32Array(128);
const CUE_CHARS: Array<[string, number]> = [
  [":", CUE.colon],
  ["=", CUE.equals],
  [",", CUE.comma],
  ["@", CUE.at],
  ["|", CUE.pipe],
  ["<", CUE.lt],
  [">", CUE.gt],
  ["/", CUE.slash],
  ["\n", CUE.newline],
  [".", CUE.dot],
  ["-", CUE.dash],
  [" ", CUE.blank],
  ["\t", CUE.blank | CUE.tab],
  ["?", CUE.question],
  ["&", CUE.amp],
  ["~", CUE.tilde],
];
for (const [c, bit] of CUE_CHARS) CODE[c.charCodeAt(0)] = bit;
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9_.+/=~%-]/.test(String.fromCharCode(c))) CODE[c] |= IN_RUN;

export function scanCues(text: string): Cues {
  let chars = 0;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? CODE[c] : 0;
    chars |= v;
    if (v & IN_RUN) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return { chars: chars & ~IN_RUN, run: longest };
}
