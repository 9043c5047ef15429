// Times in facts are epoch milliseconds; inputs are ISO 8601 (with zone) or HTTP dates.
import { normaliseTimestamp } from "~/ticket/timestamp";

/** A date and time written whole but without a zone, in any form the reader knows: what TIMESTAMP_NO_TIMEZONE reports. */
export const lacksZone = (value: string): boolean => {
  const result = normaliseTimestamp(value);
  return !result.ok && result.noZone === true;
};

export function epochMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const result = normaliseTimestamp(value);
  if (!result.ok) return null;
  const ms = Date.parse(result.iso);
  return Number.isNaN(ms) ? null : ms;
}

/** A claim time (epoch seconds, or an ISO string from a redaction annotation) as epoch seconds. */
export function claimSeconds(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value > 1e12 ? Math.floor(value / 1000) : value;
  if (typeof value === "string") {
    if (/^\d{9,13}$/.test(value)) return claimSeconds(Number(value));
    const ms = epochMs(value);
    return ms === null ? null : Math.floor(ms / 1000);
  }
  return null;
}

export const isoOf = (ms: number): string => new Date(ms).toISOString().replace(".000Z", "Z");
