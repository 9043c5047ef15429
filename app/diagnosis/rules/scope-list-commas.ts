// SCOPE_LIST_COMMAS: scopes sent separated by commas. OAuth's scope parameter is a list delimited by spaces
// (RFC 6749 §3.3); "system/A.read, system/B.read" is one malformed string to the server, not two scopes.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";

const COMMA_LIST =
  /[A-Za-z*_)](?:["'’”])?\s*,\s*["'‘“]?(?:patient|user|system|launch|openid|fhirUser|profile|online_access|offline_access)\b/;

export function scopeListCommas(f: Facts): Finding[] {
  const lists = f.requested.filter((l) => l.origin !== "ticket" && l.raw && COMMA_LIST.test(l.raw));
  if (!lists.length) return [];
  const scopes = [...new Set(lists.flatMap((l) => l.scopes.map((s) => s.normalised)))];
  return [
    finding({
      code: "SCOPE_LIST_COMMAS",
      severity: "error",
      basis: "documented",
      title: "The scopes are separated by commas",
      explanation:
        'The scope parameter is a space-delimited list (RFC 6749 §3.3; Oracle\'s token response returns it the same way). With commas, the server reads tokens such as "system/Account.read," that match no registered scope, so scopes are dropped or the request fails.',
      evidence: lists.map((l) => ev(l.source, `scope=${(l.raw ?? "").slice(0, 120)}`)),
      nextSteps: [
        `Separate the scopes with single spaces (URL-encoded as %20 or +): scope=${scopes.slice(0, 4).join(" ")}${scopes.length > 4 ? " …" : ""}.`,
      ],
      scopes,
    }),
  ];
}
