// `npm run bench`: every suite in ./suites exports `run(): Promise<string>` returning a Markdown section of figures.
// Results are printed and written to test-output/bench.md; no timing is ever asserted.
import { readdir, mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";

const dir = fileURLToPath(new URL("./suites/", import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith(".ts") && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
const sections = [
  `# Benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${new Date().toISOString().slice(0, 10)}\n`,
];
for (const file of files) {
  const suite = (await import(dir + file)) as { run: () => Promise<string> };
  const section = await suite.run();
  console.log(section);
  sections.push(section);
}
await mkdir("test-output", { recursive: true });
await writeFile("test-output/bench.md", sections.join("\n"));
console.log("written to test-output/bench.md");
