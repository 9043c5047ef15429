// What the browser loads on the wizard's first validation (load-validation.ts): the ticket schema, zod, the resolver
// react-hook-form validates with, and the progress indicator that checks each step's status with the schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { ticketSchema } from "~/ticket/schema";

export { CheckedProgress } from "./checked-progress";

export const ticketResolver = zodResolver(ticketSchema);
