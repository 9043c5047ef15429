// Hostile forms of FHIR YAML: given items by the thousand, flow lists that never close, blanks after a key, resource
// type lines over and over. The work grows linearly, a real secret after the run still goes, and 1 MB finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const PATIENT = "resourceType: Patient\nname:\n  - given:\n";

const shapes: Array<[string, (size: number) => string]> = [
  ["given items by the thousand", (n) => PATIENT + repeat("      - Ormond\n")(n)],
  ["a flow list that never closes", (n) => PATIENT + "    given: [" + repeat("Ormond, ")(n)],
  ["blanks after a family key", (n) => PATIENT + "    family:" + repeat(" ")(n) + "x\n"],
  ["resource type lines over and over", repeat("resourceType: Patient\nfamily: Quill\n")],
];

describe("FHIR YAML on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });
});
