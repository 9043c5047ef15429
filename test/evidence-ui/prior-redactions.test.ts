import { describe, expect, it } from "vitest";
import { withPriorRedactions } from "~/components/evidence/prior-redactions";
import { createRedactor } from "~/redaction/redact";

const raw = JSON.stringify({
  access_token: "eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlc2lnbmF0dXJlc2ln",
  refresh_token: "abcdefabcdefabcdefabcdef12345678",
  scope: "system/Patient.read",
});
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
    id: "e1",
    kind: "token-response",
    text,
  });

describe("withPriorRedactions", () => {
  it("counts what a redacted draft already had removed, the same as the first run did", () => {
    const first = redact(raw);
    const again = redact(first.text);
    expect(again.findings).toEqual([]);
    const counted = withPriorRedactions(again.findings, again.text);
    expect(counted.map((f) => [f.category, f.type, f.count])).toEqual(
      first.findings.map((f) => [f.category, f.type, f.count]),
    );
  });

  it("never counts a placeholder twice when the run reported it", () => {
    const first = redact(raw);
    expect(withPriorRedactions(first.findings, first.text)).toEqual(first.findings);
  });
});
