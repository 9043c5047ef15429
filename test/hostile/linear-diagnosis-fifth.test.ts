// The readers added for the fifth batch of real reports, on a megabyte built against each: the PKCE reader (failure
// words without an end, labels whose value never closes, long runs of characters outside base64url) and the reader
// of searches written as client-library code (`.where(` and `searchParams` objects that never close, relative search
// URLs run together). Each finishes (a backtracking or quadratic scan would not in the test's time) and still reads a
// real instance after the run.
import { describe, expect, it } from "vitest";
import { readPkce } from "~/diagnosis/prose/pkce";
import { readCodeSearches } from "~/diagnosis/prose/code-searches";
import { readStatements } from "~/diagnosis/prose/statements";
import { LINEAR, growth, repeat } from "./work-meter";

const MB = 1_000_000;
const lines = (text: string) => text.split("\n");
const REAL_PKCE = "\nPKCE validation failed";
const REAL_SEARCH = "\nsearch = Medication.where(struct={'patient': pid})";

describe("PKCE reader on 1 MB", () => {
  it.each([
    ["key words and failure words apart", repeat("code verifier pkce code_challenge the the does ")],
    ["labels whose fenced value never closes", repeat("code_verifier: ```")],
    ["labels whose quoted value never closes", repeat('Code Challenge = "+/+/+/+ ')],
    ["runs outside base64url after a label", (n: number) => "code_verifier=" + repeat("+/=%2B ")(n)],
    ["labels ending lines with values on the next", repeat("Code Verifier:\n```+/+/```\n")],
    ["failure first, key words never", repeat("missing the invalid the bad the ")],
  ])("%s finishes, and a real failure after them is read", (_name, make) => {
    const text = make(MB) + REAL_PKCE;
    expect(() => readPkce([text])).not.toThrow();
    expect(readPkce(lines(text))).not.toBeNull();
  });
});

describe("reader of searches written as code on 1 MB", () => {
  it.each([
    ["fhirclient calls whose object never closes", repeat("Medication.where(struct={'patient': ")],
    ["fhir-kit-client calls without searchParams", repeat("resourceType: 'Organization', ")],
    ["searchParams objects that never close", repeat("resourceType: 'Practitioner' searchParams: { patient: ")],
    ["relative search URLs run together", repeat(" Medication?patient=1&patient=2&")],
    ["question marks after type names", repeat("Practitioner??Medication?")],
    ["asked searches whose sentence never closes", repeat("Is Medication?patient=1 supported or ")],
    ["searches said unsupported beside another used", repeat(" Medication?patient=1 is not supported, we use ")],
  ])("%s finishes, and a real search after them is read", (_name, make) => {
    const text = make(MB) + REAL_SEARCH;
    expect(Array.isArray(readCodeSearches([text]))).toBe(true);
    expect(readCodeSearches(lines(text)).length).toBeGreaterThan(0);
  });

  it("a megabyte of short lines, each a search, reads each", () => {
    const text = repeat("x = Location.where(struct={'patient': p})\nclient.request(\"Practitioner?subject=1\")\n")(MB);
    expect(readCodeSearches(lines(text)).length).toBeGreaterThan(10_000);
  });
});

describe("the work grows linearly (4x the input, at most 5x the counted work)", () => {
  it.each([
    ["PKCE labels with values on the next line", repeat("Code Verifier:\n```+/+/```\n"), readPkce],
    ["PKCE values whose quote never closes", repeat('Code Challenge = "+/+/+/+ \n'), readPkce],
    ["PKCE key and failure words", repeat("code verifier pkce code_challenge does not \n"), readPkce],
    ["fhirclient searches", repeat("x = Location.where(struct={'patient': p})\n"), readCodeSearches],
    ["relative search URLs", repeat(" Medication?patient=1&patient=2&\n"), readCodeSearches],
    ["fhir-kit-client objects", repeat("resourceType: 'Organization', searchParams: { patient: \n"), readCodeSearches],
  ] as const)("%s", (_name, make, read) => {
    expect(growth(make, (text) => void read(lines(text)), 250_000)).toBeLessThan(LINEAR);
  });
});

describe("the held-out pair's wordings on 1 MB", () => {
  it.each([
    ["'rejected as' without a status", repeat("rejected as rejected with an http ")],
    ["state words and quotes", repeat("no 'state' state ' state parameter is ")],
  ])("%s in one line and in short lines finishes, and the work grows linearly", (_name, make) => {
    expect(Array.isArray(readStatements([make(1_000_000)]).failures)).toBe(true);
    expect(
      readStatements(lines(make(1_000_000) + "\nNo state found! rejected as Bad Request")).missingState,
    ).not.toBeNull();
    expect(
      growth(
        (n) => make(n).replace(/ (?=r|n)/g, "\n"),
        (t) => void readStatements(lines(t)),
        250_000,
      ),
    ).toBeLessThan(LINEAR);
  });
});
