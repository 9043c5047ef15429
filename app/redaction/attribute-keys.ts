// Keys of monitoring payloads that say whose a value is: OpenTelemetry's semantic conventions (`enduser.id`,
// `client.address`), Elastic's ECS (`client.ip`, `source.ip`, `user.name`), Datadog's reserved attributes (`usr.id`,
// `network.client.ip`), and the client-address fields of gateway and log-service entries (Cloud Logging's `remoteIp`,
// API Gateway's `sourceIp`, Kong's `client_ip`). One judgement for a JSON member, an OTLP `{"key", "value"}` pair and
// a collector's `-> key: Str(value)` line alike.
import { isPersonsLogin } from "./detectors/nobodys-login";
import { readsAsPersonsName } from "./display-names";
import { isClientAddressKey, isPersonsAddressValue } from "./detectors/client-addresses";

/** The end user's login, id or display name, as monitoring tools name it (lower case). Datadog's `usr.name` and
 *  ECS's `user.name` may hold either a login or a display name; `user.full_name` holds a display name. */
const END_USER_KEYS = new Set(["enduser.id", "usr.id", "user.id", "user.name", "usr.name", "user.full_name"]);

/** A client's address under its key: the placeholder type, or null (another key, no address, a loopback). */
export function clientAddressType(key: string, value: string): "ip_address" | null {
  return isClientAddressKey(key) && isPersonsAddressValue(value.trim()) ? "ip_address" : null;
}

/** The person a monitoring payload's attribute names: "name" for an end user's display name, "user_name" for a
 *  login, "ip_address" for the client's address, else null. */
export function personalAttributeType(key: string, value: string): "name" | "user_name" | "ip_address" | null {
  return END_USER_KEYS.has(key.toLowerCase()) ? endUserType(value) : clientAddressType(key, value);
}

/** The end user under an end-user key (`enduser.id`, `usr.name`): "name" for a display name, "user_name" for a login. */
export function endUserType(value: string): "name" | "user_name" | null {
  const v = value.trim();
  return v.includes(" ") && readsAsPersonsName(v) ? "name" : isPersonsLogin(v) ? "user_name" : null;
}

/** An end-user key (`enduser.id`, `usr.id`, `user.name`, …), any case. */
export const isEndUserKey = (key: string): boolean => END_USER_KEYS.has(key.toLowerCase());

/** Pair names that say the value is a person's name: a FHIR search parameter's (Postman's `url.query`, a FHIR
 *  Parameters resource). */
const NAME_PAIR_NAMES = new Set(["given", "family"]);
/** Pair names that hold an end user's display name or login: an IdP attribute's `name` (Cognito's full name), a
 *  request's `username` / `user` / `login`. */
const END_USER_PAIR_NAMES = new Set(["name", "username", "user", "login"]);

/** The person a `{name, value}` pair's name says its value is (`custom:` prefix aside): "name", "user_name" or null. */
export function personalPairType(name: string, value: string): "name" | "user_name" | null {
  const key = name.toLowerCase().replace(/^custom:/, "");
  if (NAME_PAIR_NAMES.has(key)) return value.trim() ? "name" : null;
  return END_USER_PAIR_NAMES.has(key) ? endUserType(value) : null;
}
