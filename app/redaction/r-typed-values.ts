// R's str() prints each element of a list on its own line with the value's type before it
// (` $ access_token: chr "…"`, ` $ expires_in  : int 3599`): the value a key announces is the string after the type
// tag, which is no value itself. Only a character vector of one string (`chr "…"`) is read; `chr [1:2] "a" "b"` and
// the other types are left as they are. The one reader of that tag: the credentials detector (a secret's key) and the
// printed-pairs reader (any key of a str() listing) both ask it.

const TAG = 'chr "';

/** Where the string after `chr ` starting at `at` begins, with its quote; null when no such tag starts there. */
export function rTypedString(text: string, at: number): { start: number; quote: string } | null {
  return text.startsWith(TAG, at) ? { start: at + TAG.length, quote: '"' } : null;
}
