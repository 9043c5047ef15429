// A form or a parameter map logged by Java's Map.toString(): `{grant_type=[authorization_code], code=[…],
// client_secret=[…]}` (Spring's MultiValueMap of a token request). Each `key=[value]` pair of the map is judged as the
// same pair of a query would be (url.ts): the code, secrets and tokens, a person's search parameters.
import type { ItemContext } from "../context";
import { redactParams } from "./url";

/** `key=[value]` right after the map's `{` or a `, `; the value up to its `]` on the same line. */
const PAIR = /(?<=[{,][ \t]?)([A-Za-z_][\w.-]{0,63})=\[([^[\]\n]{1,4096})\]/g;
/** A map of an OAuth request: its `code` is the authorization code, not a FHIR token search. */
const OAUTH_KEY = /\b(?:grant_type|redirect_uri|client_id)=\[/;

export function redactJavaMaps(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("=[")) return text;
  const oauth = OAUTH_KEY.test(text);
  return text.replace(PAIR, (whole, key: string, value: string) => {
    const pair = `${key}=${value}`;
    const replaced = redactParams(pair, ctx, { codeIsSecret: oauth }, sweep);
    return replaced === pair ? whole : `${key}=[${replaced.slice(key.length + 1)}]`;
  });
}
