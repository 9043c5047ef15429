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

/** Values that stand for no one ("UNKNOWN", "ANONYMOUS", "-"): left as they are. */
const NO_ONE = /^(?:-+|\?+|\*+|unknown|unnamed|anonymous|anonymized|none|null|n\/a|na)$/i;

/** Whether a value read under a person's tag is a person's value (not blank, not a stand-in). */
export function isPersonValue(value: string): boolean {
  const t = value.trim();
  return t !== "" && /[\p{L}\p{N}]/u.test(t) && !NO_ONE.test(t);
}
