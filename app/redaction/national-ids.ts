// Person identifiers issued by a state (NHS number, BSN, KVNR, IHI, SSIN, NIR, personnummer…), found by the FHIR
// identifier system that names them. A resource repeats such a number where no reader looks for a person's value: the
// NHS England PDS API uses the NHS number as the Patient's id and in every fullUrl, a Nictiz narrative opens with it,
// a gematik example names its instance after the KVNR. This module only finds them: redact.ts registers each as a
// personal identifier, and known-personal.ts carries it wherever it still stands, like any other removed value (a
// sandbox keeps FHIR ids, but not an id that is a person's national number).
import { digitsIn } from "./digits";

/** A record's keys for a person's national number (Brazil's CPF and CNS, Spain's DNI, NIE and NIF, Mexico's CURP and
 *  NSS, Chile's RUT, the Netherlands' BSN, France's NIR, Belgium's SSIN/INSZ/NISS, Italy's codice fiscale, Germany's
 *  KVNR, the NHS number, Sweden's personnummer, Denmark's CPR, Poland's PESEL, Greece's AMKA, Switzerland's AHV/AVS),
 *  lower case without separators: an object holding one is a person's record. */
const NATIONAL_NUMBER_KEYS = new Set(
  "cpf cns dni nie nif curp nss rut bsn nir ssin insz niss codicefiscale kvnr nhsnumber personnummer cpr pesel amka ahv avs".split(
    " ",
  ),
);
/** Whether a key names a person's national number (`cpf`, `codice_fiscale`, `nhsNumber`). */
export const isNationalNumberKey = (key: string): boolean =>
  key.length <= 40 && NATIONAL_NUMBER_KEYS.has(key.toLowerCase().replace(/[_\-. ]/g, ""));

/**
 * Parts of identifier systems (URIs, OIDs, FSH aliases) that name a national person identifier, lower case. A system
 * naming an organisation (ODS code, IK, HPI-O) is not here: those stay.
 */
const NATIONAL_SYSTEMS = [
  "nhs-number", // England and Wales: https://fhir.nhs.uk/Id/nhs-number, FSH alias $nhs-number
  "chi-number", // Scotland
  "namingsystem/bsn", // Netherlands: http://fhir.nl/fhir/NamingSystem/bsn
  "2.16.840.1.113883.2.4.6.3", // BSN's OID
  "kvid-10", // Germany: http://fhir.de/sid/gkv/kvid-10 (KVNR)
  "pkv/kvid-10",
  "id/hi/ihi", // Australia: IHI
  "id/medicare-number",
  "id/dva",
  "namingsystem/ssin", // Belgium: SSIN / INSZ / NISS
  "1.2.250.1.213.1.4.8", // France: INS-NIR (and its test OIDs)
  "1.2.250.1.213.1.4.10",
  "1.2.250.1.213.1.4.11",
  "1.2.752.129.2.1.3.1", // Sweden: personnummer
  "2.16.578.1.12.4.1.4.1", // Norway: fødselsnummer
  "1.2.208.176.1.2", // Denmark: CPR
  "1.2.246.21", // Finland: henkilötunnus
  "patient-hcn", // Canada: provincial health card numbers (ca-on-patient-hcn…)
  "patient-healthcare-id",
  "namingsystem/cpf", // Brazil: CPF, CNS
  "namingsystem/cns",
  "sid/us-ssn", // United States: SSN
  "2.16.840.1.113883.4.1",
  "2.16.756.5.32", // Switzerland: AHVN13
  "1.2.40.0.10.1.4.3.1", // Austria: social security number
  "1.2.40.0.10.2.1.1.149", // Austria: bPK (sector-specific personal identifier)
  "identifier/il-national-id", // Israel: http://fhir.health.gov.il/identifier/il-national-id
  "healthid.abdm.gov.in", // India: ABHA number and address
  "healthid.ndhm.gov.in",
  "2.16.840.1.113883.2.9.4.3.2", // Italy: codice fiscale
  "2.16.578.1.12.4.1.4.2", // Norway: D-number, H-number
  "2.16.578.1.12.4.1.4.3",
  "1.2.752.129.2.1.3.3", // Sweden: samordningsnummer
  "validacion/run", // Chile: RUN (http://regcivil.cl/Validacion/RUN)
  "curp", // Mexico: CURP
];

