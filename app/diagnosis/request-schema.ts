// The JSON body of POST /api/diagnose: { ticket?, evidence: [{id?, kind?, text}] }. The ticket is the form's values,
// possibly half-filled: any object is accepted and read leniently by the diagnosis (odd fields are ignored).
import { z } from "zod";
import { EVIDENCE_KINDS } from "~/ticket/schema";
import { MAX_EVIDENCE_ITEMS } from "~/ticket/limits";

export const diagnoseRequestSchema = z.object({
  ticket: z.record(z.string(), z.unknown()).optional().nullable(),
  evidence: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(64).optional(),
        kind: z
          .enum(EVIDENCE_KINDS, { error: `kind is one of ${EVIDENCE_KINDS.join(", ")}, or leave it out to detect it.` })
          .optional(),
        text: z.string({ error: "Each evidence item needs its text." }),
      }),
      { error: "evidence is a list of {id?, kind?, text}." },
    )
    .max(MAX_EVIDENCE_ITEMS, `At most ${MAX_EVIDENCE_ITEMS} evidence items.`),
});

export type DiagnoseRequest = z.output<typeof diagnoseRequestSchema>;
