// Oracle Health (Cerner) authorization-server and resource-access error URNs, kept as data, each with its source:
// the historical fhir.cerner.com authorization page (2015–2017, cerner/fhir.cerner.com content/dstu2/authorization.md,
// "Error Codes" table); entries marked live were also seen in 2021–2026 responses; live-only URNs cite the public
// report they were seen in (and, where an Oracle engineer explained them there, that answer). Meanings are short
// paraphrases; the catalogue in words: docs/oracle-urns.md. URNs not listed here are decoded into words by decodeUrn().

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
  /** Where the entry comes from: Oracle's page, or the public report it was seen in. */
  source: string;
}

const CATALOGUE_PAGE =
  "https://github.com/cerner/fhir.cerner.com/blob/main/content/dstu2/authorization.md (Error Codes, 2016–2017)";
const AUTH_PAGE = "https://fhir.cerner.com/authorization/ (Exception Handling examples)";

export const ORACLE_ERROR_URNS: readonly UrnEntry[] = [
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-request",
    meaning: "The authorization request was syntactically invalid.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:unknown-client",
    meaning: "The app is not registered.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-redirect-uri",
    meaning: "The requested redirect URI does not match the one registered for the app.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-redirect-uri-trailing-slash",
    meaning:
      "The requested redirect URI does not match the one registered for the app because of a trailing slash at the end of one of the URIs.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:redirect-uri-not-absolute",
    meaning: "The requested or registered redirect URI is not absolute.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:redirect-uri-not-registered",
    meaning: "The requested or registered redirect URI is not registered.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:unknown-tenant",
    meaning: "The client redirect URI was known and valid, but the tenant provided was unknown.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:tenant-not-configured",
    meaning:
      "The tenant id was known and valid, but the identity service provider id for the provided persona was not.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:unauthorized-client-for-tenant",
    meaning: "The client redirect URI was known and valid, but is not authorized for use with the specified tenant.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:server-error",
    meaning: "The client redirect URI was known and valid, but other fatal errors occurred during processing.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:unsupported-response-type",
    meaning: 'A response type other than "code" was requested.',
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:csrf-security-failure",
    meaning:
      "The CSRF token used in confirming the user's approval was invalid; we will immediately notify the client app that we are unable to satisfy the request.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:denied-by-server",
    meaning: "The server denied the grant because the client is not authorized for any of the scopes it requested.",
    live: true,
    source: AUTH_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:denied-by-user",
    meaning: "The user denied the grant, either directly, or by choosing to cancel during the authentication process.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:invalid-patient-id",
    meaning: "The patient id does not exist or the user does not have access to the selected patient id's records.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:authorized-representative-server-error",
    meaning: "A server error was received from the authorized representative service.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:unsupported-grant-type",
    meaning: "The grant type is not one supported by this server.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-redirect-uri",
    meaning: "The URI provided did not match the original request, or is not a valid URI.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:empty-scopes",
    meaning:
      "The resulting token contains no scopes, either due to unsatisfied constraints specified in the token request, or because the client is no longer authorized for the scopes associated with the refresh token.",
    live: true,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:terminated-client",
    meaning: "The app has a valid token, but is no longer registered.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:code:invalid",
    meaning: "The authorization code presented is either invalid or has expired.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:code:client:mismatch",
    meaning: "The client provided did not match the original authorization code request.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:code:tenant:mismatch",
    meaning: "The tenant provided did not match the original authorization code request.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:code:tenant-terminated",
    meaning: "The app is no longer authorized to access tenant resources specified in the original authorization code.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:code:tenant-invalid",
    meaning: "The tenant for which a token requested in not registered.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:invalid_authorization_header",
    meaning: "The Authorization Header used in client_credentials grants for B2B workflows is invalid.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:invalid_client_credentials",
    meaning: "The client credentials were invalid.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:patient-scope-requires-one-patient-id",
    meaning: "There must be exactly one patient id selected when requesting a patient/*.* scope.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:tenant-not-enabled-for-testing",
    meaning: "The tenant is not enabled for obtaining testing tokens on behalf of users.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:client-not-enabled-for-testing",
    meaning: "The client is not enabled for obtaining testing tokens on behalf of users.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-testing-scenario",
    meaning:
      "The simulated testing scenario is not normally possible, such as combining system and user scopes, or providing too many (or no) patients in the request.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:refresh-token:token-invalid",
    meaning: "The refresh token presented is either invalid, expired, or was terminated by the user.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:refresh-token:session-invalid",
    meaning:
      "The refresh token presented was valid, but was scoped for online_access, and the user session has been logged out or expired.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:refresh-token:tenant-terminated",
    meaning:
      "The app is longer authorized to access tenant resources specified in the original grant for the refresh token.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:audience-required",
    meaning: "A launch scope was requested, but an audience was not supplied.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:launch-code-required",
    meaning: "A launch scope was requested, but a launch code was not supplied.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unknown-resource-server",
    meaning: "An application received a launch originating from an unknown resource server.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:invalid-code",
    meaning: "An application sent an invalid launch code.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:mismatchted-identity",
    meaning: "A different user is currently authenticated on the user's device to the EHR launching mechanism.",
    live: true,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unsupported-version",
    meaning: "The EHR does not support the version of launch that was requested.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unspecified",
    meaning: "Resolution of launch data failed at the EHR for unspecified reasons.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:unregistered-service",
    meaning: "The launch resolution service was not configured for a given tenant.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:audience-not-white-listed",
    meaning: "The audience resource requested is not approved.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:unregistered-authorized-representatives-server",
    meaning: "The Authorized Representatives service was not configured properly.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:preauthentication",
    meaning: "A fatal error in the pre-authentication process.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:server-error",
    meaning: "An unspecified server error.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:grant:session-service:authentication:cancelled",
    meaning: "The user or identity provider cancelled the authentication request.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:grant:session-service:authentication:error",
    meaning: "An unspecified server error occurred while authenticating.",
    live: false,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:code-invalid-or-expired",
    meaning: "authorization code invalid or expired",
    live: true,
    oauthError: "invalid_grant",
    source: AUTH_PAGE,
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-authorization-header",
    meaning: "client authentication (Basic header or JWT assertion) not accepted; `client=unknown` in `error_uri`",
    live: true,
    oauthError: "invalid_client",
    source: "https://forums.oracle.com/ords/apexds/post/system-client-authentication-using-jwt-failing-7719",
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-tenant",
    meaning: "the client (system account) is not provisioned on that tenant",
    live: true,
    oauthError: "invalid_grant",
    source: "https://forums.oracle.com/ords/apexds/post/invalid-grant-for-r4-authorization-cerner-com-tenants-4126",
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:mismatched-identity",
    meaning: "a different user is signed in to the EHR launch on that device (the old page spelled it `mismatchted`)",
    live: true,
    source: CATALOGUE_PAGE,
  },
  {
    urn: "urn:cerner:error:oauth2:resource-access:insufficient-scopes",
    meaning: "FHIR API: the token holds no scope for the resource path",
    live: true,
    oauthError: "insufficient_scope",
    status: 403,
    subcode: "no_scope_for_resource_path",
    source:
      "https://forums.oracle.com/ords/apexds/post/smart-launch-successful-but-patient-read-scope-not-granted-8068",
  },
  {
    urn: "urn:cerner:error:oauth2:resource-access:token-required",
    meaning: "FHIR API: no access token sent (third-party test code only)",
    live: true,
    status: 401,
    source: "docs/oracle-urns.md (seen in third-party test code)",
  },
  // Grant-stage URNs seen in public reports (not in Oracle's published table).
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:client-persona-mismatch",
    meaning:
      "The app is registered for another persona than the authorization asked for: a Provider app authorizing a patient (or the reverse); persona= in error_uri names the app's persona.",
    live: true,
    oauthError: "unauthorized_client",
    source: "https://github.com/jwilleke/yourphr/issues/338",
  },
  {
    urn: "urn:cerner:error:authorization-server:oauth2:grant:missing-patient",
    meaning:
      "patient/ scopes were requested but the authorize request carried no patient context: the app did not send aud (the iss it was launched with) and the launch value of the EHR launch.",
    live: true,
    oauthError: "access_denied",
    source: "https://groups.google.com/g/cerner-fhir-developers/c/RnQ3xMboX0k (explained by Cerner staff)",
  },
  {
    urn: "urn:cerner:error:authorization-server:smart-v1:grant:launch:invalid-launch-code",
    meaning:
      "The launch value sent to the authorize endpoint is not a launch code the EHR issued (the live spelling of launch:invalid-code).",
    live: true,
    oauthError: "invalid_request",
    source:
      "https://forums.oracle.com/ords/apexds/post/access-denied-invalid-launch-code-error-being-redirected-f-6420",
  },
];

