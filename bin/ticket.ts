// The command line over the same core as the app: `ticket <command> …` (built ahead into dist/ticket.mjs by
// scripts/build-cli.mjs; `npm run ticket -- <command> …` builds and runs it).
// Exit codes: 0 success, 1 a finding of severity error with --fail-on error, 2 bad input (one clear line on stderr).
import { CliError, type Command } from "./commands/cli";

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  redact: () => import("./commands/redact"),
  diagnose: () => import("./commands/diagnose"),
  export: () => import("./commands/export"),
  schema: () => import("./commands/schema"),
};

/** Set by scripts/build-cli.mjs from package.json; absent when the source runs directly (tests). */
declare const __TICKET_VERSION__: string | undefined;
const VERSION = typeof __TICKET_VERSION__ === "string" ? __TICKET_VERSION__ : "0.0.0-source";

const USAGE = `usage: ticket <command> [options]
  redact [FILE|-] [--env sandbox|client] [--json]     redacted evidence, or {text, findings}
  diagnose FILE… [--json] [--fail-on error]           findings, or {findings, scopes, summary, questions}
  export TICKET.json --format md|pdf [-o OUT]         the submission
  schema                                              the ticket's JSON Schema
  --version                                           the version of this tool`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-v") {
    console.log(VERSION);
    return 0;
  }
  if (!name || name === "--help" || name === "-h") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) throw new CliError(`unknown command "${name}"\n${USAGE}`);
  const command = (await load()).default;
  return command(args, { stdout: process.stdout, stdin: process.stdin });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Messages are ours (CliError) and never echo evidence; anything else is reported by its kind only.
    const message =
      error instanceof CliError ? error.message : `internal error (${error instanceof Error ? error.name : "unknown"})`;
    process.stderr.write(`ticket: ${message}\n`);
    process.exitCode = 2;
  },
);
