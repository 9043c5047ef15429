// A value a client domain keeps as a fact (a Group's or a Device's reference display, a classifying concept written as
// text alone, a question's text, a profile) must not keep more than the sandbox does: whatever a person typed there
// goes through the free-text detectors (names, phones, dates, MRNs) before it stays. Inputs written for these tests.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import type { Environment } from "~/ticket/schema";

const redact = (text: string, environment: Environment, kind: "fhir-json" | "text" = "fhir-json") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "p", kind, text }).text;

describe("client domain: facts kept are swept for personal data", () => {
  it("a Device/Group/Medication/Substance reference display loses the names, dates and MRNs in it", () => {
    const obs = JSON.stringify({
      resourceType: "Observation",
      subject: { reference: "Device/123", display: "Pacemaker of Tamsin Quarrie" },
      performer: [
        { reference: "Group/9", display: "Quarrie family: Tamsin and Oswin Quarrie" },
        { reference: "Medication/5", display: "Insulin for Oswin Quarrie DOB 1961-04-12" },
      ],
      focus: [{ reference: "Substance/3", display: "Patient Wilhelmina Oyelaran MRN 998877" }],
      device: { reference: "Device/7", display: "Dual chamber pacemaker" },
    });
    const out = redact(obs, "client-prod");
    for (const v of ["Tamsin", "Quarrie", "1961-04-12", "Wilhelmina", "998877"]) expect(out).not.toContain(v);
    expect(out).toContain('"Dual chamber pacemaker"');
  });

  it("a classifying concept's text alone loses a name and a phone number, and keeps a label", () => {
    const team = JSON.stringify({
      resourceType: "CareTeam",
      category: [{ text: "Oswin Quarrie 555-123-4567" }],
      participant: [{ role: [{ text: "Daughter Tamsin Quarrie (555-867-5309)" }], member: { reference: "#1" } }],
      topic: { text: "CDI Query" },
    });
    const out = redact(team, "client-prod");
    for (const v of ["Quarrie", "555-123-4567", "555-867-5309", "Tamsin"]) expect(out).not.toContain(v);
    expect(out).toContain('"CDI Query"');
  });

  it("a question's text loses the name filled into it and keeps the question", () => {
    const qr = JSON.stringify({
      resourceType: "QuestionnaireResponse",
      item: [
        { linkId: "1", text: "Name of emergency contact: Tamsin Quarrie", answer: [{ valueString: "x" }] },
        { linkId: "2", text: "What is your date of birth?", answer: [{ valueDate: "1961-04-12" }] },
      ],
    });
    const out = redact(qr, "client-prod");
    expect(out).not.toContain("Quarrie");
    expect(out).toContain('"What is your date of birth?"');
  });

  it("meta.profile keeps an http(s) canonical (with its version) and reduces a urn to its shape", () => {
    const pt = JSON.stringify({
      resourceType: "Observation",
      meta: {
        profile: [
          "http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab|6.1.0",
          "urn:uuid:pt-tamsin-quarrie-19610412",
          "urn:oid:2.16.840.1.113883.4.1.123-45-6789",
        ],
      },
    });
    const out = redact(pt, "client-prod");
    expect(out).toContain('"http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab|6.1.0"');
    expect(out).not.toContain("quarrie");
    expect(out).not.toContain("123-45-6789");
  });
});

describe("a name before a room word is still a name in free text", () => {
  const text = [
    "Patient John Smith Room 4 was moved.",
    "Message from Mary Jones Portal user today.",
    "Seen by Dr. Anna Lobby in clinic.",
    "Contact: Peter Lounge, 555-867-5309",
  ].join("\n");
  for (const env of ["sandbox", "client-prod"] as Environment[])
    it(env, () => {
      const out = redact(text, env, "text");
      for (const v of ["John Smith", "Mary Jones", "Anna Lobby", "Peter Lounge"]) expect(out).not.toContain(v);
    });

  it("a scheduling resource's type that names a room stays a place", () => {
    const appt = JSON.stringify({
      resourceType: "Appointment",
      participant: [{ type: [{ text: "Patient Virtual Meeting Room" }], actor: { reference: "#28" } }],
    });
    for (const env of ["sandbox", "client-prod"] as Environment[])
      expect(redact(appt, env)).toContain('"Patient Virtual Meeting Room"');
  });
});
