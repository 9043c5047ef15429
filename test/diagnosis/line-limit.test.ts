// One line limit for every line reader: the words before it are read by each, the words after it by none.
import { describe, expect, it } from "vitest";
import { MAX_LINE, readableLine } from "~/diagnosis/prose/line-limit";
import { readLoggedRequests } from "~/diagnosis/prose/logged-requests";
import { readNamedRefusals } from "~/diagnosis/prose/named-refusals";

const at = (offset: number, words: string) => " ".repeat(offset) + words + " ".repeat(MAX_LINE);

describe("the shared line limit", () => {
  it("keeps a line's first MAX_LINE characters", () => {
    expect(readableLine("x".repeat(MAX_LINE + 5))).toHaveLength(MAX_LINE);
    expect(readableLine("short")).toBe("short");
  });

  it("is the limit of the logged-request and named-refusal readers", () => {
    const request = "GET https://fhir.example.org/R4/Patient/1 - 404 ";
    const refusal = "Invalid redirect uri ";
    expect(readLoggedRequests([at(MAX_LINE - request.length - 5, request)])).toHaveLength(1);
    expect(readLoggedRequests([at(MAX_LINE, request)])).toHaveLength(0);
    expect(readNamedRefusals([at(MAX_LINE - refusal.length - 5, refusal)])).toHaveLength(1);
    expect(readNamedRefusals([at(MAX_LINE, refusal)])).toHaveLength(0);
  });
});
