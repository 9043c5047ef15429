// HL7 v2 shapes found in a held-out sample of real artifacts (issues of hl7apy, HAPI, python-hl7, Mirth Connect; an
// NHS Wales MPI mock; see test/corpora/real-artifacts): a message escaped twice (a Python REPL's repr of a string that
// already held `\\r`), a message built by string concatenation over several lines of code, and HL7 v2's XML encoding
// (`<PID.5><XPN.1><FN.1>`). Each case is written small with made-up values.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const MSH = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20250102100001||ORU^R01^ORU_R01|MSG00001|P|2.6";
const PID = "PID|||Zq4471^^^H^MR||Quillfeather^Odessa^^^^^L||19540312|||||||||||V8812345";
const PV1 = "PV1||I|ICU^6^1^Main||||^Pennywhistle^Agatha||||||||||^Thistlewood^Barnaby";
const VALUES = ["Zq4471", "Quillfeather", "Odessa", "19540312", "V8812345", "Pennywhistle", "Agatha", "Thistlewood"];

describe("HL7 v2 escaped twice", () => {
  it("a REPL's repr of a string: MSH-2 written `^~\\\\\\\\&`, segments joined by `\\\\r`", () => {
    const joined = [MSH, PID, PV1].join("\\\\r").replace("^~\\&", "^~\\\\\\\\&");
    const out = redact(
      `I am getting below hl7 message from hospital.\n> msg='${joined}\\r'\n\n>>> t1=parse_message(t)\n`,
    );
    gone(out, ...VALUES);
    kept(out, "> msg='MSH|^~\\\\\\\\&|LAB", "\\\\rPID|||", "ORU^R01^ORU_R01", ">>> t1=parse_message(t)");
  });
});

describe("HL7 v2 in its XML encoding", () => {
  const PID_XML =
    '<PID><PID.3 Item="106" Type="CX" LongName="Patient Identifier List"><CX.1>Zq447155</CX.1><CX.4><HD.1>NHS</HD.1>' +
    '</CX.4><CX.5 LongName="Identifier Type Code">NH</CX.5></PID.3><PID.5><XPN.1><FN.1>Quillfeather</FN.1></XPN.1>' +
    "<XPN.2>Odessa</XPN.2><XPN.7>U</XPN.7></PID.5><PID.7><TS.1>19540312000000</TS.1></PID.7><PID.8>F</PID.8>" +
    "<PID.11><XAD.1><SAD.1>12 Wren Lane</SAD.1></XAD.1><XAD.3>Marlow</XAD.3><XAD.4>Bucks</XAD.4><XAD.5>SL7 1AB</XAD.5>" +
    "</PID.11><PID.13><XTN.1>07700 900123</XTN.1><XTN.2>PRN</XTN.2><XTN.4>odessa.q@example.com</XTN.4></PID.13></PID>";
  const GONE = [
    "Zq447155",
    "Quillfeather",
    "Odessa",
    "19540312000000",
    "12 Wren Lane",
    "Marlow",
    "SL7 1AB",
    "07700 900123",
    "odessa.q@example.com",
  ];

  it("one line, no namespace, attributes on the elements: the person's values go, codes and labels stay", () => {
    const out = redact(`<RSP_K21.QUERY_RESPONSE>${PID_XML}</RSP_K21.QUERY_RESPONSE>\n`);
    gone(out, ...GONE);
    kept(out, 'LongName="Patient Identifier List"', "<HD.1>NHS</HD.1>", "<CX.5", ">NH</CX.5>", "<XAD.4>Bucks</XAD.4>");
    kept(out, "<XTN.2>PRN</XTN.2>", "<PID.8>F</PID.8>", "<XPN.7>U</XPN.7>");
  });

  it("pretty printed in a SOAP answer after a log prefix, the namespace declared; a name repeated in a note goes too", () => {
    const pretty = PID_XML.replace(/></g, ">\n  <");
    const out = redact(
      `2025-01-02 10:00:01 INFO mpi answer: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>\n` +
        `<RSP_K21 xmlns="urn:hl7-org:v2xml"><MSA><MSA.1>AA</MSA.1><MSA.2>9783</MSA.2></MSA>\n${pretty}\n` +
        "<NTE><NTE.3>Note: Quillfeather prefers mornings</NTE.3></NTE>\n</RSP_K21></soap:Body></soap:Envelope>\n",
    );
    gone(out, ...GONE);
    kept(out, "2025-01-02 10:00:01 INFO mpi answer: <soap:Envelope", "<MSA.1>AA</MSA.1><MSA.2>9783</MSA.2>");
    kept(out, "<NTE.3>Note: ", " prefers mornings</NTE.3>");
  });

  it("an XML element that only looks like one (`<ABC.1>`) in other XML keeps its value; prose beside it is swept", () => {
    const out = redact("<config><ABC.1>retry</ABC.1><note>Write to odessa.q@example.com</note></config>\n");
    kept(out, "<ABC.1>retry</ABC.1>");
    gone(out, "odessa.q@example.com");
  });
});

