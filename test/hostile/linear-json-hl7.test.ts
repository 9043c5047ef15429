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
