// The title, the key facts under it and the file metadata, all derived from the ticket (never from the clock).
import type { Diagnosis } from "~/diagnosis/types";
import type { Example, Ticket } from "~/ticket/schema";
import { environmentLabel, SMART_VERSION_LABELS } from "./labels";
import type { DocumentMeta, Field } from "./types";

export const CREATOR = "Oracle Health ticket assembler";
export const PRODUCER = "oracle-health-ticket (pdf-lib)";
/** Only used when a ticket somehow has no dated example (the schema requires one). */
const FALLBACK_DATE = "2000-01-01T00:00:00Z";

/** The latest example's time: the document's date. */
export function documentDate(ticket: Ticket): string {
  const times = ticket.examples.map((e) => e.occurredAt).filter((t) => !Number.isNaN(Date.parse(t)));
  if (times.length === 0) return FALLBACK_DATE;
  return times.reduce((latest, t) => (Date.parse(t) > Date.parse(latest) ? t : latest));
}

/** What a request hit: the FHIR resource type, an operation, or the token endpoint. */
export function requestTarget(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segments = path.split("/").filter(Boolean);
  if (segments.at(-1) === "token" && segments.includes("oauth2")) return "the token endpoint";
  if (segments.at(-1) === "authorize") return "the authorize endpoint";
  const resource = segments.find((s) => /^[A-Z][A-Za-z]{2,}$/.test(s));
  const operation = segments.find((s) => s.startsWith("$"));
  if (resource && operation) return `${resource}/${operation}`;
  return resource ?? operation ?? (segments.includes("metadata") ? "metadata" : null);
}

function titleExample(examples: Example[]): Example | undefined {
  return examples.find((e) => (e.status ?? 0) >= 400) ?? examples.find((e) => e.status !== undefined) ?? examples[0];
}

export function documentTitle(ticket: Ticket): string {
  const example = titleExample(ticket.examples);
  const target = example?.url ? requestTarget(example.url) : null;
  const call = [example?.method, target].filter(Boolean).join(" ");
  if (example?.status !== undefined && call) return `SMART on FHIR authorization: ${example.status} on ${call}`;
  if (example?.status !== undefined) return `SMART on FHIR authorization: HTTP ${example.status}`;
  if (call) return `SMART on FHIR authorization problem: ${call}`;
  return "SMART on FHIR authorization problem";
}

export function documentFacts(ticket: Ticket): Field[] {
  const app = ticket.application;
  return [
    { label: "App ID", value: [{ text: app.appId, style: "code" }] },
    { label: "Client ID", value: [{ text: app.clientId, style: "code" }] },
    { label: "Tenant", value: [{ text: app.tenantId, style: "code" }] },
    {
      label: "Environment",
      value: [
        {
          text: `${environmentLabel(ticket)}, ${app.smartVersion === "v1" ? "SMART v1" : "SMART v2"}, ${app.appType} app`,
        },
      ],
    },
    { label: "Latest example", value: [{ text: documentDate(ticket), style: "code" }] },
  ];
}

export function documentMeta(ticket: Ticket, diagnosis: Diagnosis, title: string): DocumentMeta {
  const app = ticket.application;
  const codes = [...new Set(diagnosis.findings.map((f) => f.code))];
  return {
    title,
    subject: `Oracle Health support ticket for App ID ${app.appId}, Client ID ${app.clientId}, tenant ${app.tenantId}`,
    keywords: [
      "Oracle Health",
      "Cerner",
      "SMART on FHIR",
      SMART_VERSION_LABELS[app.smartVersion].split(" (")[0],
      `${app.appType} app`,
      ...codes,
    ],
    creator: CREATOR,
    producer: PRODUCER,
    date: documentDate(ticket),
    language: "en-US",
    runningHeader: `Oracle Health support ticket · App ID ${app.appId}`,
  };
}
