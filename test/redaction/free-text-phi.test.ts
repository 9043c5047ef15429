import { describe, expect, it } from "vitest";
import { findFreeTextPhi } from "~/redaction/detectors/free-text-phi";

/** The flagged substrings with their types, e.g. ["name:Jane Doe"]. */
const found = (text: string) => findFreeTextPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const flagged = (text: string) => findFreeTextPhi(text).map((s) => text.slice(s.start, s.end));

describe("findFreeTextPhi — person names", () => {
  it.each([
    ["Patient: Jane Doe was seen today", "Jane Doe"],
    ["Hello, this is Dr. Kyle Kuefer. Who are you?", "Kyle Kuefer"],
    ["Ms. Jones flew to Boston on Saturday morning.", "Jones"],
    ["My name is Rubija", "Rubija"],
    ["What's your last name? Magnusson", "Magnusson"],
    ["Kevin had given Alma his address", "Kevin"],
    ["Have you heard Hanne I. Kreutzmann speak yet?", "Hanne I. Kreutzmann"],
    ["Directed By:    Sari J. Paavolainen", "Sari J. Paavolainen"],
    ["The founders: Eklund, Michael and Hodge.", "Eklund"],
    ["I would like to remove my kid Lukas from the will.", "Lukas"],
    ["Producer Liviana Palerma explained the song", "Liviana Palerma"],
    ["my name is eva kleist", "eva kleist"],
  ])("flags the name in %j", (text, name) => {
    expect(flagged(text)).toContain(name);
  });

  it("does not include the honorific in the span (it is not identifying)", () => {
    expect(found("Mrs. Barbara Yudina")).toEqual(["name:Barbara Yudina"]);
  });

  it("flags later mentions of a name already found in the same text", () => {
    expect(
      flagged("Verses from Faina D. Yefremova's Cautionary Tales. Is there a better example than early Yefremova?"),
    ).toEqual(["Faina D. Yefremova", "Yefremova"]);
  });

  it("keeps a given name that is also a month abbreviation inside a full name", () => {
    expect(flagged("Opening words by Katrin May Holmqvist, then questions.")).toContain("Katrin May Holmqvist");
    expect(flagged("Minutes: 1. Kickoff, Pavel Jan Ostrowiak")).toContain("Pavel Jan Ostrowiak");
    // A month between a date's parts is no name.
    expect(flagged("Released Jan 2024 by the vendor")).toEqual([]);
  });

  it("flags every name that ends an agenda or attendee line once half of them are known to be names", () => {
    const agenda = [
      "## Agenda",
      "",
      "1. 0900 Welcome, Harriet Q Lindqvist",
      "2. 0910 Opening talk, Peter Bernhard Halvorsen",
      "3. 0920 Data track intro, Timur Zakharovich",
      "4. 0930 Wrap-up - Dorota Wielgosz",
      "5. 0940 End of meeting, All",
    ].join("\n");
    const names = flagged(agenda);
    for (const name of ["Harriet Q Lindqvist", "Peter Bernhard Halvorsen", "Timur Zakharovich", "Dorota Wielgosz"])
      expect(names).toContain(name);
    expect(names.join(" ")).not.toMatch(/Welcome|intro|All|Agenda/);
  });

  it("leaves list lines that end in capitalised terms alone when none of them is a name", () => {
    const notes = [
      "* Resources: Patient Observation",
      "* Scope check - Bulk Data",
      "* Next step, Code Console",
      "* Owner, Oracle Health",
    ].join("\n");
    expect(flagged(notes)).toEqual([]);
  });

  it("flags the speakers of a transcript, but not the names of HTTP headers", () => {
    expect(flagged("Nicole: Remember me?\nJohn: You saved my life!\nUbul: What a wife.")).toEqual([
      "Nicole",
      "John",
      "Ubul",
    ]);
    expect(
      found(
        "Host: fhir-ehr-code.cerner.com\nPriority: u=1, i\nTraceparent: 00-abc\nUpgrade-Insecure-Requests: 1\nVary: Origin",
      ),
    ).toEqual([]);
  });

  it("flags the name line above a postal address", () => {
    expect(flagged("Dreux Joly\nPaxata\nPSC 3294, Box 9168\nAPO AA 61487")).toContain("Dreux Joly");
  });

  it.each([
    "The Specimen resource in Cerner Central and Code Console: Patient, Encounter, Practitioner.",
    "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
    "Content-Type: application/json; charset=utf-8",
    "Host: authorization.cerner.com",
    'WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"',
    "a Cerner analyst on the hospital tenant does not see the Specimen.read scope in the Lifebridge sandbox",
    "Expected Result: When making a request to the Specimen FHIR resource from our SMART on FHIR application",
    "The Davis, Reynolds and Williamson Orchestra was founded in 1977.",
    "Capitalized words like Wisdom and Discipline are often mistaken with names.",
  ])("flags nothing in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("findFreeTextPhi — contact details and numbers", () => {
  it.each([
    ["email", "You said your email is EwanDawson@dayrep.com. Is that correct?", "EwanDawson@dayrep.com"],
    ["email", "mail j.roe+billing@mail.example.co.uk today", "j.roe+billing@mail.example.co.uk"],
    ["phone", "I would like to stop receiving messages to 541-714-1388", "541-714-1388"],
    ["phone", "call (816) 555-0143 after 5", "(816) 555-0143"],
    ["phone", "Mobile: 0490 75 40 81", "0490 75 40 81"],
    ["phone", "Desk: +1-903-140-4508x769", "+1-903-140-4508x769"],
    ["phone", "Phone:\n467 3395", "467 3395"],
    ["ssn", "Here's my SSN: 460-89-9847", "460-89-9847"],
    ["ssn", "ssn 123456789 on file", "123456789"],
    ["ip_address", "client_ip = ?%//!%20\\|106.31.73.20|%20/", "106.31.73.20"],
    ["ip_address", "from 2001:db8:85a3::8a2e:370:7334 yesterday", "2001:db8:85a3::8a2e:370:7334"],
    ["credit_card", "What is the limit for card 4454794511390933?", "4454794511390933"],
    ["credit_card", "pay with 4111 1111 1111 1111 now", "4111 1111 1111 1111"],
    ["iban", "My IBAN is GB82WEST12345698765432", "GB82WEST12345698765432"],
    ["date", "She was born on 2/8/1935. Her maiden name is Clark", "2/8/1935"],
    ["date", "DOB: March 4, 1961", "March 4, 1961"],
    ["mrn", "MRN: 00012345 admitted", "00012345"],
    ["mrn", "medical record number 7734-221", "7734-221"],
    ["id_number", "my driver's license number is 2270-66-1551", "2270-66-1551"],
    ["postal_code", "ZIP: 48750", "48750"],
  ])("finds %s in %j", (type, text, value) => {
    expect(found(text)).toContain(`${type}:${value}`);
  });

  it.each([
    // Diagnostic identifiers and timestamps that must stay.
    "X-Request-Id: ecd13b72-4fde-11e9-8674-8b0a57a130fd",
    "X-Request-Id: 78a19072002b8651623351cfedaffe70",
    "opc-request-id: /4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A",
    "Cerner-Correlation-Id: 65b0a9f4-782f-49a4-947f-e0a875ce5f67",
    "scope=system/Specimen.read system/Patient.read patient/Observation.rs launch/patient",
    'code="urn:cerner:error:oauth2:resource-access:insufficient-scopes", subcode="no_scope_for_resource_path"',
    "Date: Mon, 28 Jul 2025 15:21:14 GMT",
    "Timestamp (UTC): 2025-07-29T15:22:10Z",
    "2025-07-28 15:21:14.123 INFO GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Specimen?_id=12345 403 (412 ms)",
    "GET /r4/tenant/Patient/12724066 HTTP/1.1 200 OK Content-Length: 2345",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36",
    "logged at 1722180074000 after 570 seconds; expires_in 570",
    "Version 2.4.1.0 of the client, build 4111-1111",
    "the sandbox https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/",
    "order 4111 1111 1111 1112 fails the card checksum",
    "the run of 2025-07-28 and 28.07.2025 and 2025 07 28",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("flags a card-like number after a card cue even when its checksum fails", () => {
    expect(found("Card 4111 1111 1111 1112 was declined")).toEqual(["credit_card:4111 1111 1111 1112"]);
  });

  it("does not take an invalid SSN area (000, 666, 9xx) for an SSN", () => {
    expect(found("ref 000-12-3456 and 666-12-3456 and 912-34-5678")).not.toContainEqual(expect.stringMatching(/^ssn:/));
  });
});

describe("findFreeTextPhi — street addresses", () => {
  it.each([
    ["Tomomi lives at 86036 Rua do Arenque 1634, Goiânia", "86036 Rua do Arenque 1634, Goiânia"],
    ["The restaurant is at 2450 Crown St", "2450 Crown St"],
    ["Please return to Unit 4719 Box 7394\nDPO AP 70942 in case of an issue.", "Unit 4719 Box 7394\nDPO AP 70942"],
    [
      "Send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500",
      "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    ],
    [
      "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488",
      "20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488",
    ],
    ["The bus station is on Villacher Strasse 89", "Villacher Strasse 89"],
    [
      "Ask the driver to stop at the corner of 11 Botley Road and Herceg Gateway.",
      "the corner of 11 Botley Road and Herceg Gateway",
    ],
  ])("finds the address in %j", (text, address) => {
    expect(found(text)).toContain(`street_address:${address}`);
  });

  it.each([
    "I have 2 dogs in the park",
    "list this song at #15",
    "During 1971, Mayo-Walters invested heavily",
    "Retry after 30 seconds on port 8443",
  ])("finds no address in %j", (text) => {
    expect(found(text).filter((f) => f.startsWith("street_address:"))).toEqual([]);
  });
});

describe("findFreeTextPhi — FHIR JSON logged as text", () => {
  it("flags person values by their JSON keys, keeping the year of birth", () => {
    const line =
      '2025-07-28T15:21:14Z DEBUG body={"resourceType":"Patient","id":"12724066","name":[{"family":"Roe","given":["Jane","Q"]}],"birthDate":"1961-03-04","address":[{"line":["12 Oak Ln"],"city":"Olathe","postalCode":"66061","state":"KS"}]}';
    expect(found(line)).toEqual([
      "name:Roe",
      "name:Jane",
      "name:Q",
      "date:-03-04",
      "street_address:12 Oak Ln",
      "street_address:Olathe",
      "postal_code:66061",
    ]);
  });

  it("flags telecom phone values and every identifier value of logged FHIR JSON", () => {
    const line =
      '{"identifier":[{"type":{"coding":[{"code":"MR"}]},"system":"urn:oid:1.2.3","value":"738472983"}],"telecom":[{"system":"phone","value":"0648352638"}],"id":"12724066"}';
    expect(found(line)).toEqual(["id_number:738472983", "phone:0648352638"]);
  });

  it("flags the display text of a logged HumanName", () => {
    expect(found('{"name":[{"use":"official","text":"张无忌"}],"gender":"male"}')).toEqual(["name:张无忌"]);
  });

  it("reads JSON escaped inside a JSON string", () => {
    expect(found('{"text":"{\\"family\\":\\"Roe\\"}"}')).toEqual(["name:Roe"]);
  });
});

describe("findFreeTextPhi — output shape", () => {
  it("returns sorted, non-overlapping spans", () => {
    const text =
      "Patient: Jane Doe, DOB: 1980-04-12, MRN: 00012345, phone (816) 555-0143, jane.doe@example.org, lives at 12 Elm Street";
    const spans = findFreeTextPhi(text);
    expect(spans.map((s) => s.type)).toEqual(["name", "date", "mrn", "phone", "email", "street_address"]);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });

  it("returns nothing for empty text", () => {
    expect(findFreeTextPhi("")).toEqual([]);
  });
});

describe("findFreeTextPhi — linear time on adversarial input", () => {
  // No timing assertion (the bench reports times); these prove the scan finishes and stays correct on inputs that
  // make a backtracking name pattern quadratic (redact-pii's genericName on a run of spaces).
  const MB = 1 << 20;
  it("handles a megabyte of spaces after a name", () => {
    const text = "Patient: Jane Doe" + " ".repeat(MB) + "end";
    expect(found(text)).toEqual(["name:Jane Doe"]);
  });

  it.each([
    ["capitalised words", "Abc ".repeat(MB / 8)],
    ["digit groups", "1234 ".repeat(MB / 10)],
    ["at signs", "a@".repeat(MB / 4)],
    ["dotted local parts", "a.".repeat(MB / 4) + "@x"],
    ["eyJ", "eyJ".repeat(MB / 6)],
    ["a=", "a=".repeat(MB / 4)],
  ])("handles a large run of %s", (_label, text) => {
    expect(Array.isArray(findFreeTextPhi(text))).toBe(true);
  });
});
