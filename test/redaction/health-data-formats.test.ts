// Health data pasted beyond FHIR and HL7 v2 (see test/corpora/real-artifacts, prefixes x12-, dicom-, ncpdp-): X12 EDI
// eligibility and claims, DICOM headers printed by dcmtk, dcm4che and pydicom, DICOM JSON from a DICOMweb server and
// NCPDP SCRIPT e-prescriptions. Each case is written small with made-up values.
import { describe, it } from "vitest";

import { expectRedacted } from "./lib/redact-text";

describe("X12 EDI", () => {
  const isa = (e: string, c: string, t: string, pass = "          ") =>
    ["ISA", "00", "          ", pass.trim() ? "01" : "00", pass, "ZZ", "SUBMITTER01    ", "ZZ", "PAYER0042      "]
      .concat(["240101", "1200", "^", "00501", "000000905", "0", "P", c])
      .join(e) + t;

  it("a 270 one segment a line: subscriber name, member id, SSN and birth date go; codes and ids stay", () => {
    const text = [
      isa("*", ":", "~"),
      "GS*HS*SUBMITTER01*PAYER0042*20240101*1200*14420*X*005010X279A1~",
      "ST*270*0001*005010X279A1~",
      "NM1*PR*2*ACME HEALTH PLAN*****PI*842610001~",
      "NM1*1P*1*Pennywhistle*Agatha****XX*1234567893~",
      "NM1*IL*1*Quillfeather*Odessa*M***MI*W81244731~",
      "REF*SY*287654321~",
      "N3*12 Larkspur Lane*Apt 4~",
      "N4*Brambleton*OH*43004~",
      "DMG*D8*19540312*F~",
      "DTP*291*D8*20240101~",
      "EQ*30~",
      "SE*11*0001~",
      "GE*1*14420~",
      "IEA*1*000000905~",
    ].join("\n");
    expectRedacted(
      text,
      ["Quillfeather", "Odessa", "W81244731", "287654321", "12 Larkspur Lane", "Brambleton", "43004", "19540312"],
      ["ST*270*0001*005010X279A1~", "ACME HEALTH PLAN", "842610001", "XX*1234567893", "*OH*", "EQ*30~", "20240101"],
    );
  });

  it("one interchange on one line with other separators, and the ISA's password", () => {
    const text =
      isa("|", "^", "'", "Zq4Pw81kLm") +
      "ST|837|987654|005010X222A1'PER|IC|Barnaby Thistlewood|TE|6145550199|EM|b.thistle@example.org'" +
      "NM1|QC|1|Quillfeather|Odessa'CLM|A37YH556|500||||11^B^1'IEA|1|000000905'";
    expectRedacted(
      text,
      ["Zq4Pw81kLm", "Barnaby Thistlewood", "6145550199", "b.thistle@example.org", "Quillfeather", "Odessa"],
      ["ST|837|987654|005010X222A1'", "CLM|A37YH556|500", "IEA|1|000000905'"],
    );
  });

  it("a transaction pasted without its envelope", () => {
    expectRedacted(
      "Payer rejects this 271:\nST*271*4321~\nNM1*IL*1*Quillfeather*Odessa****MI*W81244731~\nDMG*D8*19540312~\nSE*3*4321~\n",
      ["Quillfeather", "Odessa", "W81244731", "19540312"],
      ["ST*271*4321~", "Payer rejects this 271:"],
    );
  });
});

