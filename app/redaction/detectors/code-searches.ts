// A FHIR search written as code rather than as a URL: a client library's call (`patients.search(family='…')`,
// `.where(birthdate='…')`), a params dict (`params={"family": "…"}`), a JavaScript client's `searchParams: { name: … }`.
// Inside the arguments of such a call, each person's search parameter written with a string literal (family, given,
// name, birthdate, phone, email, address and its parts, identifier) is judged as the same parameter of a query
// (url.ts); other parameters, variables and the call itself stay.
import type { ItemContext } from "../context";
import { phiParamType } from "./url";

/** A search call or a params container opening: `search(`, `.where(`, `params={`, `searchParams: {`, `filter(`. */
const OPENER = /(?:search|where|filter|params)[A-Za-z_]{0,24}[ \t]{0,8}(?:[:=][ \t]{0,8})?[({]/gi;
/** How far past its opening the arguments of one call are read. */
const MAX_ARGS = 4096;
/**
 * One argument with a string literal: a keyword argument (`family='…'`) or a dict or object entry (`"family": "…"`,
 * `name: '…'`), after the opening, a comma or a line break.
 */
const ARGUMENT =
  /(?<=[({,\n][ \t]{0,16})(["']?)([A-Za-z_][\w.:-]{0,40})\1[ \t]{0,8}[:=][ \t]{0,8}(["'])([^"'\n]{1,200})\3/g;

export function redactCodeSearches(text: string, ctx: ItemContext): string {
  if (!/search|where|filter|params/i.test(text)) return text;
  let out = "";
  let pos = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const start = m.index + m[0].length - 1;
    const end = argumentsEnd(text, start);
    const args = text.slice(start, end);
    const redacted = args.replace(ARGUMENT, (whole, _q: string, name: string, quote: string, value: string) => {
      const type = phiParamType(pythonName(name));
      return type ? whole.slice(0, whole.length - value.length - 1) + ctx.phi(value, type) + quote : whole;
    });
    if (redacted !== args) {
      out += text.slice(pos, start) + redacted;
      pos = end;
    }
    OPENER.lastIndex = end;
  }
  return pos ? out + text.slice(pos) : text;
}

/** `address_city` (a Python keyword argument) → `address-city`; a leading `_` (`_content`) stays. */
const pythonName = (name: string) => name.replace(/(?<=[a-z])_(?=[a-z])/g, "-");

/** Where the call's arguments end: past the bracket that closes the opening one, or MAX_ARGS characters on. */
function argumentsEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_ARGS);
  let depth = 0;
  let quote = "";
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote || c === "\n") quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "{" || c === "[") depth++;
    else if ((c === ")" || c === "}" || c === "]") && --depth === 0) return i + 1;
  }
  return limit;
}
