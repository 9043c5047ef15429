// A JWT's annotation copies a few claims; characters that would need escaping in JSON, shell or HTML are
// percent-encoded, and a token repeated in an item is annotated the same way each time.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
const jwt = (claims: Record<string, unknown>) =>
  `${b64url({ alg: "RS256", typ: "JWT" })}.${b64url(claims)}.${"s".repeat(43)}`;
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "t", kind: "text", text }).text;

describe("JWT annotations", () => {
  it("percent-encodes quotes, $, <, >, backquotes, backslashes and control characters in a copied claim", () => {
    const token = jwt({ iss: `https://a.example/"x'$<y>\`\\\u0001\u007f`, aud: "https://fhir.example/r4" });
    const out = redact(`Authorization: Bearer ${token}\n`);
    expect(out).toContain("iss=https://a.example/%22x%27%24%3Cy%3E%60%5C%01%7F");
    expect(out).toContain("aud=https://fhir.example/r4");
    expect(out).not.toContain(token);
  });

  it("gives a token repeated in one item the same placeholder and annotation each time", () => {
    const token = jwt({ iss: "https://authorization.cerner.com/", scope: "system/Patient.read" });
    const out = redact(`Bearer ${token}\nagain: access_token=${token}\n`);
    const annotations = out.match(/\[REDACTED:[^\]]*\]/g) ?? [];
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toBe(annotations[1]);
    expect(annotations[0]).toContain("scope=system/Patient.read");
  });
});
