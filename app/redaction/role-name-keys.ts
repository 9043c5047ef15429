import { GIVEN_NAMES, ORG_OR_PLACE_WORDS, SURNAMES } from "./detectors/free-text-phi-names";
import { isNobodysLogin } from "./detectors/nobodys-login";

/**
 * Keys that name a person by the role they play in a payment, an order, a claim or a record (`customer_name`,
 * `cardholderName`, `billing_name`, `guarantor_full_name`): the key says the value is a person's name when the value
 * could be one (roleValueNamesNoPerson). Read as one flat key, outside a clinical resource. A role that is an
 * application's or an organisation's (`client_name`, `tenant_name`, `payer_name`, `consumer_name` in an API gateway)
 * is no person and is not listed.
 */
/** A clinician by their role in an app's record (`doctor`, `assignedDoctor`, `attending_physician`, `nurse_name`); a
 *  `provider` is left out: an identity provider has a name too. */
const CLINICIAN =
  "(?:(?:assigned|attending|primary|referring|ordering|treating|family)_?)?" +
  "(?:doctor|physician|nurse|clinician|practitioner|therapist|surgeon|dentist|pharmacist|caregiver)";
const ROLE =
  "customer|patient|member|subscriber|card_?holder|account_?holder|policy_?holder|holder|guarantor|guardian|" +
  "beneficiary|insured|recipient|billing|shipping|billing_?details|shipping_?details|bill_?to|ship_?to|contact|" +
  "emergency_?contact|next_?of_?kin|parent|mother|father|spouse|employee|student|caller|shopper|buyer|passenger|" +
  `traveler|traveller|applicant|donor|${CLINICIAN}`;
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

/** One to four words of letters (`Sophia Clark`, `Mary-Jane O'Neil`, `SOPHIA CLARK`), each cased alike. */
const NAME_WORDS = /^[\p{L}'’.-]{1,40}(?: [\p{L}'’.-]{1,40}){0,3}$/u;
const CAPITALISED = /^\p{Lu}(?:[\p{Ll}'’.-]|\p{Lu}(?=\p{Ll}))*$/u;
/** Words that make a payer, a provider or a business of a role object's name (`Blue Cross`, `Austin Regional`), beside
 *  the name finder's organisation and place words. */
const PAYER_WORDS = new Set(["cross", "shield", "regional", "mutual", "trust", "fund", "plan", "care", "permanente"]);
const isOrgWord = (word: string) => ORG_OR_PLACE_WORDS.has(word) || PAYER_WORDS.has(word);

/**
 * Whether the generic `name` of a role object (`recipient: {name: …}`) reads as a person's: a given name first (or
 * after a comma, family-first: `Clark, Sophia`, `CLARK, SOPHIA`), no organisation word, and words cased as a name is
 * (capitalised or all capitals; in lower case only when every word is on a name list). A bot's `ridotest`, a folder's
 * `Shared Folder`, a payer's `Kaiser Permanente` or `Blue Cross`, a `Jordan Pharmacy` stay.
 */
export const roleHoldersNameIsPersons = (value: string): boolean => {
  const v = value.trim();
  if (v.length > 120) return false;
  const parts = v.split(",");
  if (parts.length > 2) return false;
  // Family-first: the given names follow the comma.
  const ordered = parts.length === 2 ? `${parts[1].trim()} ${parts[0].trim()}` : v;
  if (!NAME_WORDS.test(ordered)) return false;
  const words = ordered.split(" ");
  const lower = words.map((w) => w.toLowerCase());
  if (!GIVEN_NAMES.has(lower[0]) || lower.some(isOrgWord)) return false;
  if (ordered === ordered.toUpperCase() || words.every((w) => CAPITALISED.test(w))) return true;
  return ordered === ordered.toLowerCase() && words.length >= 2 && lower.every((w) => isKnownName(w));
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
/** The login half of such a pair: an API login id or a user name, written as the object's `name`, `login` or
 *  `username` (`<Credentials><UserName>…`, `<auth><user>…`). */
const LOGIN_KEYS = new Set([
  "name",
  "login",
  "loginid",
  "login_id",
  "apiloginid",
  "api_login_id",
  "username",
  "user_name",
  "user",
  "userid",
  "user_id",
]);
/** Auth schemes an `auth: {name: …}` names (lower case). */
const SCHEMES =
  /^(?:o?auth[12]?(?:\.0)?|basic|bearer|digest|ntlm|kerberos|negotiate|api[_-]?key|hmac|saml2?|jwt|mtls|tls|none|token|client[_-]?credentials|password|custom)$/;
/** A lower-case slug of three words or more (`fhir-bulk-export-job`): a job's or an app's name. */
const LONG_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/;
/** A client secret pairs with the client's id, never with the object's `name` (an app registration names the app). */
export const isClientSecretKey = (key: string): boolean => /client[_.-]?secret$/i.test(key);

/** Whether a member keyed `lowerKey` in an object held under `holderKey` may be the login half of a credential pair
 *  (Authorize.Net's `merchantAuthentication: {name, transactionKey}`), by the keys alone. */
export const isCredentialPairLoginKey = (lowerKey: string, holderKey: string | undefined): boolean =>
  LOGIN_KEYS.has(lowerKey) && holderKey !== undefined && AUTH_HOLDER.test(holderKey.toLowerCase());

/** Whether the value of such a member names a login, not a scheme (`oauth2`), a job (`fhir-bulk-export-job`) or a
 *  tenant or app by its title (`Cerner Sandbox`; words with a blank go only when they read as a person's name), nor a role or service account
 *  (`admin`, `postgres`). */
export const credentialPairValueIsLogin = (value: string): boolean => {
  const v = value.trim();
  if (!v || SCHEMES.test(v.toLowerCase()) || LONG_SLUG.test(v) || isNobodysLogin(v)) return false;
  return !/\s/.test(v) || roleHoldersNameIsPersons(v);
};

/**
 * Whether a member keyed `lowerKey` in an object held under `holderKey` is the login half of a credential pair: the
 * keys say so, the value reads as a login, and `hasSecretSibling` says the object also holds the secret half — a
 * secret's value, not a reference to one (`secret_ref: "vault://…"`), and no client secret. An `auth: {name: "oauth2"}`
 * names a scheme and stays.
 */
export const isCredentialPairLogin = (
  lowerKey: string,
  holderKey: string | undefined,
  value: string,
  hasSecretSibling: () => boolean,
) => isCredentialPairLoginKey(lowerKey, holderKey) && credentialPairValueIsLogin(value) && hasSecretSibling();