describe("HL7 v2 XML: only a real v2 XML span is read as one", () => {
  it("a <PID.5> mentioned in a sentence does not swallow the FHIR XML after it", () => {
    const out = redact(
      "Our mapper copies <PID.5> into Patient.name, result below:\n" +
        '<Patient xmlns="http://hl7.org/fhir">\n' +
        '  <identifier><system value="urn:oid:2.16.840.1.113883.6.1000"/><value value="MRN-88412973"/></identifier>\n' +
        '  <name><family value="Holmesworth"/><given value="Sherlockia"/></name>\n' +
        '  <birthDate value="1961-03-14"/>\n' +
        '  <telecom><system value="phone"/><value value="555-201-7788"/></telecom>\n' +
        "</Patient>\n",
    );
    gone(out, "MRN-88412973", "Holmesworth", "Sherlockia", "1961-03-14", "555-201-7788");
    kept(out, "Our mapper copies <PID.5> into Patient.name, result below:");
  });

  it("a namespace prefix on every element (`<v2:PID.5>`): the person's values go", () => {
    const out = redact(
      "<v2:PID><v2:PID.5><v2:XPN.1><v2:FN.1>Holmesworth</v2:FN.1></v2:XPN.1><v2:XPN.2>Sherlockia</v2:XPN.2></v2:PID.5>" +
        "<v2:PID.7><v2:TS.1>19610314</v2:TS.1></v2:PID.7></v2:PID>\n",
    );
    gone(out, "Holmesworth", "Sherlockia", "19610314");
    kept(out, "<v2:PID.5><v2:XPN.1><v2:FN.1>");
  });

  it("fields logged without their segment's element: the person's values go", () => {
    const out = redact(
      "<PID.3><CX.1>88412973</CX.1></PID.3><PID.5><XPN.1><FN.1>Holmesworth</FN.1></XPN.1><XPN.2>Sherlockia</XPN.2>" +
        "</PID.5><PID.7><TS.1>19610314</TS.1></PID.7>\n",
    );
    gone(out, "88412973", "Holmesworth", "Sherlockia", "19610314");
    kept(out, "<PID.5><XPN.1><FN.1>");
  });
});

describe("hostile input for these readers: a megabyte finishes", () => {
  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ["backslash runs before r in a message", `MSH|^~${"\\".repeat(40)}&|A|B\n` + fill("PID|1\\\\\\\\\\\\r")],
    ["MSH-2 of a megabyte of backslashes", `MSH|^~${fill("\\")}&|A\n`],
    ["v2 XML fields nested without end", fill("<PID><PID.5><XPN.1>")],
    ["v2 XML end tags of elements never opened", "<PID><PID.5>" + fill("</XPN.1></PID.9>")],
    ["v2 XML text runs, one per field", fill("<PID.5>Quillfeather</PID.5>")],
    ["a tag left open", "<PID.5 " + fill("<<<< a")],
    ["v2 XML fields left open, one a line", fill("<PID.5>x\n")],
    ["v2 XML with a prefix, fields left open", fill("<v2:PID.5><v2:XPN.1>")],
    ["written \\r segments, no MSH", fill("\\rOBX|1|ST|x^Pennywhistle^Agatha|")],
    ["a long cut segment before two joined ones", fill("T|1|x=y ") + "\\rOBX|1|\\rOBX|2|"],
  ])("%s", (_name, text) => {
    redact(text);
  });
});

describe("HL7 v2 segments joined by a written \\r, quoted from the middle of a message", () => {
  it("no MSH, the first segment cut: read from the first whole segment, OBX-16's observer goes", () => {
    const obx = (n: number, v: string) =>
      `OBX|${n}|ST|&GDT|1|${v}||||||F||||NMHPOC|NM321798^Pennywhistle^Agatha^^|||||||||`;
    const out = redact(
      "```\nT|1|and participated.||||||F||||NMHPOC|NM321798^Pennywhistle^Agatha^^|||\\r" +
        [obx(70, "Events"), obx(71, "Cecal withdrawal time: 0:14"), obx(72, "")].join("\\r") +
        "\\rOBX|73|ST|&\n```\n",
    );
    gone(out, "Pennywhistle", "Agatha");
    kept(out, "NMHPOC", "Cecal withdrawal time: 0:14", "\\rOBX|71|ST|&GDT|1|");
  });

  it("a PID after a log prefix, the other segments joined after it: still read from the PID", () => {
    const out = redact(`2025-01-02 INFO ${PID}\\r${PV1}\\rOBX|1|ST|&GDT|1|x\n`);
    gone(out, ...VALUES);
    kept(out, "2025-01-02 INFO PID|||");
  });

  it("prose that writes \\r once before a word and a pipe is left alone", () => {
    const text = "Split on \\rOBX| only when the feed is raw.\n";
    kept(redact(text), text.trim());
  });
});
