// IHE XDS.b metadata (ebRIM 3.0: Provide and Register, Register, Stored Query requests and responses), pasted from
// SOAP traffic, an Axis2 or CXF dump or a registry's log. The person stands in slot values written in HL7 v2 data
// types — `<rim:Slot name="sourcePatientInfo">` holds `PID-5|DOE^JOHN^^^`, `PID-7|19560527`, `PID-11|100 Main
// St^^Metropolis^IL^44130`; `sourcePatientId` and a stored query's `$XDSDocumentEntryPatientId` hold the patient's id
// in CX form (`89765a87b^^^&1.2.3&ISO`); `authorPerson` and `legalAuthenticator` a clinician in XCN form
// (`^Smitty^Gerald^^^`) — and in the `value` of an `<ExternalIdentifier>` whose scheme is a patient id. A CX loses its
// id and keeps its assigning authority (`^^^&1.2.3&ISO`, the fact that names the affinity domain); an XCN loses its
// names and keeps its id; every other slot (codes, times, hashes, repository ids) stays. One forward pass over the
// text: each slot's values are read up to its end tag, found once; every regex is bounded.
import type { ItemContext } from "./context";
import { replaceElementBodies } from "./element-bodies";
import { replaceOnce } from "./forward-search";
import { cxIdSpan } from "./hl7-cx";
import { hasSentinel } from "./placeholders";

