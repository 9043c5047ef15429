// Platform rules the diagnosis applies, each with where it is stated. Sources: docs/platform.md and
// smart-scopes.md (marks: doc = Oracle documentation, staff = Oracle staff in public, seen = observed, guess = ours).

export interface PlatformFact<T> {
  value: T;
  source: string;
  basis: "documented" | "observed" | "inference";
}

/** Access tokens live 570 seconds. */
export const TOKEN_LIFETIME_SECONDS: PlatformFact<number> = {
  value: 570,
  source: "docs/platform.md §2 (doc)",
  basis: "documented",
};

/** Code Console changes take effect after a 15-minute waiting period. */
export const PROPAGATION_MINUTES: PlatformFact<number> = {
  value: 15,
  source: "docs/platform.md §3 (doc)",
  basis: "documented",
};
