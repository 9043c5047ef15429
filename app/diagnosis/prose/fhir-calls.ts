// Whether a line shows a call to a FHIR API — a method with a resource's path ("GET /Observation", "POST
// https://…/r4/Encounter") or an OperationOutcome — rather than an OAuth step (authorize, token, registration): the
// refusal words on such a line are the FHIR server's, about the resource call, not the authorization server's about the
// client's authentication or its authorize/token parameters. Targets are read up to 500 characters and each line's
// mentions are capped, so the check is linear in the line.
import { isR4ResourceType } from "../knowledge/fhir-r4";
import { mentions } from "./named-refusals";

const METHOD_TARGET = /\b(?:GET|POST|PUT|PATCH|DELETE)\s{1,3}(\S{1,500})/g;
/** The OAuth endpoints a method can be sent to: not FHIR calls. */
const OAUTH_PATH = /\/(?:authori[sz]e|token|register|introspect|revoke)\b|\.well-known\//i;
/** A path segment that can be a resource type: "Observation" in …/r4/Observation?patient=1, "/Patient/12", "Encounter:". */
const RESOURCE_SEGMENT = /(?:^|\/)([A-Z][A-Za-z]{2,40})(?=[/?#:]|$)/g;
const OUTCOME = /\bOperationOutcome\b/;

export function namesFhirCall(line: string): boolean {
  if (OUTCOME.test(line)) return true;
  for (const m of mentions(METHOD_TARGET, line)) {
    if (OAUTH_PATH.test(m[1])) continue;
    for (const r of mentions(RESOURCE_SEGMENT, m[1])) if (isR4ResourceType(r[1])) return true;
  }
  return false;
}
