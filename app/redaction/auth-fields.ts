// The fields of an API client's auth settings — Postman's and Insomnia's `auth.<type>[]` key/value pairs, Bruno's
// `auth:<mode> { … }` blocks. Inside them a field named like a credential holds one, whatever its value looks like:
// the block says what it is (`secretKey: aws-secret-key`, `password: secret`), where the same name elsewhere (an
// ExternalSecret's `secretKey: api-key`, the name of a key) does not. A variable reference (`{{client_secret}}`) is
// no credential and stays.

/** A field name that ends in a credential's word: accessKey, secretKey, sessionToken, client_secret, password. */
const CREDENTIAL_FIELD = /(?:key|secret|token|passw(?:or)?d|passwd|pwd|passphrase|signature|credentials?)$/i;
const VARIABLE = /^\{\{[^{}]+\}\}$/;
/** Keys that name the client, as a client ID does (OAuth 1's consumer key): the ticket needs them. */
const CLIENT_IDS = /^consumer[_-]?key$/i;

/**
 * The placeholder type of the value of field `name` in an auth block of `mode` (awsv4, oauth2, apikey, basic…), or
 * null when that field is not a credential (service, region, client_id, token URLs, the API key's header name).
 */
export function authFieldType(name: string, mode: string, value: string): string | null {
  const v = value.trim();
  if (!v || VARIABLE.test(v)) return null;
  const field = name.replace(/^[~@]+/, "");
  // An API-key auth names its header or query parameter in `key` and holds the key in `value`.
  if (/^api[_-]?key$/i.test(mode)) return field === "value" ? "api_key" : null;
  if (field.toLowerCase() === "key" || CLIENT_IDS.test(field) || !CREDENTIAL_FIELD.test(field)) return null;
  if (/passw|pwd|passphrase/i.test(field)) return "password";
  if (/token$/i.test(field)) return "token";
  if (/secret$/i.test(field)) return "secret";
  if (/signature$/i.test(field)) return "signature";
  return /credentials?$/i.test(field) ? "secret" : "api_key";
}

/**
 * A registry's entry in a container client's config (Docker's `~/.docker/config.json`, Podman's `auth.json`, a
 * `.dockerconfigjson` decoded): `auths.<registry>.auth` is base64 of `user:password` and `identitytoken` /
 * `registrytoken` are tokens, whatever they look like (`"auth": "foobar="`). `holderKey` is the key of the object
 * that holds the registry's entry (the entry's parent's key: `auths`). The placeholder type, or null.
 */
export function registryAuthType(key: string, holderKey: string | undefined): string | null {
  if (holderKey !== "auths") return null;
  const lower = key.toLowerCase();
  if (lower === "auth") return "basic_auth";
  if (lower === "identitytoken" || lower === "registrytoken") return "token";
  return lower === "password" ? "password" : null;
}