/**
 * Parts of identifier systems that name an organisation or a country, never a person: an NHS ODS code (a GP practice,
 * a pharmacy), a German IK (an insurer), an Australian HPI-O, an ISO 3166 country code. Their values are facts a
 * support engineer needs (which practice, which insurer) and stay.
 */
const ORGANISATION_SYSTEMS = [
  "ods-organization-code",
  "ods-site-code",
  "arge-ik/iknr",
  "id/hi/hpio",
  "urn:iso:std:iso:3166",
];

/** An identifier system that names an organisation or a country (see ORGANISATION_SYSTEMS). */
export const isOrganisationSystem = (system: string | undefined): boolean => {
  if (!system) return false;
  const s = system.toLowerCase();
  return ORGANISATION_SYSTEMS.some((part) => s.includes(part));
};

/**
 * A system as each format writes it: JSON `"system": "…"`, XML `<system value="…"/>`, FSH `.system = …` (or a rule
 * nested under the identifier, `* system = #urn:oid:…`).
 */
const SYSTEM =
  /"system"[ \t]{0,3}:[ \t]{0,3}"([^"\n]{1,200})"|<system[ \t]+value="([^"\n]{1,200})"|(?:\.|\*[ \t]{1,3})system[ \t]{0,3}=[ \t]{0,3}("[^"\n]{1,200}"|[$#][\w:.-]{1,100})/g;
/** The value after it, within the same identifier: the first value key, in any of the three formats. */
const VALUE =
  /"value"[ \t]{0,3}:[ \t]{0,3}"([^"\\\n]{4,40})"|<value[ \t]+value="([^"\n]{4,40})"|(?:\.|\*[ \t]{1,3})value[ \t]{0,3}=[ \t]{0,3}"([^"\n]{4,40})"/;
/** A JSON object's value written before its system (`{"value": "…", "system": "…"}`), or a person's number as its
 *  `id` (`"patient": {"id": "…", "name": …, "system": "urn:oid:…"}`). */
const VALUE_BEFORE = /"(?:value|id)"[ \t]{0,3}:[ \t]{0,3}"([^"\\\n]{4,40})"/;
/**
 * An identifier typed by HL7's v2-0203 as a person's national number: NI (national unique individual identifier), SS
 * (social security number), NN and a country (NNFIN, NNDNK…), JHN (jurisdictional health number), PPN (passport) — the
 * code after the type's system, in JSON (`"code": "SS"`), XML (`<code value="NI"/>`) or FSH (`$v2-0203#NNFIN`).
 */
const NATIONAL_TYPE =
  /v2-0203(?:"[^{}\n]{0,20}\n?[^{}\n]{0,20}"code"[ \t]{0,3}:[ \t]{0,3}"|"[ \t]{0,3}\/>[ \t\n]{0,40}<code[ \t]+value="|#)(?:NI|SS|NN[A-Z]{3}|JHN|PPN)(?![\w-])/g;
/** An FSH identifier slice named after a national id (`* identifier[KVNR].value = "…"`), no system written. */
const FSH_SLICE =
  /identifier\[(?:kvnr|kvid[\w-]{0,10}|nhs[\w-]{0,10}|bsn|ihi|medicare|ssin|insz|niss|nir|ins-nir|cpf|personnummer)\]\.value[ \t]{0,3}=[ \t]{0,3}"([^"\n]{4,40})"/gi;
/** How far after its system an identifier's value is looked for. */
const WINDOW = 300;

/** An identifier system that names a national person identifier (see NATIONAL_SYSTEMS). */
export const isNationalSystem = (system: string): boolean => {
  const s = system.toLowerCase();
  return NATIONAL_SYSTEMS.some((part) => containsWhole(s, part));
};

