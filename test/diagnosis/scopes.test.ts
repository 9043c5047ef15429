import { describe, expect, it } from "vitest";
import {
  counterpart,
  covers,
  equivalent,
  parseScope,
  parseScopes,
  scopeFor,
  splitScopes,
  toV1,
  toV2,
  versionOf,
} from "~/diagnosis/scopes";

describe("scope grammar", () => {
  it("reads v1 and v2 resource scopes with their context, type, version and letters", () => {
    expect(parseScope("system/Specimen.read")).toMatchObject({
      kind: "resource",
      context: "system",
      resourceType: "Specimen",
      version: "v1",
      letters: "rs",
    });
    expect(parseScope("patient/Observation.write")).toMatchObject({ version: "v1", letters: "cud" });
    expect(parseScope("user/Patient.*")).toMatchObject({ version: "v1", letters: "cruds", wildcardPermission: true });
    expect(parseScope("user/Observation.rs")).toMatchObject({ version: "v2", letters: "rs", params: null });
    expect(
      parseScope(
        "patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory",
      ),
    ).toMatchObject({
      version: "v2",
      params: "category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory",
    });
    expect(parseScope("patient/*.read")).toMatchObject({ wildcardType: true, knownType: true });
  });

  it("reads the non-resource scopes", () => {
    expect(
      parseScopes("openid fhirUser profile launch launch/patient launch/encounter online_access offline_access").map(
        (s) => s.kind,
      ),
    ).toEqual(["identity", "identity", "identity", "launch", "launch", "launch", "access", "access"]);
    expect(parseScope("launch/patient")).toMatchObject({ launchContext: "patient" });
  });

  it("reads extension scopes: a full URI or a name starting with __", () => {
    expect(parseScope("__custom_scope").kind).toBe("extension");
    expect(parseScope("https://example.org/scopes/reporting").kind).toBe("extension");
    expect(parseScope("urn:example:scope").kind).toBe("extension");
  });

  it.each([
    [".sr out of cruds order", "system/Patient.sr", "system/Patient.rs"],
    [".dus out of order", "user/Observation.dus", "user/Observation.uds"],
    ["Patient/ as context (the resource type's case)", "Patient/Observation.read", "patient/Observation.read"],
    ["upper-case permission", "system/Patient.Read", "system/Patient.read"],
    ["v1 with ?params", "system/Observation.read?category=laboratory", "system/Observation.rs?category=laboratory"],
    ["no permission", "system/Patient", "system/Patient.read"],
    ["fhiruser in the wrong case", "fhiruser", "fhirUser"],
  ])("rejects %s with a correction", (_name, raw, suggestion) => {
    const s = parseScope(raw);
    expect(s.kind).toBe("invalid");
    if (s.kind === "invalid") expect(s.suggestion).toBe(suggestion);
  });

  it.each(["system/Patient.rr", "system/Patient.x", "admin/Patient.read", "email", "system/Patient."])(
    "rejects %s",
    (raw) => {
      expect(parseScope(raw).kind).toBe("invalid");
    },
  );

  it("flags types that are not R4 resource types, with the likely meaning", () => {
    expect(parseScope("system/MedicationOrder.read")).toMatchObject({
      kind: "resource",
      knownType: false,
      typeSuggestion: "MedicationRequest",
    });
    expect(parseScope("system/observation.read")).toMatchObject({ knownType: false, typeSuggestion: "Observation" });
    expect(parseScope("system/Specimens.read")).toMatchObject({ knownType: false, typeSuggestion: "Specimen" });
  });
});

