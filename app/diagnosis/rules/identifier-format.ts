// IDENTIFIER_FORMAT: an identifier that is not a placeholder but has the wrong shape (an opc-request-id without its
// /hex/hex form, a truncated X-Request-Id, a Client ID that is really a secret or a token, App ID = Client ID).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding, safeIdentifier } from "../finding";
import { ID_LABEL, formatProblem, groupIdentifiers, looksSecret, placeholderProblem } from "./identifier-checks";

export function identifierFormat(f: Facts): Finding[] {
  const out: Finding[] = groupIdentifiers(f.identifiers).flatMap((group) => {
    const id = group[0];
    if (placeholderProblem(id) && !looksSecret(id)) return [];
    const problem = formatProblem(id);
    if (!problem) return [];
    const label = ID_LABEL[id.kind];
    const shown = safeIdentifier(id.kind, id.value);
    const secret = looksSecret(id);
    return [
      finding({
        code: "IDENTIFIER_FORMAT",
        severity: secret ? "error" : "warning",
        basis: "documented",
        title: secret
          ? "The Client ID field holds what looks like a secret or a token"
          : `The ${label} "${shown}" does not have the expected format`,
        explanation: secret ? problem : problem.replace(id.value, shown),
        evidence: group.map((g) => ev(g.source, `${label}: ${shown}`)),
        nextSteps: secret
          ? [
              "Remove the value now: never post a client secret or a token. If it was posted anywhere, rotate the secret in Code Console.",
              "Enter the Client ID, the system account UUID shown in Code Console.",
            ]
          : [
              `Copy the ${label} whole from where it is shown (response headers, Code Console), without adding or cutting characters.`,
            ],
      }),
    ];
  });
  const app = f.ticket.application;
  if (app.appId && app.clientId && app.appId.toLowerCase() === app.clientId.toLowerCase()) {
    out.push(
      finding({
        code: "IDENTIFIER_FORMAT",
        severity: "warning",
        basis: "documented",
        title: "The Client ID equals the App ID",
        explanation:
          "They are different UUIDs in Code Console: the App ID names the application, the Client ID is its system account (the client_id the token endpoint sees).",
        evidence: [
          ev({ itemId: "ticket", location: "application.clientId" }, app.clientId),
          ev({ itemId: "ticket", location: "application.appId" }, app.appId),
        ],
        nextSteps: ["Copy both from Code Console → My Applications → your app."],
      }),
    );
  }
  return out;
}
