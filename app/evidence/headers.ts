// Header helpers shared by the HTTP, curl and HAR parsers.
import type { Header } from "./model";
import { METHOD_SOURCE, VERSION_SOURCE } from "~/lib/http-start-line";
import { normaliseTimestamp } from "~/ticket/timestamp";

export function headerValue(headers: Header[] | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers?.find((h) => h.name.toLowerCase() === lower)?.value;
}

/** `Name: value` → Header, or null when the line is not a header line. */
export function parseHeaderLine(line: string): Header | null {
  const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)[ \t]*:[ \t]?(.*)$/.exec(line);
  return m ? { name: m[1], value: m[2].trim() } : null;
}

/** The Date header (RFC 1123) or an ISO 8601 time as ISO 8601 UTC; undefined when it is neither. */
export function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const result = normaliseTimestamp(value.trim());
  return result.ok ? result.iso : undefined;
}

export const REQUEST_LINE = new RegExp(String.raw`^(${METHOD_SOURCE}) +(\S+)(?: +(${VERSION_SOURCE}))?\s*$`);
export const STATUS_LINE = new RegExp(String.raw`^(${VERSION_SOURCE}) +(\d{3})(?: +(.*))?$`);

/** An absolute URL from a request target and the Host header (https unless the target says otherwise). */
export function absoluteUrl(target: string, host: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) || !host) return target;
  return `https://${host}${target.startsWith("/") ? "" : "/"}${target}`;
}
