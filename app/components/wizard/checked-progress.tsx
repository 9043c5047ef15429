// The progress indicator with every visited step's status checked against its schema (validate-step.ts). Loaded by
// the browser with the schema, on first validation (progress.tsx); the server renders it in place.
import { useWatch } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import type { StepId } from "~/ticket/steps";
import { stepStatuses } from "~/wizard/validate-step";
import { sanitiseValues } from "~/wizard/values";
import { ProgressList } from "./progress-list";

export interface ProgressProps {
  step: StepId;
  visited: StepId[];
  attempted: StepId[];
}

export function CheckedProgress({ step, visited, attempted }: ProgressProps) {
  const values = sanitiseValues(useWatch<TicketInput>());
  return <ProgressList step={step} visited={visited} statuses={stepStatuses({ step, visited, attempted, values })} />;
}
