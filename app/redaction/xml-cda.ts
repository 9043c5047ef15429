// CDA and C-CDA documents (`<ClinicalDocument xmlns="urn:hl7-org:v3">`), read into the element tree of xml-fhir.ts and
// judged by element: a CDA keeps a person's values in element text (`<given>`, `<family>`, `<streetAddressLine>`,
// `<city>`, `<postalCode>`) and in attributes (`<birthTime value>`, `<telecom value="tel:…">`, the patient's `<id
// extension>`). Names go wherever they stand (patient, guardian, author, informant); addresses and telecoms go unless
// an organisation or a facility holds them; the patient's ids go, a document's, an author's (NPI) and a code's stay.
// HL7 v3 messages (PIX/PDQ V3, XCPD) are read the same: a patient's other ids (`<asOtherIDs>`), any id under the SSN
// root, and a query's parameter values (`<livingSubjectBirthTime><value value>`, `<livingSubjectId><value
// extension>`) go too. Codes, code systems, templates, times, states and countries stay. One walk of the tree.
import type { ItemContext } from "./context";
import { eachWord } from "./value-words";
import { encode, type Parsed, type XmlElement } from "./xml-fhir";

export interface XmlEdit {
  start: number;
  end: number;
  with: string;
}
export interface XmlEdits {
  edits: XmlEdit[];
  /** Words (3+ characters) of the values removed: taken out of the document's other text too. */
  removed: Set<string>;
}

/** Parts of a person's name (prefix and suffix — `Dr.`, `M.D.` — stay). */
const NAME_PARTS = new Set(["given", "family"]);
/** Elements that are a person: a `<name>` of their own with text in it (`<name>Jane Roe</name>`) is theirs. */
const PERSON = /Person$|^patient$/;
/** Parts of an address that place a person (state, country and use stay). */
const ADDRESS_PARTS = new Set([
  "streetAddressLine",
  "deliveryAddressLine",
  "houseNumber",
  "houseNumberNumeric",
  "streetName",
  "streetNameBase",
  "additionalLocator",
  "unitID",
  "city",
  "postalCode",
  "county",
  "censusTract",
  "precinct",
]);
/** Elements whose address and telecom are an organisation's or a place of care's, not a person's. */
const ORGANISATION = /Organization$|^healthCareFacility$|^location$|^serviceDeliveryLocation$/;
/** Elements whose `<id extension>` identifies the patient (SSN, MRN, national number). HL7 v3's person roles hold the
 *  person's ids in other registers: `asOtherIDs`, a citizen's national number (`asCitizen`), an employee's, a member's
 *  or a student's number, a patient's id at another provider. An element that is a person (`assignedPerson`,
 *  `patientPerson`, see PERSON) holds that person's own ids; an author's or a performer's role (`assignedAuthor`,
 *  `assignedEntity`) holds a clinician's NPI, which stays. */
const PATIENT_IDS = new Set([
  "patientRole",
  "patient",
  "asOtherIDs",
  "asCitizen",
  "asEmployee",
  "asMember",
  "asStudent",
  "asPatientOfOtherProvider",
]);
/** Elements whose `value` attribute is a person's date (birth, death). */
const PERSON_TIMES = new Set(["birthTime", "deceasedTime"]);
/**
 * HL7 v3 query parameters (PDQ, XCPD, PIX query) whose `<value>` child holds the person's value: a date in `value`,
 * an id in `extension`, a telecom in `value`. A name's or an address's parts inside the `<value>` are read as above.
 */
const PARAMETER_VALUES: Record<string, { attr: string; type: string }> = {
  livingSubjectBirthTime: { attr: "value", type: "birth_date" },
  livingSubjectDeceasedTime: { attr: "value", type: "birth_date" },
  livingSubjectId: { attr: "extension", type: "identifier" },
  patientIdentifier: { attr: "extension", type: "identifier" },
  patientTelecom: { attr: "value", type: "phone" },
};
/** The root of US Social Security numbers: an id under it is a person's wherever it stands. */
const SSN_ROOT = "2.16.840.1.113883.4.1";
/** The root of US National Provider Identifiers: a clinician's, which stays even under an `assignedPerson`. */
const NPI_ROOT = "2.16.840.1.113883.4.6";
/** A telecom's scheme, kept before its value. */
const SCHEME = /^(?:tel|fax|mailto|sms):\s*/i;

export function cdaEdits(text: string, parsed: Parsed, ctx: ItemContext): XmlEdits {
  const edits: XmlEdit[] = [];
  const removed = new Set<string>();
  const replace = (start: number, end: number, value: string, type: string) => {
    const v = value.trim();
    if (!v) return;
    eachWord(v, 3, (w) => {
      if (!/^\d{1,3}$/.test(w)) removed.add(w);
    });
    const lead = value.length - value.trimStart().length;
    edits.push({ start: start + lead, end: start + lead + v.length, with: encode(ctx.phi(v, type)) });
  };
  // Text content by element: the spans of the text between its child elements.
  const textOf = new Map<XmlElement, Array<{ start: number; end: number }>>();
  for (const p of parsed.prose) {
    if (!p.owner) continue;
    const spans = textOf.get(p.owner);
    if (spans) spans.push(p);
    else textOf.set(p.owner, [p]);
  }
  const work: Array<{ el: XmlElement; parent: string; org: boolean }> = [{ el: parsed.root, parent: "", org: false }];
  while (work.length) {
    const { el, parent, org } = work.pop()!;
    const name = el.name;
    const inOrg = org || ORGANISATION.test(name);
    const type =
      NAME_PARTS.has(name) || (name === "name" && PERSON.test(parent))
        ? "name"
        : ADDRESS_PARTS.has(name) && !inOrg
          ? "address"
          : null;
    if (type) for (const t of textOf.get(el) ?? []) replace(t.start, t.end, text.slice(t.start, t.end), type);
    // An organisation's address is no person's: kept as it is, not swept as prose (a street pattern would take it).
    else if (inOrg && ADDRESS_PARTS.has(name))
      for (const t of textOf.get(el) ?? [])
        edits.push({ start: t.start, end: t.end, with: text.slice(t.start, t.end) });
    const ssn = name !== "templateId" && el.attrs.some((r) => r.name === "root" && r.value === SSN_ROOT);
    const npi = el.attrs.some((r) => r.name === "root" && r.value === NPI_ROOT);
    for (const a of el.attrs) {
      // The value as written (entities and all): its offsets are the text's.
      const raw = text.slice(a.start, a.end);
      if (PERSON_TIMES.has(name) && a.name === "value") replace(a.start, a.end, raw, "birth_date");
      else if (name === "telecom" && a.name === "value" && !inOrg) {
        const scheme = SCHEME.exec(raw)?.[0].length ?? 0;
        replace(a.start + scheme, a.end, raw.slice(scheme), "phone");
      } else if (
        a.name === "extension" &&
        ((name === "id" && (PATIENT_IDS.has(parent) || (PERSON.test(parent) && !npi))) || ssn)
      )
        replace(a.start, a.end, raw, "identifier");
      else if (name === "value" && PARAMETER_VALUES[parent]?.attr === a.name) {
        const { type } = PARAMETER_VALUES[parent];
        const scheme = type === "phone" ? (SCHEME.exec(raw)?.[0].length ?? 0) : 0;
        replace(a.start + scheme, a.end, raw.slice(scheme), type);
      }
    }
    for (const child of el.children) work.push({ el: child, parent: name, org: inOrg });
  }
  return { edits, removed };
}
