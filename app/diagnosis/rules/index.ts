// One rule per finding code, each a pure function (facts) → findings. The order here is the tie-breaker of the
// ranking: the more directly a code follows from the evidence, the earlier.
import type { Finding, FindingCode } from "../types";
import type { Facts } from "../facts-model";
import { scopeRequiredMissing } from "./scope-required-missing";
import { scopeNotGranted } from "./scope-not-granted";
import { emptyScopes } from "./empty-scopes";
import { clientNotOnTenant } from "./client-not-on-tenant";
import { tokenExpired } from "./token-expired";
import { invalidToken } from "./invalid-token";
import { tokenPredatesChange } from "./token-predates-change";
import { scopeSyntaxInvalid } from "./scope-syntax-invalid";
import { scopeWildcardUnsupported } from "./scope-wildcard-unsupported";
import { scopeUnknownResource } from "./scope-unknown-resource";
import { scopeVersionMismatch } from "./scope-version-mismatch";
import { scopeContextMixed } from "./scope-context-mixed";
import { scopeContextMismatch } from "./scope-context-mismatch";
import { resourceNotSupported } from "./resource-not-supported";
import { tenantMismatch } from "./tenant-mismatch";
import { hostEnvironmentMismatch } from "./host-environment-mismatch";
import { knownErrorCode } from "./known-error-code";
import { writeWithoutRead } from "./write-without-read";
import { provisioningQuestion } from "./provisioning-question";
import { placeholderIdentifier } from "./placeholder-identifier";
import { identifierFormat } from "./identifier-format";
import { timestampNoTimezone } from "./timestamp-no-timezone";
import { missingEvidence } from "./missing-evidence";
import { unknownErrorUrn } from "./unknown-error-urn";
import { tenantIdMalformed } from "./tenant-id-malformed";
import { scopeListCommas } from "./scope-list-commas";
import { tokenRequestBearerAuth } from "./token-request-bearer-auth";
import { launchInStandalone } from "./launch-in-standalone";
import { failureUnexplained } from "./failure-unexplained";
import { profileVersionMismatch } from "./profile-version-mismatch";
import { pkceMismatch } from "./pkce-mismatch";
import { searchParamUnsupported } from "./search-param-unsupported";
import { namedRefusal } from "./named-refusal";

export type Rule = (facts: Facts) => Finding[];
/** A rule that also reads the other rules' findings (run after them). */
export type PostRule = (facts: Facts, findings: readonly Finding[]) => Finding[];

export const RULES: ReadonlyArray<readonly [FindingCode, Rule]> = [
  ["SCOPE_REQUIRED_MISSING", scopeRequiredMissing],
  ["SCOPE_NOT_GRANTED", scopeNotGranted],
  ["EMPTY_SCOPES", emptyScopes],
  ["CLIENT_NOT_ON_TENANT", clientNotOnTenant],
  ["TOKEN_EXPIRED", tokenExpired],
  ["INVALID_TOKEN", invalidToken],
  ["TOKEN_PREDATES_CHANGE", tokenPredatesChange],
  ["SCOPE_SYNTAX_INVALID", scopeSyntaxInvalid],
  ["SCOPE_WILDCARD_UNSUPPORTED", scopeWildcardUnsupported],
  ["SCOPE_UNKNOWN_RESOURCE", scopeUnknownResource],
  ["SCOPE_VERSION_MISMATCH", scopeVersionMismatch],
  ["PROFILE_VERSION_MISMATCH", profileVersionMismatch],
  ["SCOPE_CONTEXT_MIXED", scopeContextMixed],
  ["SCOPE_CONTEXT_MISMATCH", scopeContextMismatch],
  ["RESOURCE_NOT_SUPPORTED", resourceNotSupported],
  ["TENANT_MISMATCH", tenantMismatch],
  ["HOST_ENVIRONMENT_MISMATCH", hostEnvironmentMismatch],
  ["KNOWN_ERROR_CODE", knownErrorCode],
  ["UNKNOWN_ERROR_URN", unknownErrorUrn],
  ["TENANT_ID_MALFORMED", tenantIdMalformed],
  ["SCOPE_LIST_COMMAS", scopeListCommas],
  ["TOKEN_REQUEST_BEARER_AUTH", tokenRequestBearerAuth],
  ["PKCE_MISMATCH", pkceMismatch],
  ["NAMED_REFUSAL", namedRefusal],
  ["SEARCH_PARAM_UNSUPPORTED", searchParamUnsupported],
  ["LAUNCH_IN_STANDALONE", launchInStandalone],
  ["WRITE_WITHOUT_READ", writeWithoutRead],
  ["PROVISIONING_QUESTION", provisioningQuestion],
  ["PLACEHOLDER_IDENTIFIER", placeholderIdentifier],
  ["IDENTIFIER_FORMAT", identifierFormat],
  ["TIMESTAMP_NO_TIMEZONE", timestampNoTimezone],
  ["MISSING_EVIDENCE", missingEvidence],
];

export const POST_RULES: ReadonlyArray<readonly [FindingCode, PostRule]> = [
  ["FAILURE_UNEXPLAINED", failureUnexplained],
];

export const RULE_ORDER: ReadonlyMap<FindingCode, number> = new Map(
  [...RULES, ...POST_RULES].map(([code], i) => [code, i]),
);
