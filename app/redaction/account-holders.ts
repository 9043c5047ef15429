// Chat, ticket and issue-tracker exports (Jira, Zendesk, Teams, Discord, Zulip, a Git host's API) name the person
// behind a message or a ticket in an account object under a role key — `reporter: {name, emailAddress, displayName}`,
// `author: {id, name, nickname, avatarUrl}`, `from: {address, name}`, `from: {id, name, aadObjectId}` — or in a flat
// key that says whose name it is (`sender_full_name`, `authorName`). A project, an issue type, a HAR's `creator`
// (`{name, version}`) or a bot a message was sent to carries none of an account's cues and keeps its name.
import { objGetString, objHasLower, type JObject } from "./json-ast";
import { readsAsPersonsName, namesAppOrStatus } from "./display-names";
import { isNobodysLogin } from "./detectors/nobodys-login";
import { hasSentinel } from "./placeholders";

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

/**
 * Members only a person's account has: a mailbox, an avatar, a directory or chat identity. A display name, a time zone
 * or an `address` alone are not: a queue, a service or a network peer (`from: {address: "10.0.0.12", name: …}`) has them
 * too; an `address` counts when it is a mailbox.
 */
const ACCOUNT_CUES = [
  "email",
  "emailaddress",
  "email_address",
  "mail",
  "avatar",
  "avatarurl",
  "avatarurls",
  "avatar_url",
  "accountid",
  "aadobjectid",
  "discriminator",
  "nickname",
  "login",
  "username",
];

/** Members that identify a directory account whatever key holds it (a Jira user picker, a Teams member). */
const IDENTITY_CUES = ["accountid", "aadobjectid", "emailaddress"];

/** An `address` that is a mailbox (or was one: the e-mail may have gone already); a network peer's has a port. */
function hasMailbox(parent: JObject): boolean {
  const address = objGetString(parent, "address");
  if (address === undefined || objHasLower(parent, "port")) return false;
  return address.includes("@") || hasSentinel(address);
}

/** An account's own name keys. */
const NAME_KEYS = new Set(["name", "displayname", "display_name", "fullname", "full_name"]);

/** A flat key naming the writer's, sender's or owner's name (`sender_full_name`, `authorName`, `from_name`). */
const ROLE_NAME_KEY =
  /^(?:sender|author|from|requester|reporter|assignee|creator|commenter|submitter|owner)(?:full|display|real)?name$/;

/** Role keys that hold a list of accounts or name a vendor's own role (`watchers`, `participants`, `collaborators`). */
const LIST_ROLE_KEYS = new Set([
  "watcher",
  "participant",
  "collaborator",
  "member",
  "reviewer",
  "approver",
  "follower",
]);

/** Whether `holderKey` (any case, singular or plural: `assignees`, `watchers`) names a role an account plays. */
function isRoleKey(holderKey: string): boolean {
  const k = holderKey.toLowerCase();
  const one = k.endsWith("s") ? k.slice(0, -1) : k;
  return ROLE_KEYS.has(k) || ROLE_KEYS.has(one) || LIST_ROLE_KEYS.has(one);
}

/**
 * How `parent`, held under `holderKey`, is known to be a person's account: `"role"` under a role key with one of an
 * account's cues; `"identity"` under any key with a directory account's own id, mailbox or login (`accountId`,
 * `emailAddress`, a user principal name), or typed as a user (isUserAccount); otherwise undefined.
 */
export type AccountEvidence = "role" | "identity";
export function personsAccount(holderKey: string | undefined, parent: JObject): AccountEvidence | undefined {
  if (
    holderKey !== undefined &&
    isRoleKey(holderKey) &&
    (ACCOUNT_CUES.some((k) => objHasLower(parent, k)) || hasMailbox(parent))
  )
    return "role";
  return IDENTITY_CUES.some((k) => objHasLower(parent, k)) || isUserAccount(parent) ? "identity" : undefined;
}

/** Login keys of a directory's or an audit log's user (Graph's `userPrincipalName`, SCIM's `userName`). */
const USER_LOGIN_KEYS = ["userprincipalname", "upn", "username", "user_name"];

/** An account of a person in a directory or an audit log: typed `User` (Okta's actor, Graph's `@odata.type`, an
 *  `objectType`), or identified by a login (`userPrincipalName`, `userName`, an e-mail under Okta's `alternateId`). A
 *  group's `mail` does not make it a person. */
function isUserAccount(parent: JObject): boolean {
  for (const k of ["type", "objectType", "@odata.type", "actorType"]) {
    const t = objGetString(parent, k);
    if (t !== undefined && /(?:^|[.#])user$/i.test(t.trim())) return true;
  }
  if (USER_LOGIN_KEYS.some((k) => objHasLower(parent, k))) return true;
  const login = objGetString(parent, "alternateId") ?? objGetString(parent, "login");
  return login !== undefined && /^[^\s@]{1,64}@[^\s@]{1,255}$/.test(login);
}

/** Whether a value under `lowerKey` can name an account's person (a name key or Jira's user `key`). */
export const isAccountNameKey = (lowerKey: string) => lowerKey === "key" || NAME_KEYS.has(lowerKey);

/**
 * The placeholder type of a value under `key` that names the account's person, or null. `lowerKey` is the key in lower
 * case; `account` the value's object when it is a person's account (personsAccount) and `evidence` how that is known:
 * an account known by its id alone loses only what reads as a person's name (a team's or a tool's name stays).
 */
export function accountNameType(
  lowerKey: string,
  value: string,
  account?: JObject,
  evidence?: AccountEvidence,
): "name" | "user_name" | null {
  const v = value.trim();
  // The key first (a look-up): most values stand under no key that names an account's person, and the value's words
  // are read only under one that does.
  const jiraKey = !!account && lowerKey === "key";
  const flat = !jiraKey && ROLE_NAME_KEY.test(lowerKey.replace(/[_-]/g, ""));
  if (!jiraKey && !flat && !(account && NAME_KEYS.has(lowerKey))) return null;
  // A directory's typed or logged-in user (isUserAccount) is a person's account whatever its name looks like: a name
  // that reads as a person's goes even when it also reads as a test or bot login (`Test Jane`, `jdoe-test`).
  if (v && account && NAME_KEYS.has(lowerKey) && isUserAccount(account) && readsAsPersonsName(v)) return "name";
  if (!v || namesAppOrStatus(v) || isNobodysLogin(v)) return null;
  // Jira Server's user `key` repeats the login (`"name": "jdoe7", "key": "jdoe7"`), or an earlier login of a renamed
  // user; since Jira 8 a new user's key is an id (`JIRAUSER10100`) that stays. The name may have gone already.
  if (jiraKey) {
    const name = objGetString(account, "name")?.trim();
    if (name === undefined || /^JIRAUSER\d+$/.test(v)) return null;
    return name === v || hasSentinel(name) ? "user_name" : null;
  }
  if (readsAsPersonsName(v)) return "name";
  if (!flat && evidence === "identity") return null;
  // One token (`sdt1`, `.popo.`, `kestrel.wing`): the person's login or handle.
  return /\s/.test(v) ? "name" : "user_name";
}
