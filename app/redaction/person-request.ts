// A request's body is the record the request writes. Sent to a person's resource (`POST …/patient`, `PUT
// …/users/42`, a FHIR `Person`), the body's own `name` is that person's name; sent elsewhere (`/apps`, `/clients`) it
// names a thing and stays. Read by the curl reader (a command's -d/--data*/--json) and by the reader of JSON in prose
// (a command logged after a prefix), which set ItemContext.personRequest while the body is read.
import type { ItemContext } from "./context";

/**
 * The resource a URL writes: its last path segment, or the one before an id (`/users/42`, a UUID, `u123`, `me`), names
 * a person. A word after it is a sub-collection (`/users/scopes`, `/users/roles`), no person.
 */
const PERSON_RESOURCE =
  /\/(?:patients?|persons?|people|users?|members?|practitioners?|relatedpersons?|contacts?|customers?|employees?|subscribers?|guarantors?|caregivers?)(?:\/(?:[\w.-]{0,63}\d[\w.-]{0,63}|me|self))?\/?(?:[?#]|$)/i;

/** Words of a role, a scope, a group or an app's name (`System Administrator`, `Patient Read`): no person's name. Not
 *  shared with display-names.ts EVIDENCE_WORDS or person-columns.ts NOT_A_NAME on purpose: it judges only the `name`
 *  of a body sent to a person-like resource, where an account's or a group's name is what else stands there. */
const ROLE_WORDS = new Set(
  "access account admin administrator api app application bot client clinical default desk editor group guest manager operator owner patient practitioner provider read role scope service staff support system team test user viewer write".split(
    " ",
  ),
);

/** A `name` in a person's request body that is a role's, scope's or app's name (one of its words is ROLE_WORDS). */
export const isRoleName = (value: string): boolean =>
  value
    .trim()
    .split(/\s+/)
    .some((w) => ROLE_WORDS.has(w.toLowerCase()));

export const writesPerson = (url: string): boolean => {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*(\/[^\s]*)?$/i.exec(url)?.[1] ?? (url.startsWith("/") ? url : "");
  return path.length <= 2048 && PERSON_RESOURCE.test(path);
};

/** `read` with the body it reads taken as the record of a person (or not), the flag put back after. */
export function asPersonRequest<T>(ctx: ItemContext, person: boolean, read: () => T): T {
  const before = ctx.personRequest;
  ctx.personRequest = person;
  try {
    return read();
  } finally {
    ctx.personRequest = before;
  }
}

/** A curl data option standing just before a body on a logged command line (`… curl -XPOST -d {…`). */
const DATA_OPTION = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-ascii)?|--json)[ \t]*['"]?$/;
const URL_WORD = /\bhttps?:\/\/[^\s'"]+/g;
/** How far before a body its command's `curl` is looked for, and after it its URL (one logged command). */
const REACH = 400;

/**
 * Whether the JSON object at [start, end) of `text` is the body of a curl command logged on its line (`curl`, then a
 * data option just before the body) whose URL, on the same line, writes a person's record. Reads a bounded stretch on
 * each side: many bodies on one line cost their number, not the line's length each.
 */
export function isLoggedPersonBody(text: string, start: number, end: number): boolean {
  if (!DATA_OPTION.test(text.slice(Math.max(0, start - 16), start))) return false;
  const before = text.slice(Math.max(0, start - REACH), start);
  const lineBefore = before.slice(before.lastIndexOf("\n") + 1);
  const command = /\bcurl(?:\.exe)?\s/.exec(lineBefore);
  if (!command) return false;
  const after = text.slice(end, end + REACH);
  const lineAfter = after.slice(0, after.includes("\n") ? after.indexOf("\n") : after.length);
  for (const m of `${lineBefore.slice(command.index)} ${lineAfter}`.matchAll(URL_WORD))
    if (writesPerson(m[0])) return true;
  return false;
}
