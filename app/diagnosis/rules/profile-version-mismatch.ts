// PROFILE_VERSION_MISMATCH: authorization URLs on the other SMART version's profile than the app's (a SMART v2 app
// sent to …/protocols/oauth2/profiles/smart-v1/…). Oracle Health's authorization server has one profile per SMART
// version; a v2 app on the smart-v1 endpoints is refused (unknown-tenant) or gets a token without its v2 scopes (seen in
// public reports). The app's version comes from the form or the text, never guessed from scopes.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";
import { wrongProfiles } from "../analysis";

export function profileVersionMismatch(f: Facts): Finding[] {
  const wrong = wrongProfiles(f);
  if (!wrong.length) return [];
  const app = wrong[0].version === "v1" ? "v2" : "v1";
  const other = app === "v1" ? "v2" : "v1";
  return [
    finding({
      code: "PROFILE_VERSION_MISMATCH",
      severity: "error",
      basis: "observed",
      title: `A SMART ${app} app uses the smart-${other} authorization endpoints`,
      explanation: `The authorization URL is on the smart-${other} profile (…/protocols/oauth2/profiles/smart-${other}/…), but the app is SMART ${app}. Oracle Health's authorization server has one profile per SMART version; an app on the other version's endpoints is refused (unknown-tenant) or gets a token without its scopes (seen in public reports).`,
      evidence: wrong.map((p) => ev(p.source, `profiles/smart-${other}`)),
      nextSteps: [
        `Use the smart-${app} profile's authorize and token endpoints (…/protocols/oauth2/profiles/smart-${app}/…): read them from the tenant's {FHIR base}/.well-known/smart-configuration for a SMART ${app} app rather than building them.`,
        `Check the SMART version the app is registered with in Code Console, and request scopes in that version's form${app === "v2" ? " (.rs, .cruds)" : " (.read, .write)"}.`,
      ],
    }),
  ];
}
