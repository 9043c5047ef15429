// The CLI as users run it: scripts/build-cli.mjs bundles bin/ticket.ts into one executable file (the package's bin),
// and these helpers run that file as a child process from the project root.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let built: string | undefined;

/** Builds the CLI bundle once per test file into a temporary folder and returns its path. */
export function builtCli(): string {
  if (!built) {
    const outfile = join(mkdtempSync(join(tmpdir(), "ticket-cli-")), "ticket.mjs");
    execFileSync(process.execPath, ["scripts/build-cli.mjs", "--outfile", outfile], { cwd: ROOT });
    built = outfile;
  }
  return built;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args` (and `input` on stdin), synchronously. */
export function runCli(args: string[], input?: string | Buffer): CliResult {
  const result = spawnSync(builtCli(), args, { cwd: ROOT, input, encoding: "utf8" });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The same, asynchronously (for larger outputs). */
export function runCliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      builtCli(),
      args,
      { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
      },
    );
  });
}
