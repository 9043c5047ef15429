// A display name that is a team's or a shared mailbox's, not a person's: "Support Team", "FHIR Developers", "Cerner Help
// Desk", "GitHub Notifications", "no-reply". Such a name stays wherever a person's name beside an address would go.

const MAILBOX_WORD =
  /(?<![\p{L}\p{N}])(?:team|support|help|desk|helpdesk|servicedesk|service|services|customer|group|developers?|devs|admins?|administrators?|operations|ops|notifications?|alerts?|info|reply|no-?reply|mailbox|office|center|centre|department|dept|staff|sales|billing|engineering|integrations?|platform|community|committee|security|compliance|github)(?![\p{L}\p{N}])/iu;

/** Whether a display name names a team or a shared mailbox (one of its words is a team's or a mailbox's word). */
export function isMailboxName(name: string): boolean {
  return MAILBOX_WORD.test(name);
}
