// CLI start-up, run by `npm run bench` (or `npm run bench -- cli`): how long `ticket --help` takes as users run it
// (the bundle that scripts/build-cli.mjs builds, the package's bin), against Node starting with nothing to do, and
// against running the TypeScript source through tsx (what the CLI did before it was built ahead). Runs are
// interleaved so that load on the machine falls on all three alike. Figures only, never asserted.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "../lib/stats";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const RUNS = 21;

function wallMs(command: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}`);
  return performance.now() - t0;
}

export async function run(): Promise<string> {
  const bundle = join(mkdtempSync(join(tmpdir(), "ticket-bench-")), "ticket.mjs");
  execFileSync(process.execPath, ["scripts/build-cli.mjs", "--outfile", bundle], { cwd: ROOT });
  const cases = {
    node: [process.execPath, ["-e", ""]],
    bundle: [process.execPath, [bundle, "--help"]],
    tsx: [process.execPath, ["--import", "tsx", "bin/ticket.ts", "--help"]],
  } as const;
  const times: Record<keyof typeof cases, number[]> = { node: [], bundle: [], tsx: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const key of Object.keys(cases) as Array<keyof typeof cases>) {
      const [command, args] = cases[key];
      times[key].push(wallMs(command, [...args]));
    }
  }
  const node = median(times.node);
  const row = (label: string, ms: number) => `| ${label} | ${ms.toFixed(0)} ms | ${(ms / node).toFixed(2)}× |`;
  return [
    "## CLI start-up",
    "",
    `Wall time of one process from spawn to exit, median of ${RUNS} interleaved runs. Bundle size ${(statSync(bundle).size / 1024).toFixed(0)} KB. Target: \`ticket --help\` within 3× of \`node -e ""\`.`,
    "",
    '| command | median | vs `node -e ""` |',
    "| --- | ---: | ---: |",
    row('`node -e ""`', node),
    row("`ticket --help` (built bundle, the package's bin)", median(times.bundle)),
    row("`tsx bin/ticket.ts --help` (TypeScript compiled at run time)", median(times.tsx)),
    "",
  ].join("\n");
}
