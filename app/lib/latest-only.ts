// Only the last answer counts: a question asked while an earlier one is still out makes the earlier one stale, so its
// answer — which may arrive later (a worker's queue, a page fallback) — is dropped instead of overwriting the newer.

/**
 * A sequence of questions: each call starts one and gives a function that says, when its answer arrives, whether it
 * is still the last one asked. A call whose answer is never awaited makes every earlier question stale (a discard).
 */
export type LatestOnly = () => () => boolean;

export function latestOnly(): LatestOnly {
  let asked = 0;
  return () => {
    const question = ++asked;
    return () => question === asked;
  };
}
