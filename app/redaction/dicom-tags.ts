// The DICOM attributes that hold a person's data (PS3.15 Annex E, the basic de-identification profile), by tag
// (group and element, 8 upper-case hex digits) with the placeholder type their value gets. Study, series and SOP
// instance UIDs and the accession number are not here: they name the study a support engineer has to find (like a
// FHIR resource id in the sandbox), and say nothing of the person without the archive that holds it.

export const DICOM_PERSON_TAGS: ReadonlyMap<string, string> = new Map([
  ["00100010", "name"], // Patient's Name
  ["00100020", "identifier"], // Patient ID
  ["00100030", "birth_date"], // Patient's Birth Date
  ["00100032", "birth_date"], // Patient's Birth Time
  ["00101000", "identifier"], // Other Patient IDs
  ["00101001", "name"], // Other Patient Names
  ["00101005", "name"], // Patient's Birth Name
  ["00101040", "address"], // Patient's Address
  ["00101050", "identifier"], // Insurance Plan Identification
  ["00101060", "name"], // Patient's Mother's Birth Name
  ["00102154", "phone"], // Patient's Telephone Numbers
  ["00102155", "phone"], // Patient's Telecom Information
  ["00102297", "name"], // Responsible Person
  ["00380010", "identifier"], // Admission ID
  ["00080090", "name"], // Referring Physician's Name
  ["00080092", "address"], // Referring Physician's Address
  ["00080094", "phone"], // Referring Physician's Telephone Numbers
  ["00081048", "name"], // Physician(s) of Record
  ["00081050", "name"], // Performing Physician's Name
  ["00081060", "name"], // Name of Physician(s) Reading Study
  ["00081070", "name"], // Operators' Name
  ["00321032", "name"], // Requesting Physician
  ["00400006", "name"], // Scheduled Performing Physician's Name
  ["0040A123", "name"], // Person Name
]);

/**
 * The same attributes by their DICOM keyword (PS3.6), as tools write them on a command line (`findscu -k
 * PatientName=…`, dcm4che's `-m PatientName=…`), in code (`ds.PatientName = …`) and in XML (`keyword="PatientName"`);
 * the ACR-NEMA spellings older pydicom and worklist text files use (`PatientsName`) too.
 */
export const DICOM_PERSON_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ["PatientName", "name"],
  ["PatientsName", "name"],
  ["PatientID", "identifier"],
  ["PatientBirthDate", "birth_date"],
  ["PatientsBirthDate", "birth_date"],
  ["PatientBirthTime", "birth_date"],
  ["PatientsBirthTime", "birth_date"],
  ["OtherPatientIDs", "identifier"],
  ["OtherPatientNames", "name"],
  ["PatientBirthName", "name"],
  ["PatientsBirthName", "name"],
  ["PatientAddress", "address"],
  ["PatientsAddress", "address"],
  ["InsurancePlanIdentification", "identifier"],
  ["PatientMotherBirthName", "name"],
  ["PatientsMothersBirthName", "name"],
  ["PatientTelephoneNumbers", "phone"],
  ["PatientsTelephoneNumbers", "phone"],
  ["PatientTelecomInformation", "phone"],
  ["ResponsiblePerson", "name"],
  ["AdmissionID", "identifier"],
  ["ReferringPhysicianName", "name"],
  ["ReferringPhysiciansName", "name"],
  ["ReferringPhysicianAddress", "address"],
  ["ReferringPhysicianTelephoneNumbers", "phone"],
  ["PhysiciansOfRecord", "name"],
  ["PerformingPhysicianName", "name"],
  ["PerformingPhysiciansName", "name"],
  ["NameOfPhysiciansReadingStudy", "name"],
  ["OperatorsName", "name"],
  ["RequestingPhysician", "name"],
  ["ScheduledPerformingPhysicianName", "name"],
  ["ScheduledPerformingPhysiciansName", "name"],
  ["PersonName", "name"],
]);

/**
 * The placeholder type of a person's attribute written as a tag in any of the usual spellings — `0010,0010`,
 * `(0010,0010)`, `(0010, 0010)`, `0010|0010` (ITK and SimpleITK), `00100010`, `0x00100010`, pydicom's `0x0010, 0x0010` — or null.
 */
export function personTagType(tag: string): string | null {
  const hex = tag.replace(/^\(|\)$|0x|[ ,|]/gi, "");
  return /^[0-9A-Fa-f]{8}$/.test(hex) ? (DICOM_PERSON_TAGS.get(hex.toUpperCase()) ?? null) : null;
}

/** Values that stand for no one ("UNKNOWN", "ANONYMOUS", "-"): left as they are. */
const NO_ONE = /^(?:-+|\?+|\*+|unknown|unnamed|anonymous|anonymized|none|null|n\/a|na)$/i;

/** Whether a value read under a person's tag is a person's value (not blank, not a stand-in). */
export function isPersonValue(value: string): boolean {
  const t = value.trim();
  return t !== "" && /[\p{L}\p{N}]/u.test(t) && !NO_ONE.test(t);
}
