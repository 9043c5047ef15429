import { describe, expect, it } from "vitest";
import { classifyRequest, needsOf } from "~/diagnosis/interactions";
import { scopesFor } from "~/diagnosis/scopes";

const BASE = "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d";
const needs = (method: string, path: string, options?: Parameters<typeof classifyRequest>[2]) =>
  needsOf(classifyRequest(method, `${BASE}/${path}`, options)).map((n) => `${n.resourceType}.${n.letters}`);

describe("request → interaction", () => {
  it.each([
    ["GET", "Specimen/123", "read", ["Specimen.r"]],
    ["GET", "Patient/12724066/_history/2", "vread", ["Patient.r"]],
    ["GET", "Patient/12724066/_history", "history-instance", ["Patient.r"]],
    ["GET", "Observation/_history", "history-type", ["Observation.s"]],
    ["GET", "Specimen?_id=123", "search-type", ["Specimen.s"]],
    ["POST", "Observation/_search", "search-type", ["Observation.s"]],
    ["GET", "Patient/12724066/Observation?category=laboratory", "search-compartment", ["Observation.s"]],
    ["POST", "Observation", "create", ["Observation.c"]],
    ["PUT", "Observation/5", "update", ["Observation.u"]],
    ["PATCH", "Encounter/5", "patch", ["Encounter.u"]],
    ["DELETE", "Coverage/5", "delete", ["Coverage.d"]],
    ["PUT", "Observation?identifier=abc", "update", ["Observation.u", "Observation.s"]],
    ["GET", "metadata", "capabilities", []],
    ["GET", ".well-known/smart-configuration", "discovery", []],
  ])("%s %s is %s needing %j", (method, path, kind, expected) => {
    const i = classifyRequest(method, `${BASE}/${path}`);
    expect(i.kind).toBe(kind);
    expect(needsOf(i).map((n) => `${n.resourceType}.${n.letters}`)).toEqual(expected);
  });

  it("metadata and discovery need no scope", () => {
    expect(needsOf(classifyRequest("GET", `${BASE}/metadata`))).toEqual([]);
    expect(needsOf(classifyRequest("GET", `${BASE}/.well-known/smart-configuration`))).toEqual([]);
  });

  it("reads the tenant and the base of an Oracle Health URL", () => {
    const i = classifyRequest("GET", `${BASE}/Specimen?_id=1`);
    expect(i.tenant).toBe("ec2458f2-1e24-41c8-b71b-0e701af7583d");
    expect(i.base).toBe(BASE);
    expect(i.host).toBe("fhir-ehr-code.cerner.com");
  });

  it("_include and _revinclude types need search too (inference)", () => {
    expect(needs("GET", "MedicationRequest?patient=1&_include=MedicationRequest:medication")).toEqual([
      "MedicationRequest.s",
      "Medication.s",
    ]);
    expect(needs("GET", "Patient?_id=1&_revinclude=Provenance:target")).toEqual(["Patient.s", "Provenance.s"]);
    expect(needs("GET", "Observation?_include=Observation:subject:Patient")).toEqual(["Observation.s", "Patient.s"]);
    const i = classifyRequest("GET", `${BASE}/Encounter?_include=Encounter:practitioner`);
    expect(i.needs.find((n) => n.resourceType === "Practitioner")?.basis).toBe("inference");
  });

  it("POST _search reads its form body's parameters", () => {
    expect(needs("POST", "Observation/_search", { body: "patient=1&_revinclude=Provenance:target" })).toEqual([
      "Observation.s",
      "Provenance.s",
    ]);
  });

  it("a conditional create (If-None-Exist) also searches", () => {
    expect(needs("POST", "Patient", { headers: [{ name: "If-None-Exist", value: "identifier=x" }] })).toEqual([
      "Patient.c",
      "Patient.s",
    ]);
  });

  it("batch and transaction Bundles need what each entry needs", () => {
    const body = JSON.stringify({
      resourceType: "Bundle",
      type: "batch",
      entry: [
        { request: { method: "GET", url: "Patient/1" } },
        { request: { method: "POST", url: "Observation" } },
        { request: { method: "GET", url: "Specimen?_id=2" } },
      ],
    });
    const i = classifyRequest("POST", BASE, { body });
    expect(i.kind).toBe("batch");
    expect(i.entries.map((e) => e.kind)).toEqual(["read", "create", "search-type"]);
    expect(needsOf(i).map((n) => `${n.resourceType}.${n.letters}`)).toEqual([
      "Patient.r",
      "Observation.c",
      "Specimen.s",
    ]);
    const tx = classifyRequest("POST", BASE, { body: body.replace('"batch"', '"transaction"') });
    expect(tx.kind).toBe("transaction");
  });

  it("operations are server-specific: an instance or type operation needs read on its type (inference), $export nothing definite", () => {
    const op = classifyRequest("GET", `${BASE}/Binary/123/$autogen-ccd-if`);
    expect(op).toMatchObject({ kind: "operation", operation: "$autogen-ccd-if" });
    expect(op.needs[0]).toMatchObject({ resourceType: "Binary", letters: "r", basis: "inference" });
    expect(classifyRequest("GET", `${BASE}/$export`).needs).toEqual([]);
  });

  it("describes the request without ids or query values", () => {
    const i = classifyRequest("GET", `${BASE}/Patient/12724066/Observation?code=1234-5&patient=999`);
    expect(i.describe).toBe("GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/{id}/Observation?code=…&patient=…");
    expect(i.describe).not.toContain("12724066");
  });

  it("works on other FHIR servers' URLs too", () => {
    expect(needs("GET", "../../fhir/Observation?patient=1")).toEqual(["Observation.s"]); // self-contained: data
    expect(classifyRequest("GET", "https://hapi.example.org/baseR4/Condition/7").kind).toBe("read");
  });

  it("turns needs into v1 and v2 scopes", () => {
    expect(scopesFor({ resourceType: "Observation", letters: "us" }, "user", "v1")).toEqual([
      "user/Observation.read",
      "user/Observation.write",
    ]);
    expect(scopesFor({ resourceType: "Observation", letters: "us" }, "user", "v2")).toEqual(["user/Observation.us"]);
  });

  it("never throws on odd URLs", () => {
    for (const url of ["", "not a url", "http://", "https://x/%E0%A4%A", "://"]) {
      expect(() => classifyRequest("GET", url)).not.toThrow();
    }
  });
});
