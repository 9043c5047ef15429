// Presidio's labelled sentences (presidio-research synth_dataset_v2.json, 1,500 sentences): recall and precision per
// entity type and overall, for our redactor (each sentence as a `text` item), our free-text detector alone, and the
// npm peers @redactpii/node and redact-pii, all scored the same way (lib/spans.ts → scoreSentence):
//   - a gold span counts as found when ≥ 50 % of its characters are inside redactions (of any type);
//   - a redaction is a true positive when it overlaps a gold span of an in-scope type (PERSON, STREET_ADDRESS,
//     PHONE_NUMBER, EMAIL_ADDRESS, US_SSN, IP_ADDRESS, CREDIT_CARD) or of the type its label maps to (an IBAN found
//     as an IBAN is not a false positive); per type, when it overlaps a gold span of its mapped type.
// Presidio's published out-of-the-box figures (recall 0.603, precision 0.685) are token-level, on its own entity
// mapping: they sit beside ours for orientation, not as an identical measurement.
import { findFreeTextPhi } from "~/redaction/detectors/free-text-phi";
import type { RedactedItem } from "~/redaction/types";
import type { EvidenceKind } from "~/ticket/schema";
import { loadPresidio, type PresidioSentence } from "./lib/corpora";
import { redactPiiSpans, redactpiiSpans } from "./lib/peers";
import { IN_SCOPE, precisionOf, recallOf, scoreTool } from "./lib/presidio-score";
import { alignRedaction, ratio, type Scorecard, type Span } from "./lib/spans";

export type Redact = (item: { id: string; kind: EvidenceKind; text: string }) => RedactedItem;

export const PRESIDIO_PUBLISHED = { recall: 0.603, precision: 0.685 };

interface ToolRun {
  name: string;
  card: Scorecard;
  unaligned: number;
  ms: number;
}

function run(name: string, sentences: PresidioSentence[], spansOf: (text: string) => Span[] | null): ToolRun {
  const t0 = performance.now();
  const { card, unaligned } = scoreTool(sentences, spansOf);
  return { name, card, unaligned, ms: performance.now() - t0 };
}

const overallR = (c: Scorecard) => ratio(c.overall.goldFound, c.overall.goldTotal);
const overallP = (c: Scorecard) => ratio(c.overall.predTrue, c.overall.predTotal);

export interface PresidioResult {
  markdown: string;
  ours: { recall: number; precision: number };
  detector: { recall: number; precision: number; tuneHalf: [number, number]; heldOut: [number, number] };
}

export function evaluatePresidio(redact: Redact): PresidioResult {
  const all = loadPresidio();
  const redactorSpans = (text: string): Span[] | null => {
    const out = redact({ id: "presidio", kind: "text", text });
    return alignRedaction(text, out.text, out.spans);
  };
  const tools: ToolRun[] = [
    run("our redactor (`text` kind)", all, redactorSpans),
    run("`findFreeTextPhi` alone", all, (t) => findFreeTextPhi(t)),
    run("@redactpii/node 1.0.17", all, redactpiiSpans),
    run("redact-pii 3.4.0", all, redactPiiSpans),
  ];
  const types = [...IN_SCOPE];
  const lines = [
    `| tool | ${types.map((t) => `${t} R / P`).join(" | ")} | **overall R** | **overall P** | ms / sentence |`,
    `|---|${types.map(() => "---").join("|")}|---:|---:|---:|`,
  ];
  for (const t of tools) {
    lines.push(
      `| ${t.name} | ${types.map((ty) => `${recallOf(t.card, ty)} / ${precisionOf(t.card, ty)}`).join(" | ")} | **${overallR(t.card)}** | **${overallP(t.card)}** | ${(t.ms / all.length).toFixed(3)} |`,
    );
  }
  lines.push(
    `| Presidio out of the box (published) | ${types.map(() => "").join(" | ")} | ${PRESIDIO_PUBLISHED.recall} | ${PRESIDIO_PUBLISHED.precision} | 6.8 |`,
  );
  const counts = types.map((t) => `${t} ${tools[0].card.byType.get(t)?.goldTotal ?? 0}`).join(", ");
  lines.push(
    "",
    `Gold spans in scope: ${counts}. Sentences whose redaction could not be aligned back to the original: ${tools.map((t) => `${t.name} ${t.unaligned}`).join(", ")}.`,
  );

  // Held-out check for the detector: its rules were tuned looking only at the first 750 sentences.
  const tune = run("tune", all.slice(0, 750), (t) => findFreeTextPhi(t));
  const held = run("held", all.slice(750), (t) => findFreeTextPhi(t));
  const tuneR = tune.card.overall.goldFound / tune.card.overall.goldTotal;
  const tuneP = tune.card.overall.predTrue / tune.card.overall.predTotal;
  const heldR = held.card.overall.goldFound / held.card.overall.goldTotal;
  const heldP = held.card.overall.predTrue / held.card.overall.predTotal;
  lines.push(
    "",
    "`findFreeTextPhi` was tuned looking only at sentences 1–750; 751–1,500 are held out:",
    "",
    "| half | overall recall | overall precision | PERSON R / P | STREET_ADDRESS R / P | PHONE_NUMBER R / P |",
    "|---|---:|---:|---|---|---|",
    `| tuning (1–750) | ${tuneR.toFixed(3)} | ${tuneP.toFixed(3)} | ${recallOf(tune.card, "PERSON")} / ${precisionOf(tune.card, "PERSON")} | ${recallOf(tune.card, "STREET_ADDRESS")} / ${precisionOf(tune.card, "STREET_ADDRESS")} | ${recallOf(tune.card, "PHONE_NUMBER")} / ${precisionOf(tune.card, "PHONE_NUMBER")} |`,
    `| held out (751–1,500) | ${heldR.toFixed(3)} | ${heldP.toFixed(3)} | ${recallOf(held.card, "PERSON")} / ${precisionOf(held.card, "PERSON")} | ${recallOf(held.card, "STREET_ADDRESS")} / ${precisionOf(held.card, "STREET_ADDRESS")} | ${recallOf(held.card, "PHONE_NUMBER")} / ${precisionOf(held.card, "PHONE_NUMBER")} |`,
  );
  const other = ["ZIP_CODE", "US_DRIVER_LICENSE", "IBAN_CODE", "DATE_TIME", "GPE", "ORGANIZATION"];
  lines.push(
    "",
    `Out-of-scope entity types, recall only (for information): ${other.map((t) => `${t} ${recallOf(tools[0].card, t)}`).join(", ")} (our redactor). Lenient precision (a redaction overlapping any labelled span, including organisations and places): ${tools.map((t) => `${t.name} ${ratio(t.card.anyGoldPredTrue, t.card.overall.predTotal)}`).join(", ")}.`,
  );
  const ours = tools[0].card;
  const det = tools[1].card;
  return {
    markdown: lines.join("\n"),
    ours: {
      recall: ours.overall.goldFound / ours.overall.goldTotal,
      precision: ours.overall.predTrue / Math.max(1, ours.overall.predTotal),
    },
    detector: {
      recall: det.overall.goldFound / det.overall.goldTotal,
      precision: det.overall.predTrue / Math.max(1, det.overall.predTotal),
      tuneHalf: [tuneR, tuneP],
      heldOut: [heldR, heldP],
    },
  };
}
