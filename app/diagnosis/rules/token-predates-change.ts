// TOKEN_PREDATES_CHANGE: the token was issued before the scope change in Code Console took effect (changes apply
// after a 15-minute waiting period; a token keeps the scopes it was issued with; a refresh never adds scopes).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";
import { PROPAGATION_MINUTES } from "../knowledge/platform";
import { isoOf } from "../time";

export function tokenPredatesChange(f: Facts): Finding[] {
  if (f.scopesChangedAt === null) return [];
  const effective = f.scopesChangedAt + PROPAGATION_MINUTES.value * 60_000;
  const issued: Array<{ at: number; source: { itemId: string; location: string }; what: string }> = [];
  for (const t of f.tokens) {
    if (t.iat !== null && t.role !== "id_token" && t.role !== "client_assertion")
      issued.push({ at: t.iat * 1000, source: t.source, what: "token issued (iat)" });
  }
  for (const g of f.granted) {
    if (g.origin === "token-response" && g.time !== null)
      issued.push({ at: g.time, source: g.source, what: "token response" });
  }
  const early = issued.filter((i) => i.at < effective);
  if (!early.length) return [];
  const before = early.some((i) => i.at < f.scopesChangedAt!);
  return [
    finding({
      code: "TOKEN_PREDATES_CHANGE",
      severity: "error",
      basis: "documented",
      title: before
        ? "The token was issued before the scope change"
        : "The token was issued within 15 minutes of the scope change",
      explanation: `The scopes were changed in Code Console at ${isoOf(f.scopesChangedAt)}; changes take effect after a ${PROPAGATION_MINUTES.value}-minute waiting period (from ${isoOf(effective)}). The token in the evidence was issued at ${isoOf(early[0].at)}, ${before ? "before the change" : "inside the waiting period"}, so it cannot carry the new scope: a token keeps the scopes it was issued with, and a refresh never adds scopes.`,
      evidence: [
        { itemId: "ticket", location: "application.scopesChangedAt", excerpt: isoOf(f.scopesChangedAt) },
        ...early.map((i) => ev(i.source, `${i.what} ${isoOf(i.at)}`)),
      ],
      nextSteps: [
        `Request a new token after ${isoOf(effective)} (a new authorization for user apps: a refresh token from before the change never gains the scope).`,
        "Compare the new token response's scope list with the request before concluding anything else.",
      ],
    }),
  ];
}
