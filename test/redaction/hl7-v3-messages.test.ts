// HL7 v3 messages (IHE PIX/PDQ V3, XCPD, an MPI's own web service) pasted from SOAP traffic: the same `urn:hl7-org:v3`
// elements as a CDA (`<patientPerson>`, `<given>`, `<birthTime value>`, `<addr>`), plus the query's parameters, whose
// person values stand in `<value>` children (`<livingSubjectBirthTime><value value="…"/>`). Each case is the shape of
// a leak found in real artifacts (test/corpora/real-artifacts/soap-*), written small with made-up values.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const QUERY = (root: string) =>
  [
    '<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body>',
    root,
    '  <id root="1.2.840.114350.1.13.0.1.7.1.1" extension="MSG-77f1c2"/>',
    '  <creationTime value="20240105101500"/>',
    '  <controlActProcess classCode="CACT" moodCode="EVN">',
    "    <queryByParameter>",
    '      <queryId root="1.2.840.114350.1.13.28.1.18.5.999" extension="Q-4410"/>',
    "      <parameterList>",
    '        <livingSubjectAdministrativeGender><value code="F"/></livingSubjectAdministrativeGender>',
    '        <livingSubjectBirthTime><value value="19611107"/><semanticsText>LivingSubject.birthTime</semanticsText></livingSubjectBirthTime>',
    '        <livingSubjectId><value root="2.16.840.1.113883.4.1" extension="321-54-9876"/></livingSubjectId>',
    '        <livingSubjectName><value use="L"><given>Odessa</given><family>Quillfeather</family></value></livingSubjectName>',
    '        <patientTelecom><value value="tel:+1-425-444-5555"/></patientTelecom>',
    "      </parameterList>",
    "    </queryByParameter>",
    "  </controlActProcess>",
  ].join("\n");

describe("HL7 v3 messages read by structure", () => {
  it("a PDQ query's parameters: birth time, subject id, name and telecom go; ids of the message and query stay", () => {
    const text =
      QUERY('<PRPA_IN201305UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0">') +
      "\n</PRPA_IN201305UV02></env:Body></env:Envelope>";
    const out = redact(text);
    gone(out, "19611107", "321-54-9876", "Odessa", "Quillfeather", "444-5555");
    kept(out, "MSG-77f1c2", "Q-4410", "20240105101500", 'code="F"', "LivingSubject.birthTime", "PRPA_IN201305UV02");
  });

  it("a root in a vendor's namespace that declares HL7 v3 for its content (an MPI's wrapper) is read the same", () => {
    const text =
      QUERY(
        '<idm:PRPA_IN201305UV02 xmlns:idm="http://vaww.oed.oit.va.gov" xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0">',
      ) + "\n</idm:PRPA_IN201305UV02></env:Body></env:Envelope>";
    const out = redact(text);
    gone(out, "19611107", "321-54-9876", "Odessa", "Quillfeather");
    kept(out, "MSG-77f1c2", "Q-4410");
  });

  it("a response's patient: other ids (SSN) and a patient id go wherever the patient holds them", () => {
    const text = [
      '<PRPA_IN201306UV02 xmlns="urn:hl7-org:v3"><controlActProcess><subject><registrationEvent><subject1>',
      '<patient classCode="PAT"><id extension="1000223344V556677^NI^200M^USVHA^P" root="2.16.840.1.113883.4.349"/>',
      "<patientPerson><name><given>ODESSA</given><family>QUILLFEATHER</family></name>",
      '<telecom value="4254445555" use="HP"/><birthTime value="19611107"/>',
      '<asOtherIDs classCode="SSN"><id extension="321549876" root="2.16.840.1.113883.4.1"/></asOtherIDs>',
      "</patientPerson></patient></subject1></registrationEvent></subject>",
      '<queryAck><queryId extension="Q-4410" root="2.16.840.1.113883.3.933"/></queryAck>',
      "</controlActProcess></PRPA_IN201306UV02>",
    ].join("\n");
    const out = redact(text);
    gone(out, "1000223344V556677", "ODESSA", "QUILLFEATHER", "4254445555", "19611107", "321549876");
    kept(out, "2.16.840.1.113883.4.349", "Q-4410", "2.16.840.1.113883.4.1");
  });

  it("an assigned person's id (a clinician's) stays, as in a CDA", () => {
    const text = [
      '<PRPA_IN201305UV02 xmlns="urn:hl7-org:v3"><controlActProcess><dataEnterer><assignedPerson>',
      '<id extension="NPI-1234567" root="2.16.840.1.113883.4.6"/>',
      "<assignedPerson><name><given>Bertrand</given><family>Wexley</family></name></assignedPerson>",
      "</assignedPerson></dataEnterer></controlActProcess></PRPA_IN201305UV02>",
    ].join("\n");
    const out = redact(text);
    gone(out, "Bertrand", "Wexley");
    kept(out, "NPI-1234567");
  });

  it("finishes on a megabyte of query parameters and on a root that is never closed", () => {
    const params = '<livingSubjectBirthTime><value value="19611107"/></livingSubjectBirthTime>\n'.repeat(14000);
    const out = redact('<PRPA_IN201305UV02 xmlns="urn:hl7-org:v3"><parameterList>' + params);
    gone(out, "19611107");
    const open = '<a:X xmlns:a="urn:x" xmlns="urn:hl7-org:v3">'.repeat(25000);
    expect(redact(open).length).toBeGreaterThan(0);
  });
});
