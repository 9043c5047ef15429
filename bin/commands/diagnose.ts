// `ticket diagnose FILE… [--json] [--fail-on error] [--ticket T.json] [--app-type …] [--smart v1|v2] [--env …]`
// Each FILE (or - for stdin) is evidence of any kind, detected from its content. Human output lists the findings by
// severity with their evidence and next steps; --json prints {findings, scopes, summary, questions}.
// Exit: 0; 1 with --fail-on error when an error finding exists; 2 on bad input (one line, never echoing evidence).
import { basename } from "node:path";
import { diagnose, type DiagnosisTicket } from "../../app/diagnosis/diagnose";
import type { Diagnosis, Finding, Severity } from "../../app/diagnosis/types";
import { APP_TYPES, ENVIRONMENTS, SMART_VERSIONS } from "../../app/ticket/schema";
import { CliError, parseArgs, readInput, readJsonInput, type Command } from "./cli";

const USAGE =
  "usage: ticket diagnose FILE… [--json] [--fail-on error] [--ticket T.json] [--app-type system|provider|patient] [--smart v1|v2] [--env sandbox|client-nonprod|client-prod]";
const FLAGS = new Set(["json", "fail-on", "ticket", "app-type", "smart", "env", "help"]);

function oneOf<T extends string>(flag: string, value: string | true | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (value === true || !allowed.includes(value as T))
    throw new CliError(`--${flag} must be one of ${allowed.join(", ")}`);
  return value as T;
}

async function readTicket(path: string, io: Parameters<Command>[1]): Promise<DiagnosisTicket> {
  const value = await readJsonInput(path, io, `${path} is not valid JSON (expected the ticket's form values)`);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new CliError(`${path} must hold a JSON object with the ticket's form values`);
  return value as DiagnosisTicket;
}

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

function renderFinding(f: Finding, n: number): string[] {
  const lines = [`${n}. [${f.code}] ${f.title}  (${f.basis})`, `   ${f.explanation}`];
  for (const e of f.evidence.slice(0, 6))
    lines.push(`   - ${e.itemId}, ${e.location}${e.excerpt ? `: ${e.excerpt}` : ""}`);
  if (f.evidence.length > 6) lines.push(`   - … ${f.evidence.length - 6} more`);
  f.nextSteps.forEach((s, i) => lines.push(`   ${/^\d+\./.test(s) ? "" : `${i + 1}) `}${s}`));
  return lines;
}

export function renderHuman(d: Diagnosis): string {
  const out: string[] = ["Summary", `  ${d.summary || "(no summary)"}`, ""];
  let n = 0;
  for (const severity of ["error", "warning", "info"] as const) {
    const group = d.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`${HEADINGS[severity]} (${group.length})`);
    for (const f of group) out.push(...renderFinding(f, ++n), "");
  }
  if (!d.findings.length) out.push("No findings.", "");
  if (d.scopes.length) {
    const mark = (v: boolean | null) => (v === null ? "?" : v ? "yes" : "no");
    const width = Math.max(5, ...d.scopes.map((r) => r.scope.length));
    out.push("Scopes", `  ${"scope".padEnd(width)}  requested  granted  needed  supported`);
    for (const r of d.scopes)
      out.push(
        `  ${r.scope.padEnd(width)}  ${mark(r.requested).padEnd(9)}  ${mark(r.granted).padEnd(7)}  ${mark(r.needed).padEnd(6)}  ${mark(r.supported)}`,
      );
    out.push("");
  }
  if (d.questions.length) {
    out.push("Questions for Oracle Health support");
    d.questions.forEach((q, i) => out.push(`  ${i + 1}. ${q}`));
    out.push("");
  }
  return out.join("\n");
}

const diagnoseCommand: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args, ["json", "help"]);
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  for (const name of Object.keys(flags)) if (!FLAGS.has(name)) throw new CliError(`unknown option --${name}\n${USAGE}`);
  if (!positional.length && !flags.ticket) throw new CliError(`no evidence file given\n${USAGE}`);
  if (positional.filter((p) => p === "-").length > 1) throw new CliError("stdin (-) can be read only once");
  const failOn = flags["fail-on"];
  if (failOn !== undefined && failOn !== "error") throw new CliError("--fail-on takes one value: error");
  const appType = oneOf("app-type", flags["app-type"], APP_TYPES);
  const smart = oneOf("smart", flags.smart, SMART_VERSIONS);
  const env = oneOf("env", flags.env, ENVIRONMENTS);
  if (flags.ticket === true) throw new CliError("--ticket needs a file");
  const ticket: DiagnosisTicket = typeof flags.ticket === "string" ? await readTicket(flags.ticket, io) : {};
  if (appType || smart || env) {
    ticket.application = {
      ...(ticket.application ?? {}),
      ...(appType ? { appType } : {}),
      ...(smart ? { smartVersion: smart } : {}),
      ...(env ? { environment: env } : {}),
    };
  }
  const evidence = [];
  const seen = new Map<string, number>();
  for (const file of positional) {
    const text = await readInput(file, io);
    const base = file === "-" ? "stdin" : basename(file);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    evidence.push({ id: count > 1 ? `${base}#${count}` : base, text });
  }
  const diagnosis = diagnose({ ticket, evidence });
  io.stdout.write(flags.json ? `${JSON.stringify(diagnosis, null, 2)}\n` : renderHuman(diagnosis));
  return failOn === "error" && diagnosis.findings.some((f) => f.severity === "error") ? 1 : 0;
};

export default diagnoseCommand;
