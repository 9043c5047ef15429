// Characters that look like nothing or like a space but stop the readers. A zero-width space, joiner or non-joiner, a
// word joiner, a byte-order mark or a soft hyphen between two token characters splits `client_secret` or a token into
// pieces no reader recognises, while the text looks the same: they are taken out there (and only there: a zero-width
// joiner inside an emoji sequence stays). A no-break space (U+00A0, and the figure and narrow ones), which web pages,
// Outlook and Confluence put after a label ("Client Secret:&nbsp;…"), is a space to every reader: it becomes one. One
// native pass each, after a plain character-class search that most texts fail.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INSIDE_TOKEN = /(?<=[A-Za-z0-9._~+/=-])[\u200B-\u200D\u2060\uFEFF\u00AD]+(?=[A-Za-z0-9._~+/=-])/g;
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/g;

/** The text without the invisible characters that stood inside words and with plain spaces, and whether any went. */
export function removeInvisible(text: string): { text: string; removed: boolean } {
  let out = text;
  let removed = false;
  if (INVISIBLE.test(out)) {
    INSIDE_TOKEN.lastIndex = 0;
    if (INSIDE_TOKEN.test(out)) {
      INSIDE_TOKEN.lastIndex = 0;
      out = out.replace(INSIDE_TOKEN, "");
      removed = true;
    }
  }
  NO_BREAK_SPACE.lastIndex = 0;
  if (NO_BREAK_SPACE.test(out)) {
    NO_BREAK_SPACE.lastIndex = 0;
    out = out.replace(NO_BREAK_SPACE, " ");
  }
  return { text: out, removed };
}