/** A Slot's start tag (ebRIM 3.0 `rim:Slot`, any prefix or none), its name attribute captured. */
const SLOT = /<((?:[A-Za-z_][\w.-]{0,40}:)?)Slot\s[^<>]{0,400}?\bname\s*=\s*["']([^"'<>]{1,200})["'][^<>]{0,400}>/g;
const SLOT_END = /<\/(?:[A-Za-z_][\w.-]{0,40}:)?Slot\b/g;
/** A Value element's text inside a slot. */
const VALUE = /<(?:[A-Za-z_][\w.-]{0,40}:)?Value\s*>([^<]{1,4096})<\//g;
/** An ExternalIdentifier's start tag. */
const EXTERNAL_ID = /<(?:[A-Za-z_][\w.-]{0,40}:)?ExternalIdentifier\s([^<>]{1,4000})>/g;
const ATTR = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]{0,2000})"|'([^']{0,2000})')`);
const SCHEME_ATTR = ATTR("identificationScheme");
const VALUE_ATTR = /(?:^|\s)value\s*=\s*(["'])/;

/** identificationScheme of XDSDocumentEntry.patientId, XDSSubmissionSet.patientId, XDSFolder.patientId. */
const PATIENT_ID_SCHEMES = new Set([
  "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427",
  "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446",
  "urn:uuid:f64ffdf0-4b97-4e06-b79f-a52b38ec2f8a",
]);
/** Slots holding the patient's id in CX form (a stored query's parameters quote it: `'id^^^&1.2&ISO'`). */
const CX_SLOTS = new Set([
  "sourcePatientId",
  "$XDSDocumentEntryPatientId",
  "$XDSSubmissionSetPatientId",
  "$XDSFolderPatientId",
  "$patientId",
]);
/** Slots holding a clinician in XCN form: names go, the id stays. */
const XCN_SLOTS = new Set(["authorPerson", "legalAuthenticator", "$XDSDocumentEntryAuthorPerson"]);
/** A recipient (XON|XCN|XTN) and an author's telecom (XTN). */
const OTHER_SLOTS = new Set(["intendedRecipient", "authorTelecommunication"]);

/** `value` with the parts at `spans` (sorted, disjoint) replaced by `to(part)`. */
function replaceSpans(value: string, spans: Array<[number, number]>, to: (part: string) => string): string {
  let out = "";
  let pos = 0;
  for (const [s, e] of spans) {
    if (e <= s || s < pos) continue;
    const part = value.slice(s, e);
    out += value.slice(pos, s) + (/[\p{L}\p{N}]/u.test(part) && !hasSentinel(part) ? to(part) : part);
    pos = e;
  }
  return out + value.slice(pos);
}

/** The spans of the components `wanted` (1-based, `^`-separated) of `v` from `from` on, repetitions (`~`) included. */
function componentSpans(v: string, from: number, wanted: ReadonlySet<number>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let n = 1;
  let start = from;
  for (let i = from; i <= v.length; i++) {
    const c = v[i];
    if (i === v.length || c === "^" || c === "~") {
      if (wanted.has(n)) spans.push([start, i]);
      n = c === "~" ? 1 : n + 1;
      start = i + 1;
    }
  }
  return spans;
}

const NAME_PARTS = new Set([1, 2, 3]);
const XCN_NAMES = new Set([2, 3, 4]);
const ADDRESS_PARTS = new Set([1, 2, 3, 5]);
const ID_PART = new Set([1]);

/** A `PID-n|…` value of sourcePatientInfo, the person's parts replaced; other fields (sex, language) kept. */
function redactPidField(v: string, ctx: ItemContext): string {
  const m = /^\s*PID-(\d{1,2})(?:\.\d{1,2})?\|/.exec(v);
  if (!m) return v;
  const from = m[0].length;
  const field = Number(m[1]);
  const whole = (type: string) => replaceSpans(v, [[from, v.length]], (p) => ctx.phi(p, type));
  switch (field) {
    case 2:
    case 3:
    case 4:
    case 18:
    case 20:
      return replaceSpans(v, componentSpans(v, from, ID_PART), (p) => ctx.phi(p, "identifier"));
    case 5:
    case 6:
    case 9:
      return replaceSpans(v, componentSpans(v, from, NAME_PARTS), (p) => ctx.phi(p, "name"));
    case 7:
    case 29:
      return whole("birth_date");
    case 11:
      return replaceSpans(v, componentSpans(v, from, ADDRESS_PARTS), (p) => ctx.phi(p, "address"));
    case 13:
    case 14:
      return whole("phone");
    case 19:
      return whole("ssn");
    case 21:
      // The mother's id (CX): its id part, the assigning authority stays.
      return replaceSpans(v, componentSpans(v, from, ID_PART), (p) => ctx.phi(p, "identifier"));
    case 12:
    case 23:
      // County code, birth place.
      return whole("address");
    default:
      return v;
  }
}

const XTN_PARTS = new Set([1, 4, 6, 7]);
/** An XTN (`^^Internet^a@b.org`, `^PRN^PH^^1^425^4445555`): its number and e-mail parts go, its use codes stay. */
const redactXtn = (v: string, from: number, ctx: ItemContext) =>
  replaceSpans(v, componentSpans(v, from, XTN_PARTS), (p) => ctx.phi(p, p.includes("@") ? "email" : "phone"));

/** intendedRecipient is `XON|XCN|XTN`: the person's names and their telecom go, the organisation stays. */
function redactRecipient(v: string, ctx: ItemContext): string {
  const a = v.indexOf("|");
  if (a < 0) return v;
  const b = v.indexOf("|", a + 1);
  const xcnEnd = b < 0 ? v.length : b;
  const xcn = replaceSpans(v.slice(a + 1, xcnEnd), componentSpans(v.slice(a + 1, xcnEnd), 0, XCN_NAMES), (p) =>
    ctx.phi(p, "name"),
  );
  return v.slice(0, a + 1) + xcn + (b < 0 ? "" : "|" + redactXtn(v.slice(b + 1), 0, ctx));
}

/** A stored query's author pattern without components (`('Quarterm%')`): the name in each quoted pattern goes, its
 *  `%` and `_` wildcards stay. */
function redactAuthorPattern(v: string, ctx: ItemContext): string {
  const spans: Array<[number, number]> = [];
  for (const m of v.matchAll(/'([^']{1,400})'/g)) {
    const inner = m[1];
    const lead = /^[%_]*/.exec(inner)![0].length;
    const trail = /[%_]*$/.exec(inner)![0].length;
    if (inner.length - trail > lead) spans.push([m.index + 1 + lead, m.index + 1 + inner.length - trail]);
  }
  return replaceSpans(v, spans, (p) => ctx.phi(p, "name"));
}

function redactSlotValue(slot: string, v: string, ctx: ItemContext): string {
  if (slot === "sourcePatientInfo") return redactPidField(v, ctx);
  if (slot === "intendedRecipient") return redactRecipient(v, ctx);
  if (slot === "authorTelecommunication") return redactXtn(v, 0, ctx);
  if (slot === "$XDSDocumentEntryAuthorPerson" && !v.includes("^")) return redactAuthorPattern(v, ctx);
  if (CX_SLOTS.has(slot)) {
    const id = cxIdSpan(v);
    return id ? replaceSpans(v, [[id.start, id.end]], (p) => ctx.phi(p, "identifier")) : v;
  }
  if (XCN_SLOTS.has(slot)) return replaceSpans(v, componentSpans(v, 0, XCN_NAMES), (p) => ctx.phi(p, "name"));
  return v;
}

function redactSlots(text: string, ctx: ItemContext): string {
  if (!text.includes("Slot")) return text;
  // Slots do not nest: a slot's values end at the first slot end tag (any prefix), or the text's end when it was cut
  // off; a self-closing slot has none.
  return replaceElementBodies(text, { start: SLOT, end: SLOT_END }, (m) => {
    const name = m[2].trim();
    const known = name === "sourcePatientInfo" || CX_SLOTS.has(name) || XCN_SLOTS.has(name) || OTHER_SLOTS.has(name);
    if (!known) return undefined;
    return (inner) => {
      VALUE.lastIndex = 0;
      return inner.replace(VALUE, (whole, value: string) =>
        replaceOnce(whole, `>${value}<`, `>${redactSlotValue(name, value, ctx)}<`),
      );
    };
  });
}

function redactExternalIdentifiers(text: string, ctx: ItemContext): string {
  if (!text.includes("ExternalIdentifier")) return text;
  EXTERNAL_ID.lastIndex = 0;
  return text.replace(EXTERNAL_ID, (whole, attrs: string) => {
    const scheme = SCHEME_ATTR.exec(attrs);
    if (!scheme || !PATIENT_ID_SCHEMES.has((scheme[1] ?? scheme[2] ?? "").trim())) return whole;
    const v = VALUE_ATTR.exec(attrs);
    if (!v) return whole;
    const valueStart = v.index + v[0].length;
    const valueEnd = attrs.indexOf(v[1], valueStart);
    if (valueEnd < 0) return whole;
    const value = attrs.slice(valueStart, valueEnd);
    const id = cxIdSpan(value);
    if (!id) return whole;
    const redacted = replaceSpans(value, [[id.start, id.end]], (p) => ctx.phi(p, "identifier"));
    return replaceOnce(whole, attrs, attrs.slice(0, valueStart) + redacted + attrs.slice(valueEnd));
  });
}

/** XDS.b metadata in `text` with the patient's and clinicians' values replaced (see above). */
export function redactXdsMetadata(text: string, ctx: ItemContext): string {
  return redactExternalIdentifiers(redactSlots(text, ctx), ctx);
}
