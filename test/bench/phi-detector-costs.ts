// `npx tsx test/bench/phi-detector-costs.ts [class…]`: where the free-text PHI detectors' time goes, per detector and
// for their gates, on the prose runs the redactor really hands findFreeTextPhi for each input class (redacted once to
// collect them). Each detector runs alone over all of them, best CPU time of three rounds: no timer around each call,
// whose own cost would swamp a cheap gate. Figures only.
import { PHI_DETECTORS } from "~/redaction/detectors/free-text-phi";
import { phiCues } from "~/redaction/detectors/phi-cues";
import type { PhiSpan } from "~/redaction/detectors/phi-span";
import { createRedactor } from "~/redaction/redact";
import { redactionClasses } from "./lib/redaction-classes";

const only = process.argv.slice(2);
const classes = redactionClasses(1 << 19);
const policy = { environment: "sandbox" as const, terms: [], restored: [] };

/** The texts findFreeTextPhi is given: its first gate is asked about every one of them. */
function proseRuns(): string[] {
  const texts: string[] = [];
  const first = PHI_DETECTORS[0];
  const cued = first.cued;
  first.cued = (cues, text) => (texts.push(text), cued(cues, text));
  try {
    for (const [name, make] of Object.entries(classes))
      if (!only.length || only.includes(name))
        for (const i of make()) createRedactor(policy).redact({ id: "p", kind: i.kind, text: i.text });
  } finally {
    first.cued = cued;
  }
  return texts;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const best = (run: () => void) => {
  let ms = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = cpuMs();
    run();
    ms = Math.min(ms, cpuMs() - t0);
  }
  return ms;
};

const texts = proseRuns();
const cues = texts.map(phiCues);
const gates = best(() => texts.forEach((t, i) => PHI_DETECTORS.forEach((d) => d.cued(cues[i], t))));
const rows = PHI_DETECTORS.map((d) => {
  const ms = best(() =>
    texts.forEach((t, i) => {
      const out: PhiSpan[] = [];
      if (d.cued(cues[i], t)) d.find(t, out);
    }),
  );
  return { name: d.find.name, ms };
});
const total = rows.reduce((n, r) => n + r.ms, 0);
const mb = texts.reduce((n, t) => n + t.length, 0) / (1 << 20);
console.log(
  `${texts.length} prose runs, ${mb.toFixed(2)} MB; all detectors ${total.toFixed(0)} ms, gates alone ${gates.toFixed(0)} ms`,
);
for (const r of rows.sort((a, b) => b.ms - a.ms))
  console.log(
    `${r.name.padEnd(30)} ${r.ms.toFixed(1).padStart(8)} ms ${((100 * r.ms) / total).toFixed(1).padStart(5)} %`,
  );
