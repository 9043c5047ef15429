// `npx tsx test/bench/compare-redaction.ts BEFORE_ROOT [class…]`: the redactor of another checkout (BEFORE_ROOT, e.g.
// a `git worktree add` of main) against this one's, in ONE process. Each checkout's redactor is bundled with esbuild
// (as the CLI ships it), both are loaded side by side and run on the same items in alternation, the order swapped
// every round; CPU time of the process per round. Prints CPU MB/s per class (median of the rounds after WARM) and the
// median of the per-round ratios after ÷ before, with its spread. Figures only; nothing is asserted.
//   ROUNDS (default 12), WARM (default 3: rounds not counted), CHUNK (default 256 KB: bytes per timed chunk).
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { median } from "./lib/stats";
import { redactionClasses, type Item } from "./lib/redaction-classes";

type Redact = (item: Item) => unknown;

const [beforeRoot, ...only] = process.argv.slice(2);
if (!beforeRoot) {
  console.error("usage: compare-redaction.ts BEFORE_ROOT [class…]");
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const WARM = Number(process.env.WARM ?? 3);
const CHUNK = Number(process.env.CHUNK ?? 256 * 1024);

const out = mkdtempSync(join(tmpdir(), "compare-redaction-"));
async function load(root: string, name: string): Promise<Redact> {
  const outfile = join(out, `${name}.mjs`);
  await build({
    absWorkingDir: root,
    stdin: { contents: 'export { createRedactor } from "~/redaction/redact";', resolveDir: root, loader: "ts" },
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: join(root, "tsconfig.json"),
    // Everything bundled (an external "~/…" would be resolved at run time by tsx, from this checkout, for both).
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
  });
  const mod = (await import(pathToFileURL(outfile).href)) as {
    createRedactor: (p: unknown) => { redact: (i: unknown) => unknown };
  };
  const policy = { environment: "sandbox", terms: [], restored: [] };
  return (i) => mod.createRedactor(policy).redact({ id: "p", kind: i.kind, text: i.text });
}

const classes = redactionClasses(CHUNK);

const before = await load(resolve(beforeRoot), "before");
const after = await load(resolve("."), "after");
const cpu = (fn: Redact, items: Item[]) => {
  const t0 = process.cpuUsage();
  for (const i of items) fn(i);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};
for (const [name, make] of Object.entries(classes)) {
  if (only.length && !only.includes(name)) continue;
  const items = make();
  const mb = items.reduce((n, f) => n + f.text.length, 0) / (1 << 20);
  const b: number[] = [];
  const a: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let tb: number, ta: number;
    if (r % 2) {
      ta = cpu(after, items);
      tb = cpu(before, items);
    } else {
      tb = cpu(before, items);
      ta = cpu(after, items);
    }
    if (r < WARM) continue;
    b.push(mb / tb);
    a.push(mb / ta);
    ratios.push(tb / ta);
  }
  const f = (x: number) => x.toFixed(2);
  console.log(
    `${name.padEnd(14)} before ${f(median(b))} MB/s  after ${f(median(a))} MB/s  after÷before ${f(median(ratios))}` +
      ` (${f(Math.min(...ratios))}–${f(Math.max(...ratios))})`,
  );
}
