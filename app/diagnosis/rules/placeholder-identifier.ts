// PLACEHOLDER_IDENTIFIER: an identifier that only stands in for one — a template marker, or an ID-shaped value with
// letters that are not hexadecimal (the seed's abc12345-def6-7890-ghij-klmnopqrstuv). Support cannot trace it.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding, safeIdentifier } from "../finding";
import { ID_LABEL, formatProblem, groupIdentifiers, looksSecret, placeholderProblem } from "./identifier-checks";

export function placeholderIdentifier(f: Facts): Finding[] {
  return groupIdentifiers(f.identifiers).flatMap((group) => {
    const id = group[0];
    const reason = placeholderProblem(id);
    if (!reason || looksSecret(id)) return [];
    const format = formatProblem(id);
    const formatNote = format && format !== reason ? ` ${format.replace(reason, "").trim()}` : "";
    const label = ID_LABEL[id.kind];
    const shown = safeIdentifier(id.kind, id.value);
    return [
      finding({
        code: "PLACEHOLDER_IDENTIFIER",
        severity: "warning",
        basis: "observed",
        title: `The ${label} "${shown}" is a placeholder`,
        explanation: `${reason.replace(`"${id.value}"`, `"${shown}"`)}${formatNote}`,
        evidence: group.map((g) => ev(g.source, `${label}: ${shown}`)),
        nextSteps: [
          id.kind === "client-id" || id.kind === "app-id"
            ? `Copy the real ${label} from Code Console (My Applications → your app).`
            : id.kind === "tenant-id"
              ? "Copy the tenant ID from the FHIR base URL (the UUID after /r4/)."
              : `Copy the real ${label} from the response headers of the failing request (browser network panel, HAR, or curl -v), with the request's date and time.`,
        ],
      }),
    ];
  });
}
