// PROFILE_VERSION_MISMATCH: the failing authorization URL on the other SMART version's profile than the app's (a SMART v2 app
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
      severity: "warning",
      basis: "inference",
      title: `A SMART ${app} app failed at a smart-${other} authorization endpoint`,
      explanation: `The authorization URL that failed is on the smart-${other} profile (…/protocols/oauth2/profiles/smart-${other}/…), but the app is SMART ${app}. In public reports an app registered for one version was refused there (unknown-tenant) or got a token without its scopes, and the other profile's endpoint worked. It is our inference: a tenant's discovery document can list smart-v1 endpoints that accept v2 scopes (the sandbox's does).`,
      evidence: wrong.map((p) => ev(p.source, `profiles/smart-${other}`)),
      nextSteps: [
        `Compare the URL with the authorization_endpoint and token_endpoint the tenant's {FHIR base}/.well-known/smart-configuration lists: if it lists this URL, use it as listed (the profile is then not the cause); if the URL was built by hand, use the listed endpoints, or try the smart-${app} profile's (…/protocols/oauth2/profiles/smart-${app}/…).`,
        `Check the SMART version the app is registered with in Code Console, and request scopes in that version's form${app === "v2" ? " (.rs, .cruds)" : " (.read, .write)"}.`,
      ],
    }),
  ];
}
