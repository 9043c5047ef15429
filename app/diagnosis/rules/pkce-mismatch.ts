// PKCE_MISMATCH: the token request's PKCE proof is refused or malformed — said to fail in words, or a code_verifier /
// code_challenge shown outside RFC 7636's form (base64url alphabet, a verifier 43 to 128 long). The app's request, not
// a registration or scope problem.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";

export function pkceMismatch(f: Facts): Finding[] {
  if (!f.pkce) return [];
  const { source, problems } = f.pkce;
  return [
    finding({
      code: "PKCE_MISMATCH",
      severity: "error",
      basis: "documented",
      title:
        "The token request's PKCE proof (code_verifier) is missing, malformed or does not match its authorization request",
      explanation:
        (problems.length ? `In the evidence: ${problems.join("; ")}. ` : "") +
        "PKCE ties the token request to the authorization request that produced the code: the app sends code_challenge = BASE64URL(SHA-256(code_verifier)) with code_challenge_method=S256 to authorize, then the same code_verifier — 43 to 128 characters of the base64url alphabet (A–Z a–z 0–9 - . _ ~), no '=' padding — in the token request. The server refuses the code (invalid_grant, or 400 when code_verifier is missing) when the verifier is absent, was generated anew after the redirect, or was encoded in standard base64 ('+', '/', '='). This is the app's request, not a registration or scope problem.",
      evidence: [ev(source, problems.length ? "code_verifier / code_challenge shown" : "PKCE failure stated")],
      nextSteps: [
        "Generate the verifier from 32 random bytes encoded base64url without padding, derive the challenge with S256 (base64url again), keep the verifier with the state across the redirect and send it unchanged as code_verifier in the token request; with a SMART client library, check its PKCE setting and update it.",
        "Paste the authorize URL's code_challenge and code_challenge_method and the token request body (without the code, secrets or the verifier's value if it is still in use).",
      ],
    }),
  ];
}
