// Timestamps of examples: accepted as ISO 8601 with a zone or as the HTTP Date header form, stored as ISO 8601 UTC.

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export type TimestampResult = { ok: true; iso: string } | { ok: false; message: string };

/** ISO 8601 UTC with whole seconds (`2025-07-28T15:21:14Z`), milliseconds kept only when given. */
export function toIsoUtc(date: Date): string {
  return date.toISOString().replace(".000Z", "Z");
}

/**
 * A label pasted with the value ("Timestamp (UTC): …", "Date: …") — letters, spaces and a parenthesised note, then a
 * colon. Digits never appear in it, so an ISO time's own colons are not taken for a label's.
 */
const PASTED_LABEL = /^[A-Za-z][A-Za-z _-]{0,40}(?:\([A-Za-z ]{1,20}\))?\s*:\s*/;

export function normaliseTimestamp(input: string): TimestampResult {
  const value = input.trim().replace(PASTED_LABEL, "");
  if (!value) return { ok: false, message: "Enter the date and time of the example." };
  const http = HTTP_DATE.exec(value);
  if (http) {
    const [, , day, mon, year, h, m, s] = http;
    const date = new Date(Date.UTC(+year, MONTHS.indexOf(mon), +day, +h, +m, +s));
    if (date.getUTCDate() !== +day)
      return { ok: false, message: "This is not a real date (check the day of the month)." };
    return { ok: true, iso: toIsoUtc(date) };
  }
  const iso = ISO_WITH_ZONE.exec(value);
  if (iso) {
    const [, , mo, d, h, mi] = iso;
    if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59) {
      return { ok: false, message: "This is not a real date and time (check the month, day, hour and minute)." };
    }
    const date = new Date(value.replace(" ", "T").replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 2000) {
      return { ok: false, message: "This is not a real date and time (check the month, day, hour and minute)." };
    }
    return { ok: true, iso: toIsoUtc(date) };
  }
  if (ISO_WITHOUT_ZONE.test(value)) {
    return {
      ok: false,
      message:
        "This time has no time zone, so support cannot match it to their logs. Add Z for UTC (e.g. 2025-07-28T15:21:14Z) or your offset (e.g. +02:00).",
    };
  }
  if (ISO_DATE_ONLY.test(value)) {
    return { ok: false, message: "Add the time of the example, with its zone: e.g. 2025-07-28T15:21:14Z." };
  }
  return {
    ok: false,
    message:
      'Use ISO 8601 with a zone (2025-07-28T15:21:14Z) or the HTTP Date header form ("Mon, 28 Jul 2025 15:21:14 GMT").',
  };
}
