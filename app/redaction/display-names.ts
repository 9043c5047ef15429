// Whether the words on a chat author line, a transcript's speaker tag or a profile's display name are a person's name. The layout ("Words
// 10:42 AM", "<v Words>", "(Words)") says where an author stands, but the same layout holds a table row, a log line or
// a heading beside a clock time ("Patient Read  10:42 AM", "Token Expired  10:42", "<v Oracle Health>"). A name is
// taken when it has a person's display-name shape (the mail readers' judgement, mailbox-names.ts) and none of its
// words is a word of this product's evidence: a FHIR resource type, an interaction, a SMART or HTTP word, a product's
// name, a log level or a status. A word that is also a common given name or surname ("June", "Best") does not refuse.
import { R4_RESOURCE_TYPES } from "~/diagnosis/knowledge/fhir-r4";
import { GIVEN_NAMES, NOT_NAME_WORDS, SURNAMES } from "./detectors/free-text-phi-names";
import { isMailboxName, isPersonName } from "./mailbox-names";

/** Interactions, operations and statuses a tool prints beside a time (lower case). Not shared with person-columns.ts
 *  NOT_A_NAME or person-request.ts ROLE_WORDS on purpose: an author line can stand beside any log line, so this list is
 *  the broadest of the three (every resource type, statuses, teams, products' parts). */
const EVIDENCE_WORDS = new Set([
  ...R4_RESOURCE_TYPES.map((t) => t.toLowerCase()),
  ..."delete history kickoff batch transaction everything match validate started starting stopped stop start restarted failed failing fails failure succeeded success successful denied rejected completed complete pending running modified changed sent received returned loaded saved deployed granted revoked refreshed renewed timed timeout retry retried login logout signed sandbox launcher".split(
    " ",
  ),
  // A team, a role, a product's part or an issue: what a list item or an author line names when it is no person.
  ..."team teams squad group ops devops support manager master lead owner engineer engineering admin administrator vendor mobile bridge gateway portal service server app application timeouts errors error issue issues bug bugs intermittent outage".split(
    " ",
  ),
]);

const refuses = (word: string) =>
  EVIDENCE_WORDS.has(word) || (NOT_NAME_WORDS.has(word) && !GIVEN_NAMES.has(word) && !SURNAMES.has(word));

/** Whether one of the words of `name` is a word of this product's evidence, a team's or a product's: it names an
 *  application, a team, a status, not a person, whatever its shape ("Patient Read App", "Support Team"). */
export function namesAppOrStatus(name: string): boolean {
  return (
    isMailboxName(name) ||
    name
      // A note in brackets ("Tamsin (she/her)", "Jane Roe (Sales)") says nothing of what the name is.
      .replace(/\([^()]{0,80}\)/g, " ")
      .toLowerCase()
      .split(/[^\p{L}\p{M}'’.-]+/u)
      .some((word) => refuses(word.replace(/[.’']+$/, "")))
  );
}

/** Whether `name` (trimmed) on an author line, a speaker tag or under a profile's `display_name` names a person. */
export const readsAsPersonsName = (name: string): boolean => isPersonName(name) && !namesAppOrStatus(name);