const BY_URN = new Map(ORACLE_ERROR_URNS.map((e) => [e.urn.toLowerCase(), e]));

/** The catalogue entry for a URN (case-insensitive; `_` and `-` spellings of its last segment are both found). */
export function lookupUrn(urn: string): UrnEntry | null {
  const key = urn.trim().toLowerCase();
  const cut = key.lastIndexOf(":") + 1;
  const head = key.slice(0, cut);
  const last = key.slice(cut);
  return (
    BY_URN.get(key) ?? BY_URN.get(head + last.replace(/_/g, "-")) ?? BY_URN.get(head + last.replace(/-/g, "_")) ?? null
  );
}

/** Catalogue URNs by their last segment, `_` written as `-` ("unknown-tenant"); a name two URNs share maps to none. */
const BY_NAME = new Map<string, string | null>();
for (const e of ORACLE_ERROR_URNS) {
  const name = e.urn
    .slice(e.urn.lastIndexOf(":") + 1)
    .toLowerCase()
    .replace(/_/g, "-");
  BY_NAME.set(name, BY_NAME.has(name) ? null : e.urn);
}

/**
 * Words any error message uses: a name made only of them ("invalid-request", "token-required", "missing-patient") is
 * written about many errors, so it stands for no one URN.
 */
const GENERIC_WORDS = new Set([
  "invalid",
  "request",
  "code",
  "token",
  "required",
  "missing",
  "patient",
  "session",
  "error",
  "expired",
  "or",
]);

