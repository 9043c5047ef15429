// Loader for the real-artifact corpus (test/corpora/real-artifacts): the files, their hand-written labels, and the
// expansion of a "prefix…" label into the whole tokens that start with that prefix in the file.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const REAL_ARTIFACTS = fileURLToPath(new URL("../../corpora/real-artifacts/", import.meta.url));

export interface RealArtifact {
  file: string;
  text: string;
  /** Exact values that must not survive (prefix labels expanded), distinct. */
  remove: string[];
  /** Exact values that must survive. */
  keep: string[];
}

interface LabelEntry {
  remove: string[];
  keep: string[];
}

const TOKEN_CHAR = /[A-Za-z0-9._~+/=-]/;

/** The whole tokens of `text` that start with `prefix` (a token: a run of base64url/JWT/URL-safe characters). */
export function expandPrefix(text: string, prefix: string): string[] {
  const out = new Set<string>();
  let from = 0;
  for (;;) {
    const at = text.indexOf(prefix, from);
    if (at < 0) break;
    let end = at + prefix.length;
    while (end < text.length && TOKEN_CHAR.test(text[end])) end++;
    out.add(text.slice(at, end));
    from = end;
  }
  return [...out];
}

export function loadRealArtifacts(): RealArtifact[] {
  const labels = JSON.parse(readFileSync(join(REAL_ARTIFACTS, "labels.json"), "utf8")) as Record<
    string,
    LabelEntry | string
  >;
  const files = readdirSync(REAL_ARTIFACTS)
    .filter((f) => f !== "labels.json" && f !== "README.md")
    .sort();
  return files.map((file) => {
    const entry = labels[file];
    if (!entry || typeof entry === "string") throw new Error(`No labels for ${file}`);
    const text = readFileSync(join(REAL_ARTIFACTS, file), "utf8");
    const remove = new Set<string>();
    for (const label of entry.remove) {
      if (label.endsWith("…")) {
        const found = expandPrefix(text, label.slice(0, -1));
        if (found.length === 0) throw new Error(`Label prefix not found in ${file}`);
        for (const v of found) remove.add(v);
      } else {
        if (!text.includes(label)) throw new Error(`Label not found in ${file}: ${label.slice(0, 12)}…`);
        remove.add(label);
      }
    }
    for (const k of entry.keep)
      if (!text.includes(k)) throw new Error(`Keep label not found in ${file}: ${k.slice(0, 12)}…`);
    return { file, text, remove: [...remove], keep: entry.keep };
  });
}
