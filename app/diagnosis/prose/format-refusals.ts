// Refusals of a request's format, not of its authorization: the Accept header refused (406 Not Acceptable, "The Accept
// type is invalid") and the body's media type refused (415 Unsupported Media Type, "media type … is not supported"),
// as servers word them and client libraries print them ("406 Client Error: Not Acceptable for url"). A bare number
// counts only with its reason phrase or its header named beside it (a status read elsewhere — a logged request, a
// failure told in words — counts by itself: NAMED_REFUSAL reads those from the facts). Lines are read up to 20,000 characters and
// every pattern is bounded, so the reader is linear in its input. Words quoted from documentation, guessed, or told as
// fixed are not the request's refusal (see belief.ts).
import { toldMatch } from "./belief";
import { firstRefusals, type NamedRefusal } from "./named-refusals";

/** 406 with its reason phrase or the Accept header beside it, or called a status; or the Accept header refused in words. */
const ACCEPT_REFUSED =
  /\b406\b[^\n]{0,40}?\b(?:not\s+acceptable|accept\b)|\baccept\b[^\n]{0,60}?\b406\b|\b(?:status|http|code|error)\s{0,3}:?\s{0,3}406\b|\b406\s+(?:error|status|response)\b|\bnot\s+acceptable\b[^\n]{0,40}?\b406\b|\baccept\s+(?:type|header|format)\s+(?:is\s+|was\s+)?(?:invalid|not\s+(?:valid|supported|acceptable|allowed))\b|\b(?:invalid|unsupported|wrong|incorrect)\s+accept\s+(?:type|header|format)\b/i;

/** 415's reason phrase or the number called a status, or the body's media type refused in words. */
const CONTENT_REFUSED =
  /\bunsupported\s+media\s+type\b|\b(?:status|http|code|error)\s{0,3}:?\s{0,3}415\b|\b415\s+(?:error|status|response)\b|\bmedia\s+type\s+(?:['"`][^'"`\n]{1,100}['"`]\s+)?(?:is\s+|was\s+)?not\s+supported\b|\bcontent[-\s]?type\s+(?:header\s+)?(?:is\s+|was\s+)?(?:invalid|missing|not\s+(?:valid|supported|allowed|found))\b|\b(?:invalid|unsupported|missing)\s+content[-\s]?type\b/i;

export const readFormatRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [
    ["accept-type", (line) => /406|accept/i.test(line) && toldMatch(ACCEPT_REFUSED, line) !== null],
    ["content-type", (line) => /media|content|415/i.test(line) && toldMatch(CONTENT_REFUSED, line) !== null],
  ]);
