// Client domain only: patient and resource ids in text that structure did not read (log lines, truncated JSON,
// relative URLs). The same id gets the same pseudonym as in structured evidence (Patient/<id>, ?_id=, "id" of a
// logged resource; an OperationOutcome's or a Bundle's stays, as it does there). Every scan here is one regex pass
// with bounded look-around: linear on any input.
import type { ItemContext } from "../context";
import { NON_PATIENT_TYPES } from "../fhir";
import { pseudonymisePatientRef } from "./url";

const PATIENT_REF = /Patient\/([A-Za-z0-9.-]{1,64})/g;
/** `?_id=…`, `&patient=…`, `subject:Patient=…`, `patient.identifier` excluded (that one is PHI by its name). */
const ID_PARAM = /([?&])(_id|patient|subject|patient:Patient|subject:Patient)=([^&\s"'#<>\\]{1,200})/g;
/** A logged resource's "id" (also JSON-escaped); the resource type is looked for around it, in the same object. */
const JSON_ID = /(\\{0,3}")id\1[ \t]{0,4}:[ \t]{0,4}(\\{0,3}")([A-Za-z0-9.-]{1,64})\2/g;
const RESOURCE_TYPE = /\\{0,3}"resourceType\\{0,3}"[ \t]{0,4}:[ \t]{0,4}\\{0,3}"([A-Z][A-Za-z]{1,63})\\{0,3}"/;
const WINDOW = 400;

/** The resource type of the path right before a query (`…/Patient?_id=` → Patient), looked for in a bounded window. */
function pathResourceType(text: string, question: number): string | undefined {
  const before = text.slice(Math.max(0, question - 80), question);
  return /\/([A-Z][A-Za-z]{1,63})$/.exec(before)?.[1];
}

/** The resourceType of the object around `index`: the stretch up to the nearest brace on each side (bounded). */
function enclosingResourceType(text: string, start: number, end: number): string | undefined {
  const lo = Math.max(0, start - WINDOW);
  let left = start;
  while (left > lo && text[left - 1] !== "{" && text[left - 1] !== "}") left--;
  const hi = Math.min(text.length, end + WINDOW);
  let right = end;
  while (right < hi && text[right] !== "}" && text[right] !== "{") right++;
  return RESOURCE_TYPE.exec(text.slice(left, right))?.[1];
}

export function pseudonymiseIdsInText(text: string, ctx: ItemContext): string {
  let out = text;
  if (out.includes("Patient/"))
    out = out.replace(PATIENT_REF, (_m, id: string) => "Patient/" + ctx.phi(id, "patient_id"));
  if (/[?&](?:_id|patient|subject)[=:]/.test(out)) {
    out = out.replace(ID_PARAM, (whole: string, sep: string, name: string, value: string, offset: number) => {
      if (name === "_id") {
        const type = pathResourceType(out, offset);
        return `${sep}${name}=${ctx.phi(value, type === "Patient" ? "patient_id" : "resource_id")}`;
      }
      return `${sep}${name}=${pseudonymisePatientRef(value, ctx)}`;
    });
  }
  if (out.includes("resourceType")) {
    out = out.replace(JSON_ID, (whole: string, q1: string, q2: string, id: string, offset: number) => {
      const type = enclosingResourceType(out, offset, offset + whole.length);
      // An OperationOutcome's or a Bundle's id names the server's answer, not a patient's record: kept, as when read
      // whole (support quotes an outcome's id to find the request).
      if (!type || NON_PATIENT_TYPES.has(type)) return whole;
      return (
        whole.slice(0, whole.length - id.length - q2.length) +
        ctx.phi(id, type === "Patient" ? "patient_id" : "resource_id") +
        q2
      );
    });
  }
  return out;
}
