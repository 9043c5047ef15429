import { describe, expect, it } from "vitest";
import { describeLeak, leakCheck, leakCheckDocument, type KnownValue } from "~/document/leak-check";
import { renderMarkdown } from "~/document/markdown";
import { buildDocument } from "~/document/model";
import { sampleDiagnosis, sampleRedaction, seedTicket } from "./helpers";

// Synthetic values only: nothing here was ever a real credential.
const SECRET = "s3cr3t-Value/with+chars&more=1";
const NAME = "Jane Q. Doe-Smith";
const JWT =
  "eyJhbGciOiJSUzM4NCIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGhvcml6YXRpb24uY2VybmVyLmNvbS8iLCJzdWIiOiJzeW50aGV0aWMifQ.c2lnbmF0dXJlLW5vdC1yZWFs";
const known: KnownValue[] = [
  { value: SECRET, type: "client_secret", category: "secret" },
  { value: NAME, type: "name", category: "phi" },
];

const types = (text: string, values: KnownValue[] = known) =>
  leakCheck(text, values).map((l) => `${l.rule}:${l.type}${l.form ? `:${l.form}` : ""}`);

describe("leakCheck: values the redaction removed", () => {
  it("finds a value as typed, JSON-escaped, URL-encoded, form-encoded and Markdown-escaped", () => {
    expect(types(`x ${SECRET} y`)).toEqual(["known-value:client_secret:as typed"]);
    expect(
      types(`{"a":${JSON.stringify('Jane "Q" Doe')}}`, [{ value: 'Jane "Q" Doe', type: "name", category: "phi" }]),
    ).toEqual(["known-value:name:JSON-escaped"]);
    expect(types(`?s=${encodeURIComponent(SECRET)}`)).toEqual(["known-value:client_secret:URL-encoded"]);
    expect(types(`name=${encodeURIComponent(NAME).replace(/%20/g, "+")}`)).toEqual(["known-value:name:form-encoded"]);
    expect(types("see \\_internal_id\\_", [{ value: "_internal_id_", type: "custom", category: "custom" }])).toEqual([
      "known-value:custom:Markdown-escaped",
    ]);
  });

  it("matches personal data whatever its case, secrets exactly", () => {
    expect(types(`patient ${NAME.toUpperCase()}`)).toEqual(["known-value:name:as typed"]);
    expect(types(`x ${SECRET.toUpperCase()} y`)).toEqual([]);
  });

  it("does not count a short value inside a longer word", () => {
    const short: KnownValue[] = [{ value: "Anna", type: "name", category: "phi" }];
    expect(types("Annabelle and Savannah", short)).toEqual([]);
    expect(types("seen by Anna today", short)).toEqual(["known-value:name:as typed"]);
  });

  it("counts every occurrence and reports the first one's line and column", () => {
    const [leak] = leakCheck(`one\ntwo ${SECRET}\n${SECRET}`, known);
    expect(leak).toMatchObject({ line: 2, column: 5, occurrences: 2 });
  });
});

describe("leakCheck: secret patterns", () => {
  it.each([
    ["Authorization: Bearer " + "abcDEF0123456789xyz._-~+/", "authorization-credential"],
    ["Authorization: Basic " + "c3ludGhldGljOnNlY3JldA==", "authorization-credential"],
    [JWT, "jwt"],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIB…", "pem-private-key"],
    ["-----BEGIN PRIVATE KEY-----", "pem-private-key"],
    ["client_secret=Zx9yW8vU7tS6rQ5p", "credential-field"],
    ['{"refresh_token": "Zx9yW8vU7tS6rQ5pO4n"}', "credential-field"],
    ['{"kty":"RSA","d":"Zx9yW8vU7tS6rQ5pO4nM3lK2"}', "jwk-private-key"],
    ["GET /cb?code=Zx9yW8vU7tS6rQ5pO4nM&state=1", "authorization-code"],
    ["https://user:pa55word@example.org/", "url-credentials"],
    ["Cookie: session=Zx9yW8vU7tS6rQ5pO4nM3l", "cookie"],
  ])("flags %s", (text, type) => {
    expect(types(text, [])).toContain(`pattern:${type}`);
  });

  it.each([
    ["Authorization: Bearer [REDACTED:access_token#1]"],
    ['{"access_token":"[REDACTED:access_token#1]","token_type":"Bearer"}'],
    ["[REDACTED:access_token#2 · JWT iss=https://authorization.cerner.com/; scope=system/Patient.read]"],
    ['{"access_token":"<access_token>"}'],
    ['WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"'],
    ["Never post the client_secret or a Basic authentication header; the access_token field is redacted."],
    ["`\\[REDACTED:client\\_secret#1\\]`"],
    ['"token_type":"bearer","expires_in":570'],
    ["&client_secret=[REDACTED:client_secret#1] Evidence 2: Token response"],
  ])("does not flag placeholders, annotations, template markers or prose: %s", (text) => {
    expect(types(text, [])).toEqual([]);
  });
});

describe("leakCheckDocument and describeLeak", () => {
  it("names the section and sub-section of a planted secret, and never the value", () => {
    const ticket = seedTicket();
    ticket.evidence[1] = {
      ...ticket.evidence[1],
      label: `Token response, Authorization: Bearer ${"Zx9yW8vU7tS6rQ5pO4nM3lK2"}`,
    };
    const doc = buildDocument(ticket, sampleDiagnosis, sampleRedaction);
    const leaks = leakCheckDocument(doc, known);
    expect(leaks.map((l) => l.type)).toEqual(["authorization-credential", "authorization-credential"]);
    // The label shows in the finding that cites the item and in the item's own sub-heading.
    expect(leaks.map((l) => l.where)).toEqual([
      "section “Automated scope diagnosis” › Finding 1",
      "section “Evidence (redacted)” › Evidence 2",
    ]);
    const message = describeLeak(leaks[1]);
    expect(message).toMatch(
      /^Something that looks like an Authorization credential \(Bearer, Basic, DPoP, …\) appears in section “Evidence \(redacted\)” › Evidence 2 \(line 1, column \d+\)\./,
    );
    for (const leak of leaks) expect(`${describeLeak(leak)} ${leak.where}`).not.toContain("Zx9yW8vU7tS6rQ5pO4nM3lK2");
  });

  it("finds nothing in the seed ticket's document and its Markdown", () => {
    const doc = buildDocument(seedTicket(), sampleDiagnosis, sampleRedaction);
    expect(leakCheckDocument(doc, known)).toEqual([]);
    expect(leakCheck(renderMarkdown(doc), known)).toEqual([]);
  });

  it("locates a leak in Markdown output by its section heading, never by a sub-heading the user may have typed", () => {
    const md = `# T\n\n## Actual Result\n\ntext\n\n### Evidence 1: Jane's capture\n\nsecret ${SECRET}\n`;
    const [leak] = leakCheck(md, known);
    expect(leak.where).toBe("section “Actual Result”");
    expect(describeLeak(leak)).toBe(
      "A secret (client_secret) that the redaction removed from the evidence still appears in section “Actual Result” (line 9, column 8). Remove it there, or add it to the terms to redact, and export again.",
    );
  });
});
