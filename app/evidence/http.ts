// Raw HTTP: one or more messages (request, response, or both), as copied from a proxy, a browser's "copy as raw" or
// a log. Header lines keep their names; bodies run until the next start line.
import type { Exchange, Header, HttpRequest, HttpResponse } from "./model";
import { REQUEST_LINE, STATUS_LINE, absoluteUrl, headerValue, isoTime, parseHeaderLine } from "./headers";

export interface HttpMessage {
  request?: HttpRequest;
  response?: HttpResponse;
  /** 0-based line where the message starts. */
  line: number;
}

/** Messages in text whose lines may carry a prefix (curl -v's "> " and "< " are handled by curl.ts). */
export function parseHttpMessages(text: string): { messages: HttpMessage[]; rest: string[] } {
  const lines = text.split(/\r?\n/);
  const messages: HttpMessage[] = [];
  const rest: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i].trim();
    const req = REQUEST_LINE.exec(line);
    const res = req ? null : STATUS_LINE.exec(line);
    if (!req && !res) {
      if (lines[i].trim()) rest.push(lines[i]);
      i++;
      continue;
    }
    const start = i;
    i++;
    const headers: Header[] = [];
    while (i < lines.length && lines[i].trim() !== "") {
      const h = parseHeaderLine(lines[i].trim());
      if (!h) break;
      headers.push(h);
      i++;
    }
    if (i < lines.length && lines[i].trim() === "") i++;
    const bodyLines: string[] = [];
    while (i < lines.length && !REQUEST_LINE.test(lines[i].trim()) && !STATUS_LINE.test(lines[i].trim())) {
      bodyLines.push(lines[i]);
      i++;
    }
    const body = bodyLines.join("\n").trim() || undefined;
    if (req) {
      messages.push({
        line: start,
        request: { method: req[1], url: absoluteUrl(req[2], headerValue(headers, "host")), headers, body },
      });
    } else if (res) {
      messages.push({
        line: start,
        response: { status: Number(res[2]), statusText: res[3]?.trim() || undefined, headers, body },
      });
    }
  }
  return { messages, rest };
}

/** Pairs each request with the response that follows it. */
export function toExchanges(messages: HttpMessage[], itemId: string, label = "message"): Exchange[] {
  const exchanges: Exchange[] = [];
  for (let k = 0; k < messages.length; k++) {
    const m = messages[k];
    const next = messages[k + 1];
    if (m.request && next?.response) {
      exchanges.push(exchange(m.request, next.response, itemId, `${label} at line ${m.line + 1}`));
      k++;
    } else {
      exchanges.push(exchange(m.request, m.response, itemId, `${label} at line ${m.line + 1}`));
    }
  }
  return exchanges;
}

function exchange(
  request: HttpRequest | undefined,
  response: HttpResponse | undefined,
  itemId: string,
  location: string,
): Exchange {
  const time = isoTime(headerValue(response?.headers, "date")) ?? isoTime(headerValue(request?.headers, "date"));
  return { request, response, time, source: { itemId, location } };
}
