// What integration teams paste from their queues and hosts: event envelopes whose payload names a person, message
// broker URLs and JAAS lines, journald records and Linux audit lines. Synthetic values in the real shapes
// (test/corpora/real-artifacts/stream-* holds the public originals).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";

const redact = (text: string, environment: "sandbox" | "client-prod" = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind: detectKind(text), text }).text;

describe("an event's payload names a person beside a birth date however the key is spelled", () => {
  it.each(["dateOfBirth", "date_of_birth", "DateOfBirth"])("`name` beside `%s` goes", (key) => {
    const text = JSON.stringify({
      id: "evt-1",
      type: "new.patient.events",
      data: { name: "Orla", [key]: "1983-08-15" },
    });
    const out = redact(text);
    expect(out).not.toContain("Orla");
    expect(out).not.toContain("1983-08-15");
    expect(out).toContain("new.patient.events");
  });

  it("a `name` beside a birth date in a curl body of a binary CloudEvent goes; the ce- headers stay", () => {
    const text = [
      "curl -X POST \\",
      '  -H "ce-type: new.patients.events" \\',
      '  -H "ce-id: 12346" \\',
      '  -d \'{ "name": "Orla", "dateOfBirth": "1983-08-15", "symptoms": ["seizures"] }\' \\',
      "  http://localhost:8080",
    ].join("\n");
    const out = redact(text);
    expect(out).not.toContain("Orla");
    expect(out).toContain("ce-type: new.patients.events");
    expect(out).toContain("ce-id: 12346");
  });

  it("a `name` beside a product's own fields stays (no birth date, no person)", () => {
    const out = redact(JSON.stringify({ data: { name: "Ground", dateCreated: "2024-01-01", weight: 2 } }));
    expect(out).toContain("Ground");
  });
});

describe("a consumer's log prints the event's object with Java's toString", () => {
  it("a quoted `name` beside an unquoted birth date goes (IntelliJ's `Class{a='…', b=…}`)", () => {
    const out = redact(
      "2020-11-17 12:51:11,581 DEBUG [org.acme.PatientResource] (executor-thread-198) Received patient: " +
        "Patient{name='Orla', id='null', symptoms=[seizures], dateOfBirth=1983-08-15}",
    );
    expect(out).not.toContain("Orla");
    expect(out).not.toContain("1983-08-15");
    expect(out).toContain("2020-11-17 12:51:11,581 DEBUG [org.acme.PatientResource]");
  });

  it("a bare word in a call's keyword argument stays (a variable, not a value)", () => {
    const out = redact("resp = session.post(url, data=payload, timeout=30)\nprint(resp.status_code)");
    expect(out).toContain("data=payload, timeout=30");
  });
});
