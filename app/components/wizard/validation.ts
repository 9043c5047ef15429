// What the page loads to validate by itself (load-validation.ts) when the checks' worker cannot answer, or for a page
// that arrives from the server needing checked statuses while it hydrates (progress.tsx): the ticket schema, zod,
// each step's validity and the progress indicator checked with the schema. The form's resolver maps the schema's
// issues to form errors exactly as the worker's answers are mapped (validateForm + resolverResult), so the two paths
// cannot drift apart.
import type { Resolver } from "react-hook-form";
import type { Ticket, TicketInput } from "~/ticket/schema";
import { validateForm } from "~/wizard/validate-form";
import { resolverResult } from "./resolver-result";

export { CheckedProgress } from "./checked-progress";
export { stepValidity } from "~/wizard/validate-step";
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";

export const ticketResolver: Resolver<TicketInput, unknown, Ticket> = async (values, _context, options) =>
  resolverResult(validateForm(values), options);
