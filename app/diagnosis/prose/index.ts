// The prose reader: what a developer's free text says, for evidence pasted as text and for the form's problem fields.
// Scope lists written as sentences or labelled lists, JSON and error bodies embedded in the text, failures told in
// words, the app's type, a standalone launch, tenant IDs in URLs and authorize-redirect errors. Every fact keeps its
// line; the facts builder marks them as read from prose (lower confidence).
import { findEmbeddedJson, type EmbeddedJson } from "./embedded-json";
import { readScopeLists, type ProseScopeList } from "./scope-lists";
import { readStatements, type ProseStatements } from "./statements";
import { readCodeSearches } from "./code-searches";
import { readPkce, type PkceStatement } from "./pkce";
import { readNamedRefusals, type NamedRefusal } from "./named-refusals";
import { readFormatRefusals } from "./format-refusals";
import { readAssertionRefusals } from "./assertion-refusals";
import { readContextRefusals } from "./context-refusals";
import { readClientTypeRefusals } from "./client-type-refusals";
import { readConsentRefusals } from "./consent-refusals";
import { readClientAuthRefusals } from "./client-auth-refusals";
import { readEmptyAuthorization } from "./empty-credentials";
import { readTokenDecoding } from "./token-decoding";
import { readTokenHeader } from "./token-header";
import { readLoggedRequests } from "./logged-requests";
import { findXmlOutcomes } from "../xml-outcome";

export type { EmbeddedJson, NamedRefusal, PkceStatement, ProseScopeList, ProseStatements };

export interface ProseFacts extends ProseStatements {
  scopeLists: ProseScopeList[];
  documents: EmbeddedJson[];
  /** A PKCE exchange said to fail, or a code_verifier / code_challenge shown malformed. */
  pkce: PkceStatement | null;
  /**
   * Refusals whose message names the cause: the audience, the redirect URI, the key set, a new sign-in, the Accept or
   * Content-Type header, the client assertion's times or key, a missing launch context, role or parameters, the
   * app's registered client type, consent not granted, the client's own authentication at the token endpoint.
   */
  refusals: NamedRefusal[];
  /** The line of an Authorization header shown sent without a credential. */
  emptyAuthorization: number | null;
  /** The line showing the app decoding an access token that is not a JWT. */
  tokenDecoded: number | null;
  /** The line telling the token's header as sent, and the line showing the caller signing its token. */
  tokenHeaderSent: number | null;
  callerSignsToken: number | null;
}

function tokenHeaderFacts(lines: readonly string[]) {
  const { headerSent, callerSigns } = readTokenHeader(lines);
  return { tokenHeaderSent: headerSent, callerSignsToken: callerSigns };
}

/** XML OperationOutcomes in the text, as documents of the JSON shape with the line each starts on. */
function xmlDocuments(text: string): EmbeddedJson[] {
  let line = 1;
  let counted = 0;
  return findXmlOutcomes(text).map(({ value, at }) => {
    for (let i = text.indexOf("\n", counted); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
    counted = at;
    return { value, line, endLine: line, repaired: false };
  });
}

export function readProse(text: string): ProseFacts {
  const lines = text.split(/\r?\n/);
  const statements = readStatements(lines);
  return {
    ...statements,
    requests: [...statements.requests, ...readCodeSearches(lines), ...readLoggedRequests(lines)],
    pkce: readPkce(lines),
    refusals: [
      ...readNamedRefusals(lines),
      ...readFormatRefusals(lines),
      ...readAssertionRefusals(lines),
      ...readContextRefusals(lines),
      ...readClientTypeRefusals(lines),
      ...readConsentRefusals(lines),
      ...readClientAuthRefusals(lines),
    ],
    scopeLists: readScopeLists(lines),
    emptyAuthorization: readEmptyAuthorization(lines),
    tokenDecoded: readTokenDecoding(lines),
    ...tokenHeaderFacts(lines),
    documents: [...findEmbeddedJson(text), ...xmlDocuments(text)],
  };
}
