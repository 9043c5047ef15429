// NCPDP SCRIPT e-prescribing XML (NewRx, RxRenewal, RxFill, CancelRx…, versions 10.6 to 2023011), pasted whole or cut:
// inside `<Patient>` (`<HumanPatient><Name><LastName>…`) every element's text goes — names, birth date, address lines,
// city, postal code, phone numbers, e-mail, identifiers — except the ones that say nothing of the person (gender, state,
// country, qualifiers); a `<CardholderID>` and a `<CardholderName>` (its text, or the `<LastName>`… inside it) wherever
// they stand go too. A self-closing `<Patient/>` and FHIR XML's `<Patient>` are no SCRIPT patient. The prescriber, the
// pharmacy, the drug, the message ids and times stay. Read only in a SCRIPT message (the NCPDP namespace, or a patient
// or message element SCRIPT alone has, so a cut RxRenewalRequest counts); one pass: the person blocks are found with
// indexOf, their elements by one scan each.
import type { ItemContext } from "./context";
import { applyEdits } from "./text-edits";

/** Elements whose text is no person's value. */
const KEEP = new Set(["Gender", "StateProvince", "CountryCode", "Qualifier", "PlaceLocationQualifier", "Species"]);

const TYPE_OF: Record<string, string> = {
  LastName: "name",
  FirstName: "name",
  MiddleName: "name",
  Suffix: "name",
  Prefix: "name",
  Date: "birth_date",
  DateTime: "birth_date",
  AddressLine1: "address",
  AddressLine2: "address",
  AddressLine3: "address",
  City: "address",
  PostalCode: "postal_code",
  Number: "phone",
  Extension: "phone",
  ElectronicMail: "email",
};

/** A leaf element: its (prefixed) name, attributes, and text up to the next tag. */
const LEAF = /<((?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,60}))(?:\s[^<>]{0,400})?>([^<]*)<\/\1>/g;
const CARDHOLDER =
  /<((?:[A-Za-z_][\w.-]{0,40}:)?(?:CardholderID|CardHolderID|CardholderName|CardHolderName))>([^<]*)<\/\1>/g;

/** A SCRIPT message, even cut without its envelope: the namespace, a patient element or a message element of its own. */
const SCRIPT_EVIDENCE = new RegExp(
  String.raw`ncpdp\.org/schema/SCRIPT|HumanPatient>|<(?:[\w.-]+:)?(?:` +
    "NewRx|NewRxRequest|RxRenewalRequest|RxRenewalResponse|RxFill|RxFillIndicatorChange|CancelRx|CancelRxResponse|" +
    "RxChangeRequest|RxChangeResponse|RxHistoryRequest|RxHistoryResponse|RxTransferRequest|RxTransferResponse|Resupply|" +
    String.raw`DrugAdministration|Census|CardholderName|CardHolderName|CardholderID|CardHolderID)[\s>]`,
  "i",
);

export function redactNcpdpScript(text: string, ctx: ItemContext): string {
  if (!SCRIPT_EVIDENCE.test(text)) return text;
  const edits: { start: number; end: number; value: string; type: string }[] = [];
  for (let from = 0; ;) {
    const open = patientOpen(text, from);
    if (!open) break;
    const close = text.indexOf(`</${open.name}>`, open.end);
    const end = close < 0 ? text.length : close;
    const block = text.slice(open.end, end);
    LEAF.lastIndex = 0;
    for (let m = LEAF.exec(block); m; m = LEAF.exec(block)) {
      if (KEEP.has(m[2]) || !/[\p{L}\p{N}]/u.test(m[3])) continue;
      const value = m[3].trim();
      const start = open.end + m.index + m[0].indexOf(">") + 1 + m[3].indexOf(value);
      edits.push({ start, end: start + value.length, value, type: TYPE_OF[m[2]] ?? "identifier" });
    }
    from = close < 0 ? text.length : close + open.name.length + 3;
  }
  CARDHOLDER.lastIndex = 0;
  for (let m = CARDHOLDER.exec(text); m; m = CARDHOLDER.exec(text)) {
    const value = m[2].trim();
    if (!value) continue;
    const start = m.index + m[0].indexOf(">") + 1 + m[2].indexOf(value);
    edits.push({ start, end: start + value.length, value, type: /Name/.test(m[1]) ? "name" : "identifier" });
  }
  if (edits.length === 0) return text;
  return applyEdits(text, edits, (e) => ctx.phi(e.value, e.type));
}

/** A person's block: the patient, or the cardholder's structured name (SCRIPT 2017071+: `<LastName>`, `<FirstName>`). */
const PATIENT_OPEN =
  /<((?:[A-Za-z_][\w.-]{0,40}:)?(?:Patient|CardholderName|CardHolderName))(?:\s[^<>]{0,400})?>(?=(?:\s*<(?:[\w.-]{1,40}:)?([A-Za-z]))?)/g;

/**
 * The next person's block (any namespace prefix) at or after `from`: its name and where its content starts. Skipped: a
 * self-closing `<Patient />` (no content), and a FHIR XML `<Patient>` (its elements are lower camel case, SCRIPT's
 * upper: `<meta>`, `<identifier>` against `<HumanPatient>`, `<Identification>`).
 */
function patientOpen(text: string, from: number): { name: string; end: number } | null {
  PATIENT_OPEN.lastIndex = from;
  for (let m = PATIENT_OPEN.exec(text); m; m = PATIENT_OPEN.exec(text)) {
    if (m[0].endsWith("/>") || (m[2] !== undefined && m[2] === m[2].toLowerCase())) continue;
    return { name: m[1], end: m.index + m[0].length };
  }
  return null;
}
