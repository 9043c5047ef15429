// The one definition of a ticket. The browser (react-hook-form + zodResolver), every server action, the API and the
// CLI validate with these schemas; each wizard step validates its own section. Written in zod/mini (the functional
// API over the same core as classic zod): the browser bundles only the parts used here.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import {
  clientIdProblem,
  correlationIdProblem,
  fhirBaseProblem,
  opcRequestIdProblem,
  tenantFromUrl,
  uuidProblem,
  xRequestIdProblem,
} from "./identifiers";
import {
  APP_TYPES,
  ENVIRONMENTS,
  EVIDENCE_KINDS,
  HTTP_METHODS,
  SANDBOX_TENANT,
  SMART_VERSIONS,
  isClientDomain,
} from "./choices";
import {
  pastedIdentifier,
  pastedLabelProblem,
  pastedStatus,
  pastedUrl,
  statusNoteProblem,
  urlsIn,
  type IdentifierField,
} from "./pasted-values";
import { MAX_EVIDENCE_ITEMS, MAX_EVIDENCE_TEXT, MAX_TERMS, MAX_TERM_LENGTH, megabytes } from "./limits";
import { normaliseTimestamp } from "./timestamp";

export * from "./choices";

// zod's own messages (a missing field, a too-long term) in English, as classic zod sets them; zod/mini leaves them out.
z.config(en());

/** The value through `fn`, then `schema`: zod/mini's spelling of classic zod's `z.preprocess`. */
const preprocess = <I, S extends z.core.$ZodType>(fn: (value: I) => unknown, schema: S) =>
  z.pipe<z.ZodMiniTransform<unknown, I>, S>(z.transform(fn), schema);

/** An optional answer: blank text is no answer (the one place a blank becomes `undefined`). */
const unlessBlank = <T extends z.core.$ZodType>(schema: T) =>
  preprocess((v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

/**
 * One of a fixed list (a radio group or a select). The form holds text, so the input type is text (absent until
 * answered) and only the output is the enum; the JSON Schema (input side) still lists the values.
 */
const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  preprocess(
    (v: string | undefined) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.enum(values, { error: message }),
  );

const yesNo = (question: string) => choice(["yes", "no"], `Answer Yes or No: ${question}`);

/**
 * A result pasted with the template's own heading (`Expected Result:` and the text on the lines below), or an issue
 * template's markdown one on a line of its own (`**Expected behavior**`, `### Actual result`): the heading is not part
 * of the answer.
 */
const withoutOwnLabel = <T extends z.core.$ZodType>(word: string, schema: T) => {
  const heading = String.raw`${word}(?: (?:result|behaviou?r|outcome|response))?s?`;
  const label = new RegExp(
    String.raw`^\s*(?:${heading}\s?:\s*|(?:#{1,6} )?([*_]{0,2})${heading}\1:?[ \t]*\r?\n\s*)`,
    "i",
  );
  return preprocess((v: unknown) => (typeof v === "string" ? v.replace(label, "") : v), schema);
};

const requiredText = (what: string, max: number, hint = "") =>
  z
    .string({ error: `Enter ${what}.${hint}` })
    .check(
      z.trim(),
      z.minLength(1, `Enter ${what}.${hint}`),
      z.maxLength(max, `Keep ${what} under ${max.toLocaleString("en-US")} characters; put long material in Evidence.`),
    );

const optionalText = (max: number) =>
  unlessBlank(
    z.optional(
      z.string().check(z.trim(), z.maxLength(max, `Keep this under ${max.toLocaleString("en-US")} characters.`)),
    ),
  );

/** The message of one of the identifier functions (null = fine) as an issue. */
const problemCheck = (problem: (value: string) => string | null) =>
  z.superRefine((value: string, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });

/** The identifier pasted for a field (its header name, quotes, URN, braces taken off: pastedIdentifier). */
const pasted = (field: IdentifierField) => z.overwrite((value: string) => pastedIdentifier(field, value));

/** What the label pasted with a value says first (another field's name), then the field's own identifier check. */
const identifierProblem = (field: IdentifierField, problem: (value: string) => string | null) =>
  problemCheck((value) => pastedLabelProblem(field, value) ?? problem(value));

/** An identifier as pasted, then checked by one of the identifier functions (null = fine, else the message). */
const checked = (field: IdentifierField, problem: (value: string) => string | null, emptyMessage: string) =>
  z
    .string({ error: emptyMessage })
    .check(pasted(field), z.minLength(1, emptyMessage), identifierProblem(field, problem));

const optionalChecked = (field: IdentifierField, problem: (value: string) => string | null) =>
  unlessBlank(z.optional(z.string().check(pasted(field), identifierProblem(field, problem))));

/** ISO 8601 with a zone or an HTTP Date; the output is ISO 8601 UTC. */
const timestamp = (emptyMessage: string) =>
  z.pipe(
    z.string({ error: emptyMessage }),
    z.transform((value: string, ctx) => {
      const result = normaliseTimestamp(value);
      if (!result.ok) {
        ctx.issues.push({ code: "custom", message: value.trim() ? result.message : emptyMessage, input: value });
        return z.NEVER;
      }
      return result.iso;
    }),
  );

const optionalTimestamp = unlessBlank(z.optional(timestamp("Enter a date and time.")));

// ─── Step 1: about you ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Cross-field rules run as soon as the fields they read are valid, even while other fields of the step still have
 * errors (zod skips object-level refinements otherwise), so every message shows at the first attempt.
 */
const whenValid =
  (...fields: string[]) =>
  (payload: { issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey> }> }) =>
    !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0])));

