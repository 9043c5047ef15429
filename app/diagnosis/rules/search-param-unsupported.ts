// SEARCH_PARAM_UNSUPPORTED: a search by patient (or subject) on a resource type no patient owns — outside FHIR R4's
// Patient compartment, with no such search parameter — so the server cannot run it whatever the token: it refuses it
// (400 or 404) or, lenient, ignores the parameter (200, unfiltered).
// Not an authorization problem; the advice names where a patient's instances are searched instead.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding, requestExcerpt } from "../finding";
import { PATIENT_OWNED_ROUTES, isR4ResourceType, searchableByPatient } from "../knowledge/fhir-r4";

const PATIENT_PARAMS = new Set(["patient", "subject"]);

/** A parameter's name without its modifier or chain: `patient:Patient` and `subject.name` are patient and subject. */
const baseName = (param: string): string => param.split(/[:.]/)[0].toLowerCase();

export function searchParamUnsupported(f: Facts): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const r of f.requests) {
    const { kind, resourceType: type, searchParams } = r.interaction;
    if (kind !== "search-type" || !type || !isR4ResourceType(type)) continue;
    const param = searchParams.map(baseName).find((p) => PATIENT_PARAMS.has(p)) as "patient" | "subject" | undefined;
    if (!param || searchableByPatient(type, param) || seen.has(`${type}?${param}`)) continue;
    seen.add(`${type}?${param}`);
    const route = PATIENT_OWNED_ROUTES[type];
    out.push(
      finding({
        code: "SEARCH_PARAM_UNSUPPORTED",
        severity: "error",
        basis: "documented",
        title: `${type} cannot be searched by ${param}: no patient owns a ${type}`,
        explanation: `${type} is outside FHIR R4's Patient compartment: it belongs to no patient and defines no ${param} search parameter, so the server cannot run ${type}?${param}=…: it refuses it (400 or 404), or, lenient as R4 servers are unless the request says Prefer: handling=strict, ignores the parameter and answers 200 with ${type} resources not filtered by any patient. This is not an authorization problem: no token, scope or registration change makes the search work.`,
        evidence: [ev(r.source, requestExcerpt(r))],
        nextSteps: [
          route
            ? `Find a patient's ${type} resources through ${route}.`
            : `Search a resource in the patient's compartment that references the ${type} (by patient), then read the ${type} it references.`,
          `Check {FHIR base}/metadata for the search parameters the server lists for ${type}.`,
        ],
      }),
    );
  }
  return out;
}
