// A login found under its key (`"username": "jroe"`, `end-user: jroe`) also stands in the URLs and paths of the same
// ticket — a profile picture's `/icon/jroe/128`, `?user=jroe`, a home directory: every whole occurrence goes with it.
// One pass over the text's pieces, whatever the number of logins.
import type { ItemContext, KnownValue } from "./context";
import { keptValues } from "./context";
import { charTable } from "./char-table";

/** Shorter logins (`bob`) are too likely to be a word or a path segment of something else: they are replaced only
 *  where a login stands (SHORT_LOGIN_PLACE). */
const MIN_LENGTH = 5;
/** A short login's (3 or 4 characters, `jroe`) fewest characters. */
const MIN_SHORT_LENGTH = 3;
/** Where a login stands, right before a whole piece: after `user`, `username`, `login` or `for user` (a server's
 *  `authentication failed for user "jroe"`, `user=jroe`), or as a path's whole segment (a broker's vhost `/jroe`). */
const SHORT_LOGIN_CUE = /(?:\b(?:user|username|login|role|account)[ \t]{0,4}[:=]?[ \t]{0,4}["'`]?|[^/:]\/)$/i;
/** A login's own characters; anything else ends the piece it stands in. */
const isLoginChar = charTable(/[A-Za-z0-9_.-]/);

export function replaceKnownLogins(text: string, ctx: ItemContext): string {
  const { logins, lower, lengths, short } = loginsOf(ctx);
  if (logins.size === 0 && short.size === 0) return text;
  // Parts are compared without case (`TQUARRIE-laptop`): a host or id built from a login is often upper-cased.
  const partLengths = [...lengths].sort((a, b) => b - a);
  let out = "";
  let pos = 0;
  for (let i = 0; i < text.length;) {
    if (!isLoginChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLoginChar(text.charCodeAt(i))) i++;
    if (isNoLoginsPlace(text, start, i)) continue;
    const entry = lengths.has(i - start) ? logins.get(text.slice(start, i)) : undefined;
    const shortEntry = i - start < MIN_LENGTH ? short.get(text.slice(start, i)) : undefined;
    if (entry || (shortEntry && isShortLoginPlace(text, start, i))) {
      out += text.slice(pos, start) + ctx.known((entry ?? shortEntry) as KnownValue);
      pos = i;
      continue;
    }
    // Not a login as a whole: a run between `-`, `.` or `_` may be one (a log's `ID-j.roe-laptop-1586…` id,
    // `tquarrie_laptop-01`). Each part starts after a separator; one lookup per login length there.
    for (let p = start; p < i;) {
      let found = -1;
      for (const length of partLengths) {
        const q = p + length;
        if (q > i || (q < i && !isSeparator(text[q])) || (p === start && q === i)) continue;
        const part = lower.get(text.slice(p, q).toLowerCase());
        if (part) {
          out += text.slice(pos, p) + ctx.known(part);
          pos = found = q;
          break;
        }
      }
      if (found >= 0) {
        p = found + 1;
        continue;
      }
      while (p < i && !isSeparator(text[p])) p++;
      p++;
    }
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** A systemd unit (`fhirproxy.service`): a service account's name in it names the service, not a person. */
const UNIT = /\.(?:service|socket|timer|target|mount|path)$/;
/** What stands before a piece that makes it a system directory, a SMART scope's resource or a URL's host. */
const SYSTEM_DIR_BEFORE =
  /(?:^|[^\w.-])\/(?:etc|opt|srv|usr(?:\/local)?(?:\/s?bin|\/lib|\/share)?|var\/(?:lib|log|run|cache|spool))\/$/;
/** A client id's value (`client_id=x`, `"client_id": "x"`, `client_id x`): the app's, even when a login reads the same. */
const CLIENT_ID_BEFORE = /\bclient[_-]?id["']?[ \t]*[:=]?[ \t]*["']?$/i;
const SCOPE_BEFORE = /(?:^|[^\w/-])(?:patient|user|system)\/$/;

/** Whether the piece `text[start, end)` is a place a carried login is never replaced: a unit name, a directory of the
 *  system (`/etc/fhirproxy/`), a scope (`patient/accounts.read`), a URL's host (`https://launch.smarthealthit.org`, not a user before `@`).
 *  Looks at most 32 characters back. */
function isNoLoginsPlace(text: string, start: number, end: number): boolean {
  if (UNIT.test(text.slice(Math.max(start, end - 8), end))) return true;
  const before = text.slice(Math.max(0, start - 32), start);
  return (
    (before.endsWith("://") && text[end] !== "@") ||
    SYSTEM_DIR_BEFORE.test(before) ||
    CLIENT_ID_BEFORE.test(before) ||
    (SCOPE_BEFORE.test(before) && text.slice(start, end).includes("."))
  );
}

/** Whether a short login's whole piece `text[start, end)` stands where a login does: after a login's cue, or as a
 *  path's whole segment (`/jroe`, `/jroe/…`, not `https://jroe…`). Looks at most 24 characters back. */
function isShortLoginPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (!SHORT_LOGIN_CUE.test(before)) return false;
  return !before.endsWith("/") || end === text.length || /[/?#\s"'`]/.test(text[end]);
}

const isSeparator = (c: string) => c === "-" || c === "." || c === "_";

/** The known logins and their lengths: fed each value once as it is found, not rebuilt for each item. */
function loginsOf(ctx: ItemContext) {
  const restored = new Set(ctx.policy.restored);
  const keptSet = keptValues(ctx.policy);
  return ctx.state.index(
    "known-logins",
    ctx.policy,
    () => ({
      logins: new Map<string, KnownValue>(),
      lower: new Map<string, KnownValue>(),
      lengths: new Set<number>(),
      short: new Map<string, KnownValue>(),
    }),
    (t, k) => {
      const dropped = k.category === "phi" && (restored.has(k.placeholder) || keptSet.has(k.value.trim()));
      if (
        !dropped &&
        k.category === "phi" &&
        k.type === "user_name" &&
        k.value.length >= MIN_SHORT_LENGTH &&
        k.value.length < MIN_LENGTH &&
        /^[\w.-]+$/.test(k.value)
      )
        t.short.set(k.value, k);
      if (
        !dropped &&
        k.category === "phi" &&
        k.type === "user_name" &&
        k.value.length >= MIN_LENGTH &&
        /^[\w.-]+$/.test(k.value)
      ) {
        t.logins.set(k.value, k);
        t.lower.set(k.value.toLowerCase(), k);
        t.lengths.add(k.value.length);
      }
    },
  );
}
