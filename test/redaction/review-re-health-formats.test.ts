// Review RE (r13-e): findings on the X12 / DICOM / NCPDP SCRIPT readers, each an `it.fails` that passes once fixed.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

const ISA =
  "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER0042      *240101*1200*^*00501*000000905*0*P*:~";

describe("review RE: DICOM dump", () => {
  it("the rest of a dump line is not shielded from the sweep (token, e-mail, phone after the value)", () => {
    expectRedacted(
      "I: (0010,0020) LO [Z000016388] pushed to https://pacs.example.org/store?access_token=ya29.a0AfH6SMBx3kq9Zr7TqLmN0pQ2sV4wX6yZ8 by jane.roe@example.org",
      ["Z000016388", "ya29.a0AfH6SMBx3kq9Zr7TqLmN0pQ2sV4wX6yZ8", "jane.roe@example.org"],
    );
  });
  it("text before the value on a dump line is not shielded either (password, SSN)", () => {
    expectRedacted("(0010,0010) PN password=Hunter2Secret! ssn 287-65-4321 [Roe^Jane]", [
      "Hunter2Secret!",
      "287-65-4321",
    ]);
  });
  it("a phone number after the value goes, dcmtk's comment stays", () => {
    expectRedacted(
      "(0010,0020) LO [Z000016388]                          #  10, 1 PatientID call 614-555-0199",
      ["Z000016388", "614-555-0199"],
      ["#  10, 1 PatientID"],
    );
  });
  it("a dcmtk comment holding brackets is no part of the value", () => {
    expectRedacted("(0010,0010) PN [Roe^Jane]  # 20, 1 PatientName [see note]", ["Roe^Jane"], ["[see note]"]);
  });
  it("pydicom prose without a real VR or quoted value is no dump line", () => {
    expectRedacted(
      "(0010,0010) Patient Name PN: required; request-id: 7f3a-22 status 400",
      [],
      ["request-id: 7f3a-22"],
    );
  });
  it("a short patient id echoed elsewhere does not wipe timestamps and URLs", () => {
    expectRedacted(
      "(0010,0020) LO [2024]  # 4, 1 PatientID\n2024-01-15T09:30:00Z GET https://fhir.example.com/Patient/12724066 200",
      [],
      ["2024-01-15T09:30:00Z"],
    );
  });
  it("a test-data id or operator word echoed elsewhere does not wipe that word", () => {
    expectRedacted(
      "(0010,0020) LO [TEST]  # 4, 1 PatientID\n(0008,1070) PN [admin]  # 6, 1 OperatorsName\nlaunch/patient TEST sandbox: user admin got 401 at https://fhir.example.com/TEST/Patient",
      [],
      ["launch/patient TEST sandbox", "user admin got 401", "https://fhir.example.com/TEST/Patient"],
    );
  });
  it("a name or mixed id read from the dump still goes where the session echoes it", () => {
    expectRedacted(
      ">>> ds.PatientID = 'ABCD1234'\n>>> ds.PatientName = 'Roe^Jane'\n(0010,0010) PN [Roe^Jane]  # 8, 1 PatientName\n(0010,0020) LO [ABCD1234]  # 8, 1 PatientID",
      ["Roe^Jane", "ABCD1234"],
    );
  });
  it("prose naming a tag keeps the rest of its line", () => {
    expectRedacted(
      "The server rejects (0010,0010) Patient Name VR: PN when empty; request-id: 7f3a-22 status 400",
      [],
      ["request-id: 7f3a-22", "status 400"],
    );
  });
});

