// The named pathological inputs of the hostile-input benchmark, each beside a benign input of the same size and the
// operation it stresses. Every shape here once stalled or crashed the server (see test/hostile for correctness).
import { createRedactor } from "~/redaction/redact";
import { diagnose } from "~/diagnosis/diagnose";
import type { EvidenceKind } from "~/ticket/schema";
import { flatFhirBundle, generateLog, generateProse } from "../../fixtures/generate/synthetic-evidence";

export interface HostileCase {
  name: string;
  operation: string;
  hostile: string;
  benignName: string;
  benign: string;
  run: (text: string) => void;
}

const MB = 1024 * 1024;
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const redactAs = (kind: EvidenceKind) => (text: string) => {
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind, text });
};
const diagnoseText = (text: string) => {
  diagnose({ evidence: [{ id: "a", text }] });
};

export function hostileCases(): HostileCase[] {
  const prose = generateProse(MB);
  const log = generateLog(MB);
  const nested = "[".repeat(100_000) + "]".repeat(100_000);
  const flat = flatFhirBundle(nested.length);
  return [
    {
      name: "`token=` repeated (1 MB)",
      operation: "redact (text)",
      hostile: repeat("token=", MB),
      benignName: "1 MB prose",
      benign: prose,
      run: redactAs("text"),
    },
    {
      name: "`password={` repeated (1 MB)",
      operation: "redact (text)",
      hostile: repeat("password={", MB),
      benignName: "1 MB prose",
      benign: prose,
      run: redactAs("text"),
    },
    {
      name: "`secret=[` repeated (1 MB)",
      operation: "redact (text)",
      hostile: repeat("secret=[", MB),
      benignName: "1 MB prose",
      benign: prose,
      run: redactAs("text"),
    },
    {
      name: "`-----BEGIN PRIVATE KEY-----` + blank line, repeated (1 MB)",
      operation: "redact (log)",
      hostile: repeat("-----BEGIN PRIVATE KEY-----\n\n", MB),
      benignName: "1 MB log",
      benign: log,
      run: redactAs("log"),
    },
    {
      name: "letters with combining marks, one run (1 MB)",
      operation: "redact (text)",
      hostile: repeat("a\u0301", MB),
      benignName: "1 MB prose",
      benign: prose,
      run: redactAs("text"),
    },
    {
      name: "blanks inside an HL7 message, one run (1 MB)",
      operation: "redact (text)",
      hostile:
        "MSH|^~\\&|EPIC|HOSP|CERNER|FAC|202401011200||ADT^A08|MSG0001|P|2.5\nPID|1||987654^^^MRN||Quillfeather^Odessa^M|" +
        " ".repeat(MB) +
        "|x\n",
      benignName: "1 MB prose",
      benign: prose,
      run: redactAs("text"),
    },
    {
      name: "JSON arrays nested 100,000 deep (200 KB)",
      operation: "diagnose",
      hostile: nested,
      benignName: "flat FHIR Bundle, 200 KB",
      benign: flat,
      run: diagnoseText,
    },
    {
      name: "JSON arrays nested 100,000 deep (200 KB)",
      operation: "redact (fhir-json)",
      hostile: nested,
      benignName: "flat FHIR Bundle, 200 KB",
      benign: flat,
      run: redactAs("fhir-json"),
    },
  ];
}
