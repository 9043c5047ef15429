// The body of POST /api/redact: one text, or several items, with the ticket's redaction policy.
import { z } from "zod";
import { MAX_EVIDENCE_ITEMS, MAX_TERMS, MAX_TERM_LENGTH } from "~/ticket/limits";
import { EVIDENCE_KINDS } from "~/ticket/schema";

const environment = z.enum(["sandbox", "client", "client-nonprod", "client-prod"], {
  error: 'environment is "sandbox", "client", "client-nonprod" or "client-prod".',
});
const kind = z.enum(EVIDENCE_KINDS, { error: `kind is one of: ${EVIDENCE_KINDS.join(", ")}.` });
const text = z.string({ error: "text must be a string." });

const policyFields = {
  environment: environment.optional(),
  terms: z
    .array(z.string().max(MAX_TERM_LENGTH, `A term is at most ${MAX_TERM_LENGTH} characters.`))
    .max(MAX_TERMS, `At most ${MAX_TERMS} terms.`)
    .optional(),
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
          .max(MAX_EVIDENCE_ITEMS, `At most ${MAX_EVIDENCE_ITEMS} items.`),
        ...policyFields,
      })
      .strict(),
  ],
  { error: 'Send {"text": "…"} or {"items": [{"text": "…"}]}, with optional environment, terms and restored.' },
);
export type RedactRequest = z.output<typeof redactRequestSchema>;
