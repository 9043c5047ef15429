// Hostile JSON strings for the HL7 reader of string values: pipes and near-segments by the thousand in one string,
// many lines of them, a person segment on every line. The work (counted operations and the characters of the pieces
// cut, see work-meter.ts) grows linearly and a real secret after the run still goes.
import { describe } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const inString = (make: (n: number) => string) => (n: number) => `{"msg":"${make(n)}"}`;

const shapes: Array<[string, (size: number) => string]> = [
  ["pipes in one string", inString(repeat("a|b|"))],
  ["near-segments (PID| without fields) in one string", inString(repeat("PID|x "))],
  ["lines of near-segments in one string", inString(repeat("x PID|1|^\\n"))],
  ["a person segment on every line of one string", inString(repeat("PID|1||98^^^MRN||Doe^Jo||19800101|F\\n"))],
];

describe("HL7 segments in JSON strings, on hostile input", () => {
  itStaysLinear(shapes, redact);
});

/** A message begun in a code string, then lines that go on it (or only look as if they did). */
const CODE_HEAD = 'msg = "MSH|^~\\\\&|A|B|C|D|20240101||ADT^A08|1|P|2.3\\r"\n';
const inCode = (make: (n: number) => string) => (n: number) => CODE_HEAD + make(n);
const codeShapes: Array<[string, (size: number) => string]> = [
  ["concatenated segment lines", inCode(repeat('  + "PID|1||98^^^MRN||Doe^Jo||19800101|F\\r"\n'))],
  ["concatenated lines whose string never closes", inCode(repeat('  + "OBX|1|ST|\\\\\\\\\\\\\n'))],
  ["quotes without a segment", inCode(repeat('  "PI" + "D|" \n'))],
  ["builder-appended segment lines", inCode(repeat('sb.append("PID|1||98^^^MRN||Doe^Jo||19800101|F\\r");\n'))],
  ["long receivers that never append", inCode(repeat(`${"x".repeat(39)} +${" ".repeat(8)}\n`))],
];

describe("HL7 messages concatenated over code strings, on hostile input", () => {
  itStaysLinear(codeShapes, redact);
});
