// Paths to the public corpora kept in test/corpora/ (sources and licences in test/corpora/README.md).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const CORPORA = fileURLToPath(new URL("../../corpora/", import.meta.url));

export const corpusPath = (...parts: string[]) => join(CORPORA, ...parts);
export const readCorpusJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(corpusPath(...parts), "utf8")) as T;
export const readCorpusText = (...parts: string[]) => readFileSync(corpusPath(...parts), "utf8");
export const listCorpus = (...parts: string[]) => readdirSync(corpusPath(...parts)).sort();

export interface PresidioSentence {
  full_text: string;
  spans: Array<{ entity_type: string; entity_value: string; start_position: number; end_position: number }>;
  template_id: number;
}

export const loadPresidio = () => readCorpusJson<PresidioSentence[]>("presidio-synth", "synth_dataset_v2.json");
