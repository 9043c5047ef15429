// A line that looks like a chat author line ("Words  10:42 AM") but whose words are a FHIR resource type, an
// interaction, a status, a log level or a product's name is no author: the words stay, here and everywhere else in
// the ticket (review RB, H1). Real people's names on the same layouts still go.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("ordinary phrases on an author line's layout", () => {
  const kept = [
    "Patient Read  10:42 AM\nthen Patient Read failed again",
    "Observation Search  10:42 AM\nObservation Search returned 403 insufficient_scope",
    "Insufficient Scope  10:42\nInsufficient Scope returned",
    "Token Expired  10:42\nERROR Token Expired for client abc",
    "Bulk Export  10:42 AM\nBulk Export kickoff returned 403",
    "Cerner Code Console  10:42 AM\nIn Cerner Code Console the app shows scopes",
    "Epic Sandbox  9:05\nthe Epic Sandbox works",
    "Last Modified  10:42 AM\nLast Modified is wrong",
    "INFO Server Started  10:42\nok",
    "Patient Read\t10:42\nPatient Read\t10:43",
    "[10:42 AM] Patient Read\nPatient Read is denied",
    "FHIR Server — Today at 10:42 AM\nthe FHIR Server said 403",
    "Request Failed\n  10:42 AM\nRequest Failed with 403",
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n(Patient Read)\nPatient Read was denied\n",
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Oracle Health>the Oracle Health server said 403\n",
  ];
  for (const text of kept)
    it(`keeps ${JSON.stringify(text.split("\n").find((l) => /[A-Z]/.test(l) && l !== "WEBVTT"))}`, () => {
      expect(redact(text)).not.toContain("[REDACTED:name");
    });

  it("a person's name on the same layouts still goes, with its other places", () => {
    const out = redact("Tamsin Quarrie  10:42 AM\nthe scope is wrong\n[10:43 AM] Oskar Brandvold\ncc Tamsin Quarrie");
    expect(out).not.toContain("Tamsin Quarrie");
    expect(out).not.toContain("Oskar Brandvold");
    expect(out).toContain("the scope is wrong");
  });
});
