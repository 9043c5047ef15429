// TOKEN_REQUEST_BEARER_AUTH: a token request authenticated with "Authorization: Bearer …". The token endpoint takes
// client credentials as Basic (client_id:client_secret) or, for JWT authentication, the signed JWT in the body as
// client_assertion with client_assertion_type (RFC 7523, SMART Backend Services) — never as a Bearer header.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding } from "../finding";

export function tokenRequestBearerAuth(f: Facts): Finding[] {
  const requests = f.tokenRequests.filter((t) => t.authScheme && /^(bearer|dpop)$/i.test(t.authScheme));
  if (!requests.length) return [];
  const errors = f.errors.filter(
    (e) =>
      e.where === "token-endpoint" &&
      (e.error.error === "invalid_client" || /invalid[-_]authorization[-_]header/.test(e.error.urn ?? "")),
  );
  return [
    finding({
      code: "TOKEN_REQUEST_BEARER_AUTH",
      severity: "error",
      basis: "documented",
      title: "The token request sends a Bearer header instead of client authentication",
      explanation:
        "The token endpoint does not read a Bearer token: a confidential client authenticates with Basic base64(client_id:client_secret), or — for JWT authentication — posts the signed JWT as client_assertion together with client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer (RFC 7523; SMART Backend Services). Sent as a Bearer header, the JWT is ignored and the client is unknown (invalid_client, client=unknown).",
      evidence: [
        ...requests.map((t) => ev(t.source, `token request with Authorization: ${t.authScheme} …`)),
        ...errors.map((e) => ev(e.source, errorExcerpt(e.error))),
      ],
      nextSteps: [
        "Remove the Authorization header from the token request.",
        "Send the JWT in the form body: grant_type=client_credentials&scope=…&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=<signed JWT>.",
      ],
    }),
  ];
}
