// The JSON body of POST /api/diagnose: { ticket?, evidence: [{id?, kind?, text}] }. The ticket is the form's values,
// possibly half-filled: any object is accepted and read leniently by the diagnosis (odd fields are ignored).
import * as z from "zod/mini";
import { EVIDENCE_KINDS } from "~/ticket/schema";
import { MAX_EVIDENCE_ITEMS } from "~/ticket/limits";

export const diagnoseRequestSchema = z.object({
  ticket: z.nullable(z.optional(z.record(z.string(), z.unknown()))),
  evidence: z
    .array(
      z.object({
        id: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
        kind: z.optional(
          z.enum(EVIDENCE_KINDS, {
            error: `kind is one of ${EVIDENCE_KINDS.join(", ")}, or leave it out to detect it.`,
          }),
        ),
        text: z.string({ error: "Each evidence item needs its text." }),
      }),
      { error: "evidence is a list of {id?, kind?, text}." },
    )
    .check(z.maxLength(MAX_EVIDENCE_ITEMS, `At most ${MAX_EVIDENCE_ITEMS} evidence items.`)),
});

export type DiagnoseRequest = z.output<typeof diagnoseRequestSchema>;