describe("scope strings", () => {
  const expected = ["system/Specimen.read", "system/Patient.read"];
  it.each([
    ["space", "system/Specimen.read system/Patient.read"],
    ["plus", "system/Specimen.read+system/Patient.read"],
    ["%20 and %2F", "system%2FSpecimen.read%20system%2FPatient.read"],
    ["lower-case %2f", "system%2fSpecimen.read+system%2fPatient.read"],
    ["JSON-escaped slashes", "system\\/Specimen.read system\\/Patient.read"],
    ["double-escaped slashes (the seed)", "system\\\\/Specimen.read system\\\\/Patient.read"],
    ["newlines and tabs", "system/Specimen.read\n\tsystem/Patient.read"],
    ["a trailing ellipsis", "system/Specimen.read system/Patient.read ..."],
    ["semicolon", "system/Specimen.read;system/Patient.read"],
  ])("splits %s-separated scopes", (_name, input) => {
    expect(parseScopes(input).map((s) => s.normalised)).toEqual(expected);
  });

  it.each([
    ["a form parameter (scope=)", "scope=system%2FSpecimen.read+system%2FPatient.read"],
    ["a JSON member", '"scope": "system/Specimen.read system/Patient.read",'],
    ["a YAML key", "scopes: system/Specimen.read, system/Patient.read"],
    ["a label", "Requested scopes: system/Specimen.read system/Patient.read"],
    ["a label in capitals", "Granted Scopes:\nsystem/Specimen.read\nsystem/Patient.read"],
    ["a spaced key", "scope = system/Specimen.read system/Patient.read"],
    ["a bulleted list", "• system/Specimen.read\n• system/Patient.read"],
    ["a dashed list", "- system/Specimen.read\n- system/Patient.read"],
    ["a numbered list", "1. system/Specimen.read\n2) system/Patient.read"],
  ])("reads scopes written as %s", (_name, input) => {
    expect(parseScopes(input).map((s) => s.normalised)).toEqual(expected);
  });

  it("drops duplicates, keeping the first", () => {
    expect(
      parseScopes("system/Patient.read system/Patient.read system%2FPatient.read openid openid").map(
        (s) => s.normalised,
      ),
    ).toEqual(["system/Patient.read", "openid"]);
  });

  it("gives nothing for an empty or blank string", () => {
    expect(parseScopes("")).toEqual([]);
    expect(parseScopes("   \n ")).toEqual([]);
    expect(splitScopes("")).toEqual([]);
  });

  it("keeps case: patient/ is a context, Patient a resource type", () => {
    expect(parseScope("patient/Patient.read").normalised).toBe("patient/Patient.read");
    expect(parseScope("patient/Patient.read")).toMatchObject({ context: "patient", resourceType: "Patient" });
  });
});

describe("v1 ↔ v2 equivalence", () => {
  it.each([
    ["system/Specimen.read", "system/Specimen.rs"],
    ["patient/Observation.write", "patient/Observation.cud"],
    ["user/Patient.*", "user/Patient.cruds"],
  ])("%s ⇔ %s", (v1, v2) => {
    expect(toV2(v1)).toBe(v2);
    expect(toV1(v2)).toBe(v1);
    expect(counterpart(v1)).toBe(v2);
    expect(counterpart(v2)).toBe(v1);
    expect(equivalent(v1, v2)).toBe(true);
  });

  it("has no v1 form for a partial v2 right", () => {
    expect(toV1("system/Patient.r")).toBeNull();
    expect(toV1("system/Patient.crus")).toBeNull();
    expect(toV1("patient/Observation.rs?category=laboratory")).toBeNull();
  });

  it("does not call different rights equivalent", () => {
    expect(equivalent("system/Patient.read", "system/Patient.r")).toBe(false);
    expect(equivalent("system/Patient.read", "user/Patient.rs")).toBe(false);
  });

  it("tells the version of a set", () => {
    expect(versionOf(parseScopes("system/Patient.read openid"))).toBe("v1");
    expect(versionOf(parseScopes("system/Patient.rs"))).toBe("v2");
    expect(versionOf(parseScopes("system/Patient.read system/Observation.rs"))).toBe("mixed");
    expect(versionOf(parseScopes("openid launch"))).toBeNull();
  });
});

describe("covers", () => {
  it("a v1 read covers read and search, in its context only", () => {
    expect(covers("system/Specimen.read", "system/Specimen.rs")).toBe(true);
    expect(covers("system/Specimen.read", { resourceType: "Specimen", letters: "s", context: "system" })).toBe(true);
    expect(covers("user/Specimen.read", "system/Specimen.read")).toBe(false);
  });

  it("write does not imply read", () => {
    expect(covers("system/Observation.write", "system/Observation.read")).toBe(false);
    expect(covers("system/Observation.write", "system/Observation.c")).toBe(true);
  });

  it("letters add up across scopes", () => {
    expect(covers("system/Observation.r system/Observation.s", "system/Observation.read")).toBe(true);
    expect(covers("system/Observation.r", "system/Observation.read")).toBe(false);
  });

  it("a wildcard type covers any type (grammar), a restricted scope no unrestricted need", () => {
    expect(covers("patient/*.read", "patient/Observation.read")).toBe(true);
    expect(covers("patient/Observation.rs?category=laboratory", "patient/Observation.rs")).toBe(false);
    expect(covers("patient/Observation.rs?category=laboratory", "patient/Observation.rs?category=laboratory")).toBe(
      true,
    );
  });

  it("non-resource scopes cover only themselves", () => {
    expect(covers("openid fhirUser", "fhirUser")).toBe(true);
    expect(covers("openid", "offline_access")).toBe(false);
  });

  it("writes the scope a need requires in the app's version", () => {
    expect(scopeFor({ resourceType: "Specimen", letters: "s" }, "system", "v1")).toBe("system/Specimen.read");
    expect(scopeFor({ resourceType: "Specimen", letters: "r" }, "system", "v2")).toBe("system/Specimen.rs");
    expect(scopeFor({ resourceType: "Observation", letters: "c" }, "user", "v1")).toBe("user/Observation.write");
    expect(scopeFor({ resourceType: "Observation", letters: "u" }, "user", "v2")).toBe("user/Observation.u");
  });
});
