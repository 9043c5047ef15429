// JSON evidence redacted by meaning: secret keys (access_token, client_secret, JWK private members, …), HAR-style
// {name, value} pairs by their name, FHIR paths (names, telecom, address, birthDate → year, identifiers, narrative,
// notes, attachments, reference displays, person-linked dates), and — in a client domain — FHIR resources reduced to
// their shape with patient ids pseudonymised. Keys, key order, numbers and indentation are kept; JSON held in a
// string is redacted as JSON and put back. The walk is iterative (no stack overflow on deep nesting).
import { isAddressRecord, isPinKey, isPinValue } from "./pin-keys";
import { isNationalNumberKey, isNationalSystem, isOrganisationSystem } from "./national-ids";
import { redactCookieItem } from "./detectors/cookies";
import { findArnPersonNames, mayNameArnPerson } from "./detectors/arn-person-names";
import type { PhiSpan } from "./detectors/phi-span";
import { spliceJsonAst } from "./json-splice";
import { lookupTable } from "~/lib/lookup-table";
import type { ItemContext } from "./context";
import {
  parseJsonAst,
  objGet,
  objGetString,
  objHas,
  objHasLower,
  objGetLower,
  objRenameKey,
  opensLikeJson,
  type JArray,
  type JNode,
  type JObject,
  type JRaw,
  type JString,
} from "./json-ast";
import { redactSpans, sweepValue } from "./sweep";
import { isCredentialHeaderName, isPersonsHeader, redactHeaderValue } from "./headers";
import { isAccessRecordAddressKey, isClientAddressKey, redactCallerAddress } from "./detectors/client-addresses";
import { redactParams, pseudonymisePatientRef } from "./detectors/url";
import { SECRET_PARAMS, TOKEN_TYPES, labelNamesSecret, secretKey } from "./detectors/secret-keys";
import { JWK_PRIVATE_MEMBERS } from "./detectors/private-keys";
import { patchElement, patchValueType } from "./detectors/phi-json-keys";
import { NAME_SHAPE } from "./detectors/phi-name-shape";
import { NAME_PARTICLES } from "./detectors/free-text-phi-names";
import { redactTerms, termsPattern } from "./detectors/terms";
import {
  NARRATIVE,
  NON_PATIENT_TYPES,
  PERIOD_KEYS,
  PERSON_DATE_KEYS,
  PERSON_TYPES,
  extensionValueType,
  hasMoreThanYear,
  isExtensionKey,
  telecomType,
  yearOnly,
} from "./fhir";
import { redactFormBody } from "./form";
import { authFieldType, registryAuthType } from "./auth-fields";
import { redactHl7, redactHl7Lines } from "./hl7";
import { messageStart } from "~/evidence/hl7-logged";
import { isRoleName } from "./person-request";
import { hl7Delimiters } from "~/evidence/hl7";
import { redactFhirXmlText, xmlDocumentStart } from "./xml-fhir";
import { decodeBase64Text } from "~/evidence/base64";
import { isSentinelOnly } from "./placeholders";
import { sweepProse } from "./embedded-json";
import { homeDirectoryUsersOf } from "./detectors/home-paths";
import { homePathCue } from "./detectors/phi-cues";
import { readsAsPersonsName } from "./display-names";
import { RedactionError } from "./errors";
import { isNobodysLogin, isPersonsLogin, isPersonsLoginUnder } from "./detectors/nobodys-login";
import { endUserType, isEndUserKey, personalAttributeType, personalPairType } from "./attribute-keys";
import { isContactNumber, isPhoneValue } from "./detectors/phi-phones";
import { gravatarCue, gravatarHashes } from "./detectors/phi-gravatar";
import { namesAppOrStatus } from "./display-names";
import { namesGenderedPerson } from "./gendered-records";
import { accountNameType, isAccountNameKey, personsAccount } from "./account-holders";
import {
  isClientSecretKey,
  isCredentialPairLogin,
  isRoleHoldersName,
  isRoleNameKey,
  roleHoldersNameIsPersons,
  roleValueNamesNoPerson,
} from "./role-name-keys";
import { isGeolocatedPlace, isPlacesCoordinate } from "./geolocated-place";
import { holdsAccountAddress, isNamedUsersId, isSignedInUsersName } from "./sign-in-records";
import { isServiceNowUserName } from "./servicenow-references";
import { isMentionLabel } from "./mention-keys";
import { isBirthDateKey } from "./birth-date-keys";
import { isGenericNameKey, isPersonNameKey } from "./person-name-keys";
import { mentionMarkupCue, replaceMentionLabels } from "./detectors/phi-mention-markup";
import { isMessageIdValue } from "./detectors/message-ids";

interface Info {
  /** The key this node sits under (for array items: the array's key). */
  key?: string;
  /** The key of the object that holds this member (for `value` of an identifier: "identifier"). */
  parentKey?: string;
  /** Enclosing FHIR resource type. */
  resourceType?: string;
  /** Inside a person resource (Patient, RelatedPerson, Person, Practitioner). */
  person: boolean;
  /** Inside a resource that holds patient data (not OperationOutcome, Bundle, CapabilityStatement, …). */
  clinical: boolean;
  /** Client domain: values of this subtree are replaced by the shape marker. */
  shape: boolean;
  inMeta: boolean;
  /** Every string of this subtree is PHI of this type (HumanName, Address lines, photo, …). */
  phiAll?: string;
  /** Strings of these keys are exempt from phiAll. */
  phiKeep?: Set<string>;
  /** Under an extension (race, ethnicity, birth sex, preferences of a person live there). */
  inExtension?: boolean;
  /** Inside a HAR request: the resource type its URL searches (`…/Patient?_id=…` → Patient), for its queryString. */
  requestResourceType?: string;
  /** An OTLP attribute's `value` object (`{"key": "enduser.id", "value": {"stringValue": …}}`): the sibling key. */
  attribute?: string;
}

/**
 * Keys whose value is a token (a JWT among them gets its annotation): the token names of SECRET_PARAMS, also written
 * as one word (accessToken, refreshtoken).
 */
const TOKEN_KEYS = new Map(
  Object.entries(SECRET_PARAMS)
    .filter(([name, type]) => TOKEN_TYPES.has(type) && /^[a-z_]+$/.test(name))
    .flatMap(([name, type]): Array<[string, string]> => [
      [name, type],
      [name.replace(/_/g, ""), type],
    ]),
);
const FREE_TEXT_KEYS = new Set([
  "message",
  "description",
  "detail",
  "details",
  "diagnostics",
  "error_description",
  "summary",
  "reason",
  "msg",
  "comment",
  "comments",
  "note",
  "notes",
  "text",
  "body",
  "log",
  "remarks",
]);
/** A member profile's name keys (Slack's `user_profile`, users.json), which an app registration uses for the app. */
const PROFILE_NAME_KEYS = new Set(["real_name", "real_name_normalized", "display_name", "display_name_normalized"]);
/** Objects a chat export or API names by a display name that is no person's: a channel's, a team's title. */
const TITLED_HOLDERS = new Set([
  "channel",
  "channels",
  "team",
  "teams",
  "group",
  "groups",
  "workspace",
  "guild",
  "room",
]);
const OIDC_PERSON_KEYS = lookupTable<string>({
  email: "email",
  given_name: "name",
  family_name: "name",
  middle_name: "name",
  preferred_username: "user_name",
  nickname: "name",
  phone_number: "phone",
  birthdate: "birth_date",
  // Person data under the names applications give it (user profiles, patient lookups, webhook payloads).
  firstname: "name",
  first_name: "name",
  givenname: "name",
  lastname: "name",
  last_name: "name",
  surname: "name",
  familyname: "name",
  fullname: "name",
  full_name: "name",
  middlename: "name",
  // A Slack export's or API's member profile (`user_profile`, `profile`, users.json).
  real_name: "name",
  real_name_normalized: "name",
  display_name: "name",
  display_name_normalized: "name",
  patientname: "name",
  patient_name: "name",
  username: "user_name",
  user_name: "user_name",
  dob: "birth_date",
  dateofbirth: "birth_date",
  date_of_birth: "birth_date",
  birth_date: "birth_date",
  emailaddress: "email",
  email_address: "email",
  phone: "phone",
  phonenumber: "phone",
  mobile: "phone",
  ssn: "ssn",
  mrn: "mrn",
  // NHS login's userinfo and id_token claim, and the same number under the names services give it.
  nhs_number: "id_number",
  nhsnumber: "id_number",
  subscriberid: "identifier",
  memberid: "identifier",
  member_id: "identifier",
  membernumber: "identifier",
  member_number: "identifier",
  policynumber: "identifier",
  policy_number: "identifier",
});
/** CloudTrail identity types that name a role or a service, never a person (`sessionIssuer.type`, `userIdentity.type`). */
const NON_PERSON_IDENTITY_TYPES = new Set(["Role", "AWSService", "AWSAccount", "Service"]);
/** CloudTrail's identity objects: only there does a `type` of Role or Service say the object names no person. */
const CLOUDTRAIL_IDENTITIES = new Set(["sessionissuer", "useridentity"]);
/** A CloudTrail identity (`sessionIssuer`, `userIdentity`) whose type names a role or a service, never a person. */
const namesRoleOrService = (parent: JObject | undefined, holder: string | undefined) =>
  parent !== undefined &&
  CLOUDTRAIL_IDENTITIES.has((holder ?? "").toLowerCase()) &&
  NON_PERSON_IDENTITY_TYPES.has(objGetString(parent, "type") ?? "");
