// Review RD (round 14): where a curl command met in pasted text ends. A quote the paste left open never takes the
// prose under it into the command; an apostrophe inside a body written over lines does not end the body.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "p", kind: "text", text }).text;

describe("an unclosed quote after curl -H or -d", () => {
  it("leaves the prose below it to be read as prose", () => {
    const out = redact(
      [
        "Here is the command:",
        'curl -H "Accept: application/fhir+json https://x.example/r4/Patient/1',
        "The patient is Jane Roe, DOB 01/06/1980, phone 816-555-0142.",
        'I also tried "Accept: */*" with no luck.',
        "",
      ].join("\n"),
    );
    expect(out).not.toContain("Jane Roe");
    expect(out).not.toContain("01/06/1980");
    expect(out).not.toContain("816-555-0142");
    expect(out).toContain("https://x.example/r4/Patient/1");
  });

  it("does not move an apostrophe of the prose below a body left open", () => {
    const out = redact("curl -d '{\"a\": 1,\nThe patient Jane Roe was seen.\nWe're stuck, DOB 01/06/1980.\n");
    expect(out).toContain("We're stuck");
    expect(out).not.toContain("Jane Roe");
    expect(out).not.toContain("01/06/1980");
  });
});

describe("an apostrophe inside a body written over lines", () => {
  it("keeps the body one value when written the shell's way ('\\'')", () => {
    const out = redact(
      [
        "# create",
        "curl -X POST https://x.example/endpoint \\",
        "  -d '{",
        `  "Note": "Mother'\\''s phone",`,
        '  "LastName": "Bixby",',
        '  "DOB": "2008-01-06"',
        "}'",
        "echo done",
        "",
      ].join("\n"),
    );
    expect(out).not.toContain("Bixby");
    expect(out).not.toContain("2008-01-06");
    expect(out).toContain("https://x.example/endpoint");
  });
});

describe("hostile curl bodies", () => {
  it("finishes on 1 MB of bodies opened and never closed, with prose between", () => {
    const text = "curl -d '{\n\"a\": 1,\nJane Roe DOB 01/06/1980 it's\n".repeat(20_000);
    const out = redact(text);
    expect(out).not.toContain("01/06/1980");
  });

  it("finishes on 1 MB of one body whose lines never close it", () => {
    const text = "curl -d '{\n" + '"LastName": "O\'Brien",\n'.repeat(45_000);
    expect(redact(text).length).toBeGreaterThan(0);
  });
});

describe("a paste whose first line starts with curl", () => {
  const redactPaste = (text: string) =>
    createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "p", kind: "curl-command", text })
      .text;

  it("reads the prose after a first line holding an apostrophe as prose", () => {
    const out = redactPaste("curl works, the app doesn't.\nPatient: Jane Roe\nDOB: 01/06/1980\nThanks, Bob Smith\n");
    expect(out).toContain("curl works, the app doesn't.");
    expect(out).not.toContain("Jane Roe");
    expect(out).not.toContain("01/06/1980");
    expect(out).not.toContain("Bob Smith");
  });
});

describe("an object typed Service or Role outside CloudTrail's identities", () => {
  it("still loses its person's login", () => {
    const out = redact(JSON.stringify({ user: { type: "Service", login: "jroe", name: "Jane Roe" } }));
    expect(out).not.toContain("jroe");
    expect(out).not.toContain("Jane Roe");
  });

  it("keeps a CloudTrail role's name under sessionIssuer", () => {
    const out = redact(
      JSON.stringify({
        userIdentity: {
          type: "AssumedRole",
          sessionContext: { sessionIssuer: { type: "Role", userName: "FhirReader" } },
        },
      }),
    );
    expect(out).toContain("FhirReader");
  });
});

describe("a Redox payload's person identifiers and numbers", () => {
  it("loses a searched patient's identifiers, the visit's numbers, the guarantor's and the member's numbers", () => {
    const out = redact(
      JSON.stringify({
        Patients: [{ Identifiers: [{ ID: "PX4455", IDType: "MR" }] }],
        NextOfKin: [{ Identifiers: [{ ID: "NK7788", IDType: "EHRID" }] }],
        Visit: { AccountNumber: "ACCT998877", VisitNumber: "1234567", Location: { Department: "ED" } },
        Guarantor: { Number: "G-10042", Type: "Self" },
        Insurances: [{ MemberNumber: "MBR556677", Plan: { ID: "31572" } }],
        Meta: { DataModel: "PatientSearch", EventType: "Query" },
      }),
    );
    for (const value of ["PX4455", "NK7788", "ACCT998877", "1234567", "G-10042", "MBR556677"])
      expect(out).not.toContain(value);
    for (const fact of ["PatientSearch", "31572", "MR", "ED"]) expect(out).toContain(fact);
  });
});

describe("two prose lines with as many commas", () => {
  it("are not read as a table whose header is the first line", () => {
    const out = redact('born 01/06/1980, phone 816-555-0142.\nback, "urgent"\n');
    expect(out).not.toContain("01/06/1980");
    expect(out).not.toContain("816-555-0142");
    expect(out).toContain('back, "urgent"');
  });

  it("finishes on 1 MB of comma lines holding values", () => {
    const out = redact("born 01/06/1980, phone 816-555-0142, 1, 2\n".repeat(25_000));
    expect(out).not.toContain("816-555-0142");
  });
});

describe("an apostrophe between letters inside a single-quoted JSON body", () => {
  it("is the document's (O'Brien), not the body's end", () => {
    const out = redact(
      [
        "curl -X POST https://x.example/endpoint \\",
        "  -d '{",
        `  "LastName": "O'Brien",`,
        '  "DOB": "2008-01-06"',
        "}'",
        "echo done",
        "",
      ].join("\n"),
    );
    expect(out).not.toContain("Brien");
    expect(out).not.toContain("2008-01-06");
    expect(out).toContain("}'\necho done");
  });

  it("keeps a one-line body's demographics from surviving (Patient's mother)", () => {
    const out = redact(
      `curl -d '{"Note": "Patient's mother", "SSN": "123-45-6789", "LastName": "Bixby"}' https://x.example/p\n`,
    );
    expect(out).not.toContain("123-45-6789");
    expect(out).not.toContain("Bixby");
  });
});

describe("hostile apostrophes in single-quoted JSON", () => {
  it("finishes on 1 MB of '{ opened before words with apostrophes, never closed", () => {
    const text = 'curl -d \'{"a": "O\'Brien\'s" ' + "'{x'y O'Brien ".repeat(70_000) + "\n";
    expect(redact(text).startsWith("curl -d '{")).toBe(true);
  });
});

describe("an AWS assumed role's session name", () => {
  it("goes in a CloudTrail identity and in text; the account and the role stay", () => {
    const json = redact(
      JSON.stringify({
        userIdentity: { type: "AssumedRole", arn: "arn:aws:sts::123456789012:assumed-role/Admin/jroe" },
      }),
    );
    const text = redact("AccessDenied for arn:aws:sts::123456789012:assumed-role/FhirReader/jane.roe on GetObject\n");
    for (const out of [json, text]) {
      expect(out).not.toMatch(/jroe|jane\.roe/);
      expect(out).toContain("arn:aws:sts::123456789012:assumed-role/");
    }
    expect(text).toContain("assumed-role/FhirReader/");
  });

  it("finishes on 1 MB of assumed-role ARNs", () => {
    const out = redact(":assumed-role/Admin/jroe ".repeat(42_000));
    expect(out).not.toContain("jroe");
  });
});
