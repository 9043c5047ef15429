import { GIVEN_NAMES, SURNAMES } from "./detectors/free-text-phi-names";

/**
 * Keys that name a person by the role they play in a payment, an order, a claim or a record (`customer_name`,
 * `cardholderName`, `billing_name`, `guarantor_full_name`): the key says the value is a person's name when the value
 * could be one (roleValueNamesNoPerson). Read as one flat key, outside a clinical resource. A role that is an
 * application's or an organisation's (`client_name`, `tenant_name`, `payer_name`, `consumer_name` in an API gateway)
 * is no person and is not listed.
 */
const ROLE =
  "customer|patient|member|subscriber|card_?holder|account_?holder|policy_?holder|holder|guarantor|guardian|" +
  "beneficiary|insured|recipient|billing|shipping|bill_?to|ship_?to|contact|emergency_?contact|next_?of_?kin|parent|" +
  "mother|father|spouse|employee|student|caller|shopper|buyer|passenger|traveler|traveller|applicant|donor";
/** The role, an optional part (`full`, `first`, `last`, `given`, `family`, `middle`, `sur`), then `name`, written
 *  snake_case, kebab-case or camelCase (read in lower case). */
const ROLE_NAME_KEY = new RegExp(`^(?:${ROLE})[_-]?(?:(?:full|first|last|given|family|middle|sur)[_-]?)?name$`);
/** The role as an object's key (`customer: {name: …}`); `parent` is left out: a tree's parent node has a name too. */
const ROLE_HOLDER = new RegExp(`^(?:${ROLE.replace("|parent|", "|")})$`);

/** Whether `lowerKey` (a key in lower case) names a person's name by their role. */
export const isRoleNameKey = (lowerKey: string): boolean => lowerKey.length <= 40 && ROLE_NAME_KEY.test(lowerKey);

/** Whether a member keyed `lowerKey` is the name of an object held under a role key (`customer: {name: …}`,
 *  `recipient: {full_name: …}`); both keys in lower case. */
export const isRoleHoldersName = (lowerKey: string, holderLower: string | undefined): boolean =>
  holderLower !== undefined &&
  holderLower.length <= 40 &&
  ROLE_HOLDER.test(holderLower) &&
  /^(?:full[_-]?)?name$/.test(lowerKey);

/**
 * A value under a role key that names no person: an identifier written without a blank (a Pub/Sub subscription
 * `fhir-encounter-sub`, a method `OAuthHandler.Authorize`, `ValidateToken`: a dot, an underscore, a slash, a digit, a
 * lower-case hyphenated slug, or a capital inside a word that no name list knows), or a shipping method
 * (`UPS Ground`, `Standard Shipping`, `Local Pickup`).
 */
const IDENTIFIER = /^(?:[^\s]*[._/:\\0-9][^\s]*|[a-z]+(?:-[a-z]+)+|[A-Z]?[a-z]+(?:[A-Z][a-z0-9]*)+)$/;
const SHIPPING_WORDS =
  /(?<![\p{L}\p{N}])(?:ground|express|priority|overnight|standard|economy|freight|shipping|delivery|pickup|courier|post|mail|next[ -]day|2[ -]?day)(?![\p{L}\p{N}])/iu;

/** A name list's word (`McDonald` is a surname, not a camelCase method). */
const isKnownName = (word: string) => GIVEN_NAMES.has(word.toLowerCase()) || SURNAMES.has(word.toLowerCase());

/** Capitalised words, one to four (`Sophia Clark`, `Mary-Jane O'Neil`). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’-]{0,40}(?: \p{Lu}[\p{L}'’.-]{0,40}){0,3}$/u;

/** Whether the generic `name` of a role object (`recipient: {name: …}`) reads as a person's: capitalised words, one
 *  of them a name list's. A bot's `ridotest`, a folder's `Shared Folder` stay. */
export const roleHoldersNameIsPersons = (value: string): boolean => {
  const v = value.trim();
  return CAPITALISED_WORDS.test(v) && v.split(" ").some(isKnownName);
};

/** Whether `value` under a role key (`subscriber_name`, `caller_name`, `shipping_name`) names something, not someone. */
export const roleValueNamesNoPerson = (value: string): boolean => {
  const v = value.trim();
  if (v.length > 120) return false;
  if (IDENTIFIER.test(v)) return !isKnownName(v);
  return SHIPPING_WORDS.test(v);
};

/** An object holding a credential pair, by its key (`merchantAuthentication`, `basicAuth`, `credentials`). */
const AUTH_HOLDER = /(?:authentication|auth|credentials?)$/;
/** The login half of such a pair: an API login id written as the object's `name` or `login`. */
const LOGIN_KEYS = new Set(["name", "login", "loginid", "login_id", "apiloginid", "api_login_id"]);
/** A client secret pairs with the client's id, never with the object's `name` (an app registration names the app). */
export const isClientSecretKey = (key: string): boolean => /client[_.-]?secret$/i.test(key);

/**
 * Whether a member keyed `lowerKey` in an object held under `holderKey` is the login half of a credential pair
 * (Authorize.Net's `merchantAuthentication: {name, transactionKey}`): only when `hasSecretSibling` says the object also
 * holds the secret half — a secret's value, not a reference to one (`secret_ref: "vault://…"`), and no client secret.
 * An `auth: {name: "oauth2"}` without one names a scheme and stays.
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
