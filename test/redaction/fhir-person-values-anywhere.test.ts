// FHIR values that describe a person outside the person resources: a Parameters part or an extension typed
// HumanName / ContactPoint / Address, a QuestionnaireResponse's answers, an Annotation wherever it sits, a
// FamilyMemberHistory's relative. And the facts around them that a support engineer needs: question texts, link ids,
// profiles, the display of a Group. Inputs written for these tests (the shapes of public examples, invented values).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import type { Environment } from "~/ticket/schema";

const ENVS: Environment[] = ["sandbox", "client-prod"];
const redact = (text: string, environment: Environment, kind: "fhir-json" | "text" = "fhir-json") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "p", kind, text }).text;

const MANIFEST = JSON.stringify(
  {
    resourceType: "Parameters",
    parameter: [
      { name: "submissionId", valueString: "77b1q" },
      {
        name: "contact",
        part: [
          { name: "person", valueHumanName: { given: ["Wilhelmina"], family: "Oyelaran-Price" } },
          { name: "phone", valueContactPoint: { system: "phone", value: "303-555-0187" } },
          { name: "home", valueAddress: { line: ["418 Larkspur Terrace"], city: "Greeley", postalCode: "80631" } },
          { name: "member", valueIdentifier: { system: "http://payer.example/member", value: "MBR-5521907" } },
        ],
      },
    ],
  },
  null,
  2,
);

describe("a person's datatype as a value[x], wherever it sits", () => {
  for (const env of ENVS) {
    it(`Parameters parts typed HumanName, ContactPoint, Address, Identifier lose their values (${env})`, () => {
      const out = redact(MANIFEST, env);
      for (const v of ["Wilhelmina", "Oyelaran-Price", "303-555-0187", "418 Larkspur Terrace", "Greeley", "80631"])
        expect(out).not.toContain(v);
      expect(out).not.toContain("MBR-5521907");
      const json = JSON.parse(out);
      expect(json.parameter[1].part.map((p: { name: string }) => p.name)).toEqual([
        "person",
        "phone",
        "home",
        "member",
      ]);
      expect(json.parameter[1].part[1].valueContactPoint.system).toBe("phone");
      expect(json.parameter[1].part[3].valueIdentifier.system).toBe("http://payer.example/member");
      expect(json.parameter[0].valueString).toBe("77b1q");
    });

    it(`an extension typed HumanName on an Encounter loses the name (${env})`, () => {
      const enc = JSON.stringify({
        resourceType: "Encounter",
        id: "e1",
        status: "finished",
        extension: [{ url: "http://example.org/escort-name", valueHumanName: { text: "Bartholomew Fairweather" } }],
      });
      const out = redact(enc, env);
      expect(out).not.toContain("Bartholomew");
      expect(JSON.parse(out).extension[0].url).toBe("http://example.org/escort-name");
    });
  }
});

const QR = JSON.stringify(
  {
    resourceType: "QuestionnaireResponse",
    id: "qr-1",
    status: "completed",
    item: [
      {
        linkId: "2.2",
        text: "What is your date of birth?",
        answer: [{ valueDate: "1958-07-19" }],
      },
      {
        linkId: "4.1",
        text: "Anything else we should know?",
        answer: [{ valueString: "My neighbour Ottoline Vasquez-Brandt drives me to visits" }],
      },
      { linkId: "5", text: "Cigarettes per day", answer: [{ valueInteger: 12 }] },
      {
        linkId: "6",
        text: "Smoker?",
        answer: [{ valueCoding: { system: "http://snomed.info/sct", code: "77176002", display: "Smoker" } }],
      },
    ],
  },
  null,
  2,
);

describe("a QuestionnaireResponse's answers", () => {
  for (const env of ENVS) {
    it(`free-text and date answers go, the questions and coded answers stay (${env})`, () => {
      const out = redact(QR, env);
      expect(out).not.toContain("1958-07-19");
      expect(out).not.toContain("Ottoline");
      expect(out).not.toContain("Vasquez-Brandt");
      const json = JSON.parse(out);
      expect(json.item.map((i: { text: string }) => i.text)).toEqual([
        "What is your date of birth?",
        "Anything else we should know?",
        "Cigarettes per day",
        "Smoker?",
      ]);
      expect(json.item.map((i: { linkId: string }) => i.linkId)).toEqual(["2.2", "4.1", "5", "6"]);
      expect(json.item[2].answer[0].valueInteger).toBe(12);
      expect(json.item[3].answer[0].valueCoding.code).toBe("77176002");
    });

    it(`the same answers in FHIR XML (${env})`, () => {
      const xml = [
        '<QuestionnaireResponse xmlns="http://hl7.org/fhir">',
        '  <status value="completed"/>',
        "  <item>",
        '    <linkId value="2.2"/>',
        '    <text value="What is your date of birth?"/>',
        '    <answer><valueDate value="1958-07-19"/></answer>',
        "  </item>",
        "</QuestionnaireResponse>",
      ].join("\n");
      const out = redact(xml, env, "text");
      expect(out).not.toContain("1958-07-19");
      expect(out).toContain('<text value="What is your date of birth?"/>');
      expect(out).toContain('<linkId value="2.2"/>');
    });
  }
});

