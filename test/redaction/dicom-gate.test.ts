// The DICOM readers run only on a paste that holds a tag written apart, a person's tag group or a person's keyword
// (dicom-tags.ts mayHoldDicom). Every layout they read must pass that check, and a paste with none of them is left alone.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ItemContext, RedactorState } from "~/redaction/context";
import { readDicom, redactDicom } from "~/redaction/dicom";
import { mayHoldDicom } from "~/redaction/dicom-tags";

const LAYOUTS = [
  "(0010,0010) PN [Doe^John]                #   8, 1 PatientName",
  "1166:(0010,0010) PN #8 [Doe^John] Patient's Name",
  "(0010, 0010) Patient's Name                      PN: 'Doe^John'",
  "(0008,0060) CS [CT]   # 2, 1 Modality",
  '"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^John"}]}',
  "{'00100020': {'vr': 'LO', 'Value': ['Z000016388']}}",
  '"0010,0010": {"Name": "PatientName", "Type": "String", "Value": "Doe^John"}',
  '<element tag="0010,0020" vr="LO" name="PatientID">Z000016388</element>',
  '<DicomAttribute tag="00100010" vr="PN"><PersonName number="1">',
  '<attr tag="00100010" vr="PN" len="16">Quillfeather^Odessa</attr>',
  'findscu -P -k PatientName="DOE*" pacs 104',
  'dcmodify -m "(0010,0010)=Doe^John" file.dcm',
  "ds.PatientName = 'Doe^John'",
  "quick_dataset(PatientsName='Jane')",
  "0010|0010 = Doe^John",
  "(0008|0060) Modality = CT",
  "0008,0060\tModality\tCS\tCT",
  "ds.add_new(0x00100010, 'PN', 'Doe^John')",
  "ds[0x0010, 0x0010].value = 'Doe^John'",
  'fo.AddOrUpdate(DicomTag.ResponsiblePerson, "Doe^John")',
  "setattr(ds, 'OperatorsName', 'Roe^Jane')",
  ">>> ds[0x0040A123]",
  ">>> ds[0x0040, 0xa123]",
  '<element tag="0010 0010" vr="PN">Doe^John</element>',
];

describe("the DICOM readers' gate", () => {
  it.each(LAYOUTS)("lets %s through", (text) => {
    expect(mayHoldDicom(`some text before\n${text}\nand after`)).toBe(true);
  });

  it("keeps out logs, HTTP and FHIR JSON that hold no tag, person's group or keyword", () => {
    for (const text of [
      "2024-05-01T10:00:00Z INFO GET /fhir/r4/Patient/12724066 200 (in 35 ms), request id 7f3c9a12",
      '{"resourceType":"Patient","id":"12724066","name":[{"family":"Roe","given":["Jane"]}]}',
      "curl -H 'Authorization: Bearer eyJhbGciOi' https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient?_id=1",
    ])
      expect(mayHoldDicom(text)).toBe(false);
  });

  it("keeps out a paste whose person's tag group only stands inside ids, numbers and timestamps", () => {
    // `0040` and `0010` are a person's tag groups, but here no person's element follows them.
    for (const text of [
      "GET /r4/Patient/ec2458f2-0040-41c8-b71b-0e701af7583d 200, request 3f2a0010-1e24-41c8-0008-0e701af7583d",
      "2024-05-01 10:00:10.0010 took 0.0040 s; offset 00100 and 10010, order 0038-7777",
    ])
      expect(mayHoldDicom(text)).toBe(false);
  });

  it("reads 1 MB of separators between short hex runs, and of a keyword's start, to the end", () => {
    for (const unit of ["abc,", "ABCD,12 |", "0,|", "Patien", "000,0001|", "0038", "0040, 0x", "00080x0x", "0040 ,|"])
      expect(mayHoldDicom(unit.repeat(Math.ceil((1 << 20) / unit.length)))).toBe(false);
  });
});