/** The keys of an object that is a person's record in an integration engine's payload (Redox's data models). */
const PERSON_HOLDERS = new Set([
  "patient",
  "patients",
  "guarantor",
  "insured",
  "subscriber",
  "member",
  "policyholder",
  "nextofkin",
]);
/** A person's numbers in such a payload: a visit's account and visit numbers (Safe Harbor), a holder's `Number`. */
const isPersonsNumber = (lower: string, holder: string) =>
  holder === "visit"
    ? lower === "visitnumber" || lower === "accountnumber"
    : lower === "number" && PERSON_HOLDERS.has(holder);
const HAR_PAIR_ARRAYS = new Set(["headers", "cookies", "queryString", "params"]);
const SHAPE_KEEP = new Set(["resourceType", "system", "url"]);
/** JSON texts inside JSON strings (directly or quoted in their prose), beyond the outermost one. */
const MAX_NESTED_JSON = 8;

const str = (v: string): JNode => ({ t: "s", v });

export function redactJsonText(text: string, ctx: ItemContext): string | null {
  if (!opensLikeJson(text)) return null;
  let root: JNode;
  try {
    root = parseJsonAst(text);
  } catch {
    return null;
  }
  const before = ctx.sentinels.size;
  redactJsonAst(root, ctx);
  // Nothing replaced: the text stays byte for byte (its spacing, escapes and number forms included).
  if (ctx.sentinels.size === before) return text;
  return spliceJsonAst(text, root);
}

/** Redacts a parsed JSON value in place. Fails closed (RedactionError) when JSON texts nest deeper than the cap. */
export function redactJsonAst(root: JNode, ctx: ItemContext): void {
  if (ctx.jsonDepth > MAX_NESTED_JSON)
    throw new RedactionError(
      `The evidence holds JSON nested more than ${MAX_NESTED_JSON} levels deep inside JSON strings; nothing from it was kept.`,
    );
  ctx.jsonDepth++;
  try {
    walkJson(root, ctx);
  } finally {
    ctx.jsonDepth--;
  }
}

function walkJson(root: JNode, ctx: ItemContext): void {
  const rootInfo = makeInfo(undefined, undefined, undefined, false, false, false, false);
  if (root.t !== "o" && root.t !== "a") return;
  const terms = termsPattern(ctx.policy.terms);
  const stack: Array<{ node: JObject | JArray; info: Info }> = [{ node: root, info: rootInfo }];
  while (stack.length) {
    const { node, info } = stack.pop()!;
    if (node.t === "a") {
      redactSentryUserTag(node, info.key, ctx);
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (item.t === "o" || item.t === "a") stack.push({ node: item, info });
        else node.items[i] = same(item, scalar(item, info.key ?? "", undefined, info, ctx));
      }
      continue;
    }
    const objInfo = enterObject(node, info, ctx);
    for (let i = 0; i < node.keys.length; i++) {
      const key = node.keys[i];
      if (terms) objRenameKey(node, i, redactTerms(key, ctx, terms));
      else if (key.length >= 16) objRenameKey(node, i, sweepValue(key, ctx));
      const value = node.vals[i];
      // Containers get their own context; scalars are judged with their object's (no allocation per member).
      if (value.t === "o" || value.t === "a") stack.push({ node: value, info: childOf(key, objInfo, node) });
      else {
        const out = same(value, scalar(value, key, node, objInfo, ctx));
        // A HAR body decoded from base64 drops its `encoding` member before it: the member moved one place back.
        if (node.vals[i] !== value) i = node.vals.indexOf(value);
        node.vals[i] = out;
      }
    }
  }
}

/** What a Sentry user tag's value names, by its prefix, as a placeholder type. */
const SENTRY_USER_TAG_TYPES = new Map([
  ["id", "identifier"],
  ["email", "email"],
  ["username", "user_name"],
]);

/** Sentry's tag for the event's user: `sentry:user` as an event stores it, `user` in its API's answers (under `tags`). */
const isSentryUserTag = (name: string | undefined, holder: string | undefined) =>
  name === "sentry:user" || (name === "user" && holder === "tags");

/**
 * A Sentry user tag's value (`id:41656`, `username:jdoe`, `email:…`) or, as a `search`, the query its API gives
 * beside it (`user.id:"41656"`, `user.email:jane@example.com`), with the part after the prefix redacted: it is the
 * person's, as in the event's `user` object. Null for any other value (an `ip:` is left to the address detectors).
 */
function sentryUserTagValue(v: string, search: boolean, ctx: ItemContext): string | null {
  if (search && !v.startsWith("user.")) return null;
  const colon = v.indexOf(":");
  const type = colon > 0 ? SENTRY_USER_TAG_TYPES.get(v.slice(search ? 5 : 0, colon)) : undefined;
  let start = colon + 1;
  let end = v.length;
  if (search && end - start >= 2 && v[start] === '"' && v[end - 1] === '"') [start, end] = [start + 1, end - 1];
  const value = v.slice(start, end);
  if (type === undefined || !value.trim()) return null;
  return v.slice(0, start) + ctx.phi(value, type) + v.slice(end);
}

/** Sentry's `tags` as pairs: `["sentry:user", "id:41656"]` (`["user", …]` in its API's answers). */
function redactSentryUserTag(node: JArray, holder: string | undefined, ctx: ItemContext): void {
  if (node.items.length !== 2) return;
  const [name, value] = node.items;
  if (name.t !== "s" || !isSentryUserTag(name.v, holder) || value.t !== "s") return;
  const out = sentryUserTagValue(value.v, false, ctx);
  if (out !== null) node.items[1] = str(out);
}

/** The original node when redaction left its value as it was: its escapes (`\/`, `\u00e9`) are printed as written. */
const same = (before: JNode, after: JNode): JNode =>
  after !== before &&
  (after.t === "s" || after.t === "r") &&
  after.t === before.t &&
  after.v === (before as JString | JRaw).v
    ? before
    : after;