/**
 * `part` in `s`, not the head of a longer OID (Norway's `2.16.578.1.12.4.1.4.1` is a person's number, its
 * `2.16.578.1.12.4.1.4.101` an organisation's; a sub-arc `….1.4.1.5` is another scheme).
 */
function containsWhole(s: string, part: string): boolean {
  for (let at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
    const next = s.charCodeAt(at + part.length);
    const continuesOid =
      /\d$/.test(part) &&
      ((next >= 0x30 && next <= 0x39) || (next === 0x2e && /\d/.test(s[at + part.length + 1] ?? "")));
    if (!continuesOid) return true;
  }
  return false;
}

/** A national id as this module finds it: 6+ characters holding 4+ digits, or an opaque one of 16+ (Austria's bPK). */
const isNationalIdShape = (value: string): boolean =>
  value.length >= 6 && (digitsIn(value) >= 4 || (value.length >= 16 && !/\s/.test(value)));

/** In JSON, the value or id written before a system, within the same object (back to its opening brace). */
function valueBefore(text: string, systemAt: number): RegExpExecArray | null {
  const head = text.slice(Math.max(0, systemAt - WINDOW), systemAt);
  return VALUE_BEFORE.exec(head.slice(head.lastIndexOf("{") + 1));
}

/**
 * In JSON a type's code sits three objects deep in its identifier (identifier { type { coding [ { code): the rest of
 * the identifier after the code ends at the third unmatched `}`, so the next identifier's value is not this one's.
 */
const TYPE_DEPTH = 3;

/** The identifier's text after its type's code, up to the identifier's own `}` (XML and FSH have none: the window). */
function typedIdentifierAfter(text: string, from: number): string {
  const window = text.slice(from, from + WINDOW);
  let depth = 0;
  for (let i = 0; i < window.length; i++) {
    if (window[i] === "{") depth++;
    else if (window[i] === "}" && --depth === -TYPE_DEPTH) return window.slice(0, i);
  }
  return window;
}

/** In JSON, the identifier's value written before its type, from the identifier's own `{` to the type's code. */
function typedValueBefore(text: string, at: number): RegExpExecArray | null {
  const head = text.slice(Math.max(0, at - WINDOW), at);
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    if (head[i] === "}") depth++;
    else if (head[i] === "{" && --depth === -TYPE_DEPTH) return VALUE_BEFORE.exec(head.slice(i + 1));
  }
  return null;
}

/** The national person identifiers named by their system or their type in a text. */
export function nationalIdValues(text: string): string[] {
  const found = new Set<string>();
  SYSTEM.lastIndex = 0;
  for (let m = SYSTEM.exec(text); m; m = SYSTEM.exec(text)) {
    if (!isNationalSystem(m[1] ?? m[2] ?? m[3])) continue;
    const after = SYSTEM.lastIndex;
    let window = text.slice(after, after + WINDOW);
    // The next identifier's system ends this one, and so does the end of a JSON object (its value came before).
    const next = window.search(/"system"|<system[ \t]|\.system[ \t]*=|\}/);
    if (next >= 0) window = window.slice(0, next);
    const v = VALUE.exec(window) ?? valueBefore(text, m.index);
    const value = v && (v[1] ?? v[2] ?? v[3]).trim();
    if (value && isNationalIdShape(value)) found.add(value);
  }
  NATIONAL_TYPE.lastIndex = 0;
  for (let m = NATIONAL_TYPE.exec(text); m; m = NATIONAL_TYPE.exec(text)) {
    const v = VALUE.exec(typedIdentifierAfter(text, NATIONAL_TYPE.lastIndex)) ?? typedValueBefore(text, m.index);
    const value = v && (v[1] ?? v[2] ?? v[3]).trim();
    if (value && isNationalIdShape(value)) found.add(value);
  }
  FSH_SLICE.lastIndex = 0;
  for (let m = FSH_SLICE.exec(text); m; m = FSH_SLICE.exec(text)) {
    const value = m[1].trim();
    if (isNationalIdShape(value)) found.add(value);
  }
  return [...found];
}
