// DICOM attributes in the layouts other than a dump or DICOM JSON that people paste: dcmtk's and PS3.19's XML,
// command-line keys (findscu -k, dcm4che -m), pydicom code and REPL echoes, ITK's `(0010|0010)` lines, Orthanc's
// `/tags` JSON and pydicom's `to_json_dict()` printed by Python. The person's values go, the rest stays.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("DICOM XML", () => {
  it("dcmtk's <element tag=…> goes under a person's tag, other elements stay", () => {
    expectRedacted(
      '<data-set>\n  <element tag="0010,0020" vr="LO" vm="1" len="10" name="PatientID">Z000016388</element>\n' +
        '  <element tag="0008,0050" vr="SH" name="AccessionNumber">A12345</element>\n' +
        '  <element tag="0040,0006" vr="PN" name="ScheduledPerformingPhysicianName">Roe^Jane^DR</element>\n</data-set>',
      ["Z000016388", "Roe^Jane"],
      ['name="AccessionNumber">A12345</element>', 'name="PatientID">'],
    );
  });
  it("PS3.19 native XML: each name component and a Value go, the keyword stays", () => {
    expectRedacted(
      '<NativeDicomModel><DicomAttribute tag="00100010" vr="PN" keyword="PatientName"><PersonName number="1"><Alphabetic>' +
        "<FamilyName>Quillfeather</FamilyName><GivenName>Odessa</GivenName></Alphabetic></PersonName></DicomAttribute>" +
        '<DicomAttribute tag="00100030" vr="DA" keyword="PatientBirthDate"><Value number="1">19540312</Value></DicomAttribute>' +
        '<DicomAttribute tag="00080060" vr="CS" keyword="Modality"><Value number="1">CT</Value></DicomAttribute></NativeDicomModel>',
      ["Quillfeather", "Odessa", "19540312"],
      ['keyword="PatientName"', '<Value number="1">CT</Value>'],
    );
  });
  it("dcm4che 2's <attr tag=…> and a value echoed in Java code go", () => {
    expectRedacted(
      '<attr tag="00100010" vr="PN" len="16">Quillfeather^Odessa</attr>\nattrs.setString(Tag.PatientName, VR.PN, "Quillfeather^Odessa");',
      ["Quillfeather"],
      ["Tag.PatientName, VR.PN"],
    );
  });
  it("an element never closed is left as it is", () => {
    expectRedacted('<element tag="0010,0010" vr="PN">Roe^Jane and more text', [], ["and more text"]);
  });
});

describe("DICOM keys on a command line and in code", () => {
  it("findscu / movescu -k keys go, wildcards and other keys stay", () => {
    expectRedacted(
      'findscu -aec PACS -S -k QueryRetrieveLevel=STUDY -k PatientName="QUILL*" -k "PatientID=Z000016388" -k StudyDate= pacs 104\n' +
        "movescu -v -k 0010,0020=W81244731 -k (0010,0030)=19540312 -k StudyInstanceUID=1.2.840.113619.2.55 pacs 104",
      ["QUILL", "Z000016388", "W81244731", "19540312"],
      ['PatientName="', '*"', "QueryRetrieveLevel=STUDY", "StudyInstanceUID=1.2.840.113619.2.55"],
    );
  });
  it("dcm4che's -m keys and pydicom assignments go", () => {
    expectRedacted(
      "./pdf2dcm -m PatientName=Quillfeather^Odessa -m PatientSex=F -- in.pdf out.dcm\n" +
        ">>> ds.ReferringPhysicianName = 'Roe^Jane'\n" +
        "ds = quick_dataset(PatientName='Brantwood', StudyDescription='Chest')",
      ["Quillfeather", "Roe^Jane", "Brantwood"],
      ["PatientSex=F", "StudyDescription='Chest'"],
    );
  });
  it("a web application's ?PatientID= parameter is left to the URL rules", () => {
    expectRedacted("GET https://fhir.example.com/viewer?PatientID=12724066&mode=full 200", [], ["12724066"]);
  });
  it("ITK / SimpleITK tags written with a bar go", () => {
    expectRedacted(
      "(0010|0010) Patient Name          (1) = Quillfeather^Odessa\n  (0010|0030) Patient Date of Birth = 19540312\n" +
        "reader.GetMetaData('0010|0020') -> {'0010|0020': 'Z000016388', '0008|0060': 'CT'}",
      ["Quillfeather", "19540312", "Z000016388"],
      ["(0010|0010) Patient Name", "'0008|0060': 'CT'"],
    );
  });
});

describe("a pydicom REPL echo", () => {
  it("the answer to >>> ds.PatientName goes, alone on its line", () => {
    expectRedacted(
      ">>> ds.PatientName\n'Quillfeather^Odessa'\n>>> ds.PatientSetupSequence[0]\n(0018, 5100) Patient Position                    CS: 'HFS'",
      ["Quillfeather"],
      ["'HFS'", ">>> ds.PatientName"],
    );
  });
  it("a variable bound to a person's attribute, then read", () => {
    expectRedacted(
      ">>> elem = ds[0x0010, 0x0010]\n>>> elem.value\n'Quillfeather^Odessa'\n>>> mod = ds[0x0008, 0x0060]\n>>> mod.value\n'CT'",
      ["Quillfeather"],
      ["'CT'"],
    );
  });
  it("by tag, by item, printed and in IPython", () => {
    expectRedacted(
      ">>> ds[0x0010, 0x0020].value\n'Z000016388'\n>>> print(ds.PatientBirthDate)\n19540312\n" +
        "In [4]: ds['OtherPatientNames']\nOut[4]: 'Roe^Jane'\n>>> ds.StudyDate\n'20240115'",
      ["Z000016388", "19540312", "Roe^Jane"],
      ["'20240115'"],
    );
  });
});

describe("DICOM tags without brackets", () => {
  it("a line led by a bare, 0x or bracketed-0x tag loses a person's value and keeps the rest", () => {
    expectRedacted(
      "0x00080090 Smith^Ann\n(0x0010,0x0010) Doe^John\n0010,0010 PN Doe^John\n" +
        "0008,0090  ReferringPhysicianName  PN  Smith^Ann\n0008,0060  Modality  CS  CT\n" +
        "0020,000D  StudyInstanceUID  UI  1.2.840.113619.2.55.3.604688119\n0008,0020  StudyDate  DA  20240312",
      ["Smith^Ann", "Doe^John", "Smith", "Doe", "John"],
      ["Modality  CS  CT", "1.2.840.113619.2.55.3.604688119", "StudyDate  DA  20240312", "ReferringPhysicianName  PN"],
    );
  });
  it("finishes on a megabyte of bare tags with no value", () => {
    expectRedacted("0010,0010 PN ".repeat(80_000) + "\n0x00100010 Doe^John", ["Doe^John"], []);
  });
});
