// The sections of the document: the forum template's questions in its order and wording, then our additions
// (diagnosis, questions for support, redacted evidence, redaction summary).
import type { Diagnosis, Finding, FindingEvidence } from "~/diagnosis/types";
import { isClientDomain, type Ticket } from "~/ticket/schema";
import {
  APP_TYPE_LABELS,
  BASIS_LABELS,
  environmentLabel,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_LANGUAGE,
  SEVERITY_LABELS,
  SMART_VERSION_LABELS,
  yesNo,
} from "./labels";
import { fieldLabel } from "~/wizard/labels";
import type { Block, Field, Inline, Section } from "./types";
import type { RedactionSummary } from "./redaction-summary";
import { CLIENT_QUESTIONS, DEVELOPER_QUESTIONS, HEADINGS, type SectionId } from "./template-wording";

const NOT_PROVIDED = "Not provided.";
const NONE = "—";

const text = (value: string): Inline => ({ text: value });
const code = (value: string): Inline => ({ text: value, style: "code" });
const strong = (value: string): Inline => ({ text: value, style: "strong" });
const paragraph = (...inlines: Inline[]): Block => ({ type: "paragraph", inlines });

/** Prose as paragraphs split on blank lines; single newlines stay line breaks. `user` marks what the user typed. */
export function proseParagraphs(value: string | undefined, origin?: "user"): Block[] {
  const normalised = (value ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .trim();
  if (!normalised) return [paragraph(text(NOT_PROVIDED))];
  return normalised
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== "")
    .map((p): Block =>
      origin ? { type: "paragraph", inlines: [text(p)], origin } : { type: "paragraph", inlines: [text(p)] },
    );
}

const userParagraphs = (value: string | undefined) => proseParagraphs(value, "user");

const section = (id: SectionId, origin: Section["origin"], blocks: Block[]): Section => ({
  id,
  heading: HEADINGS[id],
  origin,
  blocks,
});

/** "Evidence 2 (Token response)" for an evidence id; the form itself for "ticket". */
export function evidenceReference(ticket: Ticket): (itemId: string) => string {
  const index = new Map(ticket.evidence.map((item, i) => [item.id, i]));
  return (itemId) => {
    const i = index.get(itemId);
    if (i === undefined) return itemId === "ticket" ? "Ticket form" : "Evidence";
    const item = ticket.evidence[i];
    return `Evidence ${i + 1} “${item.label ?? EVIDENCE_KIND_LABELS[item.kind]}”`;
  };
}

function workflowSection(ticket: Ticket): Section {
  const blocks: Block[] = [];
  if (isClientDomain(ticket.application.environment)) {
    blocks.push({
      type: "note",
      inlines: [
        // The template's reminder is addressed to whoever fills it in; above the request data it would read as a
        // contradiction, so the export says what was done about it instead.
        text(
          `This ticket concerns a client domain (${ticket.application.environment === "client-prod" ? "production" : "non-production"}). The forum's template asks that such tickets carry no API request data or live patient data: the request data below was redacted under the client-domain policy (credentials, tokens and patient data removed) and checked for leaks before export.`,
        ),
      ],
    });
  }
  blocks.push(...userParagraphs(ticket.problem.workflow));
  return section("workflow", "template", blocks);
}

function developerQuestionsSection(ticket: Ticket): Section {
  const about = ticket.about;
  const keys = Object.keys(DEVELOPER_QUESTIONS) as Array<keyof typeof DEVELOPER_QUESTIONS>;
  return section("developerQuestions", "template", [
    {
      type: "list",
      ordered: false,
      items: keys.map((key) => [text(`${DEVELOPER_QUESTIONS[key]} `), strong(yesNo(about[key]))]),
    },
  ]);
}

function onBehalfSection(ticket: Ticket): Section {
  const about = ticket.about;
  const client = about.onBehalfOfClient === "yes" && about.clientName ? about.clientName : NONE;
  return section("onBehalfOfClient", "template", [
    {
      type: "list",
      ordered: false,
      items: [
        [text(`${CLIENT_QUESTIONS.onBehalfOfClient} `), strong(yesNo(about.onBehalfOfClient))],
        [text(`${CLIENT_QUESTIONS.clientName} `), strong(client)],
      ],
    },
  ]);
}

