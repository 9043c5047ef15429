// A failed request as an app's or a client library's log writes it: the URL, then its status after a separator or a
// verb — "error during request https://…/ServiceRequest/1 - 403 - 403 Forbidden", "fetch https://…/Goal/7 -> 404",
// "https://…/Device?patient=1: 403", "… returned 403". The method is the one written just before the URL, else GET (a
// log of reads). Only statuses of a failure (400–599) are kept. URLs are found by a character scan (each "http" once,
// each URL read to its first space once), and the text after one is tested by an anchored, bounded pattern: linear.
import type { RequestStatement } from "./statements";
import { readableLine } from "./line-limit";

/** Requests read on one line: a log line reports one, a pasted batch a handful. */
const MAX_PER_LINE = 8;
/** Requests read from one paste: a log of thousands of failed lines says no more than its first few hundred. */
export const MAX_LOGGED_REQUESTS = 500;
/** After the URL: a separator (-, –, ->, =>, :, |) or "returned"/"status"/"failed with", then the status. */
const STATUS_AFTER =
  /^[`'"]?\s{0,3}(?:(?:-{1,2}>?|–|=>|:|\|)\s{0,3}|(?:returned|status(?:\s+code)?|failed\s+with|responded\s+with)\s{1,3}(?:status\s{1,3})?)\(?([45]\d\d)(?![\w.:/-]|\s{0,3}(?:ms|msec|milliseconds?|s|secs?|seconds?|bytes?|kb|mb|results?|entries|items|records|rows)\b|\s+(?:and|or|to|is|was|are|were)\b|\s*[,/&]\s*[45]\d\d\b)/i;
/** A FHIR or OAuth request's URL, not a documentation page's: a resource type in its path, or a FHIR / OAuth segment. */
const API_URL =
  /^https?:\/\/[^/\s]+\/(?:[^\s?#]*\/)?(?:[A-Z][a-z][A-Za-z]{1,60}\b|(?:[Ff][Hh][Ii][Rr]|[Rr][45]|[Dd][Ss][Tt][Uu]2|[Ss][Tt][Uu]3|metadata|token|authori[sz]e|oauth2?)\b)/;
const METHOD_BEFORE = /\b(GET|POST|PUT|PATCH|DELETE)\s{1,3}$/;
const URL_END = /[\s"'`<>]/;

/** The URL's end: the first space or quote after `from`, without a trailing punctuation mark. */
function urlEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && !URL_END.test(line[end])) end++;
  while (end > from && /[.,;:)\]]/.test(line[end - 1])) end--;
  return end;
}

export function readLoggedRequests(lines: readonly string[]): RequestStatement[] {
  const out: RequestStatement[] = [];
  for (let index = 0; index < lines.length && out.length < MAX_LOGGED_REQUESTS; index++) {
    const raw = lines[index];
    const line = readableLine(raw);
    let found = 0;
    for (let at = line.indexOf("http"); at >= 0 && found < MAX_PER_LINE && out.length < MAX_LOGGED_REQUESTS;) {
      const scheme = /^https?:\/\/[^\s/"'`<>]/.exec(line.slice(at, at + 10));
      if (!scheme) {
        at = line.indexOf("http", at + 4);
        continue;
      }
      const end = urlEnd(line, at);
      const status = STATUS_AFTER.exec(line.slice(end, end + 40));
      if (status && API_URL.test(line.slice(at, end))) {
        const method = METHOD_BEFORE.exec(line.slice(Math.max(0, at - 10), at))?.[1] ?? "GET";
        out.push({ method, url: line.slice(at, end), status: Number(status[1]), line: index + 1 });
        found++;
      }
      // The next URL starts after this one's end: every character is read once.
      at = line.indexOf("http", Math.max(end, at + 4));
    }
  }
  return out;
}
