// The DICOM readers run only on a paste that holds a tag written apart, a person's tag group or a person's keyword
// (dicom-tags.ts mayHoldDicom). Every layout they read must pass that check, and a paste with none of them is left alone.
import { describe, expect, it } from "vitest";
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

  it("reads 1 MB of separators between short hex runs, and of a keyword's start, to the end", () => {
    for (const unit of ["abc,", "ABCD,12 |", "0,|", "Patien", "000,0001|"])
      expect(mayHoldDicom(unit.repeat(Math.ceil((1 << 20) / unit.length)))).toBe(false);
  });
});
