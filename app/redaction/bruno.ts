// Bruno's `.bru` request files: inside an `auth:<mode> {` … `}` block each `name: value` line is a field of the
// request's auth settings, judged by its name (auth-fields.ts: `secretAccessKey: …`, `password: …` go whatever the
// value looks like; `service:`, `region:`, `client_id:` stay). Every other line is left to the prose sweep.
import type { ItemContext } from "./context";
import { authFieldType } from "./auth-fields";

const AUTH_BLOCK = /^[ \t]*auth:([\w-]+)[ \t]*\{[ \t]*$/;
const FIELD = /^([ \t]*)([~@]?[A-Za-z_][\w.-]*)([ \t]*:[ \t]*)(\S(?:.*\S)?)([ \t]*)$/;

/** The auth mode a line opens (`auth:awsv4 {` → "awsv4"), or null. */
export const brunoAuthMode = (line: string): string | null => AUTH_BLOCK.exec(line)?.[1] ?? null;

/** A line of an auth block of `mode` with its credential replaced; null when the line holds no credential. */
export function redactBrunoAuthField(line: string, mode: string, ctx: ItemContext): string | null {
  const m = FIELD.exec(line);
  if (!m) return null;
  const [, indent, name, sep, value, trail] = m;
  const type = authFieldType(name, mode, value);
  return type ? indent + name + sep + ctx.secret(value, type) + trail : null;
}
