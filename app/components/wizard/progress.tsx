// The progress indicator. Each visited step's status is checked against its schema (checked-progress.tsx), which the
// browser loads on first validation (load-validation.ts), not with the first page. The first page does not need it:
// its only step reached is the one on screen, blank and not yet attempted, which is "in progress" whatever the schema
// says (statusesNeedSchema). Once the answers matter the schema is loaded; until it is there the statuses stay as they
// were ("in progress"), and a page that arrives needing it keeps the server's HTML until then.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useWatch } from "react-hook-form";
import { lazyPart } from "~/components/lazy/lazy-part";
import type { TicketInput } from "~/ticket/schema";
import { statusesFrom, statusesNeedSchema } from "~/wizard/step-status";
import type { ProgressProps } from "./checked-progress";
import { loadValidation } from "./load-validation";
import { ProgressList } from "./progress-list";
import * as rendered from "./validation-parts.server";

let checkedLoaded = Boolean(rendered.CheckedProgress);
const CheckedProgress = lazyPart(rendered.CheckedProgress, () =>
  loadValidation().then((m) => {
    checkedLoaded = true;
    return m.CheckedProgress;
  }),
);

const noSubscription = () => () => undefined;
/** True on the server and while hydrating, false once the page is hydrated. */
const useHydrating = () =>
  useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );

export function Progress(props: ProgressProps) {
  const needSchema = statusesNeedSchema(props, useWatch<TicketInput>());
  const hydrating = useHydrating();
  const [loaded, setLoaded] = useState(checkedLoaded);
  // Once shown (a page hydrated with it, still loading), the checked list stays: never swapped back while loading.
  const shownChecked = useRef(false);
  const checked = needSchema && (loaded || hydrating || shownChecked.current);
  shownChecked.current ||= checked;

  useEffect(() => {
    if (!needSchema || loaded) return;
    let live = true;
    CheckedProgress.preload().then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needSchema, loaded]);

  if (checked) return <CheckedProgress {...props} />;
  return <ProgressList step={props.step} visited={props.visited} statuses={statusesFrom(props, () => undefined)} />;
}
