// Whether this render is the server's or the browser's hydration of it (true), or a later render in the browser
// (false): what the server's HTML has must be rendered the same while the page hydrates.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

export const useHydrating = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
