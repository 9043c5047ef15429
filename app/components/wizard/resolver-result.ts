// A validation's answer (the worker's, or the page's own schema's) as react-hook-form's resolver result: zod's issues
// at the form's field names, nested as zodResolver does. Its own module: the page's fallback validation
// (validation.ts) and the resolver that loads it (load-validation.ts) both use it, without importing each other.
import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldError, ResolverOptions, ResolverResult } from "react-hook-form";
import type { Ticket, TicketInput } from "~/ticket/schema";
import type { FormCheck } from "~/wizard/validate-form";

export function resolverResult(
  check: FormCheck,
  options: ResolverOptions<TicketInput>,
): ResolverResult<TicketInput, Ticket> {
  if (check.valid) {
    if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
    return { values: check.values, errors: {} };
  }
  const errors: Record<string, FieldError> = {};
  for (const { path, message, type } of check.issues) errors[path] = { message, type };
  return { values: {}, errors: toNestErrors(errors, options) };
}
