// A form-encoded body logged inside quotes: an Apache HttpClient wire line (`>> "To=%2B1…&From=…&Body=…"`, `<< "…"`),
// a `body='grant_type=…&client_secret=…'` print. Each pair is judged by its name as in a query (url.ts): secrets,
// tokens and a person's numbers go; grant types, scopes and ids stay.
import type { ItemContext } from "../context";
import { redactParams } from "./url";

/**
 * Quotes around two or more `name=value` pairs joined by `&`, with no blank and no quote inside: a value stops at the
 * next `&`, so each pair is matched once and a string left open fails at the next quote or blank.
 */
const QUOTED_FORM =
  /(["'])([A-Za-z_][\w.[\]-]{0,63}=[^\s"'&]{0,8192}(?:&[A-Za-z_][\w.[\]-]{0,63}=[^\s"'&]{0,8192}){1,256})\1/g;
/** A form of an OAuth request: its `code` is the authorization code, not a FHIR token search. */
const OAUTH_KEY = /(?:^|&)(?:grant_type|redirect_uri|client_id)=/;

export function redactQuotedForms(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("&")) return text;
  return text.replace(QUOTED_FORM, (whole, quote: string, form: string) => {
    // A URL's query in quotes ("/Patient?_count=10&…") is read with its URL.
    if (form.includes("?")) return whole;
    const replaced = redactParams(form, ctx, { codeIsSecret: OAUTH_KEY.test(form) }, sweep);
    return replaced === form ? whole : quote + replaced + quote;
  });
}
