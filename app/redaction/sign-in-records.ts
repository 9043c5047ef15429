// Who signed in or called, as cloud sign-in and audit records name them. Entra ID writes `userPrincipalName` as it
// was typed (`Jane Roe@contoso.com`, blanks and all) and Cloud Audit Logs its `principalEmail`: under such a key the
// whole value is the account's address, where a scan for an address would take only its last word. Azure Monitor's
// resource logs repeat the signed-in user at the top as `identity` (a string in `SignInLogs`): the caller's name when
// it is the record's own `properties.userDisplayName`; an app's or a managed identity's name there stays. App Service's
// audit log names the user twice, `{"User": "<account id>", "UserDisplayName": "<address>"}`: the id goes with it.
import { objGet, objGetLower, objGetString, type JObject } from "./json-ast";
import { namesNoMailbox } from "./detectors/at-sign-names";
import { readsAsPersonsName } from "./display-names";

/** Keys whose value is an account's sign-in address (lower case). */
const ACCOUNT_ADDRESS_KEYS = new Set(["userprincipalname", "upn", "principalemail", "mail"]);

/** Whether `value` under `lowerKey` is an account's address: the key says so and the value is one (not a service
 *  account's, which names no one). */
export function holdsAccountAddress(lowerKey: string, value: string): boolean {
  if (!ACCOUNT_ADDRESS_KEYS.has(lowerKey)) return false;
  const at = value.lastIndexOf("@");
  return at > 0 && at < value.length - 1 && !namesNoMailbox(value.slice(0, at), value.slice(at + 1));
}

/** Whether `value`, an `identity` member of `parent`, names the record's signed-in user. */
export function isSignedInUsersName(lowerKey: string, value: string, parent: JObject | undefined): boolean {
  if (lowerKey !== "identity" || parent === undefined || value.trim() === "") return false;
  const properties = objGet(parent, "properties");
  return properties?.t === "o" && objGetString(properties, "userDisplayName") === value;
}

/** Whether `lowerKey` is the account id of a person its object also names (`User` beside a `UserDisplayName` that is
 *  a person's address or name; a service's display name, `FHIR Export Service`, leaves its account id). */
export function isNamedUsersId(lowerKey: string, value: string, parent: JObject | undefined): boolean {
  if (lowerKey !== "user" || parent === undefined || value.trim() === "") return false;
  const node = objGetLower(parent, "userdisplayname");
  const shown = node?.t === "s" ? node.v.trim() : "";
  return holdsAccountAddress("mail", shown) || readsAsPersonsName(shown);
}
