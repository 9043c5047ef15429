// Whether the page is interactive: false on the server and while React hydrates the server's HTML (so the first
// render matches it exactly), true from then on — at once for a part mounted later (the user coming back to a step,
// the finished ticket shown after a submit).
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
