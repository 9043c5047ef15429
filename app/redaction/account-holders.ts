// Chat, ticket and issue-tracker exports (Jira, Zendesk, Teams, Discord, Zulip, a Git host's API) name the person
// behind a message or a ticket in an account object under a role key — `reporter: {name, emailAddress, displayName}`,
// `author: {id, name, nickname, avatarUrl}`, `from: {address, name}`, `from: {id, name, aadObjectId}` — or in a flat
// key that says whose name it is (`sender_full_name`, `authorName`). A project, an issue type, a HAR's `creator`
// (`{name, version}`) or a bot a message was sent to carries none of an account's cues and keeps its name.
import { objHasLower, type JObject } from "./json-ast";
import { readsAsPersonsName, namesAppOrStatus } from "./display-names";
import { isNobodysLogin } from "./detectors/nobodys-login";

/** Keys under which an export puts the account that wrote, sent, reported or owns the thing. */
const ROLE_KEYS = new Set([
  "author",
  "from",
  "sender",
  "reporter",
  "creator",
  "assignee",
  "requester",
  "submitter",
  "commenter",
  "updateauthor",
  "owner",
  "user",
  "actor",
]);

/** Members only a person's account has: an address, an avatar, a directory or chat identity. */
const ACCOUNT_CUES = [
  "email",
  "emailaddress",
  "email_address",
  "mail",
  "address",
  "avatar",
  "avatarurl",
  "avatarurls",
  "avatar_url",
  "accountid",
  "aadobjectid",
  "discriminator",
  "nickname",
  "displayname",
  "login",
  "username",
  "timezone",
];

/** An account's own name keys. */
const NAME_KEYS = new Set(["name", "displayname", "display_name", "fullname", "full_name"]);

/** A flat key naming the writer's, sender's or owner's name (`sender_full_name`, `authorName`, `from_name`). */
const ROLE_NAME_KEY =
  /^(?:sender|author|from|requester|reporter|assignee|creator|commenter|submitter|owner)(?:full|display|real)?name$/;

/** Whether `parent`, held under `holderKey`, is a person's account: a role key and one of an account's cues. */
export function isPersonsAccount(holderKey: string | undefined, parent: JObject): boolean {
  if (holderKey === undefined || !ROLE_KEYS.has(holderKey.toLowerCase())) return false;
  return ACCOUNT_CUES.some((k) => objHasLower(parent, k));
}

/**
 * The placeholder type of a value under `key` that names the account's person, or null. `lowerKey` is the key in lower
 * case; `inAccount` whether the value's object is a person's account (isPersonsAccount).
 */
export function accountNameType(lowerKey: string, value: string, inAccount: boolean): "name" | "user_name" | null {
  const v = value.trim();
  if (!v || namesAppOrStatus(v) || isNobodysLogin(v)) return null;
  // Jira Server's user `key` repeats the login (`"name": "jdoe7", "key": "jdoe7"`).
  if (inAccount && lowerKey === "key") return /^[\w.-]{3,}$/.test(v) ? "user_name" : null;
  const flat = ROLE_NAME_KEY.test(lowerKey.replace(/[_-]/g, ""));
  if (!flat && !(inAccount && NAME_KEYS.has(lowerKey))) return null;
  if (readsAsPersonsName(v)) return "name";
  // One token (`sdt1`, `.popo.`, `kestrel.wing`): the person's login or handle.
  return /\s/.test(v) ? "name" : "user_name";
}