describe("review RE: X12", () => {
  it("an interchange quoted in a mail reply is read", () => {
    expectRedacted(
      `> ${ISA}\n> ST*270*0001~\n> NM1*IL*1*Quillfeather*Odessa****MI*W81244731~\n> DMG*D8*19540312~\n> IEA*1*000000905~\n`,
      ["Quillfeather", "W81244731", "19540312"],
    );
  });
  it("an interchange inside a JSON string (escaped line breaks) is read", () => {
    expectRedacted(
      JSON.stringify({
        x12: `${ISA}\nST*270*0001~\nNM1*IL*1*Quillfeather*Odessa****MI*W81244731~\nDMG*D8*19540312~\nIEA*1*1~`,
      }),
      ["Quillfeather", "W81244731", "19540312"],
    );
  });
  it("segments after a log prefix are read", () => {
    expectRedacted(
      "2024-01-15T09:30:00Z DEBUG edi: NM1*IL*1*Quillfeather*Odessa****MI*W81244731~DMG*D8*19540312~",
      ["Quillfeather", "W81244731", "19540312"],
      ["2024-01-15T09:30:00Z DEBUG edi:"],
    );
  });
  it("a loop pasted without ST/GS/ISA is read", () => {
    expectRedacted("Payer rejects this loop:\nNM1*IL*1*Quillfeather*Odessa****MI*W81244731~\nDMG*D8*19540312*F~\n", [
      "Quillfeather",
      "W81244731",
      "19540312",
    ]);
  });
  it("a payer's PER URL is no phone number", () => {
    expectRedacted(
      "ST*271*0001~\nPER*IC*PROVIDER SERVICES*TE*8005551234*UR*https://payer.example.com/eligibility~\nSE*3*0001~\n",
      [],
      ["https://payer.example.com/eligibility"],
    );
  });
  it("REF*EA (medical record number) goes", () => {
    expectRedacted("ST*837*0001~\nREF*EA*4471882~\nSE*3*0001~\n", ["4471882"]);
  });
});

describe("review RE: NCPDP SCRIPT", () => {
  it("a structured CardholderName goes", () => {
    expectRedacted(
      '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT"><Body><NewRx><BenefitsCoordination><CardholderName><LastName>Quillfeather</LastName><FirstName>Odessa</FirstName></CardholderName></BenefitsCoordination></NewRx></Body></Message>',
      ["Quillfeather", "Odessa"],
    );
  });
  it("a FHIR XML <Patient> beside a NewRx keeps its versionId and lastUpdated", () => {
    expectRedacted(
      '<NewRx><Patient><HumanPatient><Name><LastName>Roe</LastName></Name></HumanPatient></Patient></NewRx>\n<Bundle xmlns="http://hl7.org/fhir"><entry><resource><Patient><id value="12724066"/><meta><versionId>3</versionId><lastUpdated>2024-01-15T09:30:00Z</lastUpdated></meta></Patient></resource></entry></Bundle>',
      ["Roe"],
      ["<lastUpdated>2024-01-15T09:30:00Z</lastUpdated>"],
    );
  });
  it("a self-closing <Patient /> does not swallow the prescriber and pharmacy", () => {
    expectRedacted(
      '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT"><Patient /><Prescriber><NPI>1234567893</NPI></Prescriber><Pharmacy><StoreName>Main St Pharmacy</StoreName></Pharmacy></Message>',
      [],
      ["1234567893", "Main St Pharmacy"],
    );
  });
  it("a SCRIPT 10.6 RxRenewalRequest cut without its namespace is read", () => {
    expectRedacted(
      "<RxRenewalRequest><Patient><Identification><SocialSecurity>287654321</SocialSecurity></Identification><Name><LastName>Quillfeather</LastName></Name></Patient></RxRenewalRequest>",
      ["287654321", "Quillfeather"],
    );
  });
});

describe("review RE: DICOM other layouts", () => {
  // Finding 10 mended: dicom-json.ts reads Orthanc's and Python's spellings, dicom-xml.ts dcm2xml's elements. The
  // escaped-JSON case (finding 11) is mended too.
  it("Orthanc's /tags JSON is read", () => {
    expectRedacted(
      '{"0010,0010" : {"Name" : "PatientName", "Type" : "String", "Value" : "Quillfeather^Odessa"}, "0010,0020" : {"Name" : "PatientID", "Type" : "String", "Value" : "Z000016388"}}',
      ["Quillfeather", "Z000016388"],
    );
  });
  it("DICOM JSON with \\u escapes (Python json.dumps) is read", () => {
    expectRedacted('{"00100010":{"vr":"PN","Value":[{"Alphabetic":"M\\u00fcllerbrand^J\\u00f6rgen"}]}}', ["llerbrand"]);
  });
  it("pydicom's to_json_dict() printed by the REPL is read", () => {
    expectRedacted(
      "{'00100010': {'vr': 'PN', 'Value': [{'Alphabetic': 'Quillfeather^Odessa'}]}, '00100020': {'vr': 'LO', 'Value': ['Z000016388']}}",
      ["Quillfeather", "Z000016388"],
    );
  });
  it('dcm2xml\'s <element tag="0010,0010"> is read', () => {
    expectRedacted(
      '<element tag="0010,0010" vr="PN" vm="1" len="20" name="PatientName">Quillfeather^Odessa</element>',
      ["Quillfeather"],
    );
  });
});
