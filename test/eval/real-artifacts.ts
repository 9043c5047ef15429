// Section of `npm run eval:redaction`: the real-artifact corpus (test/corpora/real-artifacts), our redactor beside the
// npm peers on the same files. Per file and environment: labelled values that survive (plain, or JSON-escaped), labelled
// facts kept byte for byte, whether a JSON/HAR input is still JSON afterwards, and (ours only) whether every boolean and
// number of a JSON input keeps its type.
import { detectKind } from "~/evidence/detect";
import type { RedactionPolicy } from "~/redaction/types";
import type { Environment } from "~/ticket/schema";
import type { EvidenceText } from "~/evidence/model";
import { loadRealArtifacts, type RealArtifact } from "./lib/real-artifacts";
import { peerDefaults } from "./lib/peers";
import { PLACEHOLDER } from "~/redaction/placeholders";

type RedactText = (text: string, file: string) => string;

const WORD = /[A-Za-z0-9]/;

/** Whether `value` occurs in `out` as a whole token (not inside a longer run of letters/digits), plain or JSON-escaped. */
export function survives(redacted: string, value: string): boolean {
  // Our placeholders name a type ([REDACTED:secret#1]): a value equal to a type name does not survive in one.
  const out = redacted.replace(PLACEHOLDER, "\u2588");
  const forms = new Set([
    value,
    JSON.stringify(value).slice(1, -1),
    JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1),
  ]);
  for (const form of forms) {
    let from = 0;
    for (;;) {
      const at = out.indexOf(form, from);
      if (at < 0) break;
      const before = at > 0 ? out[at - 1] : "";
      const after = out[at + form.length] ?? "";
      const edgeOk = (ch: string, edge: string) => !ch || !WORD.test(edge) || !WORD.test(ch);
      if (edgeOk(before, form[0]) && edgeOk(after, form[form.length - 1])) return true;
      from = at + 1;
    }
  }
  return false;
}

const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

/** Paths of booleans and numbers in `a` whose value in `b` (same path) exists but has another type. */
export function typeChanges(a: unknown, b: unknown): number {
  if (typeof a === "boolean" || typeof a === "number") return b !== undefined && typeof b !== typeof a ? 1 : 0;
  if (!a || typeof a !== "object" || !b || typeof b !== "object") return 0;
  let n = 0;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return 0;
    a.forEach((v, i) => (n += typeChanges(v, b[i])));
    return n;
  }
  for (const [k, v] of Object.entries(a as Record<string, unknown>))
    n += typeChanges(v, (b as Record<string, unknown>)[k]);
  return n;
}

interface FileScore {
  file: string;
  kind: string;
  removeTotal: number;
  survived: string[];
  keepTotal: number;
  lost: string[];
  json: boolean;
  stillJson: boolean;
  typeChanges: number;
  error?: string;
}

export function scoreFile(a: RealArtifact, kind: string, redact: RedactText): FileScore {
  const json = parses(a.text);
  let out: string;
  try {
    out = redact(a.text, a.file);
  } catch (e) {
    return {
      file: a.file,
      kind,
      removeTotal: a.remove.length,
      survived: [],
      keepTotal: a.keep.length,
      lost: [...a.keep],
      json,
      stillJson: false,
      typeChanges: 0,
      error: (e as Error).name,
    };
  }
  const stillJson = json && parses(out);
  // A value of several words survives too when one of its words (4+ characters) is still in the output and that word
  // appears nowhere else in the input (a name cut in half still names the person).
  let rest = a.text;
  for (const v of a.remove) rest = rest.split(v).join(" ");
  // (A year alone is not counted: the public sandbox keeps the year of birth on purpose.)
  const partly = (v: string) =>
    /\s/.test(v) &&
    v
      .split(/[\s,]+/)
      .some((w) => w.length >= 4 && !/^(?:19|20)\d\d$/.test(w) && !survives(rest, w) && survives(out, w));
  return {
    file: a.file,
    kind,
    removeTotal: a.remove.length,
    survived: a.remove.filter((v) => survives(out, v) || partly(v)),
    keepTotal: a.keep.length,
    lost: a.keep.filter((k) => !out.includes(k)),
    json,
    stillJson,
    typeChanges: stillJson ? typeChanges(JSON.parse(a.text), JSON.parse(out)) : 0,
  };
}

export interface RealArtifactReport {
  markdown: string;
  survivors: number;
  removeTotal: number;
  lost: number;
  keepTotal: number;
  jsonBroken: number;
  typeChanges: number;
  peers: Record<string, { survivors: number; lost: number; jsonBroken: number }>;
}

type Ours = (item: EvidenceText, policy: RedactionPolicy) => string;

interface Totals {
  survivors: number;
  removeTotal: number;
  lost: number;
  keepTotal: number;
  jsonBroken: number;
  jsonTotal: number;
  typeChanges: number;
}

