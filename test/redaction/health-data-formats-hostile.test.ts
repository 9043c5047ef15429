// The X12, DICOM dump, DICOM JSON and NCPDP SCRIPT readers on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe, expect, it } from "vitest";
import { growth, LINEAR, repeat } from "../hostile/work-meter";
import {
  itFinishes,
  itGrowsLinearly,
  MB,
  megabytesOf,
  redactText as redact,
  type NamedText,
} from "../hostile/lib/hostile-tables";
/** " ISA" then a code unit that could be an element separator, a different one each time (review RE finding 9). */
const isaCandidates = (size: number) => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < size; i++, n += 5) parts.push(" ISA" + String.fromCharCode(0x100 + (i % 0xd000)));
  return parts.join("").slice(0, size);
};
const ISA =
  "ISA*00*          *01*Zq4Pw81kLm*ZZ*S              *ZZ*R              *240101*1200*^*00501*000000905*0*P*:~";

const UNITS: NamedText[] = [
  ["X12 interchanges", ISA + "NM1*IL*1*Quillfeather*Odessa****MI*W8124~DMG*D8*19540312~IEA*1*000000905~\n"],
  ["ISA headers that never close", "ISA*00*"],
  ["bare transactions", "ST*270*0001~\nNM1*IL*1*Roe*Jane~\n"],
  ["bare loops on one line without a terminator", "x NM1*IL*1*Roe*Jane "],
  ["quoted segments with escaped line breaks", '> DMG*D8*19540312~\\n> NM1*IL*1*Roe~\\n"'],
  ["dcmdump person lines", "(0010,0010) PN [Quillfeather^Odessa]   # 20, 1 PatientName\n"],
  ["pydicom lines with long blanks", "(0010, 0010) Patient's Name" + " ".repeat(40) + "PN: 'Roe^Jane" + "\n"],
  ["DICOM JSON attributes", '{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Roe^Jane"}]}},'],
  ["bare loops with bars and no terminator", "NM1|IL|1|Roe|Jane||||MI|W8124 "],
  ["bare loops with bars and marks that end nothing", "x NM1^IL^1^Roe^Jane?? "],
  ["lower-case segments", "nm1*il*1*roe*jane~dmg*d8*19540312~per*ic*roe*te*5550100~"],
  ["a payer's loops", "NM1*PR*2*ACME~PER*IC*HELP DESK*TE*8005551234~"],
  ["dcmtk XML elements", '<element tag="0010,0010" vr="PN" name="PatientName">Roe^Jane</element>\n'],
  ["dcmtk XML elements never closed", '<element tag="0010,0010" vr="PN">Roe^Jane '],
  ["tag attributes without an element", 'tag="0010,0010" '],
  ["PS3.19 person names", '<DicomAttribute tag="00100010"><PersonName><Alphabetic><FamilyName>Roe</FamilyName>'],
  ["findscu keys", '-k PatientName="ROE*" -k 0010,0020=W8124 '],
  ["keys without a value", "PatientName=PatientName=="],
  ["REPL prompts naming a person's attribute", ">>> ds.PatientName\n'Roe^Jane'\n>>> elem = ds[0x0010, 0x0010]\n"],
  ["ITK tag lines", "(0010|0010) Patient Name" + " ".repeat(30) + "= Roe^Jane\n"],
  ["Orthanc tags", '{"0010,0010" : {"Name" : "PatientName", "Type" : "String", "Value" : "Roe^Jane"}},'],
  ["DICOM JSON printed by Python", "{'00100010': {'vr': 'PN', 'Value': [{'Alphabetic': 'Roe^Jane'}]}}, "],
  ["Python DICOM JSON never closed", "'00100010': {'vr': 'PN', 'Value': ['"],
  [
    "SCRIPT patients",
    '<Patient><HumanPatient><Name><LastName>Roe</LastName></Name></HumanPatient></Patient>xmlns="http://www.ncpdp.org/schema/SCRIPT"',
  ],
];

describe("hostile input for the health data readers", () => {
  itGrowsLinearly(UNITS);

  it("ISA candidates each with another separator: the redaction grows linearly", () => {
    expect(growth(isaCandidates, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["an ISA, then one segment that never ends", ISA + "NM1*IL*1*" + "a".repeat(MB)],
    ["an ISA, then separators only", ISA + "*".repeat(MB)],
    ["a DICOM JSON person attribute never closed", '"00100010":{"vr":"PN","Value":[' + "[".repeat(MB)],
    ["a DICOM JSON string never closed", '"00100010":{"vr":"PN","Value":["' + "a".repeat(MB)],
    ["a dump line of brackets", "(0010,0010) PN " + "[".repeat(MB)],
    ["ISA candidates each with another separator", isaCandidates(MB)],
    [
      "self-closing SCRIPT patients",
      "<RxFill>" + repeat("<Patient /><Prescriber><NPI>1234567893</NPI></Prescriber>")(MB),
    ],
    ["cardholder names never closed", "<RxRenewalRequest>" + repeat("<CardholderName><LastName>Roe</LastName>")(MB)],
    ["a dump value of brackets each followed by a letter", "(0010,0010) PN [" + "a]b".repeat(MB / 3)],
    [
      "a pydicom value of quotes each followed by a letter",
      "(0010, 0010) Patient's Name  PN: '" + "a'b".repeat(MB / 3),
    ],
    [
      "dcm4che lines with long attribute names",
      repeat("(0010,0010) PN #8 [Roe^Jane] Ab Cd Ef Gh Ij Kl Mn Op Qr St\n")(MB),
    ],
    ["a SCRIPT patient never closed", "<NewRx><Patient><LastName>" + "<a>".repeat(MB / 3)],
    ["SCRIPT patient tags without >", "<NewRx>" + "<Patient ".repeat(MB / 9)],
  ];
  itFinishes(megabytes, (name) => `a megabyte of ${name} finishes`);
});
