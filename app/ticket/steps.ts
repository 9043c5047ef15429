// The wizard's steps, in order, each with the part of the ticket it edits and the schema that validates it.
import type * as z from "zod/mini";
import { aboutSchema, applicationSchema, evidenceSchema, examplesSchema, problemSchema } from "./schema";

export const STEPS = [
  { id: "about", title: "About you", schema: aboutSchema, fields: ["about"] },
  { id: "application", title: "Application", schema: applicationSchema, fields: ["application"] },
  { id: "problem", title: "What happened", schema: problemSchema, fields: ["problem"] },
  { id: "examples", title: "Examples", schema: examplesSchema, fields: ["examples"] },
  { id: "evidence", title: "Evidence", schema: evidenceSchema, fields: ["evidence", "redactTerms"] },
  { id: "review", title: "Review", schema: null, fields: [] },
] as const satisfies ReadonlyArray<{
  id: string;
  title: string;
  schema: z.ZodMiniType | null;
  fields: readonly string[];
}>;

export type StepId = (typeof STEPS)[number]["id"];

export const stepIndex = (id: string): number => STEPS.findIndex((s) => s.id === id);
export const isStepId = (id: unknown): id is StepId => typeof id === "string" && stepIndex(id) >= 0;
export const stepTitle = (id: StepId): string => STEPS[stepIndex(id)].title;
