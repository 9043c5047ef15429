// `npx tsx test/eval/real-artifact-failures.ts [name-part…]`: the real-artifact corpus scored with our redactor only,
// file by file, printing the labelled values that survive and the labelled facts lost — with the values themselves (the
// corpus is public; this prints to the terminal and writes nothing). A quick loop for work on one leak; the committed
// figures come from `npm run eval:redaction`, which also scores the peers.
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";
import { loadRealArtifacts } from "./lib/real-artifacts";
import { scoreFile } from "./real-artifacts";

const filters = process.argv.slice(2);
const artifacts = loadRealArtifacts().filter((a) => !filters.length || filters.some((f) => a.file.includes(f)));
let survivors = 0;
let lost = 0;
let broken = 0;
for (const env of ["sandbox", "client-prod"] as Environment[]) {
  for (const a of artifacts) {
    const kind = detectKind(a.text);
    const s = scoreFile(
      a,
      kind,
      (text) => createRedactor({ environment: env, terms: [], restored: [] }).redact({ id: "t", kind, text }).text,
    );
    survivors += s.survived.length;
    lost += s.lost.length;
    if (s.json && !s.stillJson) broken++;
    if (s.survived.length || s.lost.length || (s.json && !s.stillJson) || s.typeChanges || s.error)
      console.log(
        `${a.file} [${env}, ${kind}]${s.error ? ` threw ${s.error}` : ""}${s.json && !s.stillJson ? " NO LONGER JSON" : ""}${s.typeChanges ? ` ${s.typeChanges} type changes` : ""}\n` +
          (s.survived.length ? `  survive: ${JSON.stringify(s.survived)}\n` : "") +
          (s.lost.length ? `  lost: ${JSON.stringify(s.lost)}\n` : ""),
      );
  }
}
console.log(
  `${artifacts.length} files × 2 environments: ${survivors} values survive, ${lost} facts lost, ${broken} JSON broken`,
);
