// Which modules the browser's scripts are made of, by size: `npx remix build --sourcemap`, then
// `node scripts/bundle-breakdown.mjs` (the first page: the route manifest — the script, or the page's part inline in
// the document with lazy route discovery —, the entry, root and the wizard route with
// their imports) or
// `node scripts/bundle-breakdown.mjs --before-evidence` (the first page and the chunk of steps 2–4 with everything it
// imports: what the main thread fetches before the Evidence step) or
// `node scripts/bundle-breakdown.mjs /build/_shared/chunk-X.js …` (any chunks, e.g. a step's). Each byte of a chunk is
// given to the source file its source map names (a package counts as one); "gzip share" is the chunk's gzip size
// split by those bytes, "gzip alone" the gzip of a module's bytes on their own. Figures for reading, not asserted.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = process.cwd();
const require = createRequire(join(root, "package.json"));
const { SourceMapConsumer } = require("source-map-js");
const PUBLIC = join(root, "public");
const kb = (bytes) => (bytes / 1024).toFixed(1);

const INLINE_MANIFEST = "(inline route manifest)";

function readManifest() {
  const file = readdirSync(join(PUBLIC, "build")).find((f) => f.startsWith("manifest-"));
  const text = readFileSync(join(PUBLIC, "build", file), "utf8");
  return { file, manifest: JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) };
}

/** With lazy route discovery the page gets no manifest script but its own routes' part inline in the document. */
const lazyDiscovery = () =>
  /\bv3_lazyRouteDiscovery: (?:!0|true)\b/.test(readFileSync(join(root, "build/index.js"), "utf8"));

/** The inline part as Remix writes it (its gzip alone: the bench counts what it adds to the document's, less). */
function inlineManifest() {
  const { manifest } = readManifest();
  const routes = { root: manifest.routes.root, "routes/_index": manifest.routes["routes/_index"] };
  const part = { entry: manifest.entry, routes, version: manifest.version, url: manifest.url };
  return `window.__remixManifest = ${JSON.stringify(part, null, 2)};`;
}

function firstPage() {
  const { file, manifest } = readManifest();
  const route = (id) => [manifest.routes[id].module, ...(manifest.routes[id].imports ?? [])];
  return [
    lazyDiscovery() ? INLINE_MANIFEST : `/build/${file}`,
    manifest.entry.module,
    ...manifest.entry.imports,
    ...route("root"),
    ...route("routes/_index"),
  ];
}

const STATIC_IMPORT = /(?:from|import)\s*"(\/build\/[^"]+\.js)"/g;

/** A script and every script it imports statically. */
function graph(root) {
  const found = new Set([root]);
  for (const chunk of found)
    for (const m of readFileSync(join(PUBLIC, chunk), "utf8").matchAll(STATIC_IMPORT)) found.add(m[1]);
  return [...found];
}

/** The first page and steps 2–4 (loaded while step 1 is answered, with the live diagnosis panel). */
function beforeEvidence() {
  const steps = readdirSync(join(PUBLIC, "build/_shared")).find((f) => /^early-steps-\w+\.js$/.test(f));
  return [...firstPage(), ...graph(`/build/_shared/${steps}`)];
}

const owner = (source) =>
  source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? source.match(/app\/.*$/)?.[0] ?? source;

/** The bytes of one chunk, by owner. */
function split(chunk) {
  if (chunk === INLINE_MANIFEST) return { code: inlineManifest(), parts: new Map([[chunk, inlineManifest()]]) };
  // Without the source map's comment, which a build without `--sourcemap` (the one served) does not have.
  const code = readFileSync(join(PUBLIC, chunk), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "");
  // The route manifest (a script the page loads) is data written by the compiler: it has no source map.
  if (/\/manifest-\w+\.js$/.test(chunk)) return { code, parts: new Map([["(route manifest)", code]]) };
  if (!existsSync(join(PUBLIC, `${chunk}.map`))) {
    console.error(`${chunk} has no source map: build with \`npx remix build --sourcemap\` first.`);
    process.exit(1);
  }
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(PUBLIC, `${chunk}.map`), "utf8")));
  const lineStart = [0];
  for (const line of code.split("\n")) lineStart.push(lineStart.at(-1) + line.length + 1);
  const starts = [];
  map.eachMapping(
    (m) => starts.push({ at: lineStart[m.generatedLine - 1] + m.generatedColumn, source: m.source }),
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const parts = new Map();
  starts.forEach(({ at, source }, i) => {
    const key = source ? owner(source) : "(no source)";
    parts.set(key, (parts.get(key) ?? "") + code.slice(at, starts[i + 1]?.at ?? code.length));
  });
  return { code, parts };
}

const args = process.argv.slice(2);
const chunks = [...new Set(args[0] === "--before-evidence" ? beforeEvidence() : args.length > 0 ? args : firstPage())];
const modules = new Map();
let raw = 0;
let gzip = 0;
for (const chunk of chunks) {
  const { code, parts } = split(chunk);
  const gz = gzipSync(code).length;
  raw += code.length;
  gzip += gz;
  const largest = [...parts].sort((a, b) => b[1].length - a[1].length).slice(0, 4);
  console.log(`${chunk}: ${kb(gz)} KB gzip (${largest.map(([k, t]) => `${k} ${kb(t.length)}`).join(", ")} KB raw)`);
  for (const [key, text] of parts) {
    const m = modules.get(key) ?? { raw: 0, share: 0, alone: 0 };
    m.raw += text.length;
    m.share += (gz * text.length) / code.length;
    m.alone += gzipSync(text).length;
    modules.set(key, m);
  }
}
console.log(`\n${chunks.length} scripts: ${kb(raw)} KB raw, ${kb(gzip)} KB gzip\n`);
console.log("| module | KB raw | KB gzip share | KB gzip alone |\n|---|---:|---:|---:|");
for (const [key, m] of [...modules].sort((a, b) => b[1].share - a[1].share))
  console.log(`| ${key} | ${kb(m.raw)} | ${kb(m.share)} | ${kb(m.alone)} |`);
