// URL helpers that never throw: evidence holds URLs and escapes that are cut short or malformed.

/** The URL, resolved against `base` when given; null when it does not parse. */
export function safeUrl(input: string, base?: string): URL | null {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
}

/** decodeURIComponent, or `fallback` (the input itself unless given) when the escapes are malformed. */
export function decodeURIComponentSafe(s: string, fallback: string = s): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return fallback;
  }
}
