// TIMESTAMP_NO_TIMEZONE: a time without a zone (form values or evidence lines): support cannot match it to their logs.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";
import { lacksZone } from "../time";

export function timestampNoTimezone(f: Facts): Finding[] {
  const hits = f.timestamps.filter((t) => lacksZone(t.value));
  if (!hits.length) return [];
  const inForm = hits.some((h) => h.source.itemId === "ticket");
  const first = hits[0].value.trim().replace(" ", "T").replace(",", ".");
  return [
    finding({
      code: "TIMESTAMP_NO_TIMEZONE",
      severity: inForm ? "warning" : "info",
      basis: "documented",
      title: `${hits.length === 1 ? "A time" : `${hits.length} times`} without a time zone`,
      explanation: `${hits
        .slice(0, 3)
        .map((h) => `"${h.value}"`)
        .join(
          ", ",
        )}${hits.length > 3 ? " …" : ""} ${hits.length === 1 ? "has" : "have"} no zone, so support cannot match ${hits.length === 1 ? "it" : "them"} to their logs (they work in UTC). Posted examples use ISO 8601 UTC or the HTTP Date form.`,
      evidence: hits.slice(0, 10).map((h) => ev(h.source, h.value)),
      nextSteps: [
        `Write times with their zone: ${first}Z if it is UTC, or with the offset (e.g. ${first}+02:00); the response's Date header is already in GMT.`,
      ],
    }),
  ];
}