export const aboutSchema = z
  .object({
    opnMember: yesNo("are you an OPN member?"),
    healthcareDeveloperTrack: yesNo("have you signed up for the Healthcare Developer Track?"),
    codeProgramMember: yesNo("are you a registered Code Program member?"),
    marketplacePresence: yesNo("does your app have a presence on the Oracle Healthcare App Marketplace?"),
    onBehalfOfClient: yesNo("are you developing on behalf of an Oracle Health client?"),
    clientName: optionalText(200),
  })
  .check(
    z.refine((about) => about.onBehalfOfClient !== "yes" || !!about.clientName, {
      path: ["clientName"],
      message: "Name the Oracle Health client (the health system) you are developing for, or answer No above.",
      when: whenValid("onBehalfOfClient", "clientName"),
    }),
  );

// ─── Step 2: application ────────────────────────────────────────────────────────────────────────────────────────────

export const applicationSchema = z
  .object({
    appId: checked(
      "appId",
      (v) =>
        uuidProblem(
          v,
          "App ID",
          "c388f6bf-1c33-4566-a5bc-249e990ea2bf (Code Console → My Applications → your app)",
          "Code Console (My Applications → your app)",
        ),
      "Enter the App ID from Code Console (a UUID).",
    ),
    clientId: checked(
      "clientId",
      clientIdProblem,
      "Enter the Client ID (the system account UUID from Code Console). It is not a secret.",
    ),
    appType: choice(APP_TYPES, "Choose the app type registered in Code Console: System, Provider or Patient."),
    smartVersion: choice(SMART_VERSIONS, "Choose the SMART version the app is registered with (v1 or v2)."),
    environment: choice(ENVIRONMENTS, "Choose where the problem happens: the public sandbox or a client domain."),
    tenantId: checked(
      "tenantId",
      (v) =>
        uuidProblem(
          v,
          "tenant ID",
          `${SANDBOX_TENANT} (the public sandbox) — it is the segment after /r4/ in the FHIR URL`,
          "the FHIR base URL (the segment after /r4/)",
        ),
      "Enter the tenant ID: the UUID after /r4/ in the FHIR URL.",
    ),
    fhirBaseUrl: unlessBlank(
      z.optional(
        z.string().check(
          z.overwrite(pastedUrl),
          // Several URLs are left whole by pastedUrl: naming them beats reading the text as one odd URL.
          problemCheck((v) =>
            urlsIn(v).size < 2
              ? fhirBaseProblem(v)
              : "This names more than one URL: enter only the FHIR base your app calls.",
          ),
        ),
      ),
    ),
    requestedScopes: optionalText(10_000),
    grantedScopes: optionalText(10_000),
    scopesChangedAt: optionalTimestamp,
  })
  .check(
    z.refine((app) => app.appId.toLowerCase() !== app.clientId.toLowerCase(), {
      path: ["clientId"],
      message:
        "The Client ID equals the App ID. They are different UUIDs in Code Console: the App ID names the application, the Client ID is its system account.",
      when: whenValid("appId", "clientId"),
    }),
    z.refine((app) => !(isClientDomain(app.environment) && app.tenantId.toLowerCase() === SANDBOX_TENANT), {
      path: ["tenantId"],
      message: `${SANDBOX_TENANT} is the public sandbox tenant. For a client domain, enter that health system's tenant ID (from its FHIR URL).`,
      when: whenValid("environment", "tenantId"),
    }),
    z.refine((app) => !urlTenantDiffers(app), {
      path: ["fhirBaseUrl"],
      message:
        "This URL's tenant (the segment after /r4/) differs from the tenant ID above. Use one tenant throughout.",
      when: whenValid("tenantId", "fhirBaseUrl"),
    }),
    z.refine((app) => !(app.fhirBaseUrl?.includes("fhir-open.cerner.com") && app.appType === "system"), {
      path: ["fhirBaseUrl"],
      message:
        "fhir-open is the open, unauthenticated endpoint: it enforces no scopes. System apps call https://fhir-ehr-code.cerner.com/r4/<tenant> (or fhir-ehr in production).",
      when: whenValid("fhirBaseUrl", "appType"),
    }),
  );