/** The info for an object's own members: a resourceType starts a new resource context. */
function enterObject(node: JObject, info: Info, ctx: ItemContext): Info {
  // SCIM writes its own `meta.resourceType` ("User", "Group"); a FHIR resource's `meta` never holds one.
  const rt = info.key === "meta" ? undefined : objGetString(node, "resourceType");
  if (!rt || !/^[A-Z][A-Za-z]+$/.test(rt)) {
    // A HAR request: its queryString pairs are judged with the resource type of its URL.
    const url = objHas(node, "method") ? objGetString(node, "url") : undefined;
    if (url === undefined) return info;
    const path = url.split(/[?#]/)[0];
    const child = copy(info);
    child.requestResourceType = /\/([A-Z][A-Za-z]+)(?:\/[^/]*)?\/?$/.exec(path)?.[1];
    return child;
  }
  const clinical = !NON_PATIENT_TYPES.has(rt);
  return makeInfo(info.key, info.parentKey, rt, PERSON_TYPES.has(rt), clinical, ctx.clientDomain && clinical, false);
}

/**
 * An Info with every member set, in one order: V8 gives every Info one shape, so the walk's reads of its members stay
 * monomorphic (a spread of optional members gave each combination its own shape).
 */
function makeInfo(
  key: string | undefined,
  parentKey: string | undefined,
  resourceType: string | undefined,
  person: boolean,
  clinical: boolean,
  shape: boolean,
  inMeta: boolean,
): Info {
  return {
    key,
    parentKey,
    resourceType,
    person,
    clinical,
    shape,
    inMeta,
    phiAll: undefined,
    phiKeep: undefined,
    inExtension: undefined,
    requestResourceType: undefined,
    attribute: undefined,
  };
}

const copy = (i: Info): Info => ({
  key: i.key,
  parentKey: i.parentKey,
  resourceType: i.resourceType,
  person: i.person,
  clinical: i.clinical,
  shape: i.shape,
  inMeta: i.inMeta,
  phiAll: i.phiAll,
  phiKeep: i.phiKeep,
  inExtension: i.inExtension,
  requestResourceType: i.requestResourceType,
  attribute: i.attribute,
});

/** `child` reading every string of its subtree as PHI of `type`, but for the members named in `keep`. */
function allPhi(child: Info, type: string, keep: Set<string>): Info {
  child.phiAll = type;
  child.phiKeep = keep;
  return child;
}

const KEEP_NAME = new Set(["use"]);
const KEEP_PHOTO = new Set(["contentType", "language"]);
const KEEP_ADDRESS = new Set(["state", "country", "use", "type"]);
/** Region, country and FHIR's coded members stay, in the spellings apps give them (`Region`, `Country`). */
const KEEP_OIDC_ADDRESS = new Set(
  ["region", "country", "state", "use", "type"].flatMap((k) => [k, k[0].toUpperCase() + k.slice(1)]),
);
/** A person's address under an app's key: `address`, `Address`, `addresses`, `homeAddress`, `mailing_address`. */
const PERSON_ADDRESS_KEY =
  /^(?:(?:home|mailing|postal|residential|physical|primary|current|permanent)_?)?address(?:es)?$/i;
const isPersonAddressKey = (key: string) => PERSON_ADDRESS_KEY.test(key);
/** A person's address part under its own key, compared without case, `_` or `-` (`STREET`, `zip_code`, `postalCode`). */
const FLAT_ADDRESS_PARTS = lookupTable<string>({
  street: "street_address",
  streetaddress: "street_address",
  address1: "street_address",
  addressline1: "street_address",
  city: "street_address",
  town: "street_address",
  zip: "postal_code",
  zipcode: "postal_code",
  postalcode: "postal_code",
  postcode: "postal_code",
});
/** OpenID Connect's userinfo claims beside which an address is the subject's. */
const USERINFO_CLAIMS = ["sub", "phone_number", "birthdate"];
/** An address object (or a list of them) with OpenID Connect's street or postal code member: a person's. */
function holdsOidcAddress(holder: JObject, key: string): boolean {
  const node = objGet(holder, key);
  const first = node?.t === "a" ? node.items[0] : node;
  return first?.t === "o" && (objHas(first, "street_address") || objHas(first, "postal_code"));
}
const KEEP_TELECOM = new Set(["system", "use", "rank"]);
const KEEP_IDENTIFIER = new Set(["use", "system", "code", "display", "version"]);
const NO_KEEP = new Set<string>();
/** value[x] keys of the datatypes that hold a person's data: the placeholder type and the members that stay. */
const PERSON_VALUES = new Map<string, [string, Set<string>]>([
  ["valueHumanName", ["name", KEEP_NAME]],
  ["valueAddress", ["address", KEEP_ADDRESS]],
  ["valueContactPoint", ["telecom", KEEP_TELECOM]],
  ["valueIdentifier", ["identifier", KEEP_IDENTIFIER]],
]);
const asClinical = (child: Info): Info => Object.assign(child, { clinical: true });

/** The info for the container under `key` of an object (`holder`). */
function childOf(key: string, info: Info, holder: JObject): Info {
  const child = copy(info);
  child.key = key;
  child.parentKey = info.key;
  child.inMeta = info.inMeta || key === "meta";
  child.inExtension = info.inExtension || isExtensionKey(key);
  // OTLP's `{"key": "client.address", "value": {"stringValue": "…"}}`: the typed value is judged by the sibling key.
  child.attribute = key === "value" ? objGetString(holder, "key") : undefined;
  // A JSON Patch operation's value that is an object or a list: judged by the operation's path ("/name/0/given" →
  // names), or, when it writes a whole element ("/name/-", "/address/0", "/telecom/-", "/contact/0"), read as that
  // element of a person — the rules below and in scalar(), as in a Patient.
  if (key === "value" && !info.phiAll && objHas(holder, "op")) {
    const path = objGetString(holder, "path");
    const type = patchValueType(path);
    if (type) return allPhi(asClinical(child), type, NO_KEEP);
    const element = patchElement(path);
    if (element) return childOf(element, Object.assign(asClinical(child), { person: true }), holder);
  }
  // A person's datatype as a value[x] is that person's data wherever it sits — an extension of any resource (mother's
  // maiden name, birth place, an escort's name), a Parameters part ($match, $member-match, a manifest's contact) —
  // read by the rules of the element it stands for.
  const typed = info.phiAll || child.inMeta ? undefined : PERSON_VALUES.get(key);
  if (typed) {
    const type = key === "valueIdentifier" ? extensionValueType(objGetString(holder, "url"), key) : typed[0];
    return allPhi(asClinical(child), type, typed[1]);
  }
  // OpenID Connect's `address` claim beside a person's claims (a userinfo answer, an ID token's payload): the formatted
  // address, street, locality and postal code are that person's; the region and country stay.
  // The same under a person's address key in another spelling (`Address`, `homeAddress`, `addresses`), and beside a
  // userinfo answer's other claims (`sub`, `phone_number`, `birthdate`) or holding OIDC's own street and postal code.
  if (
    !info.phiAll &&
    !child.inMeta &&
    isPersonAddressKey(key) &&
    (inPersonsClaims(holder) || USERINFO_CLAIMS.some((k) => objHas(holder, k)) || holdsOidcAddress(holder, key))
  )
    return allPhi(asClinical(child), "address", KEEP_OIDC_ADDRESS);
  if (info.phiAll || info.shape || !info.clinical || child.inMeta) return child;
  if (info.person) {
    if (key === "name") return allPhi(child, "name", KEEP_NAME);
    if (key === "photo") return allPhi(child, "photo", KEEP_PHOTO);
    if (key === "address") return allPhi(child, "address", KEEP_ADDRESS);
  }
  return child;
}

/** A pair's name as a key (`custom:given_name` → `given_name`, Cognito's custom attributes), or undefined when it is
 *  no key's name (a sentence, a URL) or names a value itself (`value`, which would read the pair again). */
function pairNameAsKey(name: string): string | undefined {
  const key = name.startsWith("custom:") ? name.slice(7) : name;
  return /^[A-Za-z][\w.-]{0,63}$/.test(key) && !/^value/i.test(key) ? key : undefined;
}

function scalar(value: JNode, key: string, parent: JObject | undefined, info: Info, ctx: ItemContext): JNode {
  if (value.t !== "s" && value.t !== "r") return value;
  const isString = value.t === "s";
  const v = value.v;
  const lower = key.toLowerCase();

  // HAR-style {name, value} pairs: the value is judged by the name.
  // The key of the object (or array) that holds this value: "identifier" for an identifier's value.
  const holder = info.key;
  if (parent && key === "value" && holder && HAR_PAIR_ARRAYS.has(holder) && isString) {
    const name = objGetString(parent, "name");
    if (name !== undefined) {
      if (holder === "headers") {
        // A header no standard names but a service sends (`username: jdoe42`): judged as any pair of that name.
        const personal = personalPairType(name, v);
        return str(personal ? ctx.phi(v, personal) : redactHeaderValue(name, v, ctx, (x) => sweepValue(x, ctx)));
      }
      if (holder === "cookies") return str(ctx.secret(v, "cookie"));
      const pair = `${encodeURIComponent(name)}=${v}`;
      const out = redactParams(pair, ctx, { codeIsSecret: true, resourceType: info.requestResourceType }, (x) =>
        sweepValue(x, ctx),
      );
      return str(out.slice(out.indexOf("=") + 1));
    }
  }

  // {key|name, value} pairs (Postman and Insomnia exports and environments, FHIR Parameters, config lists): the value
  // is judged by its sibling name, as if that name were its key.
  if (parent && isString && (key === "value" || key === "Value" || /^value[A-Z]/.test(key))) {
    const name =
      objGetString(parent, "key") ??
      objGetString(parent, "name") ??
      objGetString(parent, "Key") ??
      objGetString(parent, "Name");
    // A pair of an auth block (`auth.awsv4[]`, `auth.oauth2[]`): a credential's name decides alone. A Postman
    // variable marked secret (`"type": "secret"`) is one whatever its name.
    const authType = name !== undefined && holder && info.parentKey === "auth" ? authFieldType(name, holder, v) : null;
    if (authType) return str(ctx.secret(v, authType));
    if (key === "value" && name !== undefined && v.trim() && objGetString(parent, "type") === "secret")
      return str(ctx.secret(v, "secret"));
    // A Postman/axios header pair (`{"key": "X-Forwarded-For", "value": "…"}`): a user's login or a client's address.
    if (name !== undefined && isPersonsHeader(name.toLowerCase()))
      return str(redactHeaderValue(name.toLowerCase(), v, ctx, (x) => sweepValue(x, ctx)));
    if (name !== undefined) {
      const byName = secretByKey(name, v, ctx);
      if (byName !== null) return str(byName);
      const personal = personalAttributeType(name, v) ?? personalPairType(name, v);
      if (personal) return str(ctx.phi(v, personal));
      // Otherwise the value is read as if the pair's name were its key: Cognito's `{"Name": "phone_number", "Value":
      // "+0111…"}`, AWS's `{"Key": "email", …}`, a FHIR Parameters `{"name": "family_name", "valueString": …}`.
      const asKey = pairNameAsKey(name);
      if (asKey !== undefined) return scalar(value, asKey, parent, info, ctx);
    }
  }

  // An OTLP attribute's typed value (`"value": {"stringValue": "…"}` beside `"key": "enduser.id"`): judged by that key.
  if (isString && info.attribute !== undefined && holder === "value" && key === "stringValue") {
    const byName = secretByKey(info.attribute, v, ctx);
    if (byName !== null) return str(byName);
    if (isPersonsHeader(info.attribute.toLowerCase()))
      return str(redactHeaderValue(info.attribute.toLowerCase(), v, ctx, (x) => sweepValue(x, ctx)));
    const personal = personalAttributeType(info.attribute, v);
    if (personal) return str(ctx.phi(v, personal));
  }

  // An Insomnia request's authentication object (`{"type": "iam", "secretAccessKey": …}`): as an auth block's pairs.
  if (parent && isString && holder === "authentication") {
    const type = authFieldType(key, objGetString(parent, "type") ?? "", v);
    if (type) return str(ctx.secret(v, type));
  }

  // A JSON Patch operation (RFC 6902) on a personal element: its value is judged by its path ("/name/0/family").
  if (parent && key === "value" && objHas(parent, "op")) {
    const type = patchValueType(objGetString(parent, "path"));
    if (type === "date" && isString) return yearValue(v, type, ctx);
    if (type) return str(ctx.phi(v, type));
  }

  // An HTTP API event's `cookies` (API Gateway's payload 2.0, a function URL's answer): each item is `name=value`, a
  // response's with `; Path=/…` after it; the value goes, the name and the attributes stay. A bare item is left to
  // the rules below: Sentry's `cookies` are `[name, value]` pairs under the same key.
  if (isString && parent === undefined && lower === "cookies" && v.includes("=")) return str(redactCookieItem(v, ctx));

  // A registry's credentials in a container client's config (`auths.<registry>.auth`).
  const registryType = isString && v.trim() ? registryAuthType(key, info.parentKey) : null;
  if (registryType) return str(ctx.secret(v, registryType));

  // A PIN under its own key, whatever its shape; a postal PIN code in an address record stays (pin-keys.ts).
  if (isPinKey(key) && isPinValue(v.trim()) && !(parent && isAddressRecord((k) => objHasLower(parent, k))))
    return str(ctx.secret(v.trim(), "password"));

  // Secrets by key.
  const byKey = isString || /^\d{4,}$/.test(v) ? secretByKey(key, v, ctx) : null;
  if (byKey !== null) return str(byKey);
  if (
    lower === "code" &&
    isString &&
    parent &&
    ["grant_type", "redirect_uri", "code_verifier", "state"].some((k) => objHas(parent, k))
  ) {
    return str(ctx.secret(v, "authorization_code"));
  }
  // Authorization, a cookie, DPoP as an object's key (a logged request's headers): read as that header.
  if (isString && isCredentialHeaderName(lower))
    return str(redactHeaderValue(lower, v, ctx, (x) => sweepValue(x, ctx)));
  // A user header as an object's key (`{"headers": {"X-Forwarded-User": "jroe"}}`, an axios config), a client's
  // address (`"x-forwarded-for": "203.0.113.7, 10.0.0.2"`).
  if (isString && isPersonsHeader(lower)) return str(redactHeaderValue(lower, v, ctx, (x) => sweepValue(x, ctx)));
  // The caller's address in an audit record or access log (`sourceIPAddress`, `callerIp`, `CallerIPAddress`), or a
  // monitoring payload's client address nested as objects (ECS's `{"client": {"ip": …}}`, read as `client.ip`): the
  // first address of a list is the client's, the proxies after it stay.
  if (
    isString &&
    (isClientAddressKey(key) ||
      (holder !== undefined && isClientAddressKey(`${holder}.${key}`)) ||
      (parent !== undefined && isAccessRecordAddressKey(key, (k) => textOf(objGetLower(parent, k)))))
  ) {
    const out = redactCallerAddress(v, ctx);
    if (out !== v) return str(out);
  }
  if (parent && JWK_PRIVATE_MEMBERS.has(key) && objHas(parent, "kty")) return str(ctx.secret(v, "private_key"));

  if (isString && namesRoom(v, key, parent, info)) return str(sweepValue(v, ctx));
  // Client domain: a FHIR resource keeps its shape only.
  if (info.shape && !info.inMeta) return shapeValue(value, key, parent, info, ctx);
  // The profiles a resource claims are canonical URLs of the IG, not the patient's: they stay (swept like any URL). A
  // `urn:uuid:`/`urn:oid:` is an instance's id, not a canonical: reduced like any other value.
  if (info.shape && info.inMeta)
    return !isString ? value : key === "profile" && /^https?:\/\//.test(v) ? str(sweepValue(v, ctx)) : str(ctx.shape());
  if (info.inMeta || key === "meta") return isString ? str(sweepValue(v, ctx)) : value;

  // Numbers under an address (an extension's geolocation latitude and longitude) place a person.
  if (!isString && info.phiAll === "address" && /^value(?:Decimal|Integer)$/.test(key) && /^-?\d/.test(v))
    return str(ctx.phi(v, "address"));
  if (isString && info.clinical && !info.inMeta) {
    if (info.phiAll) return info.phiKeep?.has(key) ? value : str(ctx.phi(v, info.phiAll));
    if (info.person && isExtensionKey(holder) && key.startsWith("value")) {
      if (/^value(?:Date|DateTime|Instant)$/.test(key)) return yearValue(v, "date", ctx);
      if (/^value(?:String|Markdown)$/.test(key))
        return str(ctx.phi(v, extensionValueType(parent ? objGetString(parent, "url") : undefined, key)));
    }
    if (info.person && (key === "birthDate" || key === "deceasedDateTime"))
      return yearValue(v, key === "birthDate" ? "birth_date" : "date", ctx);
    if (key === "value" && holder && /identifier$/i.test(holder))
      // An organisation's identifier (an ODS code, an insurer's IK, the GLN of an Organization resource) names no
      // person: only swept for secrets.
      return isOrganisationSystem(parent ? objGetString(parent, "system") : undefined) ||
        (holder === "identifier" && isPlaceResource(info)) ||
        URN_UUID.test(v)
        ? str(sweepValue(v, ctx))
        : str(ctx.phi(v, "identifier"));
    // A contact point's extensions (iso21090-TEL-address, contactpoint-extension) hold the number itself.
    if (isExtensionKey(holder) && info.parentKey === "telecom" && key.startsWith("value"))
      return str(ctx.phi(v, "phone"));
    if (info.resourceType === "Coverage" && (key === "subscriberId" || key === "dependent"))
      return str(ctx.phi(v, "identifier"));
    if (key === "value" && holder === "telecom")
      return str(ctx.phi(v, telecomType(parent ? objGetString(parent, "system") : undefined)));
    // An Annotation as a resource's note or as an extension's value: its text and a written author's name.
    if (key === "text" && (holder === "note" || holder === "valueAnnotation")) return str(ctx.phi(v, "note"));
    if (key === "authorString") return str(ctx.phi(v, "name"));
    if (key === "comment" || key === "comments") return str(ctx.phi(v, "note"));
    // A QuestionnaireResponse's answers are what the patient (or someone for them) wrote: free text goes, a date keeps
    // its year; codes, numbers and booleans stay.
    if (holder === "answer" && info.resourceType === "QuestionnaireResponse") {
      if (/^value(?:Date|DateTime)$/.test(key)) return yearValue(v, "date", ctx);
      if (/^value(?:String|Uri|Url)$/.test(key)) return str(ctx.phi(v, "note"));
    }
    // A relative recorded by name (FamilyMemberHistory.name is a string, not a HumanName).
    if (
      key === "name" &&
      info.resourceType === "FamilyMemberHistory" &&
      parent !== undefined &&
      objHas(parent, "resourceType")
    )
      return str(ctx.phi(v, "name"));
    if (key === "bornString" || key === "deceasedString") return str(ctx.phi(v, "date"));
    if (key === "div") return str(narrative(v, ctx));
    if (key === "data" && parent && (objHas(parent, "contentType") || holder === "attachment"))
      return str(ctx.phi(v, "attachment"));
    // An identifier's assigner is an organisation (Reference(Organization)): its display names no person.
    if (
      key === "display" &&
      parent &&
      holder !== "assigner" &&
      !objHas(parent, "code") &&
      !objHas(parent, "system") &&
      !namesNoPerson(parent)
    )
      return str(ctx.phi(v, "name"));
    if (PERSON_DATE_KEYS.has(key) || ((key === "start" || key === "end") && holder && PERIOD_KEYS.has(holder)))
      return yearValue(v, "date", ctx);
  }
  // A batch or transaction entry's request: a relative search URL (`Patient?family=…&birthdate=…`).
  if (isString && key === "url" && holder === "request" && v.includes("?") && !/^[a-z][a-z0-9+.-]*:/i.test(v))
    return str(relativeSearch(v, ctx));
  // A conditional create's query (`identifier=…|234234`): the same search, against the request's resource type.
  if (isString && key === "ifNoneExist" && holder === "request" && parent) {
    const search = relativeSearch(`${(objGetString(parent, "url") ?? "").split("?")[0]}?${v}`, ctx);
    return str(search.slice(search.indexOf("?") + 1));
  }
  if (isString && ctx.clientDomain && key === "reference") return str(pseudonymisePatientRef(v, ctx));
  if (isString && ctx.clientDomain && lower === "patient" && !info.clinical) return str(pseudonymisePatientRef(v, ctx));
  if (isString && ctx.clientDomain && lower === "fhiruser") return str(ctx.phi(v, "user_id"));
  // A phone number written as digits alone (a string or a number) under a key that names a person's contact; the same
  // digits under `id` or `number` stay.
  if (!info.clinical && isContactNumber(key, v.trim())) return str(ctx.phi(v.trim(), "phone"));
  // Whose a string is, read from its key, its holder and its siblings: the first rule that answers decides.
  if (isString) {
    const member: StringMember = { key, lower, v, holder, parent, info, ctx };
    for (const [, rule] of STRING_MEMBER_RULES) {
      const out = rule(member);
      if (out !== null) return str(out);
    }
  }

  // The same user id sent as a number (`set_user({"id": 41656})`); a sign-in's located coordinates.
  if (!isString) {
    if (/^\d/.test(v) && isTrackedUsersId(lower, holder, parent, info)) return str(ctx.phi(v, "identifier"));
    return !info.clinical && /^-?\d/.test(v) && isPlacesCoordinate(lower, holder, info.parentKey, parent)
      ? str(ctx.phi(v, "address"))
      : value;
  }

  // HAR bodies.
  if (key === "text" && parent && (holder === "postData" || holder === "content")) return str(harBody(v, parent, ctx));

  // An HL7 v2 message or a FHIR XML document inside a string (a log's payload, an integration engine's API).
  // A message or a person segment after other text in the string (`"msg":"PID|1||987654^^^MRN||…"`) as on a log line.
  const structured =
    v.length > 20 && STRUCTURED_START.test(v)
      ? structuredString(v, ctx)
      : v.length > 20 && v.includes("|")
        ? loggedHl7(v, ctx)
        : null;
  if (structured !== null) return str(structured);
  // JSON inside a string.
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === "{" && t.endsWith("}")) || (t[0] === "[" && t.endsWith("]")))) {
    const nested = redactJsonText(v, ctx);
    if (nested !== null) return str(nested);
  }
  // An SMS or voice API's answer (`{"to": "+18016640964"}`).
  if (isPhoneValue(key, v)) return str(ctx.phi(v, "phone"));
  // A mail webhook's message identifier (`"message-id": "2013…@sandbox….mailgun.org"`): the mail's trace, no mailbox.
  if (isMessageIdValue(key, v)) return str(ctx.keep(v));
  if (FREE_TEXT_KEYS.has(lower) || readsAsProse(v)) return str(sweepProse(v, ctx));
  // A message body in HTML or wiki markup (Teams' `content`, a Jira comment's `body`): its mentions' names go.
  if (mentionMarkupCue(v)) {
    const out = replaceMentionLabels(v, (label, type) => ctx.phi(label, type));
    if (out !== v) return str(sweepValue(out, ctx));
  }
  // An avatar URL (a chat export's profile image): the hash of the person's e-mail address goes.
  if (gravatarCue(v)) return str(sweepValue(redactSpans(v, ctx, gravatarHashes(v), "email"), ctx));
  // A path under a home directory (docker inspect's `"PWD=/home/jdoe"`, sudo's JSON `"cwd": "/home/jdoe"`).
  if (homePathCue(v)) return str(sweepValue(redactSpans(v, ctx, homeDirectoryUsersOf(v, key), "user_name"), ctx));
  return str(sweepValue(v, ctx));
}

