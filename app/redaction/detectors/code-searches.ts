// A FHIR search written as code rather than as a URL: a client library's call (`patients.search(family='…')`,
// `.where(birthdate='…')`), a params dict (`params={"family": "…"}`), a JavaScript client's `searchParams: { name: … }`.
// Inside the arguments of such a call, each person's search parameter written with a string literal (family, given,
// name, birthdate, phone, email, address and its parts, identifier) is judged as the same parameter of a query
// (url.ts); other parameters, variables and the call itself stay.
import { R4_RESOURCE_TYPES } from "~/diagnosis/knowledge/fhir-r4";
import type { ItemContext } from "../context";
import { PERSON_TYPES } from "../fhir";
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

/** How far before a call its resource is looked for (`client.resources('Patient')\n    .where(`, `"/Patient", params=`). */
const RESOURCE_BEFORE = 200;
const RESOURCE_WORD = /\b[A-Z][a-z]{1,30}(?:[A-Z][a-z]{1,30}){0,4}\b/g;
const RESOURCE_SET = new Set(R4_RESOURCE_TYPES);
/** Parameters only a person's search has: with no resource named, they make a call a person's search. */
const PERSON_ONLY = /^(?:family|given|birthdate|birth-date|phonetic|death-date)$/;

/** A JavaScript client's `resourceType: 'Patient'` among the call's arguments. */
const RESOURCE_TYPE_ARG = /resourceType["']?[ \t]{0,8}[:=][ \t]{0,8}["']([A-Za-z]{1,40})["']/;

/** The last FHIR resource type written in `text`, or null. */
function lastResource(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(RESOURCE_WORD)) if (RESOURCE_SET.has(m[0])) found = m[0];
  return found;
}

/**
 * Whether a call searches people: the resource its arguments (`resourceType: 'Patient'`) or the code just before it
 * name (`Patient.where(`, `resources('Person')`, `"/Practitioner", params=`) is a person's; with none named, one of
 * its parameters is a person's only (family, given, birthdate). `Organization.where(name=…)`, `df.filter(name=…)` and
 * `params={'name': 'Observation'}` are no person's search.
 */
function searchesPeople(text: string, opener: number, args: string): boolean {
  const named =
    RESOURCE_TYPE_ARG.exec(args.slice(0, 400))?.[1] ??
    lastResource(text.slice(Math.max(0, opener - RESOURCE_BEFORE), opener));
  if (named) return PERSON_TYPES.has(named);
  for (const m of args.matchAll(ARGUMENT)) if (PERSON_ONLY.test(pythonName(m[2]).toLowerCase())) return true;
  return false;
}

export function redactCodeSearches(text: string, ctx: ItemContext): string {
  if (!/search|where|filter|params/i.test(text)) return text;
  let out = "";
  let pos = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const start = m.index + m[0].length - 1;
    const end = argumentsEnd(text, start);
    const args = text.slice(start, end);
    if (!searchesPeople(text, m.index, args)) {
      OPENER.lastIndex = end;
      continue;
    }
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

/** Where the call's arguments end: past the bracket that closes the opening one, or MAX_ARGS characters on. Code's
 *  quoting: `'` or `"`, no escapes read (a quote or a line break ends the string); any bracket counts toward one depth.
 *  The JSON walks (http-text.ts, har-cookie-arrays.ts) read `\"` escapes and `"` only, so they are not this walk. */
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
