// Which form field a leak found in the export points at, so a blocked export can send the user to it. A leak names
// its place by our own words ("section “Actual Result”"); the section's id tells the field it comes from.
import type { TicketDocument } from "~/document/model";
import type { SectionId } from "~/document/template-wording";

const SECTION_FIELD: Partial<Record<SectionId, string>> = {
  workflow: "problem.workflow",
  background: "problem.background",
  expected: "problem.expected",
  actual: "problem.actual",
  onBehalfOfClient: "about.clientName",
  application: "application.requestedScopes",
  examples: "examples.0.url",
  evidence: "evidence",
};

/** The field name for a leak's place, or null when it is not one the user typed (the diagnosis, the title). */
export function leakField(where: string, document: TicketDocument): string | null {
  const section = document.sections.find(
    (s) => where === `section “${s.heading}”` || where.startsWith(`section “${s.heading}” ›`),
  );
  return section ? (SECTION_FIELD[section.id] ?? null) : null;
}
