// The input classes the redaction speed scripts share (profile-redaction.ts, compare-redaction.ts), by a short name:
// the first word of the bench's class label in lower case, the synthetic ones by kind. Each real class is its files
// repeated until about `bytes` have gone through, so per-item costs count as they would.
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/ticket/schema";
import { generateHar, generateLog } from "../../fixtures/generate/synthetic-evidence";
import { loadRealArtifacts } from "../../eval/lib/real-artifacts";
import { REAL_CLASSES } from "../suites/redaction";

export type Item = { text: string; kind: EvidenceKind };
const MB = 1 << 20;

export function redactionClasses(bytes: number): Record<string, () => Item[]> {
  const classes: Record<string, () => Item[]> = {
    "synthetic-har": () => [{ text: generateHar(MB, 8), kind: "har" }],
    "synthetic-log": () => [{ text: generateLog(MB, 8), kind: "log" }],
  };
  const artifacts = loadRealArtifacts();
  for (const [label, re] of REAL_CLASSES)
    classes[
      label
        .split(" ")[0]
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "")
    ] = () => {
      const files = artifacts.filter((a) => re.test(a.file)).map((a) => ({ text: a.text, kind: detectKind(a.text) }));
      const once = files.reduce((n, f) => n + f.text.length, 0);
      const rounds = Math.max(1, Math.round(bytes / once));
      return Array.from({ length: rounds }, () => files).flat();
    };
  return classes;
}
