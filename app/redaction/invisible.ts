// Characters that look like nothing or like a space but stop the readers. A zero-width space, joiner or non-joiner, a
// word joiner, a byte-order mark, a soft hyphen, and the other format characters that show nothing (invisible
// operators, the Mongolian vowel separator, the combining grapheme joiner, direction marks and overrides) split
// `client_secret`, a token or a name into pieces no reader recognises while the text looks the same — between two
// letters, and as much beside a colon, a quote or a space (`"client_secret":<ZWSP>"…"` made the reader take the
// invisible character for the value). They are taken out wherever they stand, except a zero-width joiner inside an
// emoji sequence (variation selectors are no such characters and stay too). A no-break space (U+00A0, and the figure
// and narrow ones), which web pages, Outlook and Confluence put after a label ("Client Secret:&nbsp;…"), is a space to
// every reader: it becomes one. One native pass each, after a plain character-class search that most texts fail.

const INVISIBLE = /\u034F|[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ZWJ = "\u200D";
/** What stands before a zero-width joiner in an emoji sequence: a pictograph, a skin tone or a variation selector. */
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/g;

/** Whether the zero-width joiner at `at` joins two emoji (the two code points around it are read, nothing more). */
function joinsEmoji(text: string, at: number): boolean {
  return EMOJI_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && EMOJI_AFTER.test(text.slice(at + 1, at + 3));
}

/** The text without its invisible characters and with plain spaces, and whether any invisible character went. */
export function removeInvisible(text: string): { text: string; removed: boolean } {
  let out = text;
  let removed = false;
  INVISIBLE.lastIndex = 0;
  if (INVISIBLE.test(out)) {
    INVISIBLE.lastIndex = 0;
    out = out.replace(INVISIBLE, (ch: string, at: number) => {
      if (ch === ZWJ && joinsEmoji(text, at)) return ch;
      removed = true;
      return "";
    });
  }
  NO_BREAK_SPACE.lastIndex = 0;
  if (NO_BREAK_SPACE.test(out)) {
    NO_BREAK_SPACE.lastIndex = 0;
    out = out.replace(NO_BREAK_SPACE, " ");
  }
  return { text: out, removed };
}
