// Times in facts are epoch milliseconds; inputs are ISO 8601 (with zone) or HTTP dates.
import { normaliseTimestamp } from "~/ticket/timestamp";

const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/;

/** A date and time written without a zone (and not readable as one with it): what TIMESTAMP_NO_TIMEZONE reports. */
export const lacksZone = (value: string): boolean => NO_ZONE.test(value.trim()) && !normaliseTimestamp(value).ok;

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
