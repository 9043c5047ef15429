// Scoring a span producer on Presidio's labelled sentences (presidio-research synth_dataset_v2.json).
import { newScorecard, scoreSentence, ratio, type Scorecard, type Span } from "./spans";
import type { PresidioSentence } from "./corpora";

/** The entity types the free-text detector is meant to find (the list); the rest are reported for information. */
export const IN_SCOPE = new Set([
  "PERSON",
  "STREET_ADDRESS",
  "PHONE_NUMBER",
  "EMAIL_ADDRESS",
  "US_SSN",
  "IP_ADDRESS",
  "CREDIT_CARD",
]);
export const REPORTED_TYPES = [...IN_SCOPE, "ZIP_CODE", "US_DRIVER_LICENSE", "IBAN_CODE", "DATE_TIME"];

/** Map any tool's finding label (ours, the redactor's, the peers') to a Presidio entity type. */
export function presidioType(label: string): string | undefined {
  const l = label.toLowerCase();
  if (/name|person/.test(l)) return "PERSON";
  if (/street|address(?!_?ip)|^location/.test(l) && !/email|ip/.test(l)) return "STREET_ADDRESS";
  if (/postal|zip/.test(l)) return "ZIP_CODE";
  if (/phone|fax|tel/.test(l)) return "PHONE_NUMBER";
  if (/email/.test(l)) return "EMAIL_ADDRESS";
  if (/ssn|social/.test(l)) return "US_SSN";
  if (/ip/.test(l)) return "IP_ADDRESS";
  if (/card/.test(l)) return "CREDIT_CARD";
  if (/iban/.test(l)) return "IBAN_CODE";
  if (/date|birth/.test(l)) return "DATE_TIME";
  if (/id_number|licen/.test(l)) return "US_DRIVER_LICENSE";
  return undefined;
}

export function scoreTool(
  sentences: PresidioSentence[],
  spansOf: (text: string) => Span[] | null,
): { card: Scorecard; unaligned: number } {
  const card = newScorecard();
  let unaligned = 0;
  for (const s of sentences) {
    const gold = s.spans.map((g) => ({ start: g.start_position, end: g.end_position, type: g.entity_type }));
    const predicted = spansOf(s.full_text);
    if (predicted === null) {
      unaligned++;
      continue;
    }
    scoreSentence(card, gold, predicted, IN_SCOPE, presidioType);
  }
  return { card, unaligned };
}

export function recallOf(card: Scorecard, type: string): string {
  const t = card.byType.get(type);
  return t ? ratio(t.goldFound, t.goldTotal) : "—";
}
export function precisionOf(card: Scorecard, type: string): string {
  const t = card.byType.get(type);
  return t ? ratio(t.predTrue, t.predTotal) : "—";
}
