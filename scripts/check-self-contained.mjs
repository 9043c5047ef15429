// `npm run check:self-contained` (part of `npm test`): fails when a tracked file refers to a path outside the
// repository, so a clone with nothing beside it installs, runs and passes. Plain Node, no dependencies, so it runs
// before anything is built.
//
// What counts as a reference to the outside:
//   - a relative path ("../…") that climbs above the repository root from the file that names it;
//   - a relative path that names nothing in the repository, whether read from the file's folder or from the root,
//     and would climb out of the root when read from the working directory (a path read from the working
//     directory, like "../shared/x");  self-contained: example, not a path
//   - an absolute path into the folder that holds the repository (its siblings are not part of a clone).
// A line that holds such a string as data (a test's sample URL) says so with the marker "self-contained: data".
// Public corpora under test/corpora/ are data, not references, and are not read.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const RELATIVE_PATH = /(?<![\w./-])((?:\.\.\/)+[\w.@-][\w./@-]*)/g;
const RESOLVABLE_ENDINGS = ["", ".ts", ".tsx", ".js", ".mjs", ".json", "/index.ts", "/index.tsx", "/index.js"];
const SKIP_LINE = /self-contained: (data|example)/;
const DATA_FOLDERS = /^test\/corpora\//;
const BINARY = /\.(png|ico|jpe?g|gif|pdf|woff2?|ttf)$/i;

const escapes = (root, path) => {
  const rel = relative(root, path);
  return rel === ".." || rel.startsWith(`..${sep}`);
};

const existsInRepo = (root, path) => !escapes(root, path) && RESOLVABLE_ENDINGS.some((end) => existsSync(path + end));

/**
 * The outside references in one file's text. `file` is relative to `root`; `parent` is the absolute folder that holds
 * the repository. Returns one entry per reference: line number and the path as written.
 */
export function outsideReferences(root, file, text, parent = dirname(root)) {
  const found = [];
  const folder = dirname(join(root, file));
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (SKIP_LINE.test(line)) continue;
    for (const match of line.matchAll(RELATIVE_PATH)) {
      const written = match[1].replace(/[.,;:)]+$/, "");
      const fromFile = resolve(folder, written);
      const fromRoot = resolve(root, written);
      const climbsOut = escapes(root, fromFile);
      const namesNothing = !existsInRepo(root, fromFile) && !existsInRepo(root, fromRoot) && escapes(root, fromRoot);
      if (climbsOut || namesNothing) found.push({ line: i + 1, path: written });
    }
    if (parent !== sep && line.includes(parent + sep) && !line.includes(root)) {
      const at = line.indexOf(parent + sep);
      found.push({ line: i + 1, path: line.slice(at, at + 60).split(/[\s"'`)]/)[0] });
    }
  }
  return found;
}

/** Every outside reference in the files git tracks (and the untracked ones it does not ignore). */
export function checkRepository(root) {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter(
      (f) => f && !BINARY.test(f) && !DATA_FOLDERS.test(f) && f !== "package-lock.json" && existsSync(join(root, f)),
    );
  const problems = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    for (const ref of outsideReferences(root, file, text)) problems.push({ file, ...ref });
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const problems = checkRepository(root);
  if (problems.length > 0) {
    console.error(
      `The repository refers to ${problems.length} path(s) outside itself; a clean clone would not have them:`,
    );
    for (const p of problems) console.error(`  ${p.file}:${p.line}  ${p.path}`);
    process.exit(1);
  }
  console.log("self-contained: no tracked file refers to a path outside the repository");
}
