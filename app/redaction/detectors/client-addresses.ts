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
/** IPv6 loopback or unspecified, in short or long form (`::1`, `::`, `0:0:0:0:0:0:0:1`). */
const IPV6_NOBODYS = /^(?:0{0,4}:){2,7}0{0,4}1?$/;

/** An IPv4 address written as IPv6 (`::ffff:203.0.113.7`), as Node and Express print every client's. */
const IPV4_MAPPED = /^::ffff:((?:\d{1,3}\.){3}\d{1,3})$/i;

/** An address that names a machine a person used: not loopback, not unspecified, not a host name or `unknown`. */
function isPersonsAddress(address: string): boolean {
  const mapped = IPV4_MAPPED.exec(address)?.[1];
  if (mapped) return isPersonsAddress(mapped);
  if (IPV4.test(address)) return !address.startsWith("127.") && address !== "0.0.0.0";
  return address.includes(":") && IPV6.test(address) && !IPV6_NOBODYS.test(address);
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
 * Keys under which a record names the client's or caller's address, as letters in lower case (`_`, `-` and `.`
 * dropped): AWS CloudTrail's `sourceIPAddress`, Google Cloud audit logs' `callerIp`, Azure's `callerIpAddress`,
 * Cloud Logging's `remoteIp`, API Gateway's `sourceIp`, Kong's `client_ip`, IIS's `c-ip`, OpenTelemetry's
 * `client.address`, ECS's `client.ip` and `source.ip`, Datadog's `network.client.ip`, Traefik's `ClientHost` and
 * `ClientAddr`. A server's own address (`serverIPAddress`, `hostIp`) is not one of them.
 */
const CLIENT_ADDRESS_KEYS = new Set([
  "sourceip",
  "sourceipaddress",
  "sourceaddress",
  "callerip",
  "calleripaddress",
  "callipaddress",
  "clientip",
  "clientipaddress",
  "clientaddress",
  "cip",
  "networkclientip",
  "httpclientip",
  "remoteip",
  "remoteaddr",
  "remoteaddress",
  "requestip",
  "requesterip",
  "requestoripaddress",
  "userip",
  "useripaddress",
  "ipaddress",
  "originatingip",
  "clienthost",
  "clientaddr",
]);

export const isClientAddressKey = (key: string): boolean =>
  key.length <= 40 && CLIENT_ADDRESS_KEYS.has(key.toLowerCase().replace(/[-_.]/g, ""));

/** Short keys an access log record gives the caller's address (AWS API Gateway's documented `"ip":
 *  "$context.identity.sourceIp"`, nginx JSON formats' `"client"`): whose it is only the record's other fields say. */
const RECORD_ADDRESS_KEYS = new Set(["ip", "client", "remote"]);
/** A request's own fields in an access log record, in lower case: its id or time or method or line or path
 *  (`requestId`, `request_time`, `httpMethod`, `request`, `uri`, `resourcePath`)… */
const REQUEST_FIELDS = [
  "requestid",
  "request_id",
  "requesttime",
  "request_time",
  "httpmethod",
  "http_method",
  "method",
  "requestmethod",
  "request_method",
  "request",
  "uri",
  "url",
  "path",
  "request_uri",
  "requesturi",
  "resourcepath",
];
/** …and its answer's HTTP status (`status`, `statusCode`, `status_code`): a three-digit code, not a service's `"UP"`. */
const STATUS_FIELDS = ["status", "statuscode", "status_code", "httpstatus", "http_status"];
const HTTP_STATUS = /^[1-5]\d\d$/;

/**
 * A short address key (`ip`, `client`) of an access log record: the record also has a request's field and an HTTP
 * status, so the address is the caller's. The same key in a server's settings or health record (`{"name", "ip",
 * "port", "status": "UP"}`) names the server. `get` gives the record's member of that name in any case, as text (an
 * indexed look-up: asked per member, the record is not read again).
 */
export function isAccessRecordAddressKey(key: string, get: (lowerKey: string) => string | undefined): boolean {
  if (!RECORD_ADDRESS_KEYS.has(key.toLowerCase())) return false;
  if (!STATUS_FIELDS.some((f) => HTTP_STATUS.test(get(f)?.trim() ?? ""))) return false;
  return REQUEST_FIELDS.some((f) => get(f) !== undefined);
}

/** A value that is one person's address and nothing else (a port after it allowed): `203.0.113.7`,
 *  `[2001:db8::1]:443`, `::ffff:203.0.113.7`. */
export function isPersonsAddressValue(value: string): boolean {
  const at = value.length <= 80 ? addressIn(value) : null;
  return at !== null && /^\]?(?::\d{1,5})?[\s"]*$/.test(value.slice(at.end));
}

/**
 * The value under a caller-address key with the address replaced (a list keeps its proxies: the first is the
 * client); the value as it was when it holds no address (a host name, `unknown`, a service's name) or loopback.
 */
export function redactCallerAddress(value: string, ctx: ItemContext): string {
  const comma = value.indexOf(",");
  const first = comma < 0 ? value.length : comma;
  const lead = value.length - value.trimStart().length;
  const address = value.slice(lead, first).trimEnd();
  if (!isPersonsAddressValue(address)) return value;
  return value.slice(0, lead) + ctx.phi(address, "ip_address") + value.slice(lead + address.length);
}
