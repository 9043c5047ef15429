// TENANT_ID_MALFORMED: a tenant ID (in a token or FHIR URL, an error_uri, or the form) that is not a UUID — a
// character that is not hexadecimal, or groups of the wrong length. Oracle Health tenant IDs are lower-case UUIDs
// (8-4-4-4-12 hex); a mistyped one reaches no tenant (token:invalid-tenant, "Tenant not valid or accessible").
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding } from "../finding";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An attempt at a UUID: five hyphen-separated groups of letters and digits. */
const UUID_LIKE = /^[0-9a-z]{6,10}-[0-9a-z]{3,5}-[0-9a-z]{3,5}-[0-9a-z]{3,5}-[0-9a-z]{10,14}$/i;
const TEMPLATE = /[{}<>]|x{4,}|tenant|your/i;

export function whatIsWrong(value: string): string {
  const groups = value.split("-");
  const lengths = [8, 4, 4, 4, 12];
  const wrongLength = groups
    .map((g, i) => (g.length !== lengths[i] ? `group ${i + 1} has ${g.length} characters, not ${lengths[i]}` : null))
    .filter(Boolean);
  const nonHex = [...new Set(value.replace(/-/g, "").match(/[^0-9a-f]/gi) ?? [])];
  return [
    ...wrongLength,
    ...(nonHex.length
      ? [
          `${nonHex.map((c) => `"${c}"`).join(", ")} ${nonHex.length === 1 ? "is not a hexadecimal digit" : "are not hexadecimal digits"}`,
        ]
      : []),
  ].join("; ");
}

export function tenantIdMalformed(f: Facts): Finding[] {
  const candidates = [...f.tenantCandidates];
  const ticket = f.ticket.application.tenantId;
  if (ticket && UUID_LIKE.test(ticket) && !UUID.test(ticket))
    candidates.push({ value: ticket, source: { itemId: "ticket", location: "application.tenantId" } });
  const bad = new Map<string, typeof candidates>();
  for (const c of candidates) {
    if (UUID.test(c.value) || !UUID_LIKE.test(c.value) || TEMPLATE.test(c.value)) continue;
    const key = c.value.toLowerCase();
    bad.set(key, [...(bad.get(key) ?? []), c]);
  }
  return [...bad.entries()].map(([value, seen]) => {
    const close = f.tenantCandidates
      .map((c) => c.value.toLowerCase())
      .find((v) => UUID.test(v) && v.slice(0, 8) === value.slice(0, 8));
    return finding({
      code: "TENANT_ID_MALFORMED",
      severity: "error",
      basis: "documented",
      title: `The tenant ID "${value}" is not a valid tenant ID`,
      explanation: `Oracle Health tenant IDs are UUIDs: 8-4-4-4-12 hexadecimal digits. In "${value}" ${whatIsWrong(value)}, so the authorization and FHIR servers cannot match it to any tenant — the request fails whatever the client's registration.`,
      evidence: seen.map((c) => ev(c.source, `tenant ${value}`)),
      nextSteps: [
        close
          ? `Use the tenant ID exactly as elsewhere in the evidence: ${close}.`
          : "Copy the tenant ID again from the health system's FHIR base URL (the UUID after /r4/) or from the tenant's .well-known/smart-configuration, without extra characters.",
        "Correct it in every URL built from it: the token endpoint (/tenants/<tenant>/…) and the FHIR base (/r4/<tenant>/).",
      ],
    });
  });
}
