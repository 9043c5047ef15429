// The FHIR resource ids a text shows as ids: a JSON `"id": "…"`, an XML `<id value="…"/>`, the id segment of a
// reference (`"reference": "Patient/12724066"`, `<reference value="Patient/12724066"/>`). A value only in a URL path
// is not one of them: an API may put an MRN there. A sandbox ticket keeps them (they are the facts a support engineer
// looks up), so a personal identifier that happens to have the same value (a sandbox Patient whose id is its MRN) is
// not carried over them.

/** Each shape with its bounded id (FHIR ids are at most 64 characters of letters, digits, `-` and `.`). */
const FHIR_ID =
  /"id"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9.-]{1,64})"|<id[ \t]+value="([A-Za-z0-9.-]{1,64})"|"reference"[ \t]{0,3}:[ \t]{0,3}"[A-Z][A-Za-z]{2,40}\/([A-Za-z0-9.-]{1,64})"|<reference[ \t]+value="[A-Z][A-Za-z]{2,40}\/([A-Za-z0-9.-]{1,64})"/g;

/** Every value the text shows as a FHIR resource id. */
export function fhirIdMentions(text: string): string[] {
  const ids: string[] = [];
  FHIR_ID.lastIndex = 0;
  for (let m = FHIR_ID.exec(text); m; m = FHIR_ID.exec(text)) ids.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return ids;
}