function applicationSection(ticket: Ticket): Section {
  const app = ticket.application;
  const optionalCode = (value: string | undefined): Inline[] => [value ? code(value) : text(NOT_PROVIDED)];
  const fields: Field[] = [
    { label: "App ID", value: [code(app.appId)] },
    { label: "Client ID", value: [code(app.clientId)] },
    { label: "App type", value: [text(APP_TYPE_LABELS[app.appType])] },
    { label: "SMART version", value: [text(SMART_VERSION_LABELS[app.smartVersion])] },
    { label: "Environment", value: [text(environmentLabel(ticket))] },
    { label: "Tenant ID", value: [code(app.tenantId)] },
    { label: "FHIR base URL", value: optionalCode(app.fhirBaseUrl) },
    { label: "Requested scopes", value: optionalCode(app.requestedScopes?.replace(/\s+/g, " ")) },
    { label: "Granted scopes (token response)", value: optionalCode(app.grantedScopes?.replace(/\s+/g, " ")) },
    { label: "Scopes last changed in Code Console", value: optionalCode(app.scopesChangedAt) },
  ];
  return section("application", "template", [{ type: "fields", fields }]);
}

function examplesSection(ticket: Ticket): Section {
  const cell = (value: string | undefined, style?: "code"): Inline[] => [value ? { text: value, style } : text(NONE)];
  return section("examples", "template", [
    {
      type: "table",
      rowLabel: "Example",
      columns: [
        { header: "#", align: "right" },
        { header: "Date/time (UTC)" },
        { header: "Request" },
        { header: "Status", align: "right" },
        { header: "X-Request-Id" },
        { header: "Cerner-Correlation-Id" },
        { header: "opc-request-id" },
      ],
      rows: ticket.examples.map((example, i) => [
        [text(String(i + 1))],
        cell(example.occurredAt, "code"),
        cell([example.method, example.url].filter(Boolean).join(" ") || undefined, "code"),
        cell(example.status === undefined ? undefined : String(example.status)),
        cell(example.xRequestId, "code"),
        cell(example.cernerCorrelationId, "code"),
        cell(example.opcRequestId, "code"),
      ]),
    },
  ]);
}

/** Steps that number themselves ("1. …", "2. …") lose their numbers: the ordered list numbers them. */
function withoutOwnNumbers(steps: string[]): string[] {
  const numbered = steps.every((step, i) => new RegExp(`^\\s*${i + 1}[.)]\\s`).test(step));
  return numbered ? steps.map((step) => step.replace(/^\s*\d+[.)]\s+/, "")) : steps;
}

function findingBlocks(finding: Finding, index: number, reference: (itemId: string) => string): Block[] {
  const blocks: Block[] = [
    {
      type: "subheading",
      id: `finding-${index + 1}`,
      text: finding.title,
      badge: { text: SEVERITY_LABELS[finding.severity], tone: finding.severity },
    },
    {
      type: "fields",
      fields: [
        { label: "Code", value: [code(finding.code)] },
        { label: "Basis", value: [text(BASIS_LABELS[finding.basis])] },
      ],
    },
    ...proseParagraphs(finding.explanation),
  ];
  if (finding.evidence.length > 0) {
    blocks.push(paragraph(strong("Evidence")), {
      type: "list",
      ordered: false,
      items: finding.evidence.map((e: FindingEvidence) => [
        // A place in the form reads as its label ("Form: Example 2: Request URL"), never as a field path.
        text(e.itemId === "ticket" ? `Form: ${fieldLabel(e.location)}` : `${reference(e.itemId)}, ${e.location}`),
        ...(e.excerpt ? [text(": "), code(e.excerpt)] : []),
      ]),
    });
  }
  if (finding.nextSteps.length > 0) {
    blocks.push(paragraph(strong("Next steps")), {
      type: "list",
      ordered: true,
      items: withoutOwnNumbers(finding.nextSteps).map((step) => [text(step)]),
    });
  }
  return blocks;
}

function diagnosisSection(ticket: Ticket, diagnosis: Diagnosis): Section {
  const reference = evidenceReference(ticket);
  const blocks: Block[] = [
    paragraph(text(diagnosis.summary.trim() || "The automated diagnosis found nothing to report.")),
  ];
  if (diagnosis.findings.length === 0) blocks.push(paragraph(text("No problems were found in the evidence provided.")));
  diagnosis.findings.forEach((finding, i) => blocks.push(...findingBlocks(finding, i, reference)));
  if (diagnosis.scopes.length > 0) {
    const mark = (value: boolean | null): Inline[] => [text(value === null ? "unknown" : value ? "yes" : "no")];
    blocks.push(
      { type: "subheading", id: "scope-matrix", text: "Scope matrix" },
      {
        type: "table",
        columns: [
          { header: "Scope" },
          { header: "Requested", align: "center" },
          { header: "Granted", align: "center" },
          { header: "Needed", align: "center" },
          { header: "In tenant's scopes_supported", align: "center" },
        ],
        rows: diagnosis.scopes.map((row) => [
          [code(row.scope)],
          mark(row.requested),
          // A scope that was asked for or is needed, yet not granted, is the point of the table: emphasised.
          (row.requested || row.needed) && !row.granted ? [strong("no")] : mark(row.granted),
          mark(row.needed),
          row.supported === false ? [strong("no")] : mark(row.supported),
        ]),
      },
    );
  }
  return section("diagnosis", "addition", blocks);
}

