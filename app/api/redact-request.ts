// The body of POST /api/redact: one text, or several items, with the ticket's redaction policy.
import { z } from "zod";
import { EVIDENCE_KINDS } from "~/ticket/schema";

const environment = z.enum(["sandbox", "client", "client-nonprod", "client-prod"], {
  error: 'environment is "sandbox", "client", "client-nonprod" or "client-prod".',
});
const kind = z.enum(EVIDENCE_KINDS, { error: `kind is one of: ${EVIDENCE_KINDS.join(", ")}.` });
const text = z.string({ error: "text must be a string." });

const policyFields = {
  environment: environment.optional(),
  terms: z.array(z.string().max(500, "A term is at most 500 characters.")).max(100, "At most 100 terms.").optional(),
  restored: z.array(z.string().max(200)).max(10_000).optional(),
};

export const redactRequestSchema = z.union(
  [
    z.object({ text, kind: kind.optional(), id: z.string().min(1).max(64).optional(), ...policyFields }).strict(),
    z
      .object({
        items: z
          .array(z.object({ text, kind: kind.optional(), id: z.string().min(1).max(64).optional() }).strict())
          .min(1, "items needs at least one item.")
          .max(50, "At most 50 items."),
        ...policyFields,
      })
      .strict(),
  ],
  { error: 'Send {"text": "…"} or {"items": [{"text": "…"}]}, with optional environment, terms and restored.' },
);
export type RedactRequest = z.output<typeof redactRequestSchema>;
