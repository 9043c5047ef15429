// EMPTY_SCOPES: the token request failed because none of the requested scopes is authorized for the client
// (invalid_scope …token:empty-scopes; access_denied …grant:denied-by-server), or a token came back with no scope.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { requestedScopes } from "../analysis";
import { ev, errorExcerpt, finding, scopeExcerpt } from "../finding";

const EMPTY = /:(token:empty-scopes|grant:denied-by-server)$/;

export function emptyScopes(f: Facts): Finding[] {
  const errors = f.errors.filter(
    (e) =>
      (e.error.urn && EMPTY.test(e.error.urn)) ||
      (!e.error.urn && e.error.error === "access_denied" && e.where === "token-endpoint"),
  );
  const emptyGrants = f.granted.filter((g) => g.origin === "token-response" && g.scopes.length === 0);
  if (!errors.length && !emptyGrants.length) return [];
  const requested = requestedScopes(f).map((s) => s.scope);
  return [
    finding({
      code: "EMPTY_SCOPES",
      severity: "error",
      basis: errors.length ? "documented" : "observed",
      title: "None of the requested scopes is authorized for this client",
      explanation:
        "The authorization server found no requested scope that the app is registered and enabled for, so it issued no token (invalid_scope / empty-scopes, or access_denied / denied-by-server). Oracle Health staff: this happens when none of the requested scopes is registered on the app" +
        (requested.length ? ` — here the request asked for ${scopeExcerpt(requested, 6)}.` : "."),
      evidence: [
        ...errors.map((e) => ev(e.source, errorExcerpt(e.error))),
        ...emptyGrants.map((g) => ev(g.source, "granted: (none)")),
      ],
      nextSteps: [
        "Compare the scope parameter with the scopes registered on the app in Code Console, character by character (context, resource type, .read vs .rs).",
        "Check that the app's SMART version matches the form of the scopes requested.",
        "For a client domain, check that the health system provisioned this client ID with those scopes.",
      ],
      scopes: requested.map((s) => s.normalised),
    }),
  ];
}
