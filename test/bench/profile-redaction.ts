// `npx tsx test/bench/profile-redaction.ts [class…]`: ours and @redactpii/node MB/s per input class, quickly (one
// class at a time), for profiling (`node --cpu-prof --import tsx test/bench/profile-redaction.ts log`). Figures only.
import { createRedactor } from "~/redaction/redact";
import { peerDefaults } from "../eval/lib/peers";
import { median } from "./lib/stats";
import { redactionClasses, type Item } from "./lib/redaction-classes";

const MB = 1 << 20;
/** Classes by a short name (see redaction-classes.ts), about 1 MB each. */
const classes = redactionClasses(MB);

const only = process.argv.slice(2);
const reps = Number(process.env.REPS ?? 3);
for (const [name, make] of Object.entries(classes)) {
  if (only.length && !only.includes(name)) continue;
  const items = make();
  const bytes = items.reduce((n, f) => n + f.text.length, 0);
  const run = (fn: (i: Item) => unknown) => {
    const ts: number[] = [];
    for (let r = 0; r < reps; r++) {
      // CPU time of this process (user + system), less disturbed than wall time by other processes on the machine.
      const t0 = process.cpuUsage();
      for (const i of items) fn(i);
      const t = process.cpuUsage(t0);
      ts.push((t.user + t.system) / 1000);
    }
    return median(ts);
  };
  const policy = { environment: "sandbox" as const, terms: [], restored: [] };
  const o = run((i) => createRedactor(policy).redact({ id: "p", kind: i.kind, text: i.text }));
  const a = process.env.NOPEER ? NaN : run((i) => peerDefaults["@redactpii/node"](i.text));
  const f = (ms: number) => (bytes / MB / (ms / 1000)).toFixed(1);
  console.log(
    `${name.padEnd(8)} ${(bytes / MB).toFixed(2)} MB  ours ${f(o)} MB/s  peer ${f(a)} MB/s  ratio ${(a / o).toFixed(2)}`,
  );
}
