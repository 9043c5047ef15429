import { describe, expect, it } from "vitest";
import { intentValue, parseIntent } from "~/wizard/intent";

describe("parseIntent", () => {
  it("reads every button value the wizard renders", () => {
    expect(parseIntent(intentValue.next)).toEqual({ type: "next" });
    expect(parseIntent(intentValue.back)).toEqual({ type: "back" });
    expect(parseIntent(intentValue.submit)).toEqual({ type: "submit" });
    expect(parseIntent(intentValue.goto("examples"))).toEqual({ type: "goto", step: "examples" });
    expect(parseIntent(intentValue.removeExample(2))).toEqual({ type: "remove-example", index: 2 });
    expect(parseIntent(intentValue.addEvidence)).toEqual({ type: "add-evidence" });
  });
  it("treats a missing intent as Next (Enter pressed in a field)", () => {
    expect(parseIntent(undefined)).toEqual({ type: "next" });
    expect(parseIntent("")).toEqual({ type: "next" });
  });
  it("rejects what it does not know", () => {
    expect(parseIntent("goto:nowhere")).toBeNull();
    expect(parseIntent(["next", "back"])).toBeNull();
    expect(parseIntent("remove-example:-1")).toBeNull();
    expect(parseIntent("x".repeat(100))).toBeNull();
  });
});
