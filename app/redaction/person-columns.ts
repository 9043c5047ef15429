// Whether a table's header makes it a list of people, and what each column of such a list holds: the one judgement a
// CSV export (csv.ts) and a table pasted as text (person-tables.ts: Markdown, psql, MySQL, fixed width, tab-separated)
// share. A column header is read as its letters in lower case (`First Name`, `first_name`, `FIRST_NAME` are one name).
// A birth date, SSN, MRN, passport, driver's licence, first/last name or patient column makes a list of people; then
// the weaker columns (`name`, `city`, `phone`, `email`, …) count too, so an apps table keeps its `name` column.
import { lookupTable } from "~/lib/lookup-table";
import type { ItemContext } from "./context";
import { isTemplateMarker } from "./context";
import { isSentinelOnly } from "./placeholders";
import { cellContent } from "./detectors/table-cells";
import type { TableCell } from "./table-layout";

/** A person's columns that make a table a list of people, and the type their values are redacted as. */
const PERSON_STRONG = lookupTable<string>({
  birthdate: "birth_date",
  dateofbirth: "birth_date",
  birthday: "birth_date",
  bdate: "birth_date",
  dob: "birth_date",
  deathdate: "date",
  ssn: "ssn",
  socialsecuritynumber: "ssn",
  mrn: "mrn",
  medicalrecordnumber: "mrn",
  passport: "identifier",
  driverslicense: "identifier",
  driverslicence: "identifier",
  driverlicense: "identifier",
  firstname: "name",
  lastname: "name",
  middlename: "name",
  givenname: "name",
  familyname: "name",
  forename: "name",
  surname: "name",
  maiden: "name",
  maidenname: "name",
  patientname: "name",
  fullname: "name",
  patient: "name",
  born: "birth_date",
  dayofbirth: "birth_date",
  cpf: "identifier",
  fname: "name",
  lname: "name",
  geburtsdatum: "birth_date",
  fechadenacimiento: "birth_date",
  datedenaissance: "birth_date",
  nachname: "name",
  vorname: "name",
  apellido: "name",
  apellidos: "name",
  prenom: "name",
  // A sign-in log's account (Log Analytics' SigninLogs, an Entra export): its rows are people's sign-ins.
  userprincipalname: "email",
  upn: "email",
});
/** A person's columns that count only in a list of people. */
const PERSON_WEAK = lookupTable<string>({
  drivers: "identifier",
  first: "name",
  last: "name",
  given: "name",
  family: "name",
  name: "name",
  fullname: "name",
  display: "name",
  nombre: "name",
  nom: "name",
  birthplace: "street_address",
  address: "street_address",
  streetaddress: "street_address",
  street: "street_address",
  city: "location",
  town: "location",
  hometown: "location",
  location: "location",
  zip: "postal_code",
  zipcode: "postal_code",
  postalcode: "postal_code",
  postcode: "postal_code",
  phone: "phone",
  phonenumber: "phone",
  mobile: "phone",
  mobilenumber: "phone",
  telephone: "phone",
  email: "email",
  emailaddress: "email",
  lat: "address",
  latitude: "address",
  lon: "address",
  lng: "address",
  longitude: "address",
  mname: "name",
  neighborhood: "street_address",
  neighbourhood: "street_address",
  alias: "name",
  telnum: "phone",
  phonecell: "phone",
  ss: "ssn",
  hin: "identifier",
  pubpid: "mrn",
  insuranceid: "identifier",
  identifier: "identifier",
});

/** A word a header naming a person's column holds (a cheap test before a text is read as tables). */
export const PERSON_WORD =
  /birth|dob|death|ssn|social|mrn|medical|passport|driver|first|last|given|family|surname|forename|maiden|full ?_?name|patient|born|geburt|nachname|vorname|apellido|nacimiento|naissance|pr[eé]nom|principal|upn/i;

/** A header cell that reads as a column's name: words, no quotes, colons or values (`"birthDate": "1982-01-23"`). */
const HEADER_NAME = /^[\p{L}][\p{L}\p{N} _.#()/'’-]{0,59}$/u;
/** A header cell without its blanks and one pair of double quotes around it (a quoted tab-separated header). */
const unquoted = (header: string) => header.trim().replace(/^"([^"]*)"$/, "$1");
export const isColumnName = (header: string) => HEADER_NAME.test(unquoted(header));
/** A column's name as its letters in lower case, accents dropped (`Prénom` is `prenom`). */
const columnName = (header: string) =>
  isColumnName(header)
    ? unquoted(header)
        .normalize("NFD")
        .toLowerCase()
        .replace(/[^a-z]/g, "")
    : "";

/**
 * A column headed only "Patient" holds a name only when the value reads as a person's: `Last, First` or two to four
 * capitalised words, none of them a word of a scopes matrix or a status (`Read`, `Granted`, `Launch`).
 */
const BARE_PATIENT = "patient";
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PERSON_SHAPED = new RegExp(`^${NAME_WORD}(?:, ${NAME_WORD}(?: ${NAME_WORD}){0,2}|(?: ${NAME_WORD}){1,3})$`, "u");
// The words of a scopes or permissions matrix (`Patient | Read | Granted`), only for a column headed "Patient". Not
// shared with display-names.ts EVIDENCE_WORDS or person-request.ts ROLE_WORDS on purpose: a bare "Patient" column
// holds a patient's name far more often than an author line holds a team's, so this list stays narrow.
const NOT_A_NAME = lookupTable<true>(
  Object.fromEntries(
    (
      "read write search create update delete patch history vread yes no true false allowed denied granted " +
      "supported unsupported required optional launch enabled disabled active inactive none all any user system " +
      "access only full partial pending error ok not and or"
    )
      .split(" ")
      .map((w) => [w, true]),
  ),
);
const readsAsPerson = (value: string) =>
  PERSON_SHAPED.test(value) && !value.split(/[ ,]+/).some((w) => NOT_A_NAME[w.toLowerCase()]);

