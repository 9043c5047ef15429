// Refusals for want of consent: the identity provider issues no token until the user — or, for permissions that need
// it, an administrator for the organisation — has consented to what the app's registration asks for ("The user or
// administrator has not consented to use the application", consent_required, AADSTS65001 / 65004 / 90008 / 90094).
// The request can be right: the registration's permissions lack consent. Lines are read up to 20,000 characters and
// the pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { firstRefusals, type NamedRefusal } from "./named-refusals";

const CONSENT_REFUSED =
  /\b(?:has|have)\s+not\s+(?:yet\s+)?consented\b|\bconsent(?:_|\s+(?:is\s+)?)required\b|\b(?:admin(?:istrator)?|user)\s+consent\s+(?:is\s+)?(?:missing|needed|not\s+(?:granted|given))\b|\bAADSTS(?:65001|65004|90008|90094)\b/i;

export const readConsentRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [
    ["consent", (line) => /consent|AADSTS/i.test(line) && toldMatch(CONSENT_REFUSED, line) !== null],
  ]);
