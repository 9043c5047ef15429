// The check that keeps the repository standing on its own: it must flag every way a file can reach outside the
// clone, and stay quiet on ordinary relative imports and on the repository as it is.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkRepository, outsideReferences } from "../../scripts/check-self-contained.mjs";

type Ref = { line: number; path: string };
// Paths are assembled so that this file does not itself name a path outside the repository.
const up = (n: number) => "../".repeat(n);
const find = outsideReferences as (root: string, file: string, text: string, parent?: string) => Ref[];

function fakeRepo() {
  const parent = mkdtempSync(join(tmpdir(), "self-contained-"));
  const root = join(parent, "repo");
  mkdirSync(join(root, "app/lib"), { recursive: true });
  mkdirSync(join(root, "test/fixtures"), { recursive: true });
  writeFileSync(join(root, "app/lib/util.ts"), "export const x = 1;\n");
  writeFileSync(join(root, "test/fixtures/seed.txt"), "seed\n");
  return { parent, root };
}

describe("self-containment check", () => {
  it("flags a path that climbs above the repository from the file that names it", () => {
    const { root, parent } = fakeRepo();
    const refs = find(
      root,
      "test/a.test.ts",
      `readFileSync(new URL("${up(3)}shared/fixtures/seed.txt", import.meta.url))`,
      parent,
    );
    expect(refs.map((r) => r.path)).toEqual([`${up(3)}shared/fixtures/seed.txt`]);
  });

  it("flags a working-directory path to a sibling folder that is not in the repository", () => {
    const { root, parent } = fakeRepo();
    const refs = find(
      root,
      "test/diagnosis/seed.test.ts",
      `readFileSync("${up(1)}shared/fixtures/seed-ticket.txt")`,
      parent,
    );
    expect(refs).toEqual([{ line: 1, path: `${up(1)}shared/fixtures/seed-ticket.txt` }]);
  });

  it("flags an absolute path into the folder that holds the repository", () => {
    const { root, parent } = fakeRepo();
    const refs = find(root, "test/a.ts", `const CORPORA = "${parent}/shared/corpora";`, parent);
    expect(refs).toHaveLength(1);
  });

  it("accepts relative imports and fixture paths that resolve inside the repository", () => {
    const { root, parent } = fakeRepo();
    const text = [
      `import { x } from "${up(1)}lib/util";`,
      `new URL("${up(2)}test/fixtures/seed.txt", import.meta.url)`,
    ].join("\n");
    expect(find(root, "app/routes/page.ts", text, parent)).toEqual([]);
  });

  it("accepts a line that marks such a string as data", () => {
    const { root, parent } = fakeRepo();
    expect(
      find(root, "test/a.test.ts", `needs("GET", "${up(3)}fhir/Observation") // self-contained: data`, parent),
    ).toEqual([]);
  });

  it("finds nothing outside in this repository", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    expect((checkRepository as (root: string) => Array<{ file: string; line: number; path: string }>)(root)).toEqual(
      [],
    );
  });
});
