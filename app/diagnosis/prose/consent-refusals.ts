// Refusals for want of consent: the identity provider issues no token until the user — or, for permissions that need
// it, an administrator for the organisation — has consented to what the app's registration asks for ("The user or
// administrator has not consented to use the application", consent_required, AADSTS65001 / 65004 / 90008 / 90094).
// The request can be right: the registration's permissions lack consent. A patient's privacy consent (a FHIR Consent
// resource, "the patient has not consented to share") is the FHIR server's business, not the sign-in's: so the one
// who must consent is the user or an administrator, or bare "consent required" comes with sign-in words. Lines are
// read up to 20,000 characters and the pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { SIGN_IN, firstRefusals, type NamedRefusal } from "./named-refusals";

const CONSENT_REFUSED = new RegExp(
  [
    String.raw`\b(?:users?|admin(?:istrator)?s?)\b[^.;!?\n]{0,40}?\b(?:has|have)\s+not\s+(?:yet\s+)?consented\b`,
    String.raw`\b(?:admin(?:istrator)?|user)\s+consent\s+(?:is\s+)?(?:missing|needed|required|not\s+(?:granted|given))\b`,
    String.raw`\bconsent_required\b`,
    String.raw`\bAADSTS(?:65001|65004|90008|90094)\b`,
    // Entra ID's own message for AADSTS65001 in the languages it localises, pasted without its code.
    String.raw`\b(?:Benutzer|Administrator)\b[^.;!?\n]{0,200}?\bnicht\s+zugestimmt\b`,
    String.raw`\b(?:utilisateur|administrateur)\b[^.;!?\n]{0,80}?\bn'a\s+pas\s+(?:donné\s+son\s+)?consenti?`,
    String.raw`\b(?:usuario|administrador)\b[^.;!?\n]{0,80}?\bno\s+ha\s+(?:dado\s+su\s+consentimiento|consentido)`,
    String.raw`(?:ユーザー|管理者)[^。\n]{0,80}?同意(?:して|されて)いません`,
  ].join("|"),
  "i",
);
/** "Consent is required" with no one named: the sign-in's only when the line is about signing in. */
const CONSENT_REQUIRED = /\bconsent\s+(?:is\s+)?required\b/i;
/** A patient's privacy consent: the FHIR Consent resource or the patient's own choice. */
const PATIENT_CONSENT = /\bConsent(?:\s+resource|\.\w)|\bpatient(?:'s)?\s+(?:consent|has\s+not\s+consented)\b/i;

const consentRefused = (line: string): boolean =>
  toldMatch(CONSENT_REFUSED, line) !== null ||
  (SIGN_IN.test(line) && !PATIENT_CONSENT.test(line) && toldMatch(CONSENT_REQUIRED, line) !== null);

export const readConsentRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [["consent", (line) => /consent|AADSTS|zugestimmt|同意/i.test(line) && consentRefused(line)]]);