describe("DICOM header dumps", () => {
  it("dcmtk dcmdump: name, id and birth date in brackets go; the attribute names, UIDs and codes stay", () => {
    const text = [
      "(0008,0018) UI [1.2.392.200036.9116.2.5.1.48.1221418399.1451001270.913569] #  58, 1 SOPInstanceUID",
      "(0008,0050) SH [11797453]                               #   8, 1 AccessionNumber",
      "(0008,0090) PN [Pennywhistle^Agatha]                    #  20, 1 ReferringPhysicianName",
      "(0010,0010) PN [Quillfeather^Odessa]                    #  20, 1 PatientName",
      "(0010,0020) LO [Z000016388]                             #  10, 1 PatientID",
      "(0010,0030) DA [19540312]                               #   8, 1 PatientBirthDate",
      "(0010,0040) CS [F]                                      #   2, 1 PatientSex",
    ].join("\n");
    expectRedacted(
      text,
      ["Pennywhistle", "Quillfeather", "Z000016388", "19540312"],
      ["1.2.392.200036.9116.2.5.1.48.1221418399.1451001270.913569", "11797453", "PatientName", "CS [F]"],
    );
  });

  it("dcm4che's offsets and pydicom's print(ds), and the same name typed elsewhere in the session", () => {
    const text = [
      "1166:(0010,0010) PN #20 [Quillfeather^Odessa] Patient's Name",
      "1190:(0010,0030) DA #8 [19540312] Patient's Birth Date",
      ">>> ds.PatientName = 'Thistlewood^Barnaby'",
      ">>> ds",
      "(0010, 0010) Patient's Name                      PN: 'Thistlewood^Barnaby'",
      "(0010, 0020) Patient ID                          LO: 'ABCD1234'",
    ].join("\n");
    expectRedacted(
      text,
      ["Quillfeather", "19540312", "Thistlewood", "ABCD1234"],
      ["Patient's Name", "Patient's Birth Date", "Patient ID"],
    );
  });
});

describe("DICOM JSON", () => {
  const qido =
    '[{"00080050":{"vr":"SH","Value":["A10003204947"]},"00080090":{"vr":"PN","Value":[{"Alphabetic":"Pennywhistle^Agatha"}]},' +
    '"00100010":{"vr":"PN","Value":[{"Alphabetic":"Quillfeather^Odessa","Ideographic":"Quill^Odessa"}]},' +
    '"00100020":{"vr":"LO","Value":["Z000016388"]},"00100030":{"vr":"DA","Value":["19540312"]},' +
    '"0020000D":{"vr":"UI","Value":["2.16.840.1.113669.632.20.121711.10000158860"]}}]';

  it("a QIDO-RS answer pasted alone stays valid JSON without the person's values", () => {
    const out = expectRedacted(
      qido,
      ["Pennywhistle", "Quillfeather", "Quill^Odessa", "Z000016388", "19540312"],
      ["A10003204947", "2.16.840.1.113669.632.20.121711.10000158860", '"00100010":{"vr":"PN","Value":[{"Alphabetic":'],
    );
    JSON.parse(out);
  });

  it("the same answer under its curl command", () => {
    expectRedacted(
      `$ curl https://pacs.example.org/dicomweb/studies -H "Accept: application/dicom+json"\n${qido}\n`,
      ["Quillfeather", "Z000016388", "19540312"],
      ["https://pacs.example.org/dicomweb/studies", "A10003204947"],
    );
  });
});

describe("NCPDP SCRIPT", () => {
  it("a NewRx: the patient's name, birth date, address and phone go; prescriber's NPI, drug and ids stay", () => {
    const text = `<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" version="2017071">
  <Header><MessageID>MSG-8812</MessageID><SentTime>2024-01-15T09:30:00Z</SentTime></Header>
  <Body><NewRx>
    <BenefitsCoordination><CardholderID>CH-55120987</CardholderID></BenefitsCoordination>
    <Patient><HumanPatient>
      <Identification><MedicalRecordIdentificationNumberEHR>MRN-77120</MedicalRecordIdentificationNumberEHR></Identification>
      <Name><LastName>Quillfeather</LastName><FirstName>Odessa</FirstName></Name>
      <Gender>F</Gender>
      <DateOfBirth><Date>1954-03-12</Date></DateOfBirth>
      <Address><AddressLine1>12 Larkspur Lane</AddressLine1><City>Brambleton</City><StateProvince>OH</StateProvince><PostalCode>43004</PostalCode></Address>
      <CommunicationNumbers><PrimaryTelephone><Number>6145550199</Number></PrimaryTelephone></CommunicationNumbers>
    </HumanPatient></Patient>
    <Prescriber><NonVeterinarian><Identification><NPI>1234567893</NPI></Identification></NonVeterinarian></Prescriber>
    <MedicationPrescribed><DrugDescription>Lisinopril 10 MG Oral Tablet</DrugDescription></MedicationPrescribed>
  </NewRx></Body>
</Message>`;
    expectRedacted(
      text,
      ["CH-55120987", "MRN-77120", "Quillfeather", "Odessa", "1954-03-12", "12 Larkspur Lane", "Brambleton", "43004"],
      ["MSG-8812", "2024-01-15T09:30:00Z", "<Gender>F</Gender>", "<StateProvince>OH</StateProvince>", "1234567893"],
    );
  });
});
