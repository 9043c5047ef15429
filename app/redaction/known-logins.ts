// A login found under its key (`"username": "jroe"`, `end-user: jroe`) also stands in the URLs and paths of the same
// ticket — a profile picture's `/icon/jroe/128`, `?user=jroe`, a home directory: every whole occurrence goes with it.
// One pass over the text's pieces, whatever the number of logins.
import type { ItemContext, KnownValue } from "./context";
import { keptValues } from "./context";
import { charTable } from "./char-table";

/** Shorter logins (`bob`) are too likely to be a word or a path segment of something else. */
const MIN_LENGTH = 5;
/** A login's own characters; anything else ends the piece it stands in. */
const isLoginChar = charTable(/[A-Za-z0-9_.-]/);

export function replaceKnownLogins(text: string, ctx: ItemContext): string {
  const { logins, lengths } = loginsOf(ctx);
  if (logins.size === 0) return text;
  let out = "";
  let pos = 0;
  for (let i = 0; i < text.length;) {
    if (!isLoginChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLoginChar(text.charCodeAt(i))) i++;
    const entry = lengths.has(i - start) ? logins.get(text.slice(start, i)) : undefined;
    if (entry) {
      out += text.slice(pos, start) + ctx.known(entry);
      pos = i;
      continue;
    }
    // Not a login as a whole: one of its parts between `-` or `.` may be (a log's `ID-jroe-laptop-1586…` id).
    for (let p = start; p < i;) {
      let q = p;
      while (q < i && text[q] !== "-" && text[q] !== ".") q++;
      const part = lengths.has(q - p) && (p > start || q < i) ? logins.get(text.slice(p, q)) : undefined;
      if (part) {
        out += text.slice(pos, p) + ctx.known(part);
        pos = q;
      }
      p = q + 1;
    }
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** The known logins and their lengths: fed each value once as it is found, not rebuilt for each item. */
function loginsOf(ctx: ItemContext) {
  const restored = new Set(ctx.policy.restored);
  const keptSet = keptValues(ctx.policy);
  return ctx.state.index(
    "known-logins",
    ctx.policy,
    () => ({ logins: new Map<string, KnownValue>(), lengths: new Set<number>() }),
    (t, k) => {
      const dropped = k.category === "phi" && (restored.has(k.placeholder) || keptSet.has(k.value.trim()));
      if (
        !dropped &&
        k.category === "phi" &&
        k.type === "user_name" &&
        k.value.length >= MIN_LENGTH &&
        /^[\w.-]+$/.test(k.value)
      ) {
        t.logins.set(k.value, k);
        t.lengths.add(k.value.length);
      }
    },
  );
}
