// The DICOM attributes that hold a person's data (PS3.15 Annex E, the basic de-identification profile), by tag
// (group and element, 8 upper-case hex digits) with the placeholder type their value gets. Study, series and SOP
// instance UIDs and the accession number are not here: they name the study a support engineer has to find (like a
// FHIR resource id in the sandbox), and say nothing of the person without the archive that holds it.

/**
 * One row per attribute: its tag, the placeholder type of its value, and its keywords (PS3.6) as tools write them on a
 * command line (`findscu -k PatientName=…`, dcm4che's `-m PatientName=…`), in code (`ds.PatientName = …`) and in XML
 * (`keyword="PatientName"`), with the ACR-NEMA spellings older pydicom and worklist text files use (`PatientsName`).
 */
const PERSON_ATTRIBUTES: readonly (readonly [tag: string, type: string, keywords: readonly string[]])[] = [
  ["00100010", "name", ["PatientName", "PatientsName"]], // Patient's Name
  ["00100020", "identifier", ["PatientID"]], // Patient ID
  ["00100030", "birth_date", ["PatientBirthDate", "PatientsBirthDate"]], // Patient's Birth Date
  ["00100032", "birth_date", ["PatientBirthTime", "PatientsBirthTime"]], // Patient's Birth Time
  ["00101000", "identifier", ["OtherPatientIDs"]], // Other Patient IDs
  ["00101001", "name", ["OtherPatientNames"]], // Other Patient Names
  ["00101005", "name", ["PatientBirthName", "PatientsBirthName"]], // Patient's Birth Name
  ["00101040", "address", ["PatientAddress", "PatientsAddress"]], // Patient's Address
  ["00101050", "identifier", ["InsurancePlanIdentification"]], // Insurance Plan Identification
  ["00101060", "name", ["PatientMotherBirthName", "PatientsMothersBirthName"]], // Patient's Mother's Birth Name
  ["00102154", "phone", ["PatientTelephoneNumbers", "PatientsTelephoneNumbers"]], // Patient's Telephone Numbers
  ["00102155", "phone", ["PatientTelecomInformation"]], // Patient's Telecom Information
  ["00102297", "name", ["ResponsiblePerson"]], // Responsible Person
  ["00380010", "identifier", ["AdmissionID"]], // Admission ID
  ["00080090", "name", ["ReferringPhysicianName", "ReferringPhysiciansName"]], // Referring Physician's Name
  ["00080092", "address", ["ReferringPhysicianAddress"]], // Referring Physician's Address
  ["00080094", "phone", ["ReferringPhysicianTelephoneNumbers"]], // Referring Physician's Telephone Numbers
  ["00081048", "name", ["PhysiciansOfRecord"]], // Physician(s) of Record
  ["00081050", "name", ["PerformingPhysicianName", "PerformingPhysiciansName"]], // Performing Physician's Name
  ["00081060", "name", ["NameOfPhysiciansReadingStudy"]], // Name of Physician(s) Reading Study
  ["00081070", "name", ["OperatorsName"]], // Operators' Name
  ["00321032", "name", ["RequestingPhysician"]], // Requesting Physician
  // Scheduled Performing Physician's Name
  ["00400006", "name", ["ScheduledPerformingPhysicianName", "ScheduledPerformingPhysiciansName"]],
  ["0040A123", "name", ["PersonName"]], // Person Name
];

export const DICOM_PERSON_TAGS: ReadonlyMap<string, string> = new Map(
  PERSON_ATTRIBUTES.map(([tag, type]) => [tag, type]),
);

/** The same attributes by keyword. */
export const DICOM_PERSON_KEYWORDS: ReadonlyMap<string, string> = new Map(
  PERSON_ATTRIBUTES.flatMap(([, type, keywords]) => keywords.map((keyword) => [keyword, type] as const)),
);

/**
 * The placeholder type of a person's attribute written as a tag in any of the usual spellings — `0010,0010`,
 * `(0010,0010)`, `(0010, 0010)`, `0010|0010` (ITK and SimpleITK), `00100010`, `0x00100010`, pydicom's `0x0010, 0x0010` — or null.
 */