function urlTenantDiffers(app: { tenantId: string; fhirBaseUrl?: string }): boolean {
  const urlTenant = app.fhirBaseUrl ? tenantFromUrl(app.fhirBaseUrl) : null;
  return !!urlTenant && urlTenant !== app.tenantId.toLowerCase();
}

// ─── Step 3: what happened ──────────────────────────────────────────────────────────────────────────────────────────

export const problemSchema = z.object({
  workflow: requiredText(
    "the workflow or API calls",
    5_000,
    " Say which calls you make, in order, e.g. “client_credentials token, then GET Specimen?_id=…”.",
  ),
  background: optionalText(10_000),
  expected: withoutOwnLabel("expected", requiredText("the expected result", 5_000)),
  actual: withoutOwnLabel("actual", requiredText("the actual result", 5_000, " Quote the HTTP status and error body.")),
});

// ─── Step 4: examples ───────────────────────────────────────────────────────────────────────────────────────────────

const asCode = (status: string): number | string => (/^\d{1,3}$/.test(status) ? Number(status) : status);

/** A status as typed or pasted (`403`, `HTTP/1.1 403 Forbidden`): its code as a number; blank is no status. */
const httpStatus = preprocess(
  // What cannot be read as a code stays text, so the message can say why (several codes in one note).
  (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? undefined : asCode(pastedStatus(v))) : v),
  z.optional(
    z
      .number({ error: (issue) => statusNoteProblem(issue.input) ?? "An HTTP status is a number such as 403." })
      .check(
        z.int("An HTTP status is a whole number such as 403."),
        z.gte(100, "An HTTP status is between 100 and 599."),
        z.lte(599, "An HTTP status is between 100 and 599."),
      ),
  ),
);

/**
 * A Postman (`{{baseUrl}}`), shell (`${FHIR_BASE}`) or documentation (`{tenantID}`, `{fhir_base}`) variable left in a
 * URL: braces are never sent unencoded.
 */
