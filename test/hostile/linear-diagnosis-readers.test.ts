// The diagnosis readers added for the fourth batch of real reports, on a megabyte built against each: the XML
// OperationOutcome reader (unclosed quotes, issues without end, prefixes), the network panel's "Request URL:" block,
// a server error quoted and called an error, a refresh token said missing, an unknown tenant in words, SMART
// profiles percent-encoded inside another URL, a signing key not found and a launch without its context. Each finishes (a backtracking or quadratic scan would not in the
// test's time) and still reads a real instance after the run.
import { describe, expect, it } from "vitest";
import { extractTextFacts } from "~/diagnosis/extract-text";
import { readStatements } from "~/diagnosis/prose/statements";
import { findXmlOutcomes } from "~/diagnosis/xml-outcome";
import { repeat } from "./work-meter";

const MB = 1_000_000;
const lines = (text: string) => text.split("\n");
const REAL_OUTCOME =
  '\n<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="forbidden"/></issue></OperationOutcome>';

describe("XML OperationOutcome reader on 1 MB", () => {
  it.each([
    ["open outcome tags", repeat("<OperationOutcome ")],
    ["prefixed outcome tags", repeat("<fhir:OperationOutcome>")],
    ["issues that never end", (n: number) => "<OperationOutcome>" + repeat("<issue>")(n)],
    ["values whose quote never closes", (n: number) => "<OperationOutcome><issue>" + repeat("<severity value='x ")(n)],
    ["tags that never close", (n: number) => "<OperationOutcome><issue>" + repeat("<code ")(n)],
    ["attribute runs with quotes", (n: number) => "<OperationOutcome><issue><code " + repeat('a="b" ')(n)],
    [
      "commented-out outcomes",
      (n: number) => repeat("<!-- <OperationOutcome><issue><code value='invalid'/> -->")(n) + " -->",
    ],
    ["comment openers and closers", (n: number) => repeat("<!--<!-- --> -->")(n) + " -->"],
    ["entities", (n: number) => '<OperationOutcome><issue><diagnostics value="' + repeat("&#x41;&quot;")(n) + '"/>'],
  ])("%s finishes, and a real outcome after them is read", (_name, make) => {
    const found = findXmlOutcomes(make(MB) + REAL_OUTCOME);
    expect(found.length).toBeGreaterThan(0);
  });
});

it("a megabyte of comments that never close finishes, and no outcome is read inside them", () => {
  expect(findXmlOutcomes(repeat("<!-- <OperationOutcome><issue><code value='x'/>")(MB) + REAL_OUTCOME)).toEqual([]);
});

describe("prose and line readers on 1 MB", () => {
  it.each([
    ["'Request URL:' labels", repeat("Request URL: https://fhir-ehr-code.cerner.com/dstu2/x\nRequest Method: GET\n")],
    ["quotes with server words and no 'error' after", repeat("“Invalid request” “Bad Request” ")],
    ["refresh-token words and spaces", repeat("refresh_token    no refresh token not getting ")],
    ["'doesn't come with' runs", repeat("doesn't come with a doesn't include the ")],
    ["tenant words", repeat("tenant id  tenant   unknown tenant not  ")],
    ["encoded profile pieces", repeat("%252Fprofiles%252F***smart-v")],
    ["encoded slashes", repeat("%2F%252F/%2F")],
    ["key words without an end", repeat("kid key id could not find a matching no matching ")],
    ["substitution variables and context words", repeat("$PAT_PersonId$ not receiving the launch ")],
  ])("%s in one line finishes", (_name, make) => {
    const text = make(MB);
    expect(Array.isArray(readStatements([text]).failures)).toBe(true);
    expect(Array.isArray(extractTextFacts([text]).requests)).toBe(true);
  });

  it("the same shapes as a megabyte of short lines finish", () => {
    const text = repeat(
      "refresh_token is null\nRequest URL: https://a.b/c\nunknown tenant error\nno matching key for kid x\n$PAT_PersonId$\n",
    )(MB);
    const statements = readStatements(lines(text));
    expect(statements.refreshFailed).toBe(1);
    expect(extractTextFacts(lines(text)).requests.length).toBeGreaterThan(1000);
  });
});