/**
 * Sentry's `user` / `sentry.interfaces.User`: {id, username, email, ip_address}: the account's id, beside its mailbox,
 * is the person's as much as the mailbox is.
 */
const isTrackedUsersId = (lower: string, holder: string | undefined, parent: JObject | undefined, info: Info) =>
  !info.clinical &&
  lower === "id" &&
  parent !== undefined &&
  holder !== undefined &&
  /(?:^|\.)user$/i.test(holder) &&
  objHasLower(parent, "email");

/** A string member of a JSON object or array, with what the member rules read of it. */
interface StringMember {
  key: string;
  /** The key in lower case. */
  lower: string;
  v: string;
  /** The key of the object or array holding the member. */
  holder: string | undefined;
  parent: JObject | undefined;
  info: Info;
  ctx: ItemContext;
}
/**
 * A HumanName's family beside its list of given names (a fragment without its resource, `{"family": …, "given": […]}`),
 * and each of the given names (a list's items are read with the list's key, without their object).
 */
const isHumanNamePart = (m: StringMember): boolean =>
  (m.key === "family" && m.parent !== undefined && objGet(m.parent, "given")?.t === "a") ||
  (m.key === "given" && m.holder === "given" && m.parent === undefined);
/** A rule's name and its answer for a member: the member's redacted value, or null when the rule does not apply. */
type StringMemberRule = readonly [what: string, redact: (m: StringMember) => string | null];

