// Lines of the longest length the line readers take (20,000 characters) in a shape that makes an unanchored or
// doubly optional pattern try every start: "tenant" then spaces, "scope=" then letters. A megabyte of such lines
// finishes through diagnose(), and a real instance after them is still read.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { extractTextFacts } from "~/diagnosis/extract-text";
import { readStatements } from "~/diagnosis/prose/statements";

const MB = 1_000_000;
const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const linesOf = (line: string) => Array.from({ length: Math.ceil(MB / (line.length + 1)) }, () => line);

describe("long lines that start a pattern and never finish it", () => {
  it.each([
    ["'tenant' and spaces", "tenant" + " ".repeat(19_993) + "x"],
    ["'tenant id' and spaces", "tenant id" + " ".repeat(19_990) + "x"],
    ["'tenant:' and spaces", "tenant:" + " ".repeat(19_992) + "x"],
    ["'scope=' and letters", "scope=" + "a".repeat(19_993) + "x"],
    ["'scope=' and letters then a slash far away", "scope=" + "a".repeat(19_990) + "/x"],
    ["'Request URL' and spaces", "Request URL" + " ".repeat(19_988) + "x"],
    ["'Status Code:' labels alone, one a line", "Status Code:"],
    ["'app type' and spaces", "app type" + " ".repeat(19_991) + "x"],
    ["'status' and spaces after a request", "GET https://a.b/c status" + " ".repeat(19_970) + "x"],
    ["'HTTP/1.1' and spaces after a request", "GET https://a.b/c HTTP/1.1" + " ".repeat(19_970) + "x"],
    ["'error' and spaces", "error" + " ".repeat(19_994) + "x"],
    ["'subcode' and spaces", "error=invalid_scope subcode" + " ".repeat(19_972) + "x"],
    ["'error_description' and spaces", "error_description" + " ".repeat(19_982) + "x"],
  ])("a megabyte of %s finishes", (_name, line) => {
    const text = linesOf(line).join("\n");
    const d = diagnose({ evidence: [{ id: "e1", text }] });
    expect(Array.isArray(d.findings)).toBe(true);
  });

  it("the tenant in words and a requested scope are still read after such lines", () => {
    const lines = [
      ...linesOf("tenant" + " ".repeat(19_993) + "x").slice(0, 10),
      `Our tenant id: ${TENANT}`,
      `tenant (${TENANT})`,
      "scope=" + "a".repeat(100),
      "https://authorization.cerner.com/x/authorize?scope=patient/Observation.read openid&client_id=1",
    ];
    expect(readStatements(lines).tenants.map((t) => t.value)).toEqual([TENANT, TENANT]);
    expect(extractTextFacts(lines).requestedScopes.map((s) => s.value)).toEqual(["patient/Observation.read openid"]);
  });
});
