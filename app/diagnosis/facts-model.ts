// The facts the rules reason over: what the ticket and the evidence say, each with where it was found.
// Built by facts.ts; never serialised as such (tokens are kept only as an opaque key, never their text).
import type { TenantKnowledge } from "./knowledge/tenant-knowledge";
import type { ParsedError } from "./errors";
import type { Interaction } from "./interactions";
import type { ParsedScope, ScopeContext, ScopeVersion } from "./scopes";
import type { NormalisedTicket } from "./ticket-input";
import type { RefusalKind } from "./prose/named-refusals";

export interface Ref {
  /** Evidence item id, or "ticket" for a form field. */
  itemId: string;
  location: string;
  /** Read from prose (a sentence, a labelled list, a snippet inside text): less certain than a parsed exchange. */
  prose?: boolean;
}

export type ScopeOrigin =
  | "token-request" // grant_type=… scope=… sent to the token endpoint
  | "authorize-request" // scope= on the authorize URL
  | "ticket" // typed into the form
  | "text" // a scope= line in pasted text
  | "token-response" // the token response's scope
  | "token-claims"; // scope/scp/azs claims of an access token (decoded or from a redaction annotation)

export interface ScopeListFact {
  scopes: ParsedScope[];
  origin: ScopeOrigin;
  source: Ref;
  /** Epoch ms, when known. */
  time: number | null;
  /** Opaque key of the access token this list belongs to (a hash, never the token). */
  tokenKey: string | null;
  /** The list as written (commas, quotes), when it was written by a person or a client. */
  raw?: string;
}

export interface TokenFact {
  source: Ref;
  role: string;
  iss: string | null;
  clientId: string | null;
  tenant: string | null;
  /** Epoch seconds. */
  iat: number | null;
  exp: number | null;
  scopes: ParsedScope[] | null;
  tokenKey: string | null;
}

export interface TokenRequestFact {
  source: Ref;
  time: number | null;
  host: string | null;
  tenant: string | null;
  grantType: string | null;
  hasScopeParam: boolean;
  status: number | null;
  errors: ParsedError[];
  tokenKey: string | null;
  ids: IdSet;
  /** Authorization header scheme sent to the token endpoint (Basic, Bearer, …), null when none. */
  authScheme?: string | null;
}

export interface IdSet {
  xRequestId?: string;
  correlationId?: string;
  opcRequestId?: string;
}

export interface RequestFact {
  source: Ref;
  origin: "evidence" | "ticket" | "text";
  time: number | null;
  interaction: Interaction;
  status: number | null;
  errors: ParsedError[];
  ids: IdSet;
  tokenKey: string | null;
  /** Authorization header scheme (Bearer, Basic, …) or null when none was sent. */
  authScheme: string | null;
  /** Template markers standing in for parts of the URL ({fhir_base}, {patient_id}): read, not resolved. */
  placeholders?: string[];
}

/** A request read from a line of text or a form field: nothing known yet of its errors, IDs, token or auth. */
export function bareRequest(
  source: Ref,
  origin: RequestFact["origin"],
  interaction: Interaction,
  status: number | null,
  more: Pick<RequestFact, "time" | "ids" | "placeholders"> = { time: null, ids: {} },
): RequestFact {
  const { time, ids, placeholders } = more;
  const fact: RequestFact = {
    source,
    origin,
    time,
    interaction,
    status,
    errors: [],
    ids,
    tokenKey: null,
    authScheme: null,
  };
  if (placeholders) fact.placeholders = placeholders;
  return fact;
}

export interface ErrorFact {
  error: ParsedError;
  source: Ref;
  time: number | null;
  where: ErrorStage;
}

/** Where an error was raised: the authorize step (a redirect's error=…), the token endpoint, or the FHIR API. */
export type ErrorStage = "authorize-endpoint" | "token-endpoint" | "fhir" | "unknown";

/** A failure told in words ("getting 403 error for …", "after 10 mins … unauthorized"). */
export interface FailureStatementFact {
  status: number | null;
  elapsedSeconds: number | null;
  /** The text says the token (or session) expired. */
  expired: boolean;
  /** The step the sentence speaks of, when it says: FHIR calls or the token endpoint. */
  target: "fhir" | "token" | null;
  source: Ref;
}

export type IdentifierKind =
  "x-request-id" | "cerner-correlation-id" | "opc-request-id" | "client-id" | "app-id" | "tenant-id" | "error-instance";

