import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { aboutSchema, applicationSchema, evidenceItemSchema, exampleSchema, problemSchema } from "~/ticket/schema";
import { ABOUT_KEYS, APPLICATION_KEYS, EVIDENCE_KEYS, EXAMPLE_KEYS, PROBLEM_KEYS } from "~/wizard/values";

describe("the form's field names, written out without zod", () => {
  it("are the schema's fields, in the schema's order (the order error summaries and focus follow)", () => {
    expect(ABOUT_KEYS).toEqual(z.keyof(aboutSchema).options);
    expect(APPLICATION_KEYS).toEqual(z.keyof(applicationSchema).options);
    expect(PROBLEM_KEYS).toEqual(z.keyof(problemSchema).options);
    expect(EXAMPLE_KEYS).toEqual(z.keyof(exampleSchema).options);
    expect(EVIDENCE_KEYS).toEqual(z.keyof(evidenceItemSchema).options);
  });
});
