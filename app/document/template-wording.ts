// The Oracle Health Developer Forums question template, word for word (see docs/platform.md §1 and the seed
// ticket). Support reads tickets in this order with these headings: changing a string here changes every export.

export const HEADINGS = {
  workflow: "Workflow or API calls",
  background: "Background Information",
  developerQuestions: "Developer questions",
  onBehalfOfClient: "Developing on behalf of an Oracle Health client?",
  application: "Application's Client ID and App ID",
  expected: "Expected Result",
  actual: "Actual Result",
  examples: "X-Request-Id / Cerner-Correlation-Id / opc-request-id and Date/time of the example",
  diagnosis: "Automated scope diagnosis",
  questions: "Questions for Oracle Health support",
  evidence: "Evidence (redacted)",
  redaction: "Redaction summary",
} as const;

export type SectionId = keyof typeof HEADINGS;

/** The template's reminder under "Workflow or API calls". */
export const CLIENT_DOMAIN_REMINDER =
  "Reminder: If this is referring to a client domain or EHR activity—not the public sandbox—do not include API request data or live patient data.";

export const DEVELOPER_QUESTIONS = {
  opnMember: "Are you an OPN Member?",
  healthcareDeveloperTrack: "Have you signed up to be in the Healthcare Developer Track?",
  codeProgramMember: "Are you a registered Code Program member?",
  marketplacePresence: "Does your App have a presence on the Oracle Healthcare App Marketplace?",
} as const;

export const CLIENT_QUESTIONS = {
  onBehalfOfClient: "Are you developing on behalf of an Oracle Health client?",
  clientName: "If so, which client:",
} as const;