export function personTagType(tag: string): string | null {
  const hex = tag.replace(/^\(|\)$|0x|[ ,|]/gi, "");
  return /^[0-9A-Fa-f]{8}$/.test(hex) ? (DICOM_PERSON_TAGS.get(hex.toUpperCase()) ?? null) : null;
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const hexRun = (text: string, from: number) =>
  from >= 0 && from + 4 <= text.length && [0, 1, 2, 3].every((k) => isHex(text.charCodeAt(from + k)));

/**
 * Whether the text holds a tag with its group and element apart, as dumps, printed dictionaries and XML write it
 * (`0010,0010`, `7FE0|0010`, `0010, 0010`): four hex digits each side of a `,` or `|` (looked up from each separator).
 */
function hasSplitTag(text: string): boolean {
  for (const separator of [",", "|"])
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
      if (!hexRun(text, at - 4)) continue;
      if (hexRun(text, at + 1) || (text[at + 1] === " " && hexRun(text, at + 2))) return true;
    }
  return false;
}
/** The elements of the person's attributes by their group (`0010` → `0010`, `0020`, …), elements in upper case. */
const PERSON_ELEMENTS = new Map<string, Set<string>>();
for (const [tag] of PERSON_ATTRIBUTES) {
  const group = tag.slice(0, 4);
  if (!PERSON_ELEMENTS.has(group)) PERSON_ELEMENTS.set(group, new Set());
  PERSON_ELEMENTS.get(group)?.add(tag.slice(4));
}
/** What may stand between a tag's group and its element in the spellings the readers take (`00100010`, `0010 0010`,
 *  `0x0010, 0x0010`): at most a separator, a blank and pydicom's `0x`. */
const MAX_BETWEEN = 4;
const isBetween = (c: number) => c === 0x2c || c === 0x20 || c === 0x7c;

/**
 * Whether a person's tag stands in the text with its group and element together or apart (`00100010`, `0x0040A123`,
 * `0010 0010`, `0x0010, 0x0010`): a person's group followed by one of that group's elements. A group alone is not
 * enough — `0040` or `0010` stands inside UUIDs, numbers and timestamps. Each occurrence of a group is read a
 * bounded number of characters on (linear).
 */
function hasPersonTag(text: string): boolean {
  for (const [group, elements] of PERSON_ELEMENTS)
    for (let at = text.indexOf(group); at >= 0; at = text.indexOf(group, at + 1)) {
      let i = at + 4;
      const limit = i + MAX_BETWEEN;
      while (i < limit) {
        const c = text.charCodeAt(i);
        if (isBetween(c)) i++;
        else if (c === 0x30 && (text.charCodeAt(i + 1) | 0x20) === 0x78)
          i += 2; // 0x
        else break;
      }
      if (hexRun(text, i) && elements.has(text.slice(i, i + 4).toUpperCase())) return true;
    }
  return false;
}
const PERSON_KEYWORD = new RegExp([...DICOM_PERSON_KEYWORDS.keys()].join("|"));

/**
 * Whether a paste may hold anything the DICOM readers act on: a tag written apart (any attribute's, whose name they
 * keep from the sweep), a person's tag in any spelling, or a person's keyword. Without
 * any of them every reader would leave the paste as it is, so they are not run.
 */
export function mayHoldDicom(text: string): boolean {
  return hasPersonTag(text) || PERSON_KEYWORD.test(text) || hasSplitTag(text);
}

/** Values that stand for no one ("UNKNOWN", "ANONYMOUS", "-"): left as they are. */
const NO_ONE = /^(?:-+|\?+|\*+|unknown|unnamed|anonymous|anonymized|none|null|n\/a|na)$/i;

/** Whether a value read under a person's tag is a person's value (not blank, not a stand-in). */
export function isPersonValue(value: string): boolean {
  const t = value.trim();
  return t !== "" && /[\p{L}\p{N}]/u.test(t) && !NO_ONE.test(t);
}
