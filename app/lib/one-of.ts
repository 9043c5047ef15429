// Membership in a fixed list of string literals (an enum's values) as a type guard, without widening the list.

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  list.some((item) => item === value);
