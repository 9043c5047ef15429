// Display names as mail clients, reply headers and commit trailers write them: whether one is a person's (it goes) or a
// team's, a shared mailbox's or a role's ("Support Team", "FHIR Developers", "Cerner Help Desk", "GitHub
// Notifications", "no-reply", GitHub's "Author" and "Mention": they stay). The one name pattern of the e-mail readers
// (detectors/phi-mail-headers.ts, detectors/mail-header-block.ts).

const MAILBOX_WORD =
  /(?<![\p{L}\p{N}])(?:team|support|help|desk|helpdesk|servicedesk|service|services|customer|group|developers?|devs|admins?|administrators?|operations|ops|notifications?|alerts?|info|reply|no-?reply|mailbox|office|center|centre|department|dept|staff|sales|billing|engineering|integrations?|platform|community|committee|security|compliance|github)(?![\p{L}\p{N}])/iu;

/** The vendor's and the SMART world's product names, as they are written ("Oracle Health", "SMART Launcher", "Cerner
 *  Millennium"): a sender or recipient named so is an application or a company. Case kept: "Smart" is a surname. */
const PRODUCT_WORD =
  /(?<![\p{L}\p{N}])(?:Oracle|Cerner|Millennium|SMART|Launcher|Ignite|PowerChart|HealtheIntent|FHIR|HL7|Epic|MyChart)(?![\p{L}\p{N}])/u;

/** Whether a display name names a team, a shared mailbox or a product (one of its words is such a word). */
export function isMailboxName(name: string): boolean {
  return MAILBOX_WORD.test(name) || PRODUCT_WORD.test(name);
}

/**
 * A person's display name: one to five words of letters (`.`, `-`, `'` inside), "Last, First" too, in any case and
 * any script ("Tamsin Quarrie", "Teres, Arnold", "R.T.A.J. Leenders", "tavi purdila", "刘芳铭"). One word in lower
 * case is taken too: a login shown as a display name is often a first name ("richard").
 */
const PERSON_NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,4}$/u;
const MAX_NAME = 120;
/** Recipients that are roles, not people (GitHub's notification headers, a list's hidden recipients). */
const ROLES = new Set(["author", "mention", "comment", "team", "support", "you", "all", "undisclosed-recipients"]);

/** Whether `name` (trimmed) is a person's display name: the name's shape, and no role's, team's or mailbox's word. */
export function isPersonName(name: string): boolean {
  return name.length <= MAX_NAME && PERSON_NAME.test(name) && !ROLES.has(name.toLowerCase()) && !isMailboxName(name);
}
