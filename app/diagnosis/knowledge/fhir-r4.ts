// FHIR R4 (4.0.1) facts the diagnosis needs: the resource types and the Patient compartment.
// Source: docs/smart-scopes.md (resource list) and the R4 CompartmentDefinition "patient"
// (hl7.org/fhir/R4/compartmentdefinition-patient.html). Kept as data; checked against each other by a unit test.

export const FHIR_R4_SOURCE = {
  document: "docs/smart-scopes.md § FHIR R4 (4.0.1) resource types; hl7.org/fhir/R4/compartmentdefinition-patient.html",
  version: "4.0.1",
  date: "2019-11-01",
} as const;

export const R4_RESOURCE_TYPES: readonly string[] =
  `Account ActivityDefinition AdverseEvent AllergyIntolerance Appointment
AppointmentResponse AuditEvent Basic Binary BiologicallyDerivedProduct BodyStructure Bundle CapabilityStatement CarePlan
CareTeam CatalogEntry ChargeItem ChargeItemDefinition Claim ClaimResponse ClinicalImpression CodeSystem Communication
CommunicationRequest CompartmentDefinition Composition ConceptMap Condition Consent Contract Coverage
CoverageEligibilityRequest CoverageEligibilityResponse DetectedIssue Device DeviceDefinition DeviceMetric DeviceRequest
DeviceUseStatement DiagnosticReport DocumentManifest DocumentReference EffectEvidenceSynthesis Encounter Endpoint
EnrollmentRequest EnrollmentResponse EpisodeOfCare EventDefinition Evidence EvidenceVariable ExampleScenario
ExplanationOfBenefit FamilyMemberHistory Flag Goal GraphDefinition Group GuidanceResponse HealthcareService ImagingStudy
Immunization ImmunizationEvaluation ImmunizationRecommendation ImplementationGuide InsurancePlan Invoice Library Linkage
List Location Measure MeasureReport Media Medication MedicationAdministration MedicationDispense MedicationKnowledge
MedicationRequest MedicationStatement MedicinalProduct MedicinalProductAuthorization MedicinalProductContraindication
MedicinalProductIndication MedicinalProductIngredient MedicinalProductInteraction MedicinalProductManufactured
MedicinalProductPackaged MedicinalProductPharmaceutical MedicinalProductUndesirableEffect MessageDefinition MessageHeader
MolecularSequence NamingSystem NutritionOrder Observation ObservationDefinition OperationDefinition OperationOutcome
Organization OrganizationAffiliation Parameters Patient PaymentNotice PaymentReconciliation Person PlanDefinition
Practitioner PractitionerRole Procedure Provenance Questionnaire QuestionnaireResponse RelatedPerson RequestGroup
ResearchDefinition ResearchElementDefinition ResearchStudy ResearchSubject RiskAssessment RiskEvidenceSynthesis Schedule
SearchParameter ServiceRequest Slot Specimen SpecimenDefinition StructureDefinition StructureMap Subscription Substance
SubstanceNucleicAcid SubstancePolymer SubstanceProtein SubstanceReferenceInformation SubstanceSourceMaterial
SubstanceSpecification SupplyDelivery SupplyRequest Task TerminologyCapabilities TestReport TestScript ValueSet
VerificationResult VisionPrescription`
    .split(/\s+/)
    .filter(Boolean);

const RESOURCE_SET = new Set(R4_RESOURCE_TYPES);
export const isR4ResourceType = (name: string): boolean => RESOURCE_SET.has(name);

