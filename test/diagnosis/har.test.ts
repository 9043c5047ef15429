// A browser HAR: the token call and 499 FHIR calls, one token sent on each; every 25th call refused for Specimen.
import { describe, expect, it } from "vitest";
import { diagnose, factsOf } from "~/diagnosis/diagnose";
import { createRedactor } from "~/redaction/redact";
import { redactionPolicy } from "~/redaction/policy";
import { bigHar } from "./big-har";

const har = bigHar(500);
const item = { id: "big.har", kind: "har" as const, text: har };

describe("a 500-entry HAR", () => {
  const d = diagnose({ evidence: [item] });

  it("finds the Specimen scope dropped at issuance and cites the refused entries", () => {
    expect(d.findings.map((f) => f.code)).toEqual(["SCOPE_REQUIRED_MISSING", "SCOPE_NOT_GRANTED", "MISSING_EVIDENCE"]);
    const required = d.findings[0];
    expect(required.scopes).toEqual(["system/Specimen.read"]);
    expect(required.evidence.filter((e) => e.excerpt?.endsWith("→ 403"))).toHaveLength(19);
    expect(required.evidence[0].location).toBe("entry 26");
  });

  it("links the requests to the token they sent (one token, read once)", () => {
    const facts = factsOf({ evidence: [item] });
    expect(facts.tokens).toHaveLength(1);
    expect(facts.requests.every((r) => r.tokenKey === facts.tokens[0].tokenKey)).toBe(true);
    expect(facts.tenantKnowledge?.source.tenant).toBe("ec2458f2-1e24-41c8-b71b-0e701af7583d");
  });

  it("diagnoses the redacted HAR like the raw one (the redactor keeps failing entries and drops some others, so only entry numbers move)", () => {
    const redacted = createRedactor(redactionPolicy("sandbox")).redactItems([item])[0];
    expect(redacted.text).not.toContain("eyJ");
    const masked = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/entry \d+/g, "entry N"));
    expect(masked(diagnose({ evidence: [{ ...item, text: redacted.text }] }))).toEqual(masked(d));
  });
});
