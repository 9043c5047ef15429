// A quick look at some files of the real-artifact corpus: `npx tsx test/eval/real-artifacts-files.ts [name-part …]`
// redacts each matching file under both policies and prints the labelled values that survive and the facts that were
// lost, by value (the corpus is public; this output is for the terminal, never committed).
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";
import { loadRealArtifacts } from "./lib/real-artifacts";
import { scoreFile } from "./real-artifacts";

const parts = process.argv.slice(2);
const envs: Environment[] = ["sandbox", "client-prod"];
let survived = 0;
let lost = 0;
let removeTotal = 0;
let keepTotal = 0;
for (const a of loadRealArtifacts()) {
  if (parts.length && !parts.some((p) => a.file.includes(p))) continue;
  const kind = detectKind(a.text);
  for (const environment of envs) {
    const s = scoreFile(
      a,
      kind,
      (text) => createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind, text }).text,
    );
    survived += s.survived.length;
    lost += s.lost.length;
    removeTotal += s.removeTotal;
    keepTotal += s.keepTotal;
    if (s.survived.length || s.lost.length || s.error)
      console.log(
        `${a.file} [${environment}, ${kind}]${s.error ? ` threw ${s.error}` : ""}\n  survived: ${JSON.stringify(s.survived)}\n  lost: ${JSON.stringify(s.lost)}`,
      );
  }
}
console.log(`surviving ${survived} / ${removeTotal}, kept ${keepTotal - lost} / ${keepTotal}`);
