// Hostile forms of national identifiers (test/redaction/i18n-held-out.test.ts): digits that never end, dotted and dashed groups that
// almost make a CPF or a RUT, near-dates before a dash, systems that name a national number with no value after them,
// objects that never close, FSH instances named after their person. The work (counted operations and the characters of the pieces cut, see work-meter.ts)
// grows linearly, a real secret after the run still goes, and 1 MB of each finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const shapes: Array<[string, (size: number) => string]> = [
  ["digits that never end", (n) => "fnr " + repeat("1")(n)],
  ["numbers of eleven digits, one after another", repeat("15108695089 ")],
  ["dotted groups that almost make a CPF", repeat("123.456.789.")],
  ["a RUT's groups without the check", repeat("12.345.678 ")],
  ["dates before a dash, never four digits after", repeat("811218-98 ")],
  ["groups of four digits that never end", (n) => "aadhaar " + repeat("2341 ")(n)],
  ["national systems with no value", repeat('{"system": "urn:oid:2.16.756.5.32", ')],
  ["values before systems, never closed", repeat('"id": "05076600325", "system": "urn:oid:2.16.578.1.12.4.1.4.1" ')],
  [
    "identifier types with no value",
    repeat('"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS" '),
  ],
  ["nested FSH systems", repeat("  * system = #urn:oid:1.2.246.21\n")],
  [
    "FSH instances named after their person, referring to each other",
    repeat('Instance: Aksel\nTitle: "Aksel Vinterberg"\n* name.given = "Aksel"\n* link.other = Reference(Aksel)\n'),
  ],
  ["FSH comment lines that never end", (n) => '* name.given = "Aksel"\n// ' + repeat("Aksel ")(n)],
];

describe("national identifiers on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });

  it("1 MB of personnummer, every one gone", () => {
    const out = redact("pnr 811218-9876" + ", 811218-9876".repeat(70_000));
    expect(out).not.toContain("811218-9876");
  });
});
