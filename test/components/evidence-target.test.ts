// Where a finding's evidence reference leads in the wizard, and how it is named for a reader.
import { describe, expect, it } from "vitest";
import {
  describeEvidence,
  evidenceTarget,
  focusTargetValue,
  parseFocusTarget,
} from "~/components/diagnosis/evidence-target";

const ITEMS = [
  { id: "evidence-1", kind: "token-response", label: "Token response" },
  { id: "evidence-2", kind: "http", label: "" },
  { id: "evidence-3", kind: "nonsense" },
];

describe("evidenceTarget", () => {
  it("sends a form field to the step that holds it", () => {
    expect(evidenceTarget({ itemId: "ticket", location: "application.requestedScopes" }, ITEMS)).toEqual({
      type: "field",
      step: "application",
      field: "application.requestedScopes",
    });
    expect(evidenceTarget({ itemId: "ticket", location: "examples.1.url, response" }, ITEMS)).toEqual({
      type: "field",
      step: "examples",
      field: "examples.1.url",
    });
  });

  it("sends an evidence item to the Evidence step, with its position", () => {
    expect(evidenceTarget({ itemId: "evidence-2", location: "line 3" }, ITEMS)).toEqual({
      type: "evidence",
      step: "evidence",
      itemId: "evidence-2",
      index: 1,
    });
  });

  it("leads nowhere for what the wizard cannot show", () => {
    expect(evidenceTarget({ itemId: "ticket", location: "somewhere else" }, ITEMS)).toBeNull();
    expect(evidenceTarget({ itemId: "ticket", location: "application" }, ITEMS)).toBeNull();
    expect(evidenceTarget({ itemId: "gone", location: "line 1" }, ITEMS)).toBeNull();
  });
});

describe("describeEvidence", () => {
  it("names form fields by their labels", () => {
    expect(describeEvidence({ itemId: "ticket", location: "application.requestedScopes" }, ITEMS)).toBe(
      "Requested scopes",
    );
    expect(describeEvidence({ itemId: "ticket", location: "examples.1.url, response" }, ITEMS)).toBe(
      "Example 2: Request URL, response",
    );
  });

  it("names evidence items by number and label, or kind", () => {
    expect(describeEvidence({ itemId: "evidence-1", location: "line 1, scope" }, ITEMS)).toBe(
      "Evidence 1 “Token response”, line 1, scope",
    );
    expect(describeEvidence({ itemId: "evidence-2", location: "line 3" }, ITEMS)).toBe(
      "Evidence 2 “Raw HTTP request and response”, line 3",
    );
    expect(describeEvidence({ itemId: "evidence-3", location: "" }, ITEMS)).toBe("Evidence 3");
    expect(describeEvidence({ itemId: "other", location: "line 1" }, ITEMS)).toBe("other, line 1");
  });
});

describe("focus targets", () => {
  it("round-trips through the button's data attribute", () => {
    const field = evidenceTarget({ itemId: "ticket", location: "application.clientId" }, ITEMS)!;
    expect(parseFocusTarget(focusTargetValue(field))).toEqual({ type: "field", field: "application.clientId" });
    const item = evidenceTarget({ itemId: "evidence-1", location: "line 1" }, ITEMS)!;
    expect(parseFocusTarget(focusTargetValue(item))).toEqual({ type: "evidence", itemId: "evidence-1" });
  });

  it("refuses anything else", () => {
    for (const value of [
      undefined,
      3,
      "",
      "field:",
      'field:application.clientId"><script>',
      "field:constructor.x",
      "evidence:",
      "x".repeat(300),
    ]) {
      expect(parseFocusTarget(value)).toBeNull();
    }
  });
});
