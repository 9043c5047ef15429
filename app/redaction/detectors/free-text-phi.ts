// Personal data in free text (log lines, plain text, free-text JSON strings): spans to redact, from eleven detectors
// (one a file: phi-*.ts), overlaps resolved here. Patterns plus small embedded word lists (free-text-phi-names.ts); no
// model, no network. Every regular expression of the detectors is bounded (no nested unbounded quantifiers), and
// names are found by one pass over word tokens, so the cost is linear in the input, whatever its shape (a megabyte
// of spaces after a name is as cheap as a megabyte of prose).
// Diagnostic material is left alone: UUIDs, hex IDs, scopes (system/Patient.read), URNs, header names, FHIR resource
// types, host names and request timestamps.
import type { PhiSpan } from "./phi-span";
import { findEmails } from "./phi-emails";
import { findSsns } from "./phi-ssns";
import { findCardsAndIbans } from "./phi-cards";
import { findIpAddresses } from "./phi-ip-addresses";
import { findLabelledIds } from "./phi-labelled-ids";
import { findBirthDates } from "./phi-birth-dates";
import { findFshValues, findJsonKeyedValues, findJsonPatchValues } from "./phi-json-keys";
import { findClaimValues } from "./phi-claims";
import { findAuthorLines } from "./phi-author-lines";
import { findChatSpeakers } from "./phi-chat-speakers";
import { findSignatures } from "./phi-signatures";
import { findMailHeaderNames } from "./phi-mail-headers";
import { findFhirJsonValues } from "./phi-fhir-json";
import { findKeyedPhones, findPhones } from "./phi-phones";
import { findSlackLinkLabels, slackLinkCue } from "./phi-slack-links";
import { findMentionLabels, mentionMarkupCue } from "./phi-mention-markup";
import { findAddresses } from "./phi-addresses";
import { findNames } from "./phi-names";
import { findHomeDirectoryUsers } from "./home-paths";
import { findArnPersonNames, mayNameArnPerson } from "./arn-person-names";
import { findPromptLogins } from "./prompt-logins";
import { findBuildCauses } from "./build-causes";
import { findProcessStartUsers } from "./process-start-users";
import { cfCliCue, findCfCliUsers } from "./cf-cli-users";
import { cliSignInCue, findCliSignIns } from "./cli-sign-ins";
import { findMqttBrokerLogins, mqttBrokerCue } from "./mqtt-broker-logins";
import { authLogCue, findAuthLogLogins } from "./auth-log-logins";
import { databaseLoginCue, findDatabaseLogins } from "./database-logins";
import { findWindowsEventUsers, windowsEventCue } from "./windows-event-users";
import { findWindowsConsoleAccounts, windowsConsoleAccountCue } from "./windows-console-accounts";
import { distinguishedNameCue, findDistinguishedNamePersons } from "./distinguished-names";
import { findLdifValues, ldifCue } from "./ldif-records";
import { findStructuredDataLogins, structuredDataCue } from "./syslog-structured-data";
import { findGravatarHashes, gravatarCue } from "./phi-gravatar";
import { CUE, homePathCue, lowerCaseAddressCue, lowerCaseLoginCue, lowerCaseNameCue, phiCues } from "./phi-cues";

export type { PhiSpan };

/** Higher wins when two candidate spans overlap. */
const PRIORITY: Record<string, number> = {
  email: 10,
  ssn: 9,
  credit_card: 9,
  iban: 9,
  ip_address: 8,
  mrn: 8,
  id_number: 8,
  date: 7,
  phone: 7,
  street_address: 6,
  narrative: 6,
  postal_code: 5,
  name: 4,
};

const digit = (cues: number) => (cues & CUE.digit) !== 0;
const quote = (cues: number) => (cues & CUE.quote) !== 0;

/**
 * The detectors in the order they run (names last: they read the addresses found before them), each with the cue it
 * cannot find anything without (phi-cues.ts).
 */
