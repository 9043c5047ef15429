// What the page loads to validate by itself (load-validation.ts) when the checks' worker cannot answer, or for a page
// that arrives from the server needing checked statuses while it hydrates (progress.tsx): the ticket schema, zod,
// react-hook-form's zodResolver, each step's validity and the progress indicator checked with the schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { ticketSchema } from "~/ticket/schema";

export { CheckedProgress } from "./checked-progress";
export { stepValidity } from "~/wizard/validate-step";

export const ticketResolver = zodResolver(ticketSchema);