/** Whether a member keyed `key` holds a secret's value by its key and its value (not `secret_ref: "vault://…"`). */
function holdsSecretValue(key: string, node: JNode): boolean {
  if (node.t !== "s" && node.t !== "r") return false;
  if (TOKEN_KEYS.has(key.toLowerCase())) return true;
  const named = secretKey(key);
  return named !== null && labelNamesSecret(key, named, node.v);
}

/** Whether an object holds the secret half of a credential pair beside a login: a secret's value under a secret's key,
 *  a client secret excepted (it pairs with `client_id`); read once per object (many `name` keys ask once). */
const holdsSecretSeen = new WeakMap<JObject, boolean>();
function holdsSecret(parent: JObject): boolean {
  let answer = holdsSecretSeen.get(parent);
  if (answer === undefined) {
    answer = parent.keys.some((k, i) => !isClientSecretKey(k) && holdsSecretValue(k, parent.vals[i]));
    holdsSecretSeen.set(parent, answer);
  }
  return answer;
}

/** The member's value as the person's data of `type` when `applies`, else null. */
const personsIf = (applies: boolean | undefined, m: StringMember, type: string): string | null =>
  applies ? m.ctx.phi(m.v, type) : null;

/**
 * What a string member can be a person's by, in the order it is asked. A key that alone says whose a value is (an
 * OpenID Connect claim, a monitoring attribute) comes first; then the rules that read a member by its holder or its
 * siblings (an export's account, a mention, a ServiceNow reference, a located town, a Redox identifier), which are
 * narrower than the ones after them; the generic keys (`displayName`, `login`, `name`) come last, each guarded by
 * what makes its object a person's. Only the Redox identifier and the assumed role's session are read inside a
 * clinical resource too: the others name a user of a system, not the patient a resource's own rules judge.
 */
