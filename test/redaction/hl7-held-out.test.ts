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
