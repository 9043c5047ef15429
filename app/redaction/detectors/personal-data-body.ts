// Does a message body hold a person's data? Judged by the structured detectors only (a FHIR resource's names, birth
// date, telecom and address; e-mail addresses; birth dates, SSNs and phones given with their label), not by the prose
// detectors, whose guesses at names in an HTML page would condemn a whole message for nothing.
import type { PhiSpan } from "./phi-span";
import { findEmails } from "./phi-emails";
import { findSsns } from "./phi-ssns";
import { findBirthDates } from "./phi-birth-dates";
import { findJsonKeyedValues } from "./phi-json-keys";
import { findFhirJsonValues } from "./phi-fhir-json";
import { findKeyedPhones } from "./phi-phones";

const STRUCTURED = [findJsonKeyedValues, findFhirJsonValues, findEmails, findBirthDates, findSsns, findKeyedPhones];

export function holdsPersonalData(body: string): boolean {
  if (!body.trim()) return false;
  const spans: PhiSpan[] = [];
  for (const find of STRUCTURED) {
    find(body, spans);
    if (spans.length) return true;
  }
  return false;
}
