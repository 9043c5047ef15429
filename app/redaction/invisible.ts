// Invisible characters inside a word: a zero-width space, joiner or non-joiner, a word joiner, a byte-order mark or a
// soft hyphen between two token characters splits `client_secret` or a token into pieces no reader recognises, while
// the text looks the same. They are taken out there (and only there: a zero-width joiner inside an emoji sequence
// stays). One native pass.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INSIDE_TOKEN = /(?<=[A-Za-z0-9._~+/=-])[\u200B-\u200D\u2060\uFEFF\u00AD]+(?=[A-Za-z0-9._~+/=-])/g;

/** The text without the invisible characters that stood inside words, and whether there were any. */
export function removeInvisible(text: string): { text: string; removed: boolean } {
  // A plain character-class search first: most texts hold none of these.
  if (!INVISIBLE.test(text)) return { text, removed: false };
  INSIDE_TOKEN.lastIndex = 0;
  if (!INSIDE_TOKEN.test(text)) return { text, removed: false };
  INSIDE_TOKEN.lastIndex = 0;
  return { text: text.replace(INSIDE_TOKEN, ""), removed: true };
}
