// The body of POST /api/redact: one text, or several items, with the ticket's redaction policy.
import * as z from "zod/mini";
import { MAX_EVIDENCE_ITEMS, MAX_TERMS, MAX_TERM_LENGTH } from "~/ticket/limits";
import { EVIDENCE_KINDS } from "~/ticket/schema";

const environment = z.enum(["sandbox", "client", "client-nonprod", "client-prod"], {
  error: 'environment is "sandbox", "client", "client-nonprod" or "client-prod".',
});
const kind = z.enum(EVIDENCE_KINDS, { error: `kind is one of: ${EVIDENCE_KINDS.join(", ")}.` });
const text = z.string({ error: "text must be a string." });
const id = z.string().check(z.minLength(1), z.maxLength(64));

const policyFields = {
  environment: z.optional(environment),
  terms: z.optional(
    z
      .array(z.string().check(z.maxLength(MAX_TERM_LENGTH, `A term is at most ${MAX_TERM_LENGTH} characters.`)))
      .check(z.maxLength(MAX_TERMS, `At most ${MAX_TERMS} terms.`)),
  ),
  restored: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000))),
};

export const redactRequestSchema = z.union(
  [
    z.strictObject({ text, kind: z.optional(kind), id: z.optional(id), ...policyFields }),
    z.strictObject({
      items: z
        .array(z.strictObject({ text, kind: z.optional(kind), id: z.optional(id) }))
        .check(
          z.minLength(1, "items needs at least one item."),
          z.maxLength(MAX_EVIDENCE_ITEMS, `At most ${MAX_EVIDENCE_ITEMS} items.`),
        ),
      ...policyFields,
    }),
  ],
  { error: 'Send {"text": "…"} or {"items": [{"text": "…"}]}, with optional environment, terms and restored.' },
);
export type RedactRequest = z.output<typeof redactRequestSchema>;
