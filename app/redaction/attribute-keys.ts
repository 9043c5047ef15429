// Keys of monitoring payloads that say whose a value is: OpenTelemetry's semantic conventions (`enduser.id`,
// `client.address`), Elastic's ECS (`client.ip`, `source.ip`, `user.name`), Datadog's reserved attributes (`usr.id`,
// `network.client.ip`), and the client-address fields of gateway and log-service entries (Cloud Logging's `remoteIp`,
// API Gateway's `sourceIp`, Kong's `client_ip`). One judgement for a JSON member, an OTLP `{"key", "value"}` pair and
// a collector's `-> key: Str(value)` line alike.
import { isPersonsLogin } from "./detectors/nobodys-login";

/** The end user's login or id, as monitoring tools name it (lower case). */
const END_USER_KEYS = new Set(["enduser.id", "usr.id", "user.id", "user.name", "usr.name"]);

/** The address of the client that made the request, in lower case with `-`/`.` read as `_`. */
const CLIENT_ADDRESS_KEYS = new Set([
  "client_address",
  "client_ip",
  "clientip",
  "client_ip_address",
  "network_client_ip",
  "http_client_ip",
  "source_ip",
  "source_address",
  "sourceip",
  "remoteip",
  "remote_ip",
  "remote_addr",
  "remoteaddr",
  "remote_address",
  "remoteaddress",
  "user_ip",
  "userip",
  "ip_address",
  "ipaddress",
  "caller_ip",
  "callerip",
  "callipaddress",
  "requester_ip",
]);

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
/** An IPv4 address (a port after it allowed), or an IPv6 one in or out of brackets. */
const ADDRESS = new RegExp(`^(?:${OCTET}(?:\\.${OCTET}){3}(?::\\d{1,5})?|\\[?[0-9A-Fa-f:]{2,39}\\]?(?::\\d{1,5})?)$`);
/** Loopback and unspecified addresses are nobody's (a proxy's own, a server bound to every interface). */
const NOBODYS = /^(?:127\.|0\.0\.0\.0|\[?::1?\]?(?::\d+)?$|\[?(?:0:){7}[01]\]?)/;

const normalise = (key: string) => key.toLowerCase().replace(/[-.]/g, "_");

/** A client's address under its key: the placeholder type, or null (another key, no address, a loopback). */
export function clientAddressType(key: string, value: string): "ip_address" | null {
  if (key.length > 40 || !CLIENT_ADDRESS_KEYS.has(normalise(key))) return null;
  const v = value.trim();
  return v.includes(".") || v.includes(":") ? (ADDRESS.test(v) && !NOBODYS.test(v) ? "ip_address" : null) : null;
}

/** The person a monitoring payload's attribute names: "user_name" for an end user's login, "ip_address" for the
 *  client's address, else null. */
export function personalAttributeType(key: string, value: string): "user_name" | "ip_address" | null {
  if (END_USER_KEYS.has(key.toLowerCase())) return isPersonsLogin(value.trim()) ? "user_name" : null;
  return clientAddressType(key, value);
}