/** The catalogue URN an error's name stands for ("unknown-tenant", "Launch Code Required"), when exactly one does. */
export function urnOfName(name: string): string | null {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (key.split("-").every((w) => GENERIC_WORDS.has(w))) return null;
  return BY_NAME.get(key) ?? null;
}

export type UrnStage = "authorize" | "token" | "resource" | "unknown";

const SEGMENT_WORDS: Record<string, string> = {
  "authorization-server": "authorization server",
  oauth2: "OAuth 2",
  "smart-v1": "SMART v1",
  "smart-v2": "SMART v2",
  grant: "authorize step",
  token: "token request",
  launch: "SMART launch",
  "client-assertion": "client assertion (JWT client authentication)",
  "jwt-bearer": "JWT bearer",
  "resource-access": "FHIR resource access",
  "refresh-token": "refresh token",
  code: "authorization code",
};

/** An unknown URN in words: its stage and its segments ("authorization server › token request › invalid signature"). */
export function decodeUrn(urn: string): { stage: UrnStage; words: string; segments: string[] } {
  const segments = urn
    .trim()
    .replace(/^urn:cerner:error:/i, "")
    .split(":")
    .filter(Boolean);
  const lower = segments.map((s) => s.toLowerCase());
  const stage: UrnStage =
    lower.includes("grant") || lower.includes("launch")
      ? "authorize"
      : lower.includes("token") || lower.includes("client-assertion")
        ? "token"
        : lower.includes("resource-access")
          ? "resource"
          : "unknown";
  const words = lower.map((s) => SEGMENT_WORDS[s] ?? s.replace(/[-_]+/g, " ")).join(" › ");
  return { stage, words, segments: lower };
}