export interface IdentifierFact {
  kind: IdentifierKind;
  value: string;
  source: Ref;
}

export interface TimestampFact {
  value: string;
  source: Ref;
}

export interface TenantFact {
  tenant: string;
  source: Ref;
  via: "ticket" | "fhir-base" | "fhir-url" | "token-endpoint" | "token-claims" | "error-uri" | "discovery" | "prose";
}

export interface HostFact {
  host: string;
  source: Ref;
  via: "fhir-request" | "ticket-base" | "token-endpoint";
  /** A FHIR request sent with an Authorization header. */
  withToken: boolean;
  /** The URL path's FHIR version segment (r4, dstu2, …), lower case. */
  fhirVersion: string | null;
}

export interface DiscoveryFact {
  knowledge: TenantKnowledge;
  source: Ref;
}

export interface Facts {
  ticket: NormalisedTicket;
  appType: "system" | "provider" | "patient" | null;
  smartVersion: ScopeVersion | null;
  /** The SMART version the text says in words ("SMART v2", "`.rs` scopes"): used only when no scope shows one. */
  proseVersion: ScopeVersion | null;
  environment: "sandbox" | "client-nonprod" | "client-prod" | null;
  evidenceCount: number;
  requested: ScopeListFact[];
  granted: ScopeListFact[];
  tokens: TokenFact[];
  tokenRequests: TokenRequestFact[];
  requests: RequestFact[];
  errors: ErrorFact[];
  identifiers: IdentifierFact[];
  /** Times without a zone (from the form: all of them); a time with its zone is not kept. */
  timestamps: TimestampFact[];
  tenants: TenantFact[];
  hosts: HostFact[];
  discovery: DiscoveryFact[];
  /** Failures stated in prose. */
  statements: FailureStatementFact[];
  /** What the text says of the launch: a standalone launch, and where a launch= value was sent. */
  launch: { standalone: Ref | null; launchParams: Ref[]; missingIss: Ref | null; missingState: Ref | null };
  /** A refresh said to fail. */
  refresh: { failed: Ref | null };
  /** The browser's CORS check said to block a request (of any step: token, refresh or FHIR). */
  cors: Ref | null;
  /** A token's signature said to name a key (kid) the app's copy of the key set lacks. */
  unknownKid: Ref | null;
  /** An Authorization header shown sent without a credential (curl's 'Authorization;', "Bearer undefined"). */
  emptyAuthorization: Ref | null;
  /** The app shown decoding its access token as a JWT and finding none (a claim read of null, "not a JWT"). */
  tokenDecoded: Ref | null;
  /** A token header told as sent (or named with underscores): the step for a header the server did not see. */
  tokenHeaderSent: Ref | null;
  /** The caller shown building and signing its token (an x5c header, "we sign the JWT"). */
  callerSignsToken: Ref | null;
  /** A PKCE exchange said to fail, or a verifier/challenge shown malformed (what is wrong, in words). */
  pkce: { source: Ref; problems: string[] } | null;
  /** Refusals whose message names the cause (the audience, the redirect URI, the key set, a new sign-in, …). */
  refusals: Array<{ kind: RefusalKind; source: Ref; tls: boolean; slash: boolean; quoted: boolean; params: string[] }>;
  /** The SMART profile (smart-v1 / smart-v2) of the authorization URLs written in the text. */
  profiles: Array<{ version: ScopeVersion; source: Ref; failed: boolean }>;
  /** Scopes (normalised) the text says the token lacks: the reported failure itself. */
  saidMissing: string[];
  /** Tenant IDs as written in URLs and errors (also the malformed ones, which are not tenants). */
  tenantCandidates: Array<{ value: string; source: Ref }>;
  /** Where the app type came from, when known. */
  appTypeSource: Ref | null;
  /** When the scope was changed in Code Console (epoch ms), from the form. */
  scopesChangedAt: number | null;
  // ── derived ──
  /** The app's scope context: from the app type, else the scopes seen, else null. */
  context: ScopeContext | null;
  /** The app's SMART version: from the form, else the requested scopes, else null. */
  version: ScopeVersion | null;
  /** The tenant the ticket is about (form, else the most cited in evidence). */
  tenant: string | null;
  /** What that tenant supports: the sandbox capture, or its discovery documents pasted as evidence. */
  tenantKnowledge: TenantKnowledge | null;
}
