// A complete, valid set of wizard values built from the seed ticket (test/fixtures/seed-ticket.txt), with a
// real-looking correlation ID where the seed has a placeholder. Synthetic: no real secrets.
import { SANDBOX_TENANT } from "~/ticket/choices";
import type { WizardValues } from "~/wizard/values";

export const SEED_PLACEHOLDER_CORRELATION_ID = "abc12345-def6-7890-ghij-klmnopqrstuv";
export const SEED_PLACEHOLDER_OPC_REQUEST_ID = "opc-4567abcd-89ef-0123-ghij-456789klmnop";

export function seedValues(): WizardValues {
  return {
    about: {
      opnMember: "no",
      healthcareDeveloperTrack: "no",
      codeProgramMember: "yes",
      marketplacePresence: "no",
      onBehalfOfClient: "yes",
      clientName: "LifeBridge Health",
    },
    application: {
      appId: "c388f6bf-1c33-4566-a5bc-249e990ea2bf",
      clientId: "b1e2a292-fbe4-460a-be33-582e572abbbe",
      appType: "system",
      smartVersion: "v1",
      environment: "sandbox",
      tenantId: SANDBOX_TENANT,
      fhirBaseUrl: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
      requestedScopes: "system/Specimen.read system/Patient.read system/Encounter.read",
      grantedScopes: "system/Condition.read system/Encounter.read system/Patient.read",
      scopesChangedAt: "",
    },
    problem: {
      workflow: "client_credentials token request, then GET Specimen?_id=12345",
      background: "",
      expected: "A Specimen resource, since system/Specimen.read was added in Code Console.",
      actual: "403 insufficient_scope, subcode no_scope_for_resource_path.",
    },
    examples: [
      {
        xRequestId: "e1234567-89ab-4cde-8f12-3456789abcde",
        cernerCorrelationId: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
        opcRequestId: "",
        occurredAt: "Mon, 28 Jul 2025 15:21:14 GMT",
        method: "GET",
        url: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}/Specimen?_id=12345`,
        status: "403",
      },
    ],
    evidence: [],
    redactTerms: [],
  };
}

/** The same values as a posted form would carry them: dotted names, strings. */
export function flatten(prefix: string, value: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(`${prefix}.${i}`, v, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix}.${k}` : k, v, out);
  else if (typeof value === "string") out.push([prefix, value]);
  return out;
}