const STRING_MEMBER_RULES: readonly StringMemberRule[] = [
  [
    'a FHIR HumanName pasted without its resource (`"name": [{"family": …, "given": [ … ]}]`)',
    (m) => personsIf(!m.info.clinical && isHumanNamePart(m), m, "name"),
  ],
  [
    "an OpenID Connect claim or a profile's person key",
    (m) => {
      // `_firstName`, `__username`: a client's private-field prefix does not change what the value is.
      const type =
        OIDC_PERSON_KEYS[m.lower] ??
        (m.lower.startsWith("_") ? OIDC_PERSON_KEYS[m.lower.replace(/^_+/, "")] : undefined) ??
        // A birth date under any other spelling (`birthday`, `date-of-birth`, `Geburtsdatum`), when it holds a date.
        (/\d/.test(m.v) && isBirthDateKey(m.lower) ? "birth_date" : undefined) ??
        // A given or family name under another language's key (`apellidos`, `sobrenome`, `Prénom`, `Nachname`).
        (isPersonNameKey(m.lower) ? "name" : undefined);
      return personsIf(
        !m.info.clinical &&
          type !== undefined &&
          // A login that names no one (`"username": "patient"`, a service account, an ID) stays, here and elsewhere.
          !(type === "user_name" && isNobodysLogin(m.v)) &&
          // An app registration names the app under a profile's keys too ("display_name": "Patient Read App").
          !(PROFILE_NAME_KEYS.has(m.lower) && namesAppOrStatus(m.v)) &&
          // A Mattermost channel's or team's display name ("Gryffindor Common Room") is its title.
          !(PROFILE_NAME_KEYS.has(m.lower) && TITLED_HOLDERS.has((m.holder ?? "").toLowerCase())) &&
          // An AWS role's or service's name (CloudTrail's `sessionIssuer: {"type": "Role", "userName": …}`) is no
          // login.
          !(type === "user_name" && namesRoleOrService(m.parent, m.holder)),
        m,
        type ?? "",
      );
    },
  ],
  [
    // `customer_name`, `cardholderName`, `billing_name`: the key names the person by their role in a payment or record.
    "a key naming a person by role",
    (m) =>
      personsIf(
        !m.info.clinical &&
          // Under a role object (`customer: {name: …}`) the generic `name` must also read as a person's name: a
          // bot framework's `recipient: {name: "ridotest"}` names the bot.
          (isRoleNameKey(m.lower) ||
            (isRoleHoldersName(m.lower, m.holder?.toLowerCase()) && roleHoldersNameIsPersons(m.v))) &&
          !namesAppOrStatus(m.v) &&
          !roleValueNamesNoPerson(m.v),
        m,
        "name",
      ),
  ],
  [
    // `merchantAuthentication: {name: "…", transactionKey: "…"}`: the login id beside its secret is half the credential.
    "the login half of a credential pair",
    (m) =>
      !m.info.clinical && isCredentialPairLogin(m.lower, m.holder, m.v, () => !!m.parent && holdsSecret(m.parent))
        ? m.ctx.secret(m.v, "login_id")
        : null,
  ],
  [
    // `"usr.id"`, `"enduser.id"`, or nested as objects (Datadog's `{"usr": {"id": …}}`): the holder's key and the
    // member's read as the dotted key. (A client's address under its key was read before these rules.)
    "a monitoring payload's end user",
    (m) => {
      if (m.info.clinical) return null;
      const endUser = isEndUserKey(m.key) || (m.holder !== undefined && isEndUserKey(`${m.holder}.${m.key}`));
      const type = endUser ? endUserType(m.v) : null;
      return type ? m.ctx.phi(m.v, type) : null;
    },
  ],
  [
    // `reporter`, `author`, `from` with an address or an avatar names its person under `name` or `displayName`; a flat
    // `sender_full_name` or `authorName` does too.
    "a chat or ticket export's account",
    (m) => {
      if (m.info.clinical) return null;
      const evidence = m.parent && isAccountNameKey(m.lower) ? personsAccount(m.holder, m.parent) : undefined;
      const type = accountNameType(m.lower, m.v, evidence && m.parent, evidence);
      return type ? m.ctx.phi(m.v, type) : null;
    },
  ],
  [
    "a Teams mention's `mentionText`, a Jira ADF mention's `attrs.text`",
    (m) => personsIf(!m.info.clinical && isMentionLabel(m.lower, m.v, m.holder, m.parent), m, "name"),
  ],
  [
    "a ServiceNow record's caller, opener or assignee, named in a user reference",
    (m) => personsIf(!m.info.clinical && isServiceNowUserName(m.key, m.v, m.holder, m.parent), m, "name"),
  ],
  [
    "a town located at the latitude and longitude beside it (a ticket comment's or a sign-in's metadata)",
    (m) => personsIf(!m.info.clinical && m.parent && isGeolocatedPlace(m.lower, m.parent), m, "address"),
  ],
  [
    'a sign-in\'s located coordinate written as a string (`"latitude": "51.55"`), as its number would be',
    (m) =>
      personsIf(
        !m.info.clinical && /^\s*-?\d/.test(m.v) && isPlacesCoordinate(m.lower, m.holder, m.info.parentKey, m.parent),
        m,
        "address",
      ),
  ],
  [
    "a person's identifiers listed as {ID, IDType} pairs (Redox's `Patient.Identifiers[]`: MR, EHRID, NIST)",
    (m) =>
      personsIf(
        m.lower === "id" &&
          m.parent &&
          m.holder?.toLowerCase() === "identifiers" &&
          (objHas(m.parent, "IDType") || objHas(m.parent, "IdType") || objHas(m.parent, "idType")) &&
          PERSON_HOLDERS.has((m.info.parentKey ?? "").toLowerCase()),
        m,
        "identifier",
      ),
  ],
  [
    "a person's number under its holder",
    (m) =>
      personsIf(
        !m.info.clinical && m.v.trim() !== "" && isPersonsNumber(m.lower, (m.holder ?? "").toLowerCase()),
        m,
        "identifier",
      ),
  ],
  [
    "the person an AWS ARN names (CloudTrail's `userIdentity.arn`): an assumed role's session, an IAM user",
    ({ v, ctx }) => {
      // The member is the ARN: a longer string holding one (a whole CloudTrail record as escaped JSON, prose) is
      // read further on, as JSON or text, where the session is found with everything else. Blanks around it (a
      // console cell's copy) do not make it prose.
      if (!v.trimStart().startsWith("arn:") || !mayNameArnPerson(v)) return null;
      const sessions: PhiSpan[] = [];
      findArnPersonNames(v, sessions);
      if (!sessions.length) return null;
      // Every person the string names (an error message may name two users): spans come in text order, apart.
      let out = "";
      let pos = 0;
      for (const s of sessions) {
        out += v.slice(pos, s.start) + ctx.phi(v.slice(s.start, s.end), "user_name");
        pos = s.end;
      }
      return out + v.slice(pos);
    },
  ],
  [
    'a person\'s address as one string beside the person\'s claims (`"address": "14 rue des Lilas, 69003 Lyon"`)',
    (m) =>
      personsIf(
        !m.info.clinical && m.parent && isPersonAddressKey(m.key) && inPersonsClaims(m.parent) && /\d/.test(m.v),
        m,
        "address",
      ),
  ],
  [
    // An Elasticsearch hit's `_source`, a CRM row: street, city and postal code under keys of their own, in any case
    // (`STREET`, `City`, `postalCode`); the state and country stay.
    "a part of a person's address in a record flattened into one object",
    (m) => {
      const { parent } = m;
      if (m.info.clinical || parent === undefined) return null;
      const part = FLAT_ADDRESS_PARTS[m.lower.replace(/[_-]/g, "")];
      if (part === undefined) return null;
      return personsIf(m.v.trim() !== "" && inPersonsClaims(parent), m, part);
    },
  ],
  [
    // A Graph identitySet's `user` with no other cue of an account (a typed or logged-in account, an Okta actor, a
    // Graph or SCIM user, was read as an account above): a group's or an app's display name stays.
    "a Graph identitySet user's display name",
    (m) =>
      personsIf(
        !m.info.clinical && m.lower === "displayname" && m.holder === "user" && readsAsPersonsName(m.v),
        m,
        "name",
      ),
  ],
  [
    "an error tracker's user id beside the user's mailbox",
    (m) => personsIf(isTrackedUsersId(m.lower, m.holder, m.parent, m.info) && m.v.trim() !== "", m, "identifier"),
  ],
  [
    // `{"tags": {"sentry:user": "id:41656"}}`, or its API's `{"key": "user", "value": "id:41656", "query": …}`.
    "an error tracker's user tag, as an object's member or a {key, value, query} pair",
    (m) => {
      if (m.info.clinical) return null;
      if (isSentryUserTag(m.key, m.holder)) return sentryUserTagValue(m.v, false, m.ctx);
      const { parent } = m;
      const pair = (m.key === "value" || m.key === "query") && parent !== undefined;
      return pair && isSentryUserTag(objGetString(parent, "key"), m.holder)
        ? sentryUserTagValue(m.v, m.key === "query", m.ctx)
        : null;
    },
  ],
  [
    "an Entra sign-in log's (Graph `signIns`, `SigninLogs`) or an audit record's user, named beside the app",
    (m) => personsIf(!m.info.clinical && m.lower === "userdisplayname" && readsAsPersonsName(m.v), m, "name"),
  ],
  [
    "an Azure resource log's `identity`, the signed-in user its properties name",
    (m) => personsIf(!m.info.clinical && isSignedInUsersName(m.lower, m.v, m.parent), m, "name"),
  ],
  [
    "an audit record's user id beside the user's display name (App Service's `User`, `UserDisplayName`)",
    (m) => personsIf(!m.info.clinical && isNamedUsersId(m.lower, m.v, m.parent), m, "identifier"),
  ],
  [
    "a sign-in or audit record's account address (`userPrincipalName`, `principalEmail`), blanks and all",
    (m) => personsIf(!m.info.clinical && holdsAccountAddress(m.lower, m.v), m, "email"),
  ],
  [
    "a directory's or an app's login key (`login`, `uid`, `sAMAccountName`): a one-word login (a URL stays)",
    (m) =>
      personsIf(
        !m.info.clinical &&
          isPersonsLoginUnder(m.lower.replace(/^_+/, ""), m.v) &&
          !namesRoleOrService(m.parent, m.holder),
        m,
        "user_name",
      ),
  ],
  [
    "a chat member's profile (Slack's `user_profile`, users.json): `name` beside `real_name` is the member's login",
    (m) =>
      personsIf(
        !m.info.clinical &&
          m.lower === "name" &&
          m.parent !== undefined &&
          objHas(m.parent, "real_name") &&
          isPersonsLogin(m.v),
        m,
        "user_name",
      ),
  ],
  [
    "a payment card's holder (a gateway's request or answer): beside a card-only key, under any holder key",
    (m) =>
      personsIf(
        !m.info.clinical &&
          m.parent &&
          CARD_HOLDER_KEYS.has(cardKey(m.key)) &&
          inPaymentCard(m.parent) &&
          holderName(m.v),
        m,
        "name",
      ),
  ],
  [
    "a `name` that spells its record's e-mail before the `@` (a sign-up body's generated login): the address goes, so it does",
    (m) =>
      personsIf(
        !m.info.clinical && m.lower === "name" && m.parent !== undefined && repeatsEmailLocalPart(m.parent, m.v),
        m,
        "user_name",
      ),
  ],
  [
    "a `name` (or `nombre`, `nome`, `nom`, `naam`) in a patient's record, beside a person's claims or national number, or at the top of a person's request",
    (m) =>
      personsIf(
        !m.info.clinical &&
          (m.lower === "name" || isGenericNameKey(m.lower)) &&
          m.parent &&
          (inPatientRecord(m.parent) ||
            isNationalSystem(objGetString(m.parent, "system") ?? "") ||
            namesGenderedPerson(m.parent, m.v) ||
            (inPersonsClaims(m.parent) && !isRoleName(m.v)) ||
            (m.ctx.personRequest && m.info.parentKey === undefined && !isRoleName(m.v))) &&
          personName(m.v),
        m,
        "name",
      ),
  ],
];

/**
 * Three words in a row (letters, not all capitals, blanks between): a sentence, which can name a person under any key
 * (`{"user": "Patient John Smith called from 12 Main Street"}`), so it is read as prose, not as a value.
 */
function readsAsProse(v: string): boolean {
  let inRow = 0;
  for (const word of v.split(/\s+/)) {
    inRow = /^[A-Za-z][a-z]+[,.]?$/.test(word) ? inRow + 1 : 0;
    if (inRow === 3) return true;
  }
  return false;
}

