import { describe, expect, it } from "vitest";
import { fieldOrder, firstInvalidField, flattenErrors, stepErrorList, toNestedErrors } from "~/wizard/errors";
import { seedValues } from "./fixtures";

describe("field errors between the server and react-hook-form", () => {
  it("nests dotted paths the way react-hook-form reads them, and flattens them back", () => {
    const flat = {
      "application.clientId": "The Client ID equals the App ID.",
      "examples.1.occurredAt": "Enter the date and time of this example (with its time zone).",
    };
    const nested = toNestedErrors(flat) as Record<string, unknown>;
    expect(nested).toMatchObject({
      application: { clientId: { type: "server", message: flat["application.clientId"] } },
    });
    expect(Array.isArray(nested.examples)).toBe(true);
    expect(flattenErrors(nested)).toEqual(flat);
  });

  it("puts a list's own message under root when its items have errors too", () => {
    const nested = toNestedErrors({
      examples: "Add at least one example request.",
      "examples.0.url": "Enter the full request URL.",
    });
    expect(nested).toMatchObject({ examples: { root: { message: "Add at least one example request." } } });
    expect(flattenErrors(nested)).toEqual({
      examples: "Add at least one example request.",
      "examples.0.url": "Enter the full request URL.",
    });
  });

  it("skips DOM refs and ignores prototype paths", () => {
    const withRef = { about: { opnMember: { type: "invalid_value", message: "Answer Yes or No", ref: { self: {} } } } };
    expect(flattenErrors(withRef)).toEqual({ "about.opnMember": "Answer Yes or No" });
    expect(toNestedErrors({ "__proto__.x": "bad" })).toEqual({});
  });
});

describe("field order", () => {
  it("lists a step's fields as the step shows them, examples item by item", () => {
    const values = seedValues();
    values.examples.push({ ...values.examples[0] });
    const order = fieldOrder("examples", values);
    expect(order.indexOf("examples.0.status")).toBeLessThan(order.indexOf("examples.1.xRequestId"));
    expect(fieldOrder("about", values)[0]).toBe("about.opnMember");
  });

  it("finds the first invalid field in screen order, not in error order", () => {
    const values = seedValues();
    const errors = { "application.tenantId": "t", "application.appId": "a", "problem.actual": "p" };
    expect(firstInvalidField("application", values, errors)).toBe("application.appId");
    expect(stepErrorList("application", values, errors).map(([name]) => name)).toEqual([
      "application.appId",
      "application.tenantId",
    ]);
  });
});

describe("field order covers the schema", () => {
  it("lists every field an example has in the schema", async () => {
    const { EXAMPLE_KEYS } = await import("~/wizard/values");
    const order = fieldOrder("examples", seedValues());
    expect(EXAMPLE_KEYS.every((k) => order.includes(`examples.0.${k}`))).toBe(true);
  });
});
