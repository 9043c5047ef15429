// An opaque token written as random parts joined by dots or tildes, alone in prose: an identity provider's
// authorization code (`0.AS4A….AQAB…~~4f1c…`), a refresh token of several parts. Each part alone is not standalone
// (a dot stands beside it), so the random-string detector passes it by; the whole run goes when one of its parts has
// the shape of a generated secret. Dotted names (Java classes, host names), OIDs and hex ids have no such part and stay;
// a JWT is left to its own detector, a labelled value to its label. Under 100 characters it stays: Epic writes its FHIR
// ids so (`Tbt3KuCY0B5PSrJvCu2j-PlK.aiHsu2xUjUM8bWpetXoB`), and an id is a fact. One character scan.
import type { ItemContext } from "../context";
import { charTable } from "../char-table";
import { replaceRuns } from "../runs";
import { hasRandomShape } from "./random-strings";

const isRunChar = charTable(/[A-Za-z0-9_.~-]/);
const isJoint = (c: string) => c === "." || c === "~";
const LABELLED = /[:=][ \t]*["'`]?$/;
/** Shorter dotted runs are ids (Epic's FHIR ids run to about 64 characters); a provider's code runs to hundreds. */
const MIN_LENGTH = 100;

export function redactDottedTokens(text: string, ctx: ItemContext): string {
  if (text.length < MIN_LENGTH || !(text.includes(".") || text.includes("~"))) return text;
  return replaceRuns(text, isRunChar, MIN_LENGTH, (run, at) => {
    // A sentence's full stop (or a trailing joint) is no part of the token.
    let end = run.length;
    while (end > 0 && isJoint(run[end - 1])) end--;
    const token = run.slice(0, end);
    const before = text[at - 1] ?? "";
    const after = text[at + end] ?? "";
    if (token.length < MIN_LENGTH || /[A-Za-z0-9/@+%=]/.test(before) || /[A-Za-z0-9/@+%]/.test(after)) return run;
    if (LABELLED.test(text.slice(Math.max(0, at - 4), at))) return run;
    if (!hasRandomPart(token)) return run;
    return ctx.secret(token, "secret") + run.slice(end);
  });
}

/** Joined by dots or tildes, with a part of 20+ characters shaped like a generated secret, and no JWT segment. */
function hasRandomPart(token: string): boolean {
  let joined = false;
  let random = false;
  let start = 0;
  for (let i = 0; i <= token.length; i++) {
    if (i < token.length && !isJoint(token[i])) continue;
    if (i < token.length) joined = true;
    const part = token.slice(start, i);
    if (part.startsWith("eyJ")) return false;
    if (part.length >= 20 && hasRandomShape(part)) random = true;
    start = i + 1;
  }
  return joined && random;
}