/** Given or family name keys (an OpenID Connect userinfo answer, an ID token's claims, a user profile, in any of the
 *  languages person-name-keys.ts knows): a `name`
 *  beside them is the same person's full name. A member profile's display names (`real_name`) name apps too. */
const scanPersonsClaims = (parent: JObject) =>
  parent.keys.some((k) => {
    const lower = k.toLowerCase();
    return (OIDC_PERSON_KEYS[lower] === "name" && !PROFILE_NAME_KEYS.has(lower)) || isPersonNameKey(lower);
  }) || inIdTokenClaims(parent);
/** Read once per object: an object of many `name` or `address` keys (duplicates) does not scan its keys again for
 *  each of them. */
const personsClaimsSeen = new WeakMap<JObject, boolean>();
function inPersonsClaims(holder: JObject): boolean {
  let known = personsClaimsSeen.get(holder);
  if (known === undefined) personsClaimsSeen.set(holder, (known = scanPersonsClaims(holder)));
  return known;
}
/** An ID token's or userinfo's claims without given/family names (Entra v2: `name`, `preferred_username`, `oid`,
 *  `email`): a person's login claim, or an e-mail beside the subject's id, makes `name` that person's name. */
function inIdTokenClaims(parent: JObject): boolean {
  const has = (k: string) => objHasLower(parent, k);
  return has("preferred_username") || has("upn") || (has("email") && (has("sub") || has("oid")));
}
/** A record's e-mail keys, lower case. */
const EMAIL_KEYS = ["email", "e-mail", "mail", "emailaddress", "email_address"];
/** The value spells, in any case, the local part of its record's e-mail (`existinguser17550@example.com`): a login
 *  of three characters or more, naming someone (isPersonsLogin), not a role's address (`support`). */
function repeatsEmailLocalPart(parent: JObject, value: string): boolean {
  if (value.length < 3 || value.length > 64 || !isPersonsLogin(value)) return false;
  const lower = value.toLowerCase();
  return EMAIL_KEYS.some((k) => {
    const email = textOf(objGetLower(parent, k));
    if (!email) return false;
    const at = email.indexOf("@");
    return at === lower.length && email.slice(0, at).toLowerCase() === lower && email.indexOf(".", at) > at;
  });
}
/** Keys that make an object a patient's record (a logged API answer): a `name` beside one of them, or beside a birth
 *  date under any spelling a person's claims know (`dateOfBirth`, `date_of_birth`: an event's payload), is the
 *  patient's. A gender does with more (gendered-records.ts). */
const PATIENT_RECORD_KEYS = ["patientid", "patient_id", "mrn", "birthdate", "birth_date", "dob", "ssn"];
/** Whether an object has a key `is` accepts, each object's keys read once. */
function hasKeyOnce(is: (key: string) => boolean): (parent: JObject) => boolean {
  const seen = new WeakMap<JObject, boolean>();
  return (parent) => {
    let has = seen.get(parent);
    if (has === undefined) seen.set(parent, (has = parent.keys.some(is)));
    return has;
  };
}
const hasBirthDateKey = hasKeyOnce(isBirthDateKey);
/** A person's national number's key (`cpf`, `dni`, `bsn`) makes the object a person's record too. */
const hasNationalNumberKey = hasKeyOnce(isNationalNumberKey);
const inPatientRecord = (parent: JObject) =>
  PATIENT_RECORD_KEYS.some((k) => objHasLower(parent, k)) || hasBirthDateKey(parent) || hasNationalNumberKey(parent);
/** Keys only a payment card holds (its security code, number, expiry month or year), written in any gateway's style
 *  (`exp_month`, `expMonth`, Adyen's `expiryMonth`), compared without `_`/`-` and case: a `name` beside one of them is
 *  the card holder's. A token's, a key's or an app's `expiry` or `expiration_date` is no card's. */
const PAYMENT_CARD_KEYS = new Set([
  "cvc",
  "cvv",
  "cvc2",
  "cvv2",
  "cardnumber",
  "expmonth",
  "expyear",
  "expirymonth",
  "expiryyear",
  "expirationmonth",
  "expirationyear",
]);
/** Keys that hold a card holder's name in a card object (Adyen's `holderName`, Square's `cardholder_name`). */
const CARD_HOLDER_KEYS = new Set(["name", "holdername", "cardholdername", "cardholder", "nameoncard"]);
const cardKey = (k: string) => k.toLowerCase().replace(/[_-]/g, "");
const paymentCardSeen = new WeakMap<JObject, boolean>();
/** Whether the object holds a card-only key. Read once per object, as the claims are. */
function inPaymentCard(parent: JObject): boolean {
  let known = paymentCardSeen.get(parent);
  if (known === undefined)
    paymentCardSeen.set(parent, (known = parent.keys.some((k) => PAYMENT_CARD_KEYS.has(cardKey(k)))));
  return known;
}
/** One to four words of letters, in any case (a card holder typed lower case): `eva kleist`, `O'Brien`. */
const holderName = (v: string) => /^[\p{L}\p{M}'’.-]{2,40}(?: [\p{L}\p{M}'’.-]{1,40}){0,3}$/u.test(v.trim());
/** One to four name-shaped words (`Tamsin Quarrie`, `O'Brien`), not an app's or a role's name. */
function personName(v: string): boolean {
  const words = v.trim().split(/\s+/);
  return (
    words.length <= 4 &&
    words.every(
      (w, i) =>
        NAME_SHAPE.test(w) ||
        /^\p{Lu}{2,}$/u.test(w) ||
        // A particle between two names ("João da Silva", "Willem de Vries"), never the name's first or last word.
        (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w)),
    )
  );
}

/** The narrative's XHTML replaced whole; a narrative already reduced to its placeholder stays as it is. */
function narrative(v: string, ctx: ItemContext): string {
  const inner = /^<div[^>]*>([\s\S]*)<\/div>$/.exec(v.trim());
  if (inner && isSentinelOnly(inner[1].trim())) return v;
  return NARRATIVE(ctx.phi(v, "narrative"));
}

function yearValue(v: string, type: string, ctx: ItemContext): JNode {
  if (!hasMoreThanYear(v)) return str(v);
  // The full date is recorded (leak check, restore) and replaced by its year, which stays readable and valid FHIR.
  const restoredOrPlaceholder = ctx.phi(v, type);
  const restored = ctx.sentinels.restore(restoredOrPlaceholder) === v;
  return str(restored ? restoredOrPlaceholder : ctx.keep(yearOnly(v)));
}

/** In a client-domain resource, strings under these keys are codes, not a person's data: they stay. */
const SHAPE_CODE_KEYS = new Set([
  "code",
  "version",
  "unit",
  "status",
  "use",
  "language",
  "mode",
  "relation",
  "intent",
  "priority",
  "comparator",
  "contentType",
  "mimeType",
  "valueCode",
  "type",
  "kind",
  "linkId",
]);

/** Elements that classify a resource (CodeableConcepts picked from a value set), whose text alone names the class. */
const CLASSIFYING_KEYS = new Set([
  "type",
  "category",
  "topic",
  "class",
  "serviceType",
  "serviceCategory",
  "specialty",
  "role",
  "priority",
]);
/** An object with no member a CodeableConcept lacks (a `text` beside `coding`, `id` or `extension` at most). */
const onlyConceptMembers = (o: JObject) =>
  o.keys.length <= 4 && o.keys.every((k) => k === "text" || k === "coding" || k === "id" || k === "extension");

/** Organisations, places, groups and things are not persons: their reference displays stay. */
const namesNoPerson = (parent: JObject) =>
  /^(?:Organization|Location|HealthcareService|Endpoint|Group|Device|Medication|Substance)\//.test(
    objGetString(parent, "reference") ?? "",
  );
/** A scheduling or place resource's type written as text alone that ends in a room word names a room, not "Patient
 *  <name>" ("Patient Virtual Meeting Room" on an Appointment's participant or a HealthcareService). */
const namesRoom = (v: string, key: string, parent: JObject | undefined, info: Info) =>
  key === "text" &&
  info.key === "type" &&
  /^(?:Appointment|Location|HealthcareService|Endpoint)$/.test(info.resourceType ?? "") &&
  parent !== undefined &&
  onlyConceptMembers(parent) &&
  /^[A-Z][A-Za-z]{0,30}(?: [A-Z][A-Za-z]{0,30}){0,4} (?:Room|Lobby|Lounge)$/.test(v);
/** A resource that is an organisation or a place: its own identifiers name no person. */
const isPlaceResource = (info: Info) =>
  /^(?:Organization|Location|HealthcareService|Endpoint)$/.test(info.resourceType ?? "");
/** A generated record id (`urn:uuid:…`, a Bundle's or a Composition's identifier): no person's number. */
export const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An organisation's or a place's reference: its display is that organisation's or place's name. */
const namesOrgOrPlace = (parent: JObject) =>
  /^(?:Organization|Location|HealthcareService|Endpoint)\//.test(objGetString(parent, "reference") ?? "");

