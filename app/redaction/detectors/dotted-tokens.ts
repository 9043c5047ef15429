// An opaque token written as random parts joined by dots or tildes, alone in prose: an identity provider's
// authorization code (`0.AS4A….AQAB…~~4f1c…`), a refresh token of several parts. Each part alone is not standalone
// (a dot stands beside it), so the random-string detector passes it by; the whole run goes when one of its parts has
// the shape of a generated secret. Dotted names (Java classes, host names), OIDs and hex ids have no such part and stay;
// a JWT is left to its own detector. After a label (`authorization code: …`, `Code = …`) it goes too, unless the
// label's reader replaced it already. Under 65 characters it stays: Epic writes its FHIR ids so
// (`Tbt3KuCY0B5PSrJvCu2j-PlK.aiHsu2xUjUM8bWpetXoB`), and an id is a fact; under 100 it needs two random parts (a code's
// several generated parts), from 100 on one. One character scan.
import type { ItemContext } from "../context";
import { charTable } from "../char-table";
import { replaceRuns } from "../runs";
import { hasRandomShape } from "./random-strings";

const isRunChar = charTable(/[A-Za-z0-9_.~-]/);
const isJoint = (c: string) => c === "." || c === "~";
/** Shorter dotted runs are ids (Epic's FHIR ids run to about 64 characters); a provider's code runs to hundreds. */
export const MIN_DOTTED_LENGTH = 65;
/** From this length one random part marks a token; a shorter one needs two. */
const ONE_PART_LENGTH = 100;

export function redactDottedTokens(text: string, ctx: ItemContext): string {
  if (text.length < MIN_DOTTED_LENGTH || !(text.includes(".") || text.includes("~"))) return text;
  return replaceRuns(text, isRunChar, MIN_DOTTED_LENGTH, (run, at) => {
    // A sentence's full stop (or a trailing joint) is no part of the token.
    let end = run.length;
    while (end > 0 && isJoint(run[end - 1])) end--;
    const token = run.slice(0, end);
    const before = text[at - 1] ?? "";
    const after = text[at + end] ?? "";
    if (token.length < MIN_DOTTED_LENGTH || /[A-Za-z0-9/@+%=]/.test(before) || /[A-Za-z0-9/@+%]/.test(after))
      return run;
    if (randomParts(token) < (token.length >= ONE_PART_LENGTH ? 1 : 2)) return run;
    return ctx.secret(token, "secret") + run.slice(end);
  });
}

/** How many parts of 20+ characters shaped like a generated secret a token joined by dots or tildes has (0 when it
 *  is not joined, or has a JWT segment). */
function randomParts(token: string): number {
  let joined = false;
  let random = 0;
  let start = 0;
  for (let i = 0; i <= token.length; i++) {
    if (i < token.length && !isJoint(token[i])) continue;
    if (i < token.length) joined = true;
    const part = token.slice(start, i);
    if (part.startsWith("eyJ")) return 0;
    if (part.length >= 20 && hasRandomShape(part)) random++;
    start = i + 1;
  }
  return joined ? random : 0;
}
