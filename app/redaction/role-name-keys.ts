/**
 * Keys that name a person by the role they play in a payment, an order, a claim or a record (`customer_name`,
 * `cardholderName`, `billing_name`, `guarantor_full_name`): the key says the value is a person's name, whatever object
 * holds it. A role that is an application's or an organisation's (`client_name`, `tenant_name`, `payer_name`,
 * `consumer_name` in an API gateway) is no person and is not listed.
 */
const ROLE =
  "customer|patient|member|subscriber|cardholder|card_?holder|account_?holder|policy_?holder|holder|guarantor|guardian|" +
  "beneficiary|insured|recipient|billing|shipping|bill_?to|ship_?to|contact|emergency_?contact|next_?of_?kin|parent|" +
  "mother|father|spouse|employee|student|caller|shopper|buyer|passenger|traveler|traveller|applicant|donor";
/** The role, an optional `full`, then `name`, written snake_case, kebab-case or camelCase (read in lower case). */
const ROLE_NAME_KEY = new RegExp(`^(?:${ROLE})[_-]?(?:full[_-]?)?name$`);

/** Whether `lowerKey` (a key in lower case) names a person's name by their role. */
export const isRoleNameKey = (lowerKey: string): boolean => lowerKey.length <= 40 && ROLE_NAME_KEY.test(lowerKey);

/** An object holding a credential pair, by its key (`merchantAuthentication`, `basicAuth`, `credentials`). */
const AUTH_HOLDER = /(?:authentication|auth|credentials?)$/;
/** The login half of such a pair: an API login id written as the object's `name` or `login`. */
const LOGIN_KEYS = new Set(["name", "login", "loginid", "login_id", "apiloginid", "api_login_id"]);

/**
 * Whether a member keyed `lowerKey` in an object held under `holderKey` is the login half of a credential pair
 * (Authorize.Net's `merchantAuthentication: {name, transactionKey}`): only when `hasSecretSibling` says the object also
 * holds the secret half. An `auth: {name: "oauth2"}` without one names a scheme and stays.
 */
export const isCredentialPairLogin = (
  lowerKey: string,
  holderKey: string | undefined,
  hasSecretSibling: () => boolean,
) =>
  LOGIN_KEYS.has(lowerKey) &&
  holderKey !== undefined &&
  AUTH_HOLDER.test(holderKey.toLowerCase()) &&
  hasSecretSibling();
