// Only the last answer counts: a question asked while an earlier one is still out makes the earlier one stale, so its
// answer — which may arrive later (a worker's queue, a page fallback) — is dropped instead of overwriting the newer.

export interface LatestOnly {
  /** A new question; the function says, when its answer arrives, whether it is still the last one asked. */
  ask(): () => boolean;
  /** Makes every question asked so far stale (the user discarded what they were about). */
  drop(): void;
}

export function latestOnly(): LatestOnly {
  let asked = 0;
  return {
    ask() {
      const question = ++asked;
      return () => question === asked;
    },
    drop() {
      asked++;
    },
  };
}
