import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { deriveSandboxModule, GENERATED_MODULE } from "../../scripts/derive-sandbox-knowledge";
import { SANDBOX_KNOWLEDGE } from "~/diagnosis/knowledge/sandbox.generated";
import {
  PATIENT_COMPARTMENT,
  R4_RESOURCE_TYPES,
  isR4ResourceType,
  suggestResourceType,
} from "~/diagnosis/knowledge/fhir-r4";
import { ORACLE_ERROR_URNS, lookupUrn } from "~/diagnosis/knowledge/urns";
import { hostInfo } from "~/diagnosis/knowledge/hosts";
import { SANDBOX_TENANT } from "~/ticket/choices";

describe("sandbox knowledge (generated from test/fixtures/oracle-health/)", () => {
  it("is exactly what the script derives from the captured documents today (no drift)", async () => {
    expect(await readFile(GENERATED_MODULE, "utf8")).toBe(await deriveSandboxModule());
  });

  it("carries its source, capture date and tenant", () => {
    expect(SANDBOX_KNOWLEDGE.source.capturedAt).toBe("2026-08-14");
    expect(SANDBOX_KNOWLEDGE.source.tenant).toBe(SANDBOX_TENANT);
    expect(SANDBOX_KNOWLEDGE.source.documents.join(" ")).toContain("sandbox-smart-configuration.json");
  });

  it("lists 303 scopes, Specimen read + search (by _id only), no wildcards", () => {
    expect(SANDBOX_KNOWLEDGE.scopesSupported).toHaveLength(303);
    expect(SANDBOX_KNOWLEDGE.scopesSupported).toEqual(
      expect.arrayContaining([
        "system/Specimen.read",
        "system/Specimen.rs",
        "patient/Specimen.read",
        "user/Specimen.rs",
      ]),
    );
    expect(SANDBOX_KNOWLEDGE.scopesSupported!.some((s) => s.includes("*"))).toBe(false);
    expect(SANDBOX_KNOWLEDGE.resources!.Specimen).toEqual({
      interactions: ["read", "search-type"],
      operations: [],
      searchParams: ["_id"],
    });
  });
});

describe("FHIR R4 and Oracle Health data", () => {
  it("has the 146 R4 resource types and a Patient compartment made of them", () => {
    expect(R4_RESOURCE_TYPES).toHaveLength(146);
    expect(PATIENT_COMPARTMENT.every(isR4ResourceType)).toBe(true);
    expect(PATIENT_COMPARTMENT).toContain("Specimen");
    for (const outside of ["Device", "Task", "Practitioner", "Organization", "Location", "Medication"])
      expect(PATIENT_COMPARTMENT).not.toContain(outside);
  });

  it("suggests the R4 name for DSTU2 names, plurals and wrong case", () => {
    expect(suggestResourceType("MedicationOrder")).toBe("MedicationRequest");
    expect(suggestResourceType("observation")).toBe("Observation");
    expect(suggestResourceType("Nonsense")).toBeNull();
  });

  it("keeps the 48 historical URNs, the 6 seen live and the 3 grant-stage URNs from public reports, and finds them", () => {
    expect(ORACLE_ERROR_URNS).toHaveLength(57);
    expect(lookupUrn("urn:cerner:error:authorization-server:oauth2:token:empty-scopes")?.live).toBe(true);
    expect(lookupUrn("urn:cerner:error:oauth2:resource-access:insufficient-scopes")).toMatchObject({
      status: 403,
      subcode: "no_scope_for_resource_path",
    });
    expect(
      lookupUrn("urn:cerner:error:authorization-server:oauth2:token:invalid-authorization-header")?.oauthError,
    ).toBe("invalid_client");
  });

  it("knows the hosts", () => {
    expect(hostInfo("fhir-open.cerner.com")).toMatchObject({ role: "open", enforcesScopes: false });
    expect(hostInfo("fhir-ehr-code.cerner.com")?.role).toBe("secure-provider-system");
    expect(hostInfo("fhir-ehr.cerner.com")?.environments).toEqual(["client"]);
    expect(hostInfo("fhir-myrecord.sandboxcerner.com")?.role).toBe("legacy");
    expect(hostInfo("example.org")).toBeNull();
  });
});
