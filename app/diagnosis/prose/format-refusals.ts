// Refusals of a request's format, not of its authorization: the Accept header refused (406 Not Acceptable, "The Accept
// type is invalid") and the body's media type refused (415 Unsupported Media Type, "media type … is not supported"),
// as servers word them and client libraries print them ("406 Client Error: Not Acceptable for url"). A bare status
// number counts only with its reason phrase or its header named beside it. Lines are read up to 20,000 characters and
// every pattern is bounded, so the reader is linear in its input.
import { happeningMatch } from "./statements";
import { readableLine } from "./line-limit";
import type { NamedRefusal } from "./named-refusals";

/** 406 with its reason phrase or the Accept header beside it, or the Accept header's own refusal in words. */
const ACCEPT_REFUSED =
  /\b406\b[^\n]{0,40}?\b(?:not\s+acceptable|accept\b)|\bnot\s+acceptable\b[^\n]{0,40}?\b406\b|\baccept\s+(?:type|header|format)\s+(?:is\s+|was\s+)?(?:invalid|not\s+(?:valid|supported|acceptable|allowed))\b|\b(?:invalid|unsupported|wrong|incorrect)\s+accept\s+(?:type|header|format)\b/i;

/** 415's reason phrase, or the body's media type refused in words. */
const CONTENT_REFUSED =
  /\bunsupported\s+media\s+type\b|\bmedia\s+type\s+(?:['"`][^'"`\n]{1,100}['"`]\s+)?(?:is\s+|was\s+)?not\s+supported\b|\bcontent[-\s]?type\s+(?:header\s+)?(?:is\s+|was\s+)?(?:invalid|missing|not\s+(?:valid|supported|allowed|found))\b|\b(?:invalid|unsupported|missing)\s+content[-\s]?type\b/i;

export function readFormatRefusals(lines: readonly string[]): NamedRefusal[] {
  const out: NamedRefusal[] = [];
  let accept = false;
  let content = false;
  lines.forEach((raw, index) => {
    const line = readableLine(raw);
    const lower = line.toLowerCase();
    if (!accept && (lower.includes("406") || lower.includes("accept")) && happeningMatch(ACCEPT_REFUSED, line)) {
      accept = true;
      out.push({ kind: "accept-type", line: index + 1 });
    }
    if (!content && (lower.includes("media") || lower.includes("content")) && happeningMatch(CONTENT_REFUSED, line)) {
      content = true;
      out.push({ kind: "content-type", line: index + 1 });
    }
  });
  return out;
}