// The gate is sound only while no reader acts on a paste it turns away: the readers run without it must give the same
// output as with it. Pieces a future reader might act on — a non-person attribute's tag written whole (`00185100`,
// `0x00185100`), a tag split by other punctuation (`0018 ,5100`, `0018;5100`), a person's keyword in other casings
// (`patient_name`, `PATIENTNAME`) — are mixed with the punctuation, VRs and values of every DICOM layout.
const ctx = () => new ItemContext(new RedactorState(), { environment: "sandbox", terms: [], restored: [] });
const sameWithAndWithoutGate = (text: string) => expect(readDicom(text, ctx())).toBe(redactDicom(text, ctx()));

const PIECES = [
  ...["00185100", "0x00185100", "0X00180015", "00080060", "7FE00010", "0020000D", "0x0018, 0x5100", "(0018 ,5100)"],
  ...[
    "0018 , 5100",
    "0018;5100",
    "0018/5100",
    "0018-5100",
    "0018.5100",
    "0018:5100",
    "0018\uff0c5100",
    "0018\u00a05100",
  ],
  ...["0018  5100", "(0018 5100)", "[0018][5100]", "0018_5100", "Tag.PatientPosition", "DicomTag.Modality"],
  ...["patientname", "patient_name", "PATIENTNAME", "patient's name", "Patient Name", "PatientSex", "PatientAge"],
  ...["Modality", "PatientPosition", "StudyInstanceUID", "BodyPartExamined", "ReferringPhysician", "OperatorName"],
  ...[" PN ", " LO ", " CS ", " DA ", 'vr="PN"', '"vr":"PN","Value":[', '{"Alphabetic":', "<element tag=", "keyword="],
  ...["<DicomAttribute tag=", "<attr tag=", "name=", "-k ", "-m ", "ds.", "ds[", "]", ".value", ">>> ", "I: ", "W: "],
  ...["(", ")", "[", "]", "{", "}", "<", ">", "/>", '"', "'", "=", ":", ",", "|", "#", " ", "  ", "\t", "\n", "\r\n"],
  ...["Doe^John", "Roe^Jane", "Z000016388", "ABCD1234", "Jane Roe", "19700101", "HFS", "CT", "1166:", "# 8, 1"],
  ...["0018", "5100", "ABCD", "1234", "20240501", "0x", "0X", "00", "7fe0", "abc,", "12|"],
  ...["0010 0010", "0x0040,0xA123", "0040a123", "ec2458f2-0040-41c8", "0010", "0040", "A123", ", 0x", "0x0010 "],
];

// Whole lines the readers do act on, rarer among the pieces: a gate that turned one of them away would change the output.
const READ_LINES = [
  "\n(0018,5100) CS [HFS]  # 4, 1 PatientPosition\n",
  "\n0018|5100 = HFS\n",
  "\n(0008, 0060) Modality                          CS: 'CT'\n",
  "\n0008,0060\tModality\tCS\tCT\n",
  '\n{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^John"}]}}\n',
  "\nds.add_new(0x00100010, 'PN', 'Doe^John')\n",
  '\n<attr tag="00100010" vr="PN" len="8">Doe^John</attr>\n',
  "\nfindscu -k PatientName=Doe^John pacs 104\n",
  "\nds.OperatorsName = 'Roe^Jane'\n",
];

describe("the DICOM readers with and without their gate", () => {
  it("give the same output on pastes built from DICOM layouts' pieces", () => {
    let turnedAway = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { arbitrary: fc.constantFrom(...PIECES), weight: 40 },
            { arbitrary: fc.constantFrom(...READ_LINES), weight: 1 },
          ),
          { maxLength: 48 },
        ),
        (pieces) => {
          const text = pieces.join("");
          if (!mayHoldDicom(text)) turnedAway++;
          sameWithAndWithoutGate(text);
        },
      ),
      { numRuns: 800, seed: 15 },
    );
    // Many generated pastes must be ones the gate turns away, or the property would say little about it.
    expect(turnedAway).toBeGreaterThan(200);
  });

  it("give the same output on every real artifact", () => {
    const dir = join(__dirname, "../corpora/real-artifacts");
    const files = readdirSync(dir).filter((f) => !/^(?:README|labels)\./.test(f));
    for (const file of files) sameWithAndWithoutGate(readFileSync(join(dir, file), "utf8"));
  });
});