const URL_VARIABLE = /\{\{[^{}]*\}\}|\$\{[^{}]*\}|\{[A-Za-z_][\w .-]{0,40}\}/;
/** A path segment masked before posting (`/ServiceRequest/xxxxxxxx`): the server was sent the real one. */
const MASKED_SEGMENT = /\/(?:x{4,}|\*{3,}|#{3,})(?=[/?#]|$)/i;

const requestUrl = unlessBlank(
  z.optional(
    z.string().check(
      z.maxLength(4_000, "Keep the URL under 4,000 characters."),
      z.overwrite(pastedUrl),
      z.refine((v) => !URL_VARIABLE.test(v), {
        message:
          "This URL still holds a variable: copy the URL as it was sent (Postman's console and the browser's Network tab show it resolved).",
        abort: true,
      }),
      z.refine((v) => !MASKED_SEGMENT.test(v), {
        message:
          "This URL has a masked placeholder where an ID was: copy the URL as it was sent (an ID in the path is kept, and personal data is redacted before the ticket leaves).",
        abort: true,
      }),
      z.refine((v) => urlsIn(v).size < 2, {
        message: "This names more than one URL: enter only the URL this example requested.",
        abort: true,
      }),
      z.refine((v) => /^https?:\/\/[^\s]+$/i.test(v), "Enter the full request URL, starting with https://."),
      z.refine(
        (v) => !/^https?:\/\/[^/]*@/i.test(v),
        "Remove the user name and password from the URL: credentials must never be posted.",
      ),
    ),
  ),
);

export const exampleSchema = z
  .object({
    xRequestId: optionalChecked("xRequestId", xRequestIdProblem),
    cernerCorrelationId: optionalChecked("cernerCorrelationId", correlationIdProblem),
    opcRequestId: optionalChecked("opcRequestId", opcRequestIdProblem),
    occurredAt: timestamp("Enter the date and time of this example (with its time zone)."),
    method: unlessBlank(
      preprocess(
        (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v),
        z.optional(z.enum(HTTP_METHODS, { error: "Choose the HTTP method." })),
      ),
    ),
    url: requestUrl,
    status: httpStatus,
  })
  .check(
    z.refine((example) => !!(example.xRequestId || example.cernerCorrelationId || example.opcRequestId), {
      path: ["xRequestId"],
      message:
        "Give at least one of X-Request-Id, Cerner-Correlation-Id or opc-request-id: without one, support cannot find this request in their logs.",
      when: whenValid("xRequestId", "cernerCorrelationId", "opcRequestId"),
    }),
  );

export const examplesSchema = z.object({
  examples: z
    .array(exampleSchema)
    .check(
      z.minLength(1, "Add at least one example request."),
      z.maxLength(20, "Twenty examples are plenty: keep the clearest ones."),
    ),
});

// ─── Step 5: evidence ───────────────────────────────────────────────────────────────────────────────────────────────

/** Evidence in a ticket is always redacted text: raw evidence never enters the ticket. */
export const evidenceItemSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  kind: choice(EVIDENCE_KINDS, "Choose what kind of evidence this is."),
  label: optionalText(200),
  text: z
    .string()
    .check(
      z.minLength(1, "Paste the evidence, or remove this item."),
      z.maxLength(
        MAX_EVIDENCE_TEXT,
        `This evidence is over ${megabytes(MAX_EVIDENCE_TEXT)} even after reduction: keep the failing exchange only.`,
      ),
    ),
});
export type EvidenceItem = z.output<typeof evidenceItemSchema>;

/** A list of short, non-blank strings (terms to redact, values restored), empty when absent. */
const termList = () =>
  z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TERM_LENGTH))).check(z.maxLength(MAX_TERMS)),
    [],
  );

export const evidenceSchema = z.object({
  evidence: z
    .array(evidenceItemSchema)
    .check(z.maxLength(MAX_EVIDENCE_ITEMS, "Fifty evidence items is the limit: merge or drop some.")),
  /** Extra strings the user wants redacted everywhere (names, hostnames, …). */
  redactTerms: termList(),
  /**
   * Values the user restored as not personal data (PHI false positives): the redactor leaves them as they are, as PHI
   * only — a secret or one of `redactTerms` is redacted even when listed here.
   */
  notPersonalData: termList(),
});

// ─── The whole ticket ───────────────────────────────────────────────────────────────────────────────────────────────

export const ticketSchema = z.object({
  about: aboutSchema,
  application: applicationSchema,
  problem: problemSchema,
  examples: examplesSchema.shape.examples,
  evidence: evidenceSchema.shape.evidence,
  redactTerms: evidenceSchema.shape.redactTerms,
  notPersonalData: evidenceSchema.shape.notPersonalData,
});

export type TicketInput = z.input<typeof ticketSchema>;
export type Ticket = z.output<typeof ticketSchema>;
export type About = z.output<typeof aboutSchema>;
export type Application = z.output<typeof applicationSchema>;
export type Problem = z.output<typeof problemSchema>;
export type Example = z.output<typeof exampleSchema>;

/** Field errors keyed by dotted path (`application.clientId`, `examples.0.occurredAt`), first message per field. */
export type FieldErrors = Record<string, string>;

/**
 * A zod error as field errors (the wizard, the API, the CLI). Messages are the schema's or zod's, never the input's
 * values; zod names unknown keys in its message, and a key is input too, so only their number is said.
 */
export function fieldErrors(error: z.core.$ZodError, prefix: string[] = [], rootKey = "_form"): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [...prefix, ...issue.path.map(String)].join(".") || rootKey;
    out[key] ??=
      issue.code === "unrecognized_keys" ? `${issue.keys.length} unknown field(s): remove them.` : issue.message;
  }
  return out;
}
