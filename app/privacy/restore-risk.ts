// Keeping a value the redaction found ("It is not personal data", "Restore"): secrets never; for the values that
// identify or reach a person on their own, the risk in words, for an explicit confirmation. Pure.
import type { RedactionCategory } from "~/redaction/types";

const RISKS: Record<string, string> = {
  ssn: "a social security number identifies a person for life and cannot be changed",
  phone: "a phone number reaches a person directly",
  telecom: "a phone number or e-mail address reaches a person directly",
  email: "an e-mail address reaches a person directly and is often their login",
  date: "a birth date, with a name or a zip code, is enough to identify most people",
  birth_date: "a birth date, with a name or a zip code, is enough to identify most people",
  mrn: "a medical record number points at a patient's chart at their hospital",
};

/** Whether a finding may be kept at all: personal data only, never a secret or one of the user's words. */
export const mayKeep = (category: RedactionCategory, restorable: boolean): boolean => category === "phi" && restorable;

/**
 * The sentence to confirm before keeping values of these types, or null when none needs a confirmation (a name, an
 * id). Names the risk, never the value.
 */
export function restoreRisk(types: readonly string[]): string | null {
  const risks = [...new Set(types.map((t) => RISKS[t]).filter((r): r is string => !!r))];
  if (!risks.length) return null;
  const list = risks.length === 1 ? risks[0] : `${risks.slice(0, -1).join("; ")}; and ${risks.at(-1)}`;
  return `If it is real, it goes into a forum post anyone can read: ${list}. Keep it only if it is made up (a test patient's, a sample's).`;
}
