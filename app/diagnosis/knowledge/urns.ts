// Oracle Health (Cerner) authorization-server and resource-access error URNs, kept as data.
// Source: docs/oracle-urns.md — the historical fhir.cerner.com authorization page (2015–2017), entries
// marked live were also seen in 2021–2026 responses, plus live-only URNs. Meanings are short paraphrases.

export const URN_SOURCE = {
  document: "docs/oracle-urns.md",
  origin: "fhir.cerner.com authorization page (2015–2017) and responses developers posted (2021–2026)",
} as const;

export interface UrnEntry {
  urn: string;
  meaning: string;
  /** Seen in responses since 2021 (else only on the historical page). */
  live: boolean;
  /** The OAuth error it comes with, when seen together. */
  oauthError?: string;
  status?: number;
  subcode?: string;
}

export const ORACLE_ERROR_URNS: readonly UrnEntry[] = [
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-request", meaning: "The authorization request was syntactically invalid.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:unknown-client", meaning: "The app is not registered.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-redirect-uri", meaning: "The requested redirect URI does not match the one registered for the app.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-redirect-uri-trailing-slash", meaning: "The requested redirect URI does not match the one registered for the app because of a trailing slash at the end of one of the URIs.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:redirect-uri-not-absolute", meaning: "The requested or registered redirect URI is not absolute.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:redirect-uri-not-registered", meaning: "The requested or registered redirect URI is not registered.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:unknown-tenant", meaning: "The client redirect URI was known and valid, but the tenant provided was unknown.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:tenant-not-configured", meaning: "The tenant id was known and valid, but the identity service provider id for the provided persona was not.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:unauthorized-client-for-tenant", meaning: "The client redirect URI was known and valid, but is not authorized for use with the specified tenant.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:server-error", meaning: "The client redirect URI was known and valid, but other fatal errors occurred during processing.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:unsupported-response-type", meaning: "A response type other than \"code\" was requested.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:csrf-security-failure", meaning: "The CSRF token used in confirming the user's approval was invalid; we will immediately notify the client app that we are unable to satisfy the request.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:denied-by-server", meaning: "The server denied the grant because the client is not authorized for any of the scopes it requested.", live: true },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:denied-by-user", meaning: "The user denied the grant, either directly, or by choosing to cancel during the authentication process.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-patient-id", meaning: "The patient id does not exist or the user does not have access to the selected patient id's records.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:grant:authorized-representative-server-error", meaning: "A server error was received from the authorized representative service.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:unsupported-grant-type", meaning: "The grant type is not one supported by this server.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-redirect-uri", meaning: "The URI provided did not match the original request, or is not a valid URI.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:empty-scopes", meaning: "The resulting token contains no scopes, either due to unsatisfied constraints specified in the token request, or because the client is no longer authorized for the scopes associated with the refresh token.", live: true },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:terminated-client", meaning: "The app has a valid token, but is no longer registered.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:code:invalid", meaning: "The authorization code presented is either invalid or has expired.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:code:client:mismatch", meaning: "The client provided did not match the original authorization code request.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:code:tenant:mismatch", meaning: "The tenant provided did not match the original authorization code request.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:code:tenant-terminated", meaning: "The app is no longer authorized to access tenant resources specified in the original authorization code.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:code:tenant-invalid", meaning: "The tenant for which a token requested in not registered.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:invalid_authorization_header", meaning: "The Authorization Header used in client_credentials grants for B2B workflows is invalid.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:invalid_client_credentials", meaning: "The client credentials were invalid.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:patient-scope-requires-one-patient-id", meaning: "There must be exactly one patient id selected when requesting a patient/*.* scope.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:tenant-not-enabled-for-testing", meaning: "The tenant is not enabled for obtaining testing tokens on behalf of users.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:client-not-enabled-for-testing", meaning: "The client is not enabled for obtaining testing tokens on behalf of users.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-testing-scenario", meaning: "The simulated testing scenario is not normally possible, such as combining system and user scopes, or providing too many (or no) patients in the request.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:refresh-token:token-invalid", meaning: "The refresh token presented is either invalid, expired, or was terminated by the user.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:refresh-token:session-invalid", meaning: "The refresh token presented was valid, but was scoped for online_access, and the user session has been logged out or expired.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:refresh-token:tenant-terminated", meaning: "The app is longer authorized to access tenant resources specified in the original grant for the refresh token.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:audience-required", meaning: "A launch scope was requested, but an audience was not supplied.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:launch-code-required", meaning: "A launch scope was requested, but a launch code was not supplied.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unknown-resource-server", meaning: "An application received a launch originating from an unknown resource server.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:invalid-code", meaning: "An application sent an invalid launch code.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:mismatchted-identity", meaning: "A different user is currently authenticated on the user's device to the EHR launching mechanism.", live: true },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unsupported-version", meaning: "The EHR does not support the version of launch that was requested.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unspecified", meaning: "Resolution of launch data failed at the EHR for unspecified reasons.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unregistered-service", meaning: "The launch resolution service was not configured for a given tenant.", live: false },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:audience-not-white-listed", meaning: "The audience resource requested is not approved.", live: false },
  { urn: "urn:cerner:error:authorization-server:unregistered-authorized-representatives-server", meaning: "The Authorized Representatives service was not configured properly.", live: false },
  { urn: "urn:cerner:error:authorization-server:preauthentication", meaning: "A fatal error in the pre-authentication process.", live: false },
  { urn: "urn:cerner:error:authorization-server:server-error", meaning: "An unspecified server error.", live: false },
  { urn: "urn:cerner:error:authorization-server:grant:session-service:authentication:cancelled", meaning: "The user or identity provider cancelled the authentication request.", live: false },
  { urn: "urn:cerner:error:authorization-server:grant:session-service:authentication:error", meaning: "An unspecified server error occurred while authenticating.", live: false },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:code-invalid-or-expired", meaning: "authorization code invalid or expired", live: true, oauthError: "invalid_grant" },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-authorization-header", meaning: "client authentication (Basic header or JWT assertion) not accepted; `client=unknown` in `error_uri`", live: true, oauthError: "invalid_client" },
  { urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-tenant", meaning: "the client (system account) is not provisioned on that tenant", live: true, oauthError: "invalid_grant" },
  { urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:mismatched-identity", meaning: "a different user is signed in to the EHR launch on that device (the old page spelled it `mismatchted`)", live: true },
  { urn: "urn:cerner:error:oauth2:resource-access:insufficient-scopes", meaning: "FHIR API: the token holds no scope for the resource path", live: true, oauthError: "insufficient_scope", status: 403, subcode: "no_scope_for_resource_path" },
  { urn: "urn:cerner:error:oauth2:resource-access:token-required", meaning: "FHIR API: no access token sent (third-party test code only)", live: true, status: 401 },
];

const BY_URN = new Map(ORACLE_ERROR_URNS.map((e) => [e.urn.toLowerCase(), e]));

/** The catalogue entry for a URN (case-insensitive; `_` and `-` spellings of the same name are both found). */
export function lookupUrn(urn: string): UrnEntry | null {
  const key = urn.trim().toLowerCase();
  return BY_URN.get(key) ?? BY_URN.get(key.replace(/_/g, "-")) ?? BY_URN.get(key.replace(/-/g, "_")) ?? null;
}
