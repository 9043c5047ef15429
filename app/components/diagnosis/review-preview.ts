// The review step's preview: the same document the Markdown and PDF renderers get. For a valid ticket it is built
// exactly as the export builds it (re-redact the evidence, diagnose, buildDocument); a test holds the two together.
// For a ticket that is not yet valid, the document is built from what is valid: the parts that come from a step with
// errors are held back (a note stands in their place) and the diagnosis reads the partial form.
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { evidenceReference } from "~/document/build-sections";
import { buildDocument, type SectionId, type TicketDocument } from "~/document/model";
import { summariseRedaction } from "~/document/redaction-summary";
import { prepareExport } from "~/export/prepare-export";
import { redactTicket, type BoundaryOptions, type FieldRedaction } from "~/privacy/ticket-boundary";
import {
  APP_TYPES,
  ENVIRONMENTS,
  SMART_VERSIONS,
  aboutSchema,
  applicationSchema,
  evidenceItemSchema,
  examplesSchema,
  problemSchema,
  ticketSchema,
  type Ticket,
} from "~/ticket/schema";
import { STEPS, stepTitle, type StepId } from "~/ticket/steps";
import { isOneOf } from "~/lib/one-of";
import { validateStep } from "~/wizard/validate-step";
import { sanitiseValues, type WizardValues } from "~/wizard/values";

export interface ReviewPreview {
  /** Null when the evidence could not be redacted (fail closed: nothing to preview, nothing to export). */
  document: TicketDocument | null;
  diagnosis: Diagnosis;
  /** Steps with errors: their parts of the document are held back. Empty when the ticket is valid. */
  pending: StepId[];
}

export interface TicketPreview {
  document: TicketDocument;
  diagnosis: Diagnosis;
  /** The ticket with its evidence re-redacted and its typed fields redacted (what the document shows). */
  ticket: Ticket;
  /** The typed fields the privacy boundary changed. */
  fields: FieldRedaction[];
}

/** Which step each part of the document comes from (diagnosis and questions read everything, partial or not). */
const SECTION_STEP: Record<SectionId, StepId | null> = {
  workflow: "problem",
  background: "problem",
  developerQuestions: "about",
  onBehalfOfClient: "about",
  application: "application",
  expected: "problem",
  actual: "problem",
  examples: "examples",
  diagnosis: null,
  questions: null,
  evidence: "evidence",
  redaction: "evidence",
};

/** Which step each key fact under the title comes from. */
const FACT_STEP: Record<string, StepId> = {
  "App ID": "application",
  "Client ID": "application",
  Tenant: "application",
  Environment: "application",
  "Latest example": "examples",
};

/** The export's document of a valid ticket, built by the export's own preparation. Throws if redaction fails. */
export function previewTicket(ticket: Ticket, options: BoundaryOptions = {}): TicketPreview {
  const { document, diagnosis, ticket: safe, fields } = prepareExport(ticket, options);
  return { document, diagnosis, ticket: safe, fields };
}

const oneOf = <T extends string>(choices: readonly T[], value: string | undefined, fallback: T): T =>
  isOneOf(choices, value) ? value : fallback;

/** A ticket made of the valid sections, with neutral stand-ins for the others (whose parts are then held back). */
function standInTicket(values: WizardValues): Ticket {
  const about = aboutSchema.safeParse(values.about);
  const application = applicationSchema.safeParse(values.application);
  const problem = problemSchema.safeParse(values.problem);
  const examples = examplesSchema.safeParse({ examples: values.examples });
  const app = values.application;
  return {
    about: about.success
      ? about.data
      : {
          opnMember: "no",
          healthcareDeveloperTrack: "no",
          codeProgramMember: "no",
          marketplacePresence: "no",
          onBehalfOfClient: "no",
        },
    application: application.success
      ? application.data
      : {
          appId: "",
          clientId: "",
          appType: oneOf(APP_TYPES, app.appType, "system"),
          smartVersion: oneOf(SMART_VERSIONS, app.smartVersion, "v1"),
          // Until the environment is known, the strictest policy (as the wizard's own redaction does).
          environment: oneOf(ENVIRONMENTS, app.environment, "client-prod"),
          tenantId: "",
        },
    problem: problem.success ? problem.data : { workflow: "", expected: "", actual: "" },
    examples: examples.success ? examples.data.examples : [],
    evidence: values.evidence.flatMap((item) => {
      const parsed = evidenceItemSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
    redactTerms: values.redactTerms.filter((t) => t.trim() && t.length <= 500).map((t) => t.trim()),
    notPersonalData: (values.notPersonalData ?? []).filter((t) => t.trim() && t.length <= 500).map((t) => t.trim()),
  };
}

function holdBack(document: TicketDocument, pending: StepId[]): TicketDocument {
  const held = new Set(pending);
  return {
    ...document,
    facts: document.facts.filter((fact) => !held.has(FACT_STEP[fact.label] ?? "review")),
    sections: document.sections.map((section) => {
      const step = SECTION_STEP[section.id];
      if (!step || !held.has(step)) return section;
      return {
        ...section,
        blocks: [
          {
            type: "note",
            inlines: [{ text: `Held back until the answers in the “${stepTitle(step)}” step are fixed (see above).` }],
          },
        ],
      };
    }),
  };
}

/** The preview of whatever the form holds now. Never throws. */
export function reviewPreview(input: unknown, options: BoundaryOptions = {}): ReviewPreview {
  const values = sanitiseValues(input);
  const liveDiagnosis = () =>
    diagnose({
      ticket: { application: values.application, problem: values.problem, examples: values.examples },
      evidence: [],
    });
  const parsed = ticketSchema.safeParse(values);
  if (parsed.success) {
    try {
      const { document, diagnosis } = previewTicket(parsed.data, options);
      return { document, diagnosis, pending: [] };
    } catch {
      return { document: null, diagnosis: liveDiagnosis(), pending: [] };
    }
  }
  const pending = STEPS.filter((s) => s.id !== "review" && Object.keys(validateStep(s.id, values)).length > 0).map(
    (s) => s.id,
  );
  try {
    const { ticket, redactions } = redactTicket(standInTicket(values), options);
    const diagnosis = diagnose({
      ticket: { application: values.application, problem: values.problem, examples: values.examples },
      evidence: ticket.evidence.map(({ id, kind, text }) => ({ id, kind, text })),
    });
    const document = buildDocument(ticket, diagnosis, summariseRedaction(redactions, evidenceReference(ticket)));
    return { document: holdBack(document, pending), diagnosis, pending };
  } catch {
    return { document: null, diagnosis: liveDiagnosis(), pending };
  }
}
