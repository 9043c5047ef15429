// Keys of monitoring payloads that say whose a value is: OpenTelemetry's semantic conventions (`enduser.id`,
// `client.address`), Elastic's ECS (`client.ip`, `source.ip`, `user.name`), Datadog's reserved attributes (`usr.id`,
// `network.client.ip`), and the client-address fields of gateway and log-service entries (Cloud Logging's `remoteIp`,
// API Gateway's `sourceIp`, Kong's `client_ip`). One judgement for a JSON member, an OTLP `{"key", "value"}` pair and
// a collector's `-> key: Str(value)` line alike.
import { isPersonsLogin } from "./detectors/nobodys-login";
import { isClientAddressKey, isPersonsAddressValue } from "./detectors/client-addresses";

/** The end user's login or id, as monitoring tools name it (lower case). */
const END_USER_KEYS = new Set(["enduser.id", "usr.id", "user.id", "user.name", "usr.name"]);

/** A client's address under its key: the placeholder type, or null (another key, no address, a loopback). */
export function clientAddressType(key: string, value: string): "ip_address" | null {
  return isClientAddressKey(key) && isPersonsAddressValue(value.trim()) ? "ip_address" : null;
}

/** The person a monitoring payload's attribute names: "user_name" for an end user's login, "ip_address" for the
 *  client's address, else null. */
export function personalAttributeType(key: string, value: string): "user_name" | "ip_address" | null {
  if (END_USER_KEYS.has(key.toLowerCase())) return isPersonsLogin(value.trim()) ? "user_name" : null;
  return clientAddressType(key, value);
}
