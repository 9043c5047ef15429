// A `name:` key of a configuration pasted as YAML (a Kubernetes manifest, a CRD in a Markdown code fence, a compose
// file) names the resource it sits under — a store, a container, an auth provider — not a person; a camelCase word
// (`awsEcrBasic`) is an identifier wherever it stands. A `name:` under a person's key (`patient:`, `contact:`,
// `attendees:`) or at the top of a paste, and "my name is eva" in prose, still go.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, redact } from "./lib/redact-text";
import { findNames } from "~/redaction/detectors/phi-names";
import type { PhiSpan } from "~/redaction/detectors/phi-span";

const fence = (yaml: string) => "Notes from the call\n```\n" + yaml + "```\n";

describe("YAML name keys of resources are kept", () => {
  it("a custom resource in a Markdown code fence keeps its names, in both environments", () => {
    const yaml =
      "apiVersion: config.ratify.deislabs.io/v1alpha1\nkind: Store\nmetadata:\n  name: store-oras\nspec:\n" +
      "  name: oras\n  parameters:\n    authProvider:\n      name: awsEcrBasic\n";
    for (const env of ["sandbox", "client-prod"] as const) {
      const out = redact(fence(yaml), env);
      for (const v of ["store-oras", "name: oras", "awsEcrBasic"]) expect(out, v).toContain(v);
    }
  });
  it("a Deployment's containers list", () => {
    check(fence("spec:\n  containers:\n    - name: smart-launcher\n      image: nginx\n"), [], ["smart-launcher"]);
  });
  it("a camelCase word after a name label in prose is an identifier", () => {
    check("The provider name: awsEcrBasic was not found\n", [], ["awsEcrBasic"]);
  });
});

describe("a person's name under a name key still goes", () => {
  it("under a person's key, the value lower case", () => {
    check(fence("patient:\n  name: eva kleist\n  birthDate: 1970-01-01\n"), ["kleist"]);
    check(fence("attendees:\n  - name: jimmy\n    email: j@example.com\n"), ["jimmy"]);
    check(fence("emergencyContact:\n  name: ruth\n"), ["ruth"]);
  });
  it("at the top level of a paste, and in prose", () => {
    check("name: eva kleist\nrole: admin\n", ["kleist"]);
    check("hi, my name is eva kleist\n", ["kleist"]);
  });
});

describe("hostile inputs finish (linear work)", () => {
  it("a megabyte of nested name keys with no parent line", () => {
    const unit = "  name: store-oras\n    name: oras\n";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const out: PhiSpan[] = [];
    findNames(text, out);
    expect(text.length).toBeGreaterThan(1_000_000);
  });
});
