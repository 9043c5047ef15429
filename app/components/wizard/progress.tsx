// The progress indicator. Each visited step's status comes from whether the step is valid, which the checks' worker
// answers each time the answers change (step-validity.ts, load-validation.ts): the page does not load the schema for
// it. The first page needs no answer: its only step reached is the one on screen, blank and not yet attempted, which
// is "in progress" whatever the schema says (statusesNeedSchema). Until the first answer a step's status is "in
// progress"; while the user types, the last answer stays until the next one arrives. A page that arrives from the
// server needing checked statuses (rendered with the schema, checked-progress.tsx) keeps the server's HTML while it
// hydrates and checks its statuses on the page from then on (it loads the schema, as it did before the worker).
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useWatch } from "react-hook-form";
import { lazyPart } from "~/components/lazy/lazy-part";
import type { TicketInput } from "~/ticket/schema";
import { statusesFrom, statusesNeedSchema } from "~/wizard/step-status";
import type { ProgressProps } from "./checked-progress";
import { loadValidation } from "./load-validation";
import { ProgressList } from "./progress-list";
import type { StepValidityStore } from "./step-validity";
import { useHydrating } from "./use-hydrating";
import * as rendered from "./validation-parts.server";

/** True where the `.server` module is not left empty (the server, tests): the checked list renders at once. */
const SCHEMA_AT_HAND = Boolean(rendered.CheckedProgress);
const CheckedProgress = lazyPart(rendered.CheckedProgress, () => loadValidation().then((m) => m.CheckedProgress));

const unknown = () => undefined;

export function Progress({ validity, ...props }: ProgressProps & { validity: StepValidityStore }) {
  const values = useWatch<TicketInput>();
  const needSchema = statusesNeedSchema(props, values);
  const hydrating = useHydrating();
  // Rendered by the server with the schema: the same list while hydrating, and from then on for this page. Where the
  // schema is at hand anyway (the server; tests, which import the `.server` module), always.
  const shownChecked = useRef(false);
  const checked = needSchema && (SCHEMA_AT_HAND || hydrating || shownChecked.current);
  shownChecked.current ||= checked;
  const known = useSyncExternalStore(validity.subscribe, validity.get, unknown);

  useEffect(() => {
    if (needSchema && !shownChecked.current) void validity.request(values);
  }, [values, needSchema, validity]);

  if (checked) return <CheckedProgress {...props} />;
  return (
    <ProgressList
      step={props.step}
      visited={props.visited}
      statuses={statusesFrom(props, (s) => (needSchema ? known?.[s] : undefined))}
    />
  );
}