/** Resource types that may belong to a patient's compartment (R4 CompartmentDefinition "patient"). */
export const PATIENT_COMPARTMENT: readonly string[] =
  `Account AdverseEvent AllergyIntolerance Appointment AppointmentResponse
AuditEvent Basic BodyStructure CarePlan CareTeam ChargeItem Claim ClaimResponse ClinicalImpression Communication
CommunicationRequest Composition Condition Consent Coverage CoverageEligibilityRequest CoverageEligibilityResponse
DetectedIssue DeviceRequest DeviceUseStatement DiagnosticReport DocumentManifest DocumentReference Encounter
EnrollmentRequest EpisodeOfCare ExplanationOfBenefit FamilyMemberHistory Flag Goal Group ImagingStudy Immunization
ImmunizationEvaluation ImmunizationRecommendation Invoice List MeasureReport Media MedicationAdministration
MedicationDispense MedicationRequest MedicationStatement MolecularSequence NutritionOrder Observation Patient Person
Procedure Provenance QuestionnaireResponse RelatedPerson RequestGroup ResearchSubject RiskAssessment Schedule
ServiceRequest Specimen SupplyDelivery SupplyRequest VisionPrescription`
    .split(/\s+/)
    .filter(Boolean);

const COMPARTMENT_SET = new Set(PATIENT_COMPARTMENT);
export const inPatientCompartment = (type: string): boolean => COMPARTMENT_SET.has(type);

/** DSTU2/STU3 names that developers still type, with their R4 successor. */
export const RENAMED_RESOURCE_TYPES: Readonly<Record<string, string>> = {
  MedicationOrder: "MedicationRequest",
  DiagnosticOrder: "ServiceRequest",
  ProcedureRequest: "ServiceRequest",
  ReferralRequest: "ServiceRequest",
  DiagnosticRequest: "ServiceRequest",
  DeviceUseRequest: "DeviceRequest",
  BodySite: "BodyStructure",
  Conformance: "CapabilityStatement",
  EligibilityRequest: "CoverageEligibilityRequest",
  EligibilityResponse: "CoverageEligibilityResponse",
  Sequence: "MolecularSequence",
  NutritionRequest: "NutritionOrder",
};

/** The R4 type a mistyped name most likely meant: a renamed type, or the same name in another case. */
export function suggestResourceType(name: string): string | null {
  if (RENAMED_RESOURCE_TYPES[name]) return RENAMED_RESOURCE_TYPES[name];
  const lower = name.toLowerCase();
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  return R4_RESOURCE_TYPES.find((t) => t.toLowerCase() === lower || t.toLowerCase() === singular) ?? null;
}

/**
 * Types outside the Patient compartment that still define a `patient` and a `subject` search parameter in R4
 * (hl7.org/fhir/R4/<type>.html#search), and those that define `subject` only (its target is a medicinal product, not
 * a patient). Every other type outside the compartment is searched by neither.
 */
const SEARCHABLE_BY_PATIENT_OUTSIDE = new Set(["Device", "Task", "GuidanceResponse", "Contract"]);
const SEARCHABLE_BY_SUBJECT_OUTSIDE = new Set([
  "MedicinalProductContraindication",
  "MedicinalProductIndication",
  "MedicinalProductInteraction",
  "MedicinalProductUndesirableEffect",
]);

/**
 * Whether a search of an R4 type by `patient` or `subject` may be defined: true for every type in the Patient
 * compartment (their parameter names are not checked one by one: `Group?patient=` is not caught) and for the types
 * outside it listed above.
 */
export const searchableByPatient = (type: string, param: "patient" | "subject"): boolean =>
  COMPARTMENT_SET.has(type) ||
  SEARCHABLE_BY_PATIENT_OUTSIDE.has(type) ||
  (param === "subject" && SEARCHABLE_BY_SUBJECT_OUTSIDE.has(type));

/**
 * For a type no patient owns, where a patient's instances are found instead: the patient-owned types that reference it,
 * each searched by patient (R4: MedicationRequest.medication[x] and its siblings reference Medication; Encounter's
 * participant and location reference Practitioner and Location).
 */
export const PATIENT_OWNED_ROUTES: Readonly<Record<string, string>> = {
  Medication:
    "MedicationRequest, MedicationStatement, MedicationAdministration or MedicationDispense searched by patient (then read the Medication each references)",
  Practitioner: "Encounter or CareTeam searched by patient (their participants reference the Practitioner)",
  Location: "Encounter searched by patient (its location references the Location)",
};
