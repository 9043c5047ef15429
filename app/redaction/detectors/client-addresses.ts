// The client's address a proxy or CDN passes on in a header: `X-Forwarded-For: client, proxy1, proxy2`, `X-Real-IP`,
// RFC 7239 `Forwarded: for=client;by=proxy, for=proxy1`, Cloudflare's `CF-Connecting-IP`, Akamai's `True-Client-IP`.
// The client is the person using the app: its address is personal data (docs/redaction-rules.md, Safe Harbor's (O)).
// The proxies listed after it and Forwarded's `by=` are the setup's servers and stay, as a server's address does.
import type { ItemContext } from "../context";

/** Headers whose value is the client's address alone. */
const CLIENT_HEADERS = new Set([
  "x-real-ip",
  "x-client-ip",
  "client-ip",
  "true-client-ip",
  "cf-connecting-ip",
  "cf-connecting-ipv6",
  "fastly-client-ip",
  "x-cluster-client-ip",
  "x-appengine-user-ip",
  "x-azure-clientip",
  "x-azure-socketip",
  "x-envoy-external-address",
  "x-originating-ip",
  "x-remote-addr",
  "x-remote-ip",
]);
/** Headers that list the client first, then each proxy it passed. */
const CHAIN_HEADERS = new Set(["x-forwarded-for", "x-original-forwarded-for", "x-proxyuser-ip"]);

export const isClientAddressHeader = (lower: string): boolean =>
  CLIENT_HEADERS.has(lower) || CHAIN_HEADERS.has(lower) || lower === "forwarded";

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%[\w.-]{1,32})?$/i;

/** An IPv4 address written as IPv6 (`::ffff:203.0.113.7`), as Node and Express print every client's. */
const IPV4_MAPPED = /^::ffff:((?:\d{1,3}\.){3}\d{1,3})$/i;

/** An address that names a machine a person used: not loopback, not unspecified, not a host name or `unknown`. */
function isPersonsAddress(address: string): boolean {
  const mapped = IPV4_MAPPED.exec(address)?.[1];
  if (mapped) return isPersonsAddress(mapped);
  if (IPV4.test(address)) return !address.startsWith("127.") && address !== "0.0.0.0";
  return address.includes(":") && IPV6.test(address) && address !== "::1" && address !== "::";
}

/**
 * The address inside one node of a list — `203.0.113.7`, `203.0.113.7:4711`, `[2001:db8::1]:4711`, `"[…]"`, a bare
 * IPv6 — as its start and end within `node`, or null.
 */
function addressIn(node: string): { start: number; end: number } | null {
  let start = 0;
  let end = node.length;
  while (start < end && /[\s"]/.test(node[start])) start++;
  while (end > start && /[\s"]/.test(node[end - 1])) end--;
  if (node[start] === "[") {
    const close = node.indexOf("]", start);
    if (close < 0) return null;
    start++;
    end = close;
  } else if (node.indexOf(":", start) === node.lastIndexOf(":", end - 1) && node.indexOf(":", start) >= 0) {
    // One colon: an IPv4 address and its port.
    end = node.indexOf(":", start);
  }
  if (end - start > 64 || !isPersonsAddress(node.slice(start, end))) return null;
  return { start, end };
}

/** The value with its first node's address replaced; `node` runs from `from` to `to` in `value`. */
function replaceIn(value: string, from: number, to: number, ctx: ItemContext): string {
  const node = value.slice(from, to);
  const at = addressIn(node);
  if (!at) return value;
  const address = node.slice(at.start, at.end);
  return value.slice(0, from + at.start) + ctx.phi(address, "ip_address") + value.slice(from + at.end);
}

/** A proxy header's value with the client's address replaced; everything else byte for byte. */
export function redactClientAddress(lower: string, value: string, ctx: ItemContext): string {
  if (CLIENT_HEADERS.has(lower)) return replaceIn(value, 0, value.length, ctx);
  const comma = value.indexOf(",");
  const first = comma < 0 ? value.length : comma;
  if (CHAIN_HEADERS.has(lower)) return replaceIn(value, 0, first, ctx);
  if (lower !== "forwarded") return value;
  // Forwarded: the first element's `for=` parameter (`for=a;proto=https;by=b`), its value up to the next `;`.
  const element = value.slice(0, first);
  const m = /(?:^|;)[ \t]*for[ \t]*=/i.exec(element);
  if (!m) return value;
  const from = m.index + m[0].length;
  const semicolon = element.indexOf(";", from);
  return replaceIn(value, from, semicolon < 0 ? first : semicolon, ctx);
}

/**
 * Keys under which audit records and access logs name the caller's address — AWS CloudTrail's `sourceIPAddress`,
 * Google Cloud audit logs' `callerIp`, Azure diagnostic logs' `callerIpAddress` / `CallerIPAddress`, `clientIp`,
 * `remoteAddr`, `userIpAddress` — as letters in lower case (`_` and `-` dropped). A server's own address
 * (`serverIPAddress`, `hostIp`) is not one of them.
 */
const CALLER_ADDRESS_KEYS = new Set([
  "sourceip",
  "sourceipaddress",
  "callerip",
  "calleripaddress",
  "clientip",
  "clientipaddress",
  "clientaddress",
  "remoteip",
  "remoteaddr",
  "remoteaddress",
  "requestip",
  "requestoripaddress",
  "userip",
  "useripaddress",
  "originatingip",
]);

export const isCallerAddressKey = (key: string): boolean =>
  key.length <= 40 && CALLER_ADDRESS_KEYS.has(key.toLowerCase().replace(/[_-]/g, ""));

/** Digits, dots, colons and hex, as an address is written (checked loosely: a record's value may be malformed). */
const ADDRESS_LIKE = /^\[?[0-9a-f.:%]{3,64}\]?(?::\d{1,5})?$/i;
const LOOPBACK = /^(?:127\.|::1$|0\.0\.0\.0$|::$|localhost$)/i;

/**
 * The value under a caller-address key with the address replaced (a list keeps its proxies: the first is the
 * client); the value as it was when it holds no address (a host name, `unknown`, a service's name) or loopback.
 */
export function redactCallerAddress(value: string, ctx: ItemContext): string {
  const comma = value.indexOf(",");
  const first = comma < 0 ? value.length : comma;
  const lead = value.length - value.trimStart().length;
  const address = value.slice(lead, first).trimEnd();
  if (!ADDRESS_LIKE.test(address) || !/\d/.test(address) || LOOPBACK.test(address)) return value;
  return value.slice(0, lead) + ctx.phi(address, "ip_address") + value.slice(lead + address.length);
}
