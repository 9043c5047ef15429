// `ticket redact [FILE|-] [--env sandbox|client] [--json] [--kind KIND] [--terms a,b]` → redacted text, or
// {text, kind, findings, warnings}. Bad input: exit 2 with one line that never quotes the evidence.
import { CliError, parseArgs, readInput, type Command } from "./cli";
import { detectKind } from "../../app/evidence/detect";
import { createRedactor, RedactionError } from "../../app/redaction/redact";
import { environmentFromOption } from "../../app/redaction/policy";
import { EVIDENCE_KINDS, isEvidenceKind } from "../../app/ticket/schema";

const redact: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args, ["json"]);
  if (positional.length > 1) throw new CliError("redact takes one FILE (or - for stdin)");
  const env = environmentFromOption(typeof flags.env === "string" ? flags.env : undefined);
  if (!env || flags.env === true) throw new CliError('--env is "sandbox" or "client"');
  const kindFlag = typeof flags.kind === "string" ? flags.kind : undefined;
  if (kindFlag && !isEvidenceKind(kindFlag)) throw new CliError(`--kind is one of: ${EVIDENCE_KINDS.join(", ")}`);
  const terms =
    typeof flags.terms === "string"
      ? flags.terms
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : [];
  const source = positional[0] ?? "-";
  const text = await readInput(source, io);
  const kind = isEvidenceKind(kindFlag) ? kindFlag : detectKind(text);
  let result;
  try {
    result = createRedactor({ environment: env, terms, restored: [] }).redact({
      id: source === "-" ? "stdin" : "input",
      kind,
      text,
    });
  } catch (error) {
    if (error instanceof RedactionError) throw new CliError(`${error.message.replace(/\.$/, "")}; nothing was written`);
    throw error;
  }
  if (flags.json) {
    io.stdout.write(
      JSON.stringify(
        { text: result.text, kind: result.kind, findings: result.findings, warnings: result.warnings },
        null,
        2,
      ) + "\n",
    );
  } else {
    io.stdout.write(result.text.endsWith("\n") || result.text === "" ? result.text : result.text + "\n");
    for (const w of result.warnings) process.stderr.write(`ticket: warning: ${w}\n`);
  }
  return 0;
};
export default redact;