function questionsSection(diagnosis: Diagnosis): Section {
  if (diagnosis.questions.length === 0)
    return section("questions", "addition", [paragraph(text("No open questions beyond the ones above."))]);
  return section("questions", "addition", [
    { type: "list", ordered: true, items: diagnosis.questions.map((q) => [text(q)]) },
  ]);
}

/** Without the newlines at the end (a loop: a regex anchored at the end rescans a 5 MB text). */
function trimTrailingNewlines(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 10) end--;
  return end === value.length ? value : value.slice(0, end);
}

function evidenceSection(ticket: Ticket): Section {
  if (ticket.evidence.length === 0) return section("evidence", "addition", [paragraph(text("No evidence attached."))]);
  const blocks: Block[] = [];
  ticket.evidence.forEach((item, i) => {
    const kind = EVIDENCE_KIND_LABELS[item.kind];
    blocks.push({ type: "subheading", id: `evidence-${i + 1}`, text: `Evidence ${i + 1}: ${item.label ?? kind}` });
    if (item.label) blocks.push(paragraph(text(`Kind: ${kind}`)));
    const body = trimTrailingNewlines(item.text.replace(/\r\n?/g, "\n"));
    blocks.push(
      body.trim() ? { type: "code", language: EVIDENCE_LANGUAGE[item.kind], text: body } : paragraph(text("(empty)")),
    );
  });
  return section("evidence", "addition", blocks);
}

/**
 * A count with thousands separators (15,513): it reads better, and no count then shows four digits in a row, so the
 * leak check can never take one of our own counts for a removed id of the same digits.
 */
const count = (n: number) => n.toLocaleString("en-US");

function redactionSection(ticket: Ticket, redaction: RedactionSummary): Section {
  const policy = isClientDomain(ticket.application.environment) ? "client-domain" : "public-sandbox";
  const items = redaction.itemsChecked === 1 ? "1 evidence item" : `${redaction.itemsChecked} evidence items`;
  const blocks: Block[] = [
    paragraph(
      text(
        `Checked ${items} under the ${policy} policy. Values are never shown: each one is replaced by a typed placeholder such as `,
      ),
      code("[REDACTED:access_token#1]"),
      text(
        ", with the same number wherever the same value appears. Every export is checked again for these values and for secret patterns, and is blocked if any appears.",
      ),
    ),
  ];
  if (redaction.entries.length === 0) {
    blocks.push(paragraph(text("No secrets or personal data were found in the evidence.")));
  } else {
    blocks.push({
      type: "table",
      columns: [
        { header: "Category" },
        { header: "Type" },
        { header: "Distinct values", align: "right" },
        { header: "Replacements", align: "right" },
      ],
      rows: redaction.entries.map((e) => [
        [text(e.category)],
        [code(e.type)],
        [text(e.values === null ? NONE : count(e.values))],
        [text(count(e.replacements))],
      ]),
    });
  }
  if (redaction.notes.length > 0) {
    blocks.push(paragraph(strong("Notes")), {
      type: "list",
      ordered: false,
      items: redaction.notes.map((n) => [text(n)]),
    });
  }
  return section("redaction", "addition", blocks);
}

export function buildSections(ticket: Ticket, diagnosis: Diagnosis, redaction: RedactionSummary): Section[] {
  return [
    workflowSection(ticket),
    section("background", "template", userParagraphs(ticket.problem.background)),
    developerQuestionsSection(ticket),
    onBehalfSection(ticket),
    applicationSection(ticket),
    section("expected", "template", userParagraphs(ticket.problem.expected)),
    section("actual", "template", userParagraphs(ticket.problem.actual)),
    examplesSection(ticket),
    diagnosisSection(ticket, diagnosis),
    questionsSection(diagnosis),
    evidenceSection(ticket),
    redactionSection(ticket, redaction),
  ];
}