describe("an Annotation wherever it sits, a FamilyMemberHistory's relative", () => {
  it("an extension's valueAnnotation loses its text and its authorString (sandbox)", () => {
    const res = JSON.stringify({
      resourceType: "QuestionnaireResponse",
      status: "completed",
      item: [
        {
          linkId: "1",
          extension: [
            {
              url: "https://example.org/note",
              valueAnnotation: { authorString: "Perpetua Nwachukwu", text: "called the daughter about her fall" },
            },
          ],
        },
      ],
    });
    const out = redact(res, "sandbox");
    expect(out).not.toContain("Perpetua");
    expect(out).not.toContain("called the daughter");
    expect(JSON.parse(out).item[0].extension[0].url).toBe("https://example.org/note");
  });

  it("a FamilyMemberHistory's name and birth date go, the relationship stays (sandbox)", () => {
    const fmh = JSON.stringify({
      resourceType: "FamilyMemberHistory",
      status: "completed",
      patient: { reference: "Patient/12" },
      name: "Smart, Gwendolyn",
      relationship: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", code: "SIS" }] },
      bornDate: "1993-08-08",
      deceasedDate: "2011-02-03",
    });
    const out = redact(fmh, "sandbox");
    expect(out).not.toContain("Gwendolyn");
    expect(out).not.toContain("1993-08-08");
    expect(out).not.toContain("2011-02-03");
    const json = JSON.parse(out);
    expect(json.bornDate).toBe("1993");
    expect(json.relationship.coding[0].code).toBe("SIS");
  });
});

describe("facts next to person data that stay", () => {
  for (const env of ENVS) {
    it(`a Group's display stays, a Practitioner's goes (${env})`, () => {
      const comm = JSON.stringify({
        resourceType: "Communication",
        status: "completed",
        recipient: [
          { reference: "Group/1568", display: "HEALTHE Receiver Group" },
          { reference: "Practitioner/12093978", display: "Quenby, Marisol" },
        ],
      });
      const out = redact(comm, env);
      expect(out).toContain("HEALTHE Receiver Group");
      expect(out).not.toContain("Quenby");
    });

    it(`a profile in meta stays (${env})`, () => {
      const rp = JSON.stringify({
        resourceType: "RelatedPerson",
        meta: { profile: ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-relatedperson|9.0.0"] },
        name: [{ family: "Ambrosetti" }],
      });
      const out = redact(rp, env);
      expect(out).toContain("http://hl7.org/fhir/us/core/StructureDefinition/us-core-relatedperson|9.0.0");
      expect(out).not.toContain("Ambrosetti");
    });
  }

  it("a classifying concept written as text alone stays in a client domain; a reason in words does not", () => {
    const comm = JSON.stringify({
      resourceType: "Communication",
      status: "completed",
      topic: { text: "CDI Query" },
      category: [{ text: "Notification" }],
      reasonCode: [{ text: "Daughter Henrietta called about the bill" }],
    });
    const out = redact(comm, "client-prod");
    expect(out).toContain('"CDI Query"');
    expect(out).toContain('"Notification"');
    expect(out).not.toContain("Henrietta");
  });

  it("a role word before the name of a room is not a person's name (sandbox)", () => {
    const appt = JSON.stringify({
      resourceType: "Appointment",
      status: "booked",
      participant: [{ type: [{ text: "Patient Virtual Meeting Room" }], actor: { reference: "#28" } }],
    });
    expect(redact(appt, "sandbox")).toContain("Patient Virtual Meeting Room");
  });
});

describe("hostile input: 1 MB shaped like these rules' triggers finishes", () => {
  const MB = 1024 * 1024;
  const shapes: Array<[string, string]> = [
    // One object holding the same member over and over: every rule that asks the object for a sibling (linkId,
    // coding, op, name) asks once per member.
    [
      "a question's text repeated",
      `{"resourceType":"QuestionnaireResponse","item":[{"linkId":"1",${'"text":"a b",'.repeat(MB / 13)}"x":1}]}`,
    ],
    ["a topic's text repeated", `{"resourceType":"Communication","topic":{${'"text":"CDI",'.repeat(MB / 13)}"x":1}}`],
    ["a pair's value repeated", `{"a":{${'"value":"5551234567",'.repeat(MB / 21)}"name":"x"}}`],
    [
      "a display repeated",
      `{"resourceType":"Encounter","subject":{${'"display":"Ann Lee",'.repeat(MB / 18)}"reference":"Group/1"}}`,
    ],
    [
      "Parameters parts of names",
      `{"resourceType":"Parameters","parameter":[${'{"name":"p","valueHumanName":{"family":"Lee"}},'.repeat(MB / 47)}{}]}`,
    ],
    ["parts nested deep, never closed", `{"resourceType":"Parameters","parameter":[${'{"part":['.repeat(MB / 9)}`],
    [
      "answers in words",
      `{"resourceType":"QuestionnaireResponse","item":[{"linkId":"1","answer":[${'{"valueString":"my words"},'.repeat(MB / 27)}{}]}]}`,
    ],
  ];
  for (const env of ENVS)
    for (const [name, text] of shapes)
      it(`${name} (${env})`, () => {
        let out = "";
        try {
          out = redact(text, env);
        } catch (e) {
          // Failing closed is an answer too (nesting beyond the parser's cap).
          out = (e as Error).name;
        }
        expect(out.length).toBeGreaterThan(0);
        expect(out).not.toContain('"family":"Lee"');
      });

  it("role words before room words, 1 MB of them", () => {
    const out = redact("Patient Virtual Meeting Room, ".repeat(MB / 30), "sandbox", "text");
    expect(out.length).toBeGreaterThan(MB / 2);
  });
});