/** Words a person typed that a client domain keeps as a fact: swept as prose first (phones, dates, MRNs, names after
 *  a cue), then kept only if no two name-shaped words in a row read as a person's name ("Oswin Quarrie"); otherwise
 *  reduced whole, as any other value. */
function keptWords(v: string, ctx: ItemContext): string {
  const swept = sweepValue(sweepProse(v, ctx), ctx);
  const words = swept.split(/[\s,;:()]+/);
  for (let i = 1; i < words.length; i++)
    if (NAME_WORD.test(words[i - 1]) && NAME_WORD.test(words[i]) && readsAsPersonsName(words[i - 1] + " " + words[i]))
      return ctx.shape();
  return swept;
}
const NAME_WORD = /^[A-Z][a-z'’-]{1,30}$/;
/** The geolocation extension's URL, or its sub-extensions' (`{"url": "latitude", "valueDecimal": 38.37}`, as FHIR
 *  nests them under it): the number there places the person whose address holds it. */
const GEOLOCATION_URL = /geolocation|^(?:latitude|longitude)$/i;
/** A nested extension's url: a part's name, not a URL (`latitude`, `ombCategory`, `text`). */
const EXTENSION_PART_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function shapeValue(value: JNode, key: string, parent: JObject | undefined, info: Info, ctx: ItemContext): JNode {
  const v = (value as JString | JRaw).v;
  // Booleans, numbers and null keep their type (a resource stays valid FHIR); an address's coordinates still go.
  if (value.t === "r")
    return info.phiAll === "address" ||
      (isExtensionKey(info.key) && GEOLOCATION_URL.test(parent ? (objGetString(parent, "url") ?? "") : ""))
      ? str(ctx.shape())
      : value;
  if (SHAPE_KEEP.has(key) && value.t === "s" && (key === "resourceType" || /^(https?:|urn:)/.test(v)))
    return key === "resourceType" ? value : str(sweepValue(v, ctx));
  // A nested extension's url is the name its definition gives the part (`latitude`, `ombCategory`), nobody's data;
  // the geolocation rule above reads it beside the number that follows.
  if (key === "url" && isExtensionKey(info.key) && value.t === "s" && EXTENSION_PART_NAME.test(v)) return value;
  // A person's extensions (race, ethnicity, birth sex, preferences) are personal whatever their codes.
  if (info.person && info.inExtension) return str(ctx.shape());
  if (SHAPE_CODE_KEYS.has(key) && !info.phiAll) return str(sweepValue(v, ctx));
  // A Coding's display and a CodeableConcept's text name the code, not the patient.
  if (key === "display" && parent && (objHas(parent, "code") || objHas(parent, "system") || namesOrgOrPlace(parent)))
    return str(sweepValue(v, ctx));
  if (key === "text" && parent && objHas(parent, "coding")) return str(sweepValue(v, ctx));
  // Typed by a person, so kept only after the free-text detectors (names, phones, dates, MRNs), as the sandbox does:
  // a Group's or a Device's display ("Pacemaker of <name>"); a classifying concept written as text alone (`"topic":
  // {"text": "CDI Query"}`, a participant's role) where no code was picked (a reason or a note in words stays
  // reduced); a questionnaire's question, as a QuestionnaireResponse repeats it, with an answer filled in at times.
  if (key === "display" && parent && namesNoPerson(parent)) return str(keptWords(v, ctx));
  if (key === "text" && parent && CLASSIFYING_KEYS.has(info.key ?? "") && onlyConceptMembers(parent))
    return str(keptWords(v, ctx));
  if (key === "text" && info.key === "item" && parent !== undefined && objHas(parent, "linkId"))
    return str(keptWords(v, ctx));
  if (key === "id" && parent && objHas(parent, "resourceType") && value.t === "s") {
    return str(ctx.phi(v, info.resourceType === "Patient" ? "patient_id" : "resource_id"));
  }
  if (key === "reference" && value.t === "s") {
    const m = /^(.*?\b)([A-Z][A-Za-z]+)\/([^/?#\s]+)(.*)$/.exec(v);
    if (m) return str(m[1] + m[2] + "/" + ctx.phi(m[3], m[2] === "Patient" ? "patient_id" : "resource_id") + m[4]);
  }
  return str(ctx.shape(value.t === "s" ? personValue(v, key, info) : undefined));
}

/** A person's own value inside a client-domain resource (its name, address, telecom, birth date), with its type. */
function personValue(v: string, key: string, info: Info): { value: string; type: string } | undefined {
  if (!info.person) return undefined;
  if (info.phiAll && !info.phiKeep?.has(key)) return { value: v, type: info.phiAll };
  if (key === "birthDate") return { value: v, type: "birth_date" };
  if (key === "value" && info.key === "telecom") return { value: v, type: "telecom" };
  if (key === "value" && info.key === "identifier") return { value: v, type: "identifier" };
  // A HumanName's text and family (`"name": [{"text": "Faina Yefremova", "family": "Yefremova"}]`).
  if ((key === "text" || key === "family") && info.key === "name") return { value: v, type: "name" };
  return undefined;
}

/** A HAR postData.text or response content.text: JSON as JSON, forms as forms, anything else swept as prose. */
function harBody(text: string, parent: JObject, ctx: ItemContext): string {
  const mime = (objGetString(parent, "mimeType") ?? "").toLowerCase();
  let body = text;
  const encoding = objGetString(parent, "encoding");
  if (encoding === "base64") {
    const decoded = decodeBase64Text(text);
    if (decoded === null) return ctx.secret(text, "binary_body");
    body = decoded;
    // The body is written back as text: drop the encoding marker.
    const k = parent.keys.indexOf("encoding");
    parent.keys.splice(k, 1);
    parent.vals.splice(k, 1);
  }
  const t = body.trim();
  if (/json/.test(mime) || ((t.startsWith("{") || t.startsWith("[")) && !/html|xml/.test(mime))) {
    const out = redactJsonText(body, ctx);
    if (out !== null) return out;
    ctx.warn("A JSON body in the HAR is not valid JSON (truncated?): it was redacted as text.");
  }
  if (/x-www-form-urlencoded/.test(mime) || (!/\s/.test(t) && /^[\w.%+-]+=/.test(t) && t.includes("=")))
    return redactFormBody(body, ctx);
  return structuredString(body, ctx) ?? sweepProse(body, ctx);
}

/** A string that holds an HL7 v2 message or a FHIR XML document, redacted as one; null when it holds neither. */
function structuredString(v: string, ctx: ItemContext): string | null {
  const t = v.trimStart();
  const d = t.startsWith("MSH") ? hl7Delimiters(t) : null;
  if (d) return v.slice(0, v.length - t.length) + redactHl7(t, d, ctx);
  // A FHIR or C-CDA document, its namespace bound to a prefix or not, after its prolog or not.
  return t.startsWith("<") && xmlDocumentStart(t) >= 0 ? redactFhirXmlText(v, ctx) : null;
}
/**
 * A string whose lines hold an HL7 message or a person segment after other text (see messageStart), read as a log's
 * lines are: the message by segment, the rest swept as prose. Null when no line holds one.
 */
function loggedHl7(v: string, ctx: ItemContext): string | null {
  const lines = v.split(/(?<=\n)/);
  let out = "";
  let prose = "";
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const hl7 = lines[i].includes("|") && messageStart(lines[i]) ? redactHl7Lines(lines, i, ctx) : null;
    if (!hl7) {
      prose += lines[i];
      continue;
    }
    out += (prose ? sweepProse(prose, ctx) : "") + hl7.text;
    prose = "";
    found = true;
    i += hl7.count - 1;
  }
  return found ? out + (prose ? sweepProse(prose, ctx) : "") : null;
}
/** How a string that may hold a message or a document starts (tested before anything is scanned). */
const STRUCTURED_START = /^\s*(?:MSH|<)/;

/** What a key (or a pair's name) says its value is: a token or secret placeholder, or null (not a secret name).
 *  A name that ends in its secret word (clientSecret, accessToken, DB_PASSWORD) decides alone — `hunter2` goes; a
 *  name with a secret word inside (addTokenTo, tokenPrefix) only takes a value that reads like a secret. */
function secretByKey(key: string, v: string, ctx: ItemContext): string | null {
  const lower = key.toLowerCase();
  const tokenType = TOKEN_KEYS.get(lower);
  if (tokenType) return ctx.token(v, tokenType);
  const named = secretKey(key);
  if (!named || !labelNamesSecret(key, named, v)) return null;
  return ctx.secret(v, named.type);
}

/** `Patient?family=…&given=…`: the path stays, the query's parameters are judged by their names. */
function relativeSearch(v: string, ctx: ItemContext): string {
  const q = v.indexOf("?");
  const path = v.slice(0, q);
  const resourceType = /([A-Z][A-Za-z]+)(?:\/[^/]*)?\/?$/.exec(path)?.[1];
  return (
    path + "?" + redactParams(v.slice(q + 1), ctx, { codeIsSecret: false, resourceType }, (x) => sweepValue(x, ctx))
  );
}

/** A member's value as text: a string's or a number's (`200` for `"200"` or `200`), "" for an object or an array,
 *  undefined for a missing member. */
const textOf = (node: JNode | undefined): string | undefined =>
  node === undefined ? undefined : node.t === "s" || node.t === "r" ? node.v : "";
