// Builds the CLI ahead of time into one executable ES module, dist/ticket.mjs (the package's `bin`), so `ticket`
// starts as fast as Node itself instead of compiling TypeScript on every call. Runs on `npm ci` / `npm install`
// (prepare), in `npm run build`, and before `npm run ticket`. npm packages stay external: they are installed beside
// it, and the fonts the PDF needs are read from the dejavu-fonts-ttf package at run time.
//   node scripts/build-cli.mjs [--outfile PATH]
import { chmod, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--outfile");
export const outfile = at >= 0 ? args[at + 1] : `${root}dist/ticket.mjs`;

const { version } = JSON.parse(await readFile(`${root}package.json`, "utf8"));
let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // A production install (--omit=dev) has no esbuild: the app does not need the CLI bundle, so say so and go on.
  console.error("build-cli: esbuild is not installed (a production install); the `ticket` command is not built.");
  process.exit(0);
}

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ["bin/ticket.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: "tsconfig.json",
  banner: { js: "#!/usr/bin/env node" },
  define: { __TICKET_VERSION__: JSON.stringify(version) },
  minify: true,
  keepNames: true,
  logLevel: "warning",
});
await chmod(outfile, 0o755);
