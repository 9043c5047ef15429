// Developer aid: score findFreeTextPhi on the tuning half (the first 750 sentences) of Presidio's synthetic data and
// list misses and false positives. `npx tsx test/eval/tune-free-text-phi.ts [--errors] [--held-out]`.
// Tune only on the first half; the second half is the held-out check reported by `npm run eval:redaction`.
import { findFreeTextPhi } from "../../app/redaction/detectors/free-text-phi";
import { loadPresidio } from "./lib/corpora";
import { IN_SCOPE, REPORTED_TYPES, precisionOf, recallOf, scoreTool } from "./lib/presidio-score";
import { ratio } from "./lib/spans";

const all = loadPresidio();
const heldOut = process.argv.includes("--held-out");
const sentences = heldOut ? all.slice(750) : all.slice(0, 750);
const { card } = scoreTool(sentences, (t) => findFreeTextPhi(t));
for (const type of REPORTED_TYPES)
  console.log(type.padEnd(18), "R", recallOf(card, type), "P", precisionOf(card, type));
console.log(
  "overall R",
  ratio(card.overall.goldFound, card.overall.goldTotal),
  "P(in-scope)",
  ratio(card.overall.predTrue, card.overall.predTotal),
  "P(any gold)",
  ratio(card.anyGoldPredTrue, card.overall.predTotal),
);

if (process.argv.includes("--errors")) {
  const only = process.argv.find((a) => a.startsWith("--type="))?.slice(7);
  for (const s of sentences) {
    const pred = findFreeTextPhi(s.full_text);
    for (const g of s.spans) {
      if (!IN_SCOPE.has(g.entity_type) || (only && g.entity_type !== only)) continue;
      let inside = 0;
      for (let i = g.start_position; i < g.end_position; i++) if (pred.some((p) => p.start <= i && i < p.end)) inside++;
      if (inside * 2 < g.end_position - g.start_position)
        console.log(
          "MISS",
          g.entity_type,
          JSON.stringify(g.entity_value),
          "in",
          JSON.stringify(s.full_text.slice(0, 140)),
        );
    }
    for (const p of pred) {
      if (only && p.type !== only) continue;
      if (!s.spans.some((g) => IN_SCOPE.has(g.entity_type) && g.start_position < p.end && p.start < g.end_position))
        console.log(
          "FP",
          p.type,
          JSON.stringify(s.full_text.slice(p.start, p.end)),
          "in",
          JSON.stringify(s.full_text.slice(0, 140)),
        );
    }
  }
}
