// Human labels for the ticket's fields and choices: one place for the wizard, the review, the error summary and the
// export. Pure data; the validation rules and their messages stay in ~/ticket/schema.
import { APP_TYPES, ENVIRONMENTS, SMART_VERSIONS } from "~/ticket/choices";
import {
  APP_TYPE_CHOICE_LABELS,
  ENVIRONMENT_LABELS,
  EVIDENCE_KIND_CHOICE_LABELS,
  SMART_VERSION_LABELS,
} from "~/ticket/wording";

export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

export const YES_NO: ReadonlyArray<Choice<"yes" | "no">> = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): ReadonlyArray<Choice<T>> =>
  values.map((value) => ({ value, label: labels[value] }));

export const APP_TYPE_CHOICES = choices(APP_TYPES, APP_TYPE_CHOICE_LABELS);
export const SMART_VERSION_CHOICES = choices(SMART_VERSIONS, SMART_VERSION_LABELS);
export const ENVIRONMENT_CHOICES = choices(ENVIRONMENTS, ENVIRONMENT_LABELS);

/** The form's names of the evidence kinds (the export's are in ~/ticket/wording too). */
export const EVIDENCE_KIND_LABELS = EVIDENCE_KIND_CHOICE_LABELS;

export const CLIENT_DOMAIN_REMINDER = "This is a client domain: do not include API request data or live patient data";

export const FIELD_LABELS: Record<string, string> = {
  "about.opnMember": "Are you an OPN (Oracle PartnerNetwork) member?",
  "about.healthcareDeveloperTrack": "Have you signed up for the Healthcare Developer Track?",
  "about.codeProgramMember": "Are you a registered Code Program member?",
  "about.marketplacePresence": "Does your app have a presence on the Oracle Healthcare App Marketplace?",
  "about.onBehalfOfClient": "Are you developing on behalf of an Oracle Health client?",
  "about.clientName": "Which client?",
  "application.appId": "App ID",
  "application.clientId": "Client ID",
  "application.appType": "App type",
  "application.smartVersion": "SMART version the app is registered with",
  "application.environment": "Where does the problem happen?",
  "application.tenantId": "Tenant ID",
  "application.fhirBaseUrl": "FHIR base URL",
  "application.requestedScopes": "Requested scopes",
  "application.grantedScopes": "Granted scopes",
  "application.scopesChangedAt": "When were the scopes last changed in Code Console?",
  "problem.workflow": "Workflow or API calls",
  "problem.background": "Background information",
  "problem.expected": "Expected result",
  "problem.actual": "Actual result",
  examples: "Examples",
  "example.xRequestId": "X-Request-Id",
  "example.cernerCorrelationId": "Cerner-Correlation-Id",
  "example.opcRequestId": "opc-request-id",
  "example.occurredAt": "Date and time of the example",
  "example.method": "HTTP method",
  "example.url": "Request URL",
  "example.status": "HTTP status",
  evidence: "Evidence",
  "evidence.kind": "Kind of evidence",
  "evidence.label": "Label",
  "evidence.text": "Evidence text",
  redactTerms: "Also redact these words",
};

/** The label of a dotted field path, e.g. `examples.1.occurredAt` → "Example 2: Date and time of the example". */
export function fieldLabel(path: string): string {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  const parts = path.split(".");
  const index = Number(parts[1]);
  if (parts[0] === "examples" && Number.isInteger(index)) {
    const field = FIELD_LABELS[`example.${parts[2] ?? ""}`];
    return field ? `Example ${index + 1}: ${field}` : `Example ${index + 1}`;
  }
  if (parts[0] === "evidence" && Number.isInteger(index)) {
    const field = FIELD_LABELS[`evidence.${parts[2] ?? ""}`];
    return field ? `Evidence ${index + 1}: ${field}` : `Evidence ${index + 1}`;
  }
  if (parts[0] === "redactTerms") return FIELD_LABELS.redactTerms;
  return path;
}

export function choiceLabel(choices: ReadonlyArray<Choice>, value: string | undefined): string | undefined {
  return choices.find((c) => c.value === value)?.label;
}
