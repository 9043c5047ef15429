// A message's mentions listed as data beside its markup: Teams' `mentions[].mentionText` ("Megan Bowen"), a Jira
// Atlassian Document Format mention node's `attrs.text` ("@Fred Fong", beside the account id that stays).
import { objHas, type JObject } from "./json-ast";
import { namesAppOrStatus } from "./display-names";

/** Whether the value under `lowerKey` of `parent`, held under `holderKey`, is the name a mention shows. */
export function isMentionLabel(lowerKey: string, value: string, holderKey: string | undefined, parent?: JObject) {
  const v = value.trim();
  if (!v || namesAppOrStatus(v.replace(/^@/, ""))) return false;
  if (lowerKey === "mentiontext") return true;
  return (
    lowerKey === "text" && holderKey === "attrs" && v.startsWith("@") && parent !== undefined && objHas(parent, "id")
  );
}
