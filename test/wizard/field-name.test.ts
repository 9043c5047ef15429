import { describe, expect, it } from "vitest";
import { isFieldName, type FieldName } from "~/wizard/values";

describe("field names come from the ticket schema", () => {
  it("accepts every kind of path the form has", () => {
    const names: FieldName[] = [
      "about.opnMember",
      "application.clientId",
      "examples",
      "examples.0.occurredAt",
      "evidence.3.text",
      "redactTerms.1",
    ];
    expect(names.every(isFieldName)).toBe(true);
  });

  it("refuses a name the schema does not have, so a server error key cannot reach react-hook-form unchecked", () => {
    for (const name of [
      "application.clientid",
      "examples.x.url",
      "examples.0.nope",
      "about.opnMember.extra",
      "redactTerms.0.x",
      "_form",
      "__proto__.polluted",
    ])
      expect(isFieldName(name), name).toBe(false);
  });

  it("does not compile with a typo (checked by npm run typecheck)", () => {
    // @ts-expect-error — the schema has `clientId`, not `clientid`.
    const typo: FieldName = "application.clientid";
    // @ts-expect-error — an example has no `uri`.
    const wrong: FieldName = `examples.${0}.uri`;
    expect([typo, wrong].some(isFieldName)).toBe(false);
  });
});
