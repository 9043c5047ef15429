// FHIR knowledge the redactor needs: which resources describe a person, which keep their content in a client domain,
// which elements are person-linked dates.

/** Resources that describe a person: name, telecom, address, birthDate, photo, contact are PHI here. */
export const PERSON_TYPES = new Set(["Patient", "RelatedPerson", "Person", "Practitioner"]);

/** Resources that hold no patient data: never reduced to their shape, no clinical PHI rules. */
export const NON_PATIENT_TYPES = new Set([
  "OperationOutcome",
  "Bundle",
  "CapabilityStatement",
  "TerminologyCapabilities",
  "StructureDefinition",
  "SearchParameter",
  "OperationDefinition",
  "ValueSet",
  "CodeSystem",
  "ConceptMap",
  "ImplementationGuide",
  "CompartmentDefinition",
  "NamingSystem",
  "StructureMap",
  "GraphDefinition",
  "MessageDefinition",
  "Parameters",
]);

/** Person-linked dates (all elements except the year must go): keys, and the period-like keys whose start/end count. */
export const PERSON_DATE_KEYS = new Set([
  "birthDate",
  "deceasedDateTime",
  "collectedDateTime",
  "effectiveDateTime",
  "effectiveInstant",
  "onsetDateTime",
  "abatementDateTime",
  "recordedDate",
  "issued",
  "authoredOn",
  "occurrenceDateTime",
  "performedDateTime",
  "dateAsserted",
  "assertedDate",
  "lastOccurrence",
  "whenHandedOver",
  "whenPrepared",
  "dateWritten",
  "administeredDate",
  "expirationDate",
  "date",
  "created",
  "recorded",
  "sent",
  "received",
  "lastUpdated_person",
  // A relative's (FamilyMemberHistory): born and died.
  "bornDate",
  "deceasedDate",
]);
export const PERIOD_KEYS = new Set([
  "period",
  "effectivePeriod",
  "collectedPeriod",
  "onsetPeriod",
  "abatementPeriod",
  "occurrencePeriod",
  "performedPeriod",
  "billablePeriod",
  "servicedPeriod",
  "validityPeriod",
  "dispenseInterval",
  "timingPeriod",
  "actualPeriod",
  "bornPeriod",
]);

const DATE_WITH_MORE_THAN_YEAR = /^(\d{4})-\d{2}(-\d{2})?([T ].*)?$/;

/** "1974-12-25" → "1974"; a year alone (or anything else) is returned unchanged. */
export function yearOnly(value: string): string {
  const m = DATE_WITH_MORE_THAN_YEAR.exec(value.trim());
  return m ? m[1] : value;
}

export const hasMoreThanYear = (value: string): boolean => DATE_WITH_MORE_THAN_YEAR.test(value.trim());

/** The placeholder type of a ContactPoint by its system. */
export function telecomType(system: string | undefined): string {
  switch (system) {
    case "email":
      return "email";
    case "fax":
      return "fax";
    case "url":
      return "url";
    case "pager":
    case "sms":
    case "phone":
      return "phone";
    default:
      return "telecom";
  }
}

/** The key of an extension list (extension, modifierExtension): its items' value[x] are judged by their kind. */
export const isExtensionKey = (key: string | undefined): boolean => key === "extension" || key === "modifierExtension";

/** The placeholder type of a person's extension value, from the extension's URL (or the value's FHIR type). */
export function extensionValueType(url: string | undefined, valueKey: string): string {
  const u = url ?? "";
  if (valueKey === "valueHumanName" || /maiden|name|alias/i.test(u)) return "name";
  if (valueKey === "valueAddress" || /birthPlace|address|place|residence/i.test(u)) return "address";
  if (valueKey === "valueContactPoint" || /telecom|phone|email|fax/i.test(u)) return "telecom";
  if (valueKey === "valueIdentifier" || /identifier|ssn|mrn|passport|licen[cs]e|insurance|member/i.test(u))
    return "identifier";
  return "phi";
}

export const NARRATIVE = (placeholder: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${placeholder}</div>`;
