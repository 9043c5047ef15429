// UNKNOWN_ERROR_URN: an Oracle Health error URN that the catalogue does not know. It is decoded into words (stage and
// segments) so the reader sees what it says, with the advice its words point to, and support is asked about it.
import type { Finding } from "../types";
import type { ErrorFact, Facts } from "../facts-model";
import { ev, errorExcerpt, finding } from "../finding";
import { decodeUrn, lookupUrn } from "../knowledge/urns";

const STAGE: Record<string, string> = {
  authorize: "the authorize step (the browser redirect, before any token)",
  token: "the token request",
  resource: "the FHIR request",
  unknown: "an unnamed stage",
};

const HINTS: Array<[RegExp, string]> = [
  [
    /signature/,
    "Check the client assertion's signature: it must be signed with the private key whose public key (same kid, same alg — RS384 or ES384) is in the JWK Set registered for the app.",
  ],
  [
    /client-assertion|jwt-bearer/,
    "Check the client assertion: iss and sub = the client ID, aud = the token endpoint URL exactly, exp a few minutes ahead, a fresh jti, sent as client_assertion with client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer.",
  ],
  [
    /launch/,
    "Check the launch: an EHR launch must pass the launch value it received (with aud = the iss it was launched with); a standalone launch sends no launch parameter.",
  ],
  [/redirect/, "Check that redirect_uri is byte-for-byte one registered for the app."],
  [/tenant/, "Check the tenant ID in the URL and that the app is provisioned on that tenant."],
  [/scope/, "Compare the requested scopes with those registered for the app in Code Console."],
  [/expired|expiry/, "Request a new token (or authorization code): the one sent had expired."],
];

export function unknownErrorUrn(f: Facts): Finding[] {
  const groups = new Map<string, ErrorFact[]>();
  for (const e of f.errors) {
    const urn = e.error.urn;
    if (!urn || lookupUrn(urn)) continue;
    const key = urn.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.entries()].map(([urn, facts]) => {
    const decoded = decodeUrn(urn);
    const instance = facts.map((x) => x.error.instance).find(Boolean);
    const hints = HINTS.filter(([re]) => re.test(decoded.segments.join(":"))).map(([, hint]) => hint);
    return finding({
      code: "UNKNOWN_ERROR_URN",
      severity: "error",
      basis: "inference",
      title: `An Oracle error URN not in the published catalogue: …:${decoded.segments.slice(-2).join(":")}`,
      explanation: `Oracle Health's error ${urn} is not in its published list of authorization errors. Read segment by segment it says: ${decoded.words}. It was raised at ${STAGE[decoded.stage]}. This reading is ours (inference), not Oracle's definition.`,
      evidence: facts.map((x) => ev(x.source, errorExcerpt(x.error))),
      nextSteps: [
        ...hints.slice(0, 2),
        `Ask Oracle Health support what ${urn} means${instance ? `, quoting the error instance ${instance} and its time` : ", quoting the Cerner-Correlation-Id of the failing response and its time"}.`,
      ],
    });
  });
}
