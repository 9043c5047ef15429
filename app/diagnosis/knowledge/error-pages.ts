// Sentences of the authorization server's error page (shown to the user when the redirect cannot be trusted), as
// developers copy them into reports without the page's "Error Code:" line, each with the catalogue URN it stands for
// and the public report it was seen in. The page names the tenant and the app in words, so the patterns match the
// fixed parts only. One pass per line, no nested quantifiers.
export interface ErrorPageSentence {
  pattern: RegExp;
  urn: string;
  seenIn: string;
}

export const ERROR_PAGE_SENTENCES: readonly ErrorPageSentence[] = [
  {
    // "<app>" has not been white-listed by <tenant> for use. / <tenant> has not enabled "<app>" for accessing
    // healthcare data yet.
    pattern:
      /\bhas not been white-?listed by\b.{1,200}?\bfor use\b|\bhas not enabled\b.{1,200}?\bfor accessing healthcare data\b/i,
    urn: "urn:cerner:error:authorization-server:oauth2:grant:unauthorized-client-for-tenant",
    seenIn: "https://github.com/cerner/code-learning-lab/issues/15",
  },
  {
    // The supplied "client_id" value does not correspond to any registered applications on record.
    pattern: /\bclient_id\b.{0,20}?\bdoes not correspond to any registered application/i,
    urn: "urn:cerner:error:authorization-server:oauth2:grant:unknown-client",
    seenIn: "https://github.com/cerner/smart-on-fhir-tutorial/issues/123",
  },
];

/** The catalogue URN an error-page sentence on this line stands for, or null. */
export function errorPageUrn(line: string): string | null {
  const text = line.length > 2_000 ? line.slice(0, 2_000) : line;
  return ERROR_PAGE_SENTENCES.find((s) => s.pattern.test(text))?.urn ?? null;
}
