// The ticket schema and everything that validates with it (validation.ts) are not part of the wizard's first page:
// the browser loads them the first time something is validated — a field left, Next pressed, a progress status that
// depends on the answers — or ahead of that, when the user starts answering. Until then nothing needs them.
import type { Resolver } from "react-hook-form";
import type { Ticket, TicketInput } from "~/ticket/schema";

/** Loads the validation chunk (the browser fetches it once). */
export const loadValidation = () => import("./validation");

/** react-hook-form's resolver: the ticket schema's, once loaded. */
export const lazyResolver: Resolver<TicketInput, unknown, Ticket> = async (values, context, options) => {
  const { ticketResolver } = await loadValidation();
  return ticketResolver(values, context, options);
};
