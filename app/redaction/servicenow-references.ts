// A ServiceNow Table API answer names the people on a record in its user reference fields (`caller_id`, `opened_by`,
// `assigned_to`): as `{"display_value": "Abel Tuter", "link": ".../sys_user/…", "value": "<sys_id>"}` when asked with
// `sysparm_display_value=all` (the REST explorer's and most pasted answers), or as the name itself with
// `sysparm_display_value=true`. The name goes; the sys_id (`value`) and the record's number stay. An assignment
// group's reference (`assignment_group`) names a team, not a person, and stays.
import { objGetString, type JObject } from "./json-ast";
import { namesAppOrStatus } from "./display-names";

/** The task and incident fields that reference a `sys_user` record. */
const USER_REFERENCE_KEYS = new Set([
  "caller_id",
  "opened_by",
  "assigned_to",
  "resolved_by",
  "closed_by",
  "requested_by",
  "requested_for",
  "approver",
]);

/** A value that names someone rather than referencing them: a sys_id (32 hex digits) or a blank names no one. */
const namesSomeone = (v: string) => v.trim() !== "" && !/^[0-9a-f]{32}$/i.test(v.trim()) && !namesAppOrStatus(v);

/**
 * Whether the value under `key` (as written) of `parent`, held under `holderKey`, is the name of the person a
 * ServiceNow user reference points at.
 */
export function isServiceNowUserName(
  key: string,
  value: string,
  holderKey: string | undefined,
  parent: JObject | undefined,
): boolean {
  if (USER_REFERENCE_KEYS.has(key)) return namesSomeone(value);
  if (key !== "display_value" || parent === undefined || !namesSomeone(value)) return false;
  return (
    (holderKey !== undefined && USER_REFERENCE_KEYS.has(holderKey)) ||
    /\/sys_user\//.test(objGetString(parent, "link") ?? "")
  );
}
