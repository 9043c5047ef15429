// Refusals of a request's format, not of its authorization: the Accept header refused (406 Not Acceptable, "The Accept
// type is invalid") and the body's media type refused (415 Unsupported Media Type, "media type … is not supported"),
// as servers word them and client libraries print them ("406 Client Error: Not Acceptable for url"). A bare number
// counts only with its reason phrase or its header named beside it (a status read elsewhere — a logged request, a
// failure told in words — counts by itself: NAMED_REFUSAL reads those from the facts). Lines are read up to 20,000 characters and
// every pattern is bounded, so the reader is linear in its input. Words quoted from documentation, guessed, or told as
// fixed are not the request's refusal (see belief.ts).
import { toldMatch } from "./belief";
import { firstRefusals, type NamedRefusal } from "./named-refusals";

/**
 * A status number, not a clinical code (ICD-9 415.19, LOINC 406-1: a dot or hyphen and digits follow) nor another
 * header's value ("Content-Length: 406").
 */
const status = (n: number): string => String.raw`(?<![A-Za-z]{1,30}-[A-Za-z-]{1,30}\s{0,3}:\s{0,3})\b${n}\b(?![.-]\d)`;
/** "code" as a status's label, not a clinical code system's: "ICD-9 code 415.19", "SNOMED code …". */
const CODE_LABEL = String.raw`(?<!\b(?:icd(?:-?\d{1,2})?|loinc|snomed(?:\s?ct)?|cpt|rxnorm|cvx|ndc)\s{1,3})code`;

/** 406 with its reason phrase or the Accept header beside it, or called a status; or the Accept header refused in words. */
const ACCEPT_REFUSED = new RegExp(
  [
    String.raw`${status(406)}[^\n]{0,40}?\b(?:not\s+acceptable|accept\b)`,
    String.raw`\baccept\b[^\n]{0,60}?${status(406)}`,
    String.raw`\b(?:status|http|${CODE_LABEL}|error)\s{0,3}:?\s{0,3}${status(406)}`,
    String.raw`${status(406)}\s+(?:error|status|response)\b`,
    String.raw`\bnot\s+acceptable\b[^\n]{0,40}?${status(406)}`,
    String.raw`\baccept\s+(?:type|header|format)\s+(?:is\s+|was\s+)?(?:invalid|not\s+(?:valid|supported|acceptable|allowed))\b`,
    String.raw`\b(?:invalid|unsupported|wrong|incorrect)\s+accept\s+(?:type|header|format)\b`,
    // Spring's exception and HttpStatus name, and a status line: "HTTP/1.1 406".
    String.raw`\bHttpMediaTypeNotAcceptable(?:Exception)?\b|\bNOT_ACCEPTABLE\b`,
    String.raw`\bHTTP\/\d(?:\.\d)?\s{1,3}${status(406)}`,
  ].join("|"),
  "i",
);

/** 415's reason phrase or the number called a status, or the body's media type refused in words. */
const CONTENT_REFUSED = new RegExp(
  [
    String.raw`\bunsupported[\s_]+media[\s_]+type\b|\bHttpMediaTypeNotSupported(?:Exception)?\b`,
    String.raw`\bHTTP\/\d(?:\.\d)?\s{1,3}${status(415)}`,
    String.raw`\b(?:status|http|${CODE_LABEL}|error)\s{0,3}:?\s{0,3}${status(415)}`,
    String.raw`${status(415)}\s+(?:error|status|response)\b`,
    String.raw`\bmedia\s+type\s+(?:['"\`][^'"\`\n]{1,100}['"\`]\s+)?(?:is\s+|was\s+)?not\s+supported\b`,
    String.raw`\bcontent[-\s]?type\s+(?:header\s+)?(?:is\s+|was\s+)?(?:invalid|missing|not\s+(?:valid|supported|allowed|found))\b`,
    String.raw`\b(?:invalid|unsupported|missing)\s+content[-\s]?type\b`,
  ].join("|"),
  "i",
);

export const readFormatRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [
    ["accept-type", (line) => /406|accept/i.test(line) && toldMatch(ACCEPT_REFUSED, line) !== null],
    ["content-type", (line) => /media|content|415/i.test(line) && toldMatch(CONTENT_REFUSED, line) !== null],
  ]);
