// The wizard's steps, in order, each with the part of the ticket it edits. Which schema validates each step is in
// app/wizard/validate-step.ts: this list is zod-free, so the wizard's first page can name its steps without the schema.
export const STEPS = [
  { id: "about", title: "About you", fields: ["about"] },
  { id: "application", title: "Application", fields: ["application"] },
  { id: "problem", title: "What happened", fields: ["problem"] },
  { id: "examples", title: "Examples", fields: ["examples"] },
  { id: "evidence", title: "Evidence", fields: ["evidence", "redactTerms"] },
  { id: "review", title: "Review", fields: [] },
] as const satisfies ReadonlyArray<{
  id: string;
  title: string;
  fields: readonly string[];
}>;

export type StepId = (typeof STEPS)[number]["id"];

export const stepIndex = (id: string): number => STEPS.findIndex((s) => s.id === id);
export const isStepId = (id: unknown): id is StepId => typeof id === "string" && stepIndex(id) >= 0;
export const stepTitle = (id: StepId): string => STEPS[stepIndex(id)].title;