/** Nouns for a person that a record's keys are prefixed with (DynamoDB's `CUSTOMER_NAME`, `MEMBER_CITY`). */
const PERSON_NOUNS = ["customer", "member", "employee", "subscriber", "guarantor", "patient", "person", "contact"];
/** Name keys that say, after a person's noun, that the record is a person's (`CUSTOMER_NAME` as `patientname`). */
const NAME_KEYS = new Set(["name", "fullname", "first", "last", "given", "family", "firstname", "lastname"]);
/**
 * A column named by a person's noun and a person's detail (`customername`, `customercity`) read as the detail alone:
 * a name is a strong column (`fullname`), a town or a phone a weak one. Any other column stays as it is named.
 */
function personNounless(name: string): string {
  if (PERSON_STRONG[name] || PERSON_WEAK[name]) return name;
  const noun = PERSON_NOUNS.find((n) => name.startsWith(n));
  if (!noun) return name;
  const rest = name.slice(noun.length);
  if (NAME_KEYS.has(rest)) return rest === "name" ? "fullname" : rest.length > 5 ? rest : rest + "name";
  return PERSON_STRONG[rest] || PERSON_WEAK[rest] ? rest : name;
}

/**
 * Per column, the type a list of people's column is redacted as (null: not a person's column); null when the header
 * makes no list of people. A column headed only "Patient" makes one alone only as far as its own values go, and lets
 * the weak columns count only when one of `values` (the table's rows, cell by cell) in it reads as a person.
 */
export function personColumns(
  headers: readonly string[],
  values: readonly (readonly string[])[] = [],
): Array<string | null> | null {
  const names = headers.map((h) => personNounless(columnName(h)));
  const strong = names.filter((n) => PERSON_STRONG[n]);
  if (!strong.length) return null;
  const patientOnly =
    strong.every((n) => n === BARE_PATIENT) &&
    !values.some((row) => row.some((v, k) => names[k] === BARE_PATIENT && readsAsPerson(v?.trim() ?? "")));
  if (patientOnly) return names.map((n) => (n === BARE_PATIENT ? "name" : null));
  return names.map((n) => PERSON_STRONG[n] ?? PERSON_WEAK[n] ?? null);
}

/**
 * The columns of a table known to list people by its own name (`patient`, `person_name`): every person's column
 * counts, strong or weak; null when none names a person's detail.
 */
export function peopleTableColumns(headers: readonly string[]): Array<string | null> | null {
  const types = headers.map((h) => {
    const n = columnName(h);
    return PERSON_STRONG[n] ?? PERSON_WEAK[n] ?? null;
  });
  return types.some((t) => t) ? types : null;
}

/** Whether a row repeats a header (a second query's output, a page break): most of its cells name the same columns. */
export function repeatsHeader(row: readonly string[], headers: readonly string[]): boolean {
  // Over the row's cells, not the header's: a row of a few cells under a header of thousands costs its own length.
  let same = 0;
  row.forEach((cell, k) => {
    const name = k < headers.length ? columnName(headers[k]) : "";
    if (name && name === columnName(cell ?? "")) same++;
  });
  return same * 2 > headers.length;
}

/** Whether a header is "Patient" alone: its values go only when they read as a name. */
export function isBarePatientColumn(header: string): boolean {
  return columnName(header) === BARE_PATIENT;
}

/** A value that holds nothing: a mask or a word for nothing. */
const PATIENT_NUMBER = /^\d{5,}$/;

export const NO_VALUE = /^(?:\*+|•+|x{3,}|-+|—|null|none|n\/a|na|empty|redacted)$/i;

/**
 * A person's value replaced, or null when the cell holds none (empty, a mask, a placeholder, a template marker, no
 * letter or digit). `bare`: the column is headed only "Patient", so the value must read as a name.
 */
export function redactPersonValue(value: string, type: string, ctx: ItemContext, bare = false): string | null {
  if (!value || isSentinelOnly(value) || isTemplateMarker(value) || NO_VALUE.test(value)) return null;
  if (!/[\p{L}\p{N}]/u.test(value)) return null;
  // A patient's number in a column headed only "Patient" is the patient's identifier.
  if (bare && PATIENT_NUMBER.test(value)) return ctx.phi(value, "mrn");
  if (bare && !readsAsPerson(value)) return null;
  return ctx.phi(value, type);
}

/**
 * The column names of a list of people's header that are kept from the sweep (they name columns, never a person:
 * "Patient Age" is no "Patient …"), each as its cell's content: a column name only, and not one `leftFor` leaves to
 * its own reader (a secret's column, whose name the table-cell reader still needs). In order.
 */
export function keptColumnNames(
  header: readonly TableCell[],
  leftFor: (name: string, k: number) => boolean,
): TableCell[] {
  const kept: TableCell[] = [];
  header.forEach((cell, k) => {
    const name = cellContent(cell);
    if (name && isColumnName(name.text) && !leftFor(name.text, k)) kept.push(name);
  });
  return kept;
}