export const PHI_DETECTORS: ReadonlyArray<{
  find: (text: string, out: PhiSpan[]) => void;
  cued: (cues: number, text: string) => boolean;
}> = [
  { find: findEmails, cued: (c) => (c & CUE.at) !== 0 },
  { find: findGravatarHashes, cued: (c, t) => digit(c) && gravatarCue(t) },
  { find: findSsns, cued: digit },
  { find: findCardsAndIbans, cued: digit },
  { find: findIpAddresses, cued: (c) => (c & (CUE.digit | CUE.colon)) !== 0 },
  { find: findLabelledIds, cued: digit },
  { find: findBirthDates, cued: digit },
  { find: findJsonKeyedValues, cued: quote },
  { find: findJsonPatchValues, cued: quote },
  { find: findFshValues, cued: quote },
  { find: findAuthorLines, cued: digit },
  // A chat's author lines hold a clock time; a transcript's voice tags a capital (`<v Jane Roe>`).
  // A cue's text copied without its timing line still holds its voice tags.
  {
    find: findChatSpeakers,
    cued: (c, t) => (c & CUE.capital) !== 0 && (digit(c) || (c & CUE.colon) !== 0 || t.includes("<v")),
  },
  // A signature is two lines at least: a sign-off and the name under it, or a name above contact lines.
  { find: findSignatures, cued: (c, t) => (c & (CUE.colon | CUE.capital)) !== 0 && t.includes("\n") },
  { find: findMailHeaderNames, cued: (c) => (c & (CUE.colon | CUE.digit)) !== 0 },
  // Slack markup's `<mailto:…|Name>` and `<@U…|login>` labels.
  { find: findSlackLinkLabels, cued: (_c, t) => slackLinkCue(t) },
  // Teams' `<at>Name</at>`, Jira wiki's `[~login]`, Zulip's `@**Name**` mentions.
  { find: findMentionLabels, cued: (_c, t) => mentionMarkupCue(t) },
  {
    find: findClaimValues,
    cued: (c, t) => (c & (CUE.at | CUE.capital)) !== 0 || lowerCaseNameCue(t) || lowerCaseLoginCue(t),
  },
  { find: findFhirJsonValues, cued: quote },
  { find: findPhones, cued: digit },
  { find: findKeyedPhones, cued: digit },
  { find: findAddresses, cued: (c, t) => (c & (CUE.digit | CUE.capital)) !== 0 || lowerCaseAddressCue(t) },
  { find: findNames, cued: (c, t) => (c & CUE.capital) !== 0 || lowerCaseNameCue(t) },
  // A traceback's or a stack's file paths under a person's home directory.
  { find: findHomeDirectoryUsers, cued: (_c, t) => homePathCue(t) },
  // An AWS assumed role's session, named after the person who assumed it, and an IAM user.
  { find: findArnPersonNames, cued: (_c, t) => mayNameArnPerson(t) },
  // A shell prompt's login (`jdoe@host ~ %`), and who started a CI build (`Started by user …`).
  { find: findPromptLogins, cued: (c) => (c & (CUE.at | CUE.colon | CUE.capital)) !== 0 },
  { find: findBuildCauses, cued: (c, t) => (c & CUE.capital) !== 0 && t.includes(" by ") },
  // The account a Spring Boot application (an integration test's) was started under.
  { find: findProcessStartUsers, cued: (_c, t) => t.includes("started by ") },
  // The account Cloud Foundry's CLI acts as (`Retrieving logs for app … in org … / space … as jdoe...`).
  { find: findCfCliUsers, cued: (_c, t) => cfCliCue(t) },
  // The account a CLI says it is signed in as (`✓ Logged in to github.com account jdoe (keyring)`, npm's, oc's).
  { find: findCliSignIns, cued: (_c, t) => cliSignInCue(t) },
  // The login an MQTT client connected with, in the mosquitto broker's log (`… as <client id> (p2, c1, k60, u'jdoe')`).
  { find: findMqttBrokerLogins, cued: (_c, t) => mqttBrokerCue(t) },
  // Who signed in, in a Unix authentication log (sudo, sshd, PAM, su, Linux audit).
  { find: findAuthLogLogins, cued: (_c, t) => authLogCue(t) },
  // The login a database server refused, as an exception quotes it (SQL Server, PostgreSQL, MySQL).
  { find: findDatabaseLogins, cued: (_c, t) => databaseLoginCue(t) },
  // The account a Windows Security event names (`<Data Name="TargetUserName">`).
  { find: findWindowsEventUsers, cued: (_c, t) => windowsEventCue(t) },
  // The account whoami's user row and a Kerberos ticket's client principal name (`Client: jdoe @ CORP.EXAMPLE`).
  { find: findWindowsConsoleAccounts, cued: (_c, t) => windowsConsoleAccountCue(t) },
  // A person's common name in an LDAP distinguished name (`CN=Chew David,OU=Sales,DC=…`).
  { find: findDistinguishedNamePersons, cued: (c, t) => (c & CUE.capital) !== 0 && distinguishedNameCue(t) },
  // LDIF records (`dn:` … blank line): a person's attributes, base64 or folded.
  { find: findLdifValues, cued: (c, t) => (c & CUE.colon) !== 0 && ldifCue(t) },
  // A login in RFC 5424 syslog's structured data (`[auth@32473 user="…"]`).
  { find: findStructuredDataLogins, cued: (_c, t) => structuredDataCue(t) },
];

export function findFreeTextPhi(text: string): PhiSpan[] {
  if (!text) return [];
  // Each detector runs only when its cue occurs in the text: without it, it could find nothing.
  const cues = phiCues(text);
  const spans: PhiSpan[] = [];
  for (const d of PHI_DETECTORS) if (d.cued(cues, text)) d.find(text, spans);
  return spans.length === 0 ? spans : resolveOverlaps(text, spans);
}

// ─── overlap resolution ────────────────────────────────────────────────────────────────────────────────────────────

function better(a: PhiSpan, b: PhiSpan): boolean {
  const pa = PRIORITY[a.type] ?? 0;
  const pb = PRIORITY[b.type] ?? 0;
  if (pa !== pb) return pa > pb;
  return a.end - a.start > b.end - b.start;
}

function resolveOverlaps(text: string, spans: PhiSpan[]): PhiSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const prev = out[out.length - 1];
    // Parts of one postal address separated by a line break or a comma are one address.
    if (
      prev &&
      prev.type === "street_address" &&
      s.type === "street_address" &&
      s.start >= prev.end &&
      s.start - prev.end <= 3 &&
      /^[\s,]*$/.test(text.slice(prev.end, s.start))
    ) {
      prev.end = Math.max(prev.end, s.end);
      continue;
    }
    if (prev && s.start < prev.end) {
      // Overlapping findings become one span (nothing of either may survive), labelled by the more specific type;
      // a span inside another keeps the container's label.
      if (s.end > prev.end && better(s, prev)) prev.type = s.type;
      prev.end = Math.max(prev.end, s.end);
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
