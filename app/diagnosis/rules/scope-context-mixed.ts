// SCOPE_CONTEXT_MIXED: system/ scopes requested together with patient/ or user/ scopes. Oracle Health (and Bulk
// Data) allow system/ only with client credentials, never mixed with other contexts.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";

export function scopeContextMixed(f: Facts): Finding[] {
  return f.requested.flatMap((req) => {
    const resource = req.scopes.filter((s) => s.kind === "resource");
    const system = resource.filter((s) => s.kind === "resource" && s.context === "system").map((s) => s.normalised);
    const other = resource.filter((s) => s.kind === "resource" && s.context !== "system").map((s) => s.normalised);
    if (!system.length || !other.length) return [];
    return [
      finding({
        code: "SCOPE_CONTEXT_MIXED",
        severity: "error",
        basis: "documented",
        title: "system/ scopes are mixed with patient/ or user/ scopes",
        explanation: `One request asks for system/ scopes (${system.slice(0, 3).join(" ")}) and for patient/ or user/ scopes (${other.slice(0, 3).join(" ")}). Oracle Health allows system/ scopes only with client credentials and never mixed with other contexts.`,
        evidence: [ev(req.source, `requested: ${[...system.slice(0, 3), ...other.slice(0, 3)].join(" ")}`)],
        nextSteps: [
          "A System app: request only system/ scopes with grant_type=client_credentials.",
          "A Provider or Patient app: request user/ or patient/ scopes through the authorization-code flow, without system/ scopes.",
        ],
        scopes: [...system, ...other],
      }),
    ];
  });
}