const newTotals = (): Totals => ({
  survivors: 0,
  removeTotal: 0,
  lost: 0,
  keepTotal: 0,
  jsonBroken: 0,
  jsonTotal: 0,
  typeChanges: 0,
});

function addScore(t: Totals, s: FileScore): void {
  t.survivors += s.survived.length;
  t.removeTotal += s.removeTotal;
  t.lost += s.lost.length;
  t.keepTotal += s.keepTotal;
  if (s.json) t.jsonTotal++;
  if (s.json && !s.stillJson) t.jsonBroken++;
  t.typeChanges += s.typeChanges;
}

const summaryRow = (name: string, t: Totals) =>
  `| ${name} | ${t.survivors} / ${t.removeTotal} | ${t.keepTotal - t.lost} / ${t.keepTotal} | ${t.jsonBroken} / ${t.jsonTotal} |`;

export function evaluateRealArtifacts(ours: Ours): RealArtifactReport {
  const artifacts = loadRealArtifacts();
  const envs: Environment[] = ["sandbox", "client-prod"];
  const rows: string[] = [];
  const detail: string[] = [];
  const total = newTotals();
  const peers: RealArtifactReport["peers"] = {};
  const peerRows: string[] = [];

  for (const env of envs) {
    const policy: RedactionPolicy = { environment: env, terms: [], restored: [] };
    for (const a of artifacts) {
      const kind = detectKind(a.text);
      const s = scoreFile(a, kind, (text, file) =>
        ours({ id: file.replace(/[^\w.-]/g, "").slice(0, 64), kind, text }, policy),
      );
      addScore(total, s);
      rows.push(
        `| ${a.file} | ${env} | ${kind} | ${s.removeTotal - s.survived.length}/${s.removeTotal} | ${s.keepTotal - s.lost.length}/${s.keepTotal} | ${s.json ? (s.stillJson ? "yes" : "**no**") : "—"} | ${s.json ? s.typeChanges : "—"} |${s.error ? ` threw ${s.error}` : ""}`,
      );
      // Which labels failed, shown by length and kind only (a figure, not the value: the report is committed).
      if (s.survived.length || s.lost.length) {
        detail.push(
          `| ${a.file} | ${env} | ${s.survived.map(shape).join(", ") || "—"} | ${s.lost.map(shape).join(", ") || "—"} |`,
        );
      }
    }
  }

  for (const [name, redact] of Object.entries(peerDefaults)) {
    const t = newTotals();
    for (const a of artifacts)
      addScore(
        t,
        scoreFile(a, "text", (text) => redact(text)),
      );
    peers[name] = { survivors: t.survivors, lost: t.lost, jsonBroken: t.jsonBroken };
    peerRows.push(summaryRow(name, t));
  }

  const perEnvRemove = total.removeTotal / envs.length;
  const perEnvKeep = total.keepTotal / envs.length;
  const jsonFiles = total.jsonTotal / envs.length;
  const markdown = [
    `${artifacts.length} public artifacts (sources and licences in \`test/corpora/real-artifacts/README.md\`), labelled by hand before any redactor ran on them: ${perEnvRemove} values that must go and ${perEnvKeep} facts that must stay. Each file is redacted as its own ticket, kind detected as the app would, under the public-sandbox policy and a client-domain policy. A value **survives** when it appears in the output as a whole token, plain or JSON-escaped, or — for a value of several words — when one of its words of 4+ characters that occurs nowhere else in the input is still there; a fact is **kept** when it appears byte for byte. The peers take text only and have no environment: they run once per file with their default rules.`,
    "",
    "| redactor | labelled values surviving | facts kept | JSON/HAR inputs no longer JSON |",
    "|---|---:|---:|---:|",
    summaryRow("ours, sandbox + client domain", total),
    ...peerRows,
    "",
    `Booleans and numbers of JSON inputs that changed type in our output: ${total.typeChanges} (${jsonFiles} JSON/HAR files × 2 environments).`,
    "",
    "| file | environment | detected kind | values removed | facts kept | still JSON | type changes |",
    "|---|---|---|---:|---:|---|---:|",
    ...rows,
    "",
    detail.length
      ? [
          "Failures by file (each value shown only by its length and character classes):",
          "",
          "| file | environment | surviving | lost |",
          "|---|---|---|---|",
          ...detail,
        ].join("\n")
      : "No labelled value survived and every labelled fact was kept.",
  ].join("\n");
  return {
    markdown,
    survivors: total.survivors,
    removeTotal: total.removeTotal,
    lost: total.lost,
    keepTotal: total.keepTotal,
    jsonBroken: total.jsonBroken,
    typeChanges: total.typeChanges,
    peers,
  };
}

/** A value described without quoting it: "22 chars, upper+digits". */
function shape(v: string): string {
  const classes = [
    /[a-z]/.test(v) && "lower",
    /[A-Z]/.test(v) && "upper",
    /\d/.test(v) && "digits",
    /[^A-Za-z0-9]/.test(v) && "symbols",
  ].filter(Boolean);
  return `${v.length} chars ${classes.join("+")}`;
}
