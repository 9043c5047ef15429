// Memory bounded by design: a Markdown export runs in a process of its own under a V8 heap cap of 48 MB (the
// process's own code and data) + 10 × its evidence. Running out of memory kills the process — the crash a user sees
// (the server's pool worker dies and the request gets 413). Four 1 MB logs: the export held every item's raw text,
// parse, facts and working copies at once and needed a 128 MB heap; item by item it fits in 88 MB. One 4 MB log: the
// curl parser read the whole log into shell words, each built a character at a time, and ran out of 88 MB.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("./memory/export-child.ts", import.meta.url));
const BASE_MB = 48;
const PER_MB_OF_INPUT = 10;

async function exportInChild(mb: number, items: number): Promise<{ blocked: boolean; outputMb: number }> {
  const cap = BASE_MB + Math.ceil(PER_MB_OF_INPUT * mb * items);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`--max-old-space-size=${cap}`, "--import", "tsx", CHILD, String(mb), String(items)],
    {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      maxBuffer: 1 << 20,
      // tsx keeps a list of every file in its on-disk transform cache in the heap we measure: with the ~45,000 files a
      // busy machine collects, that list alone took ~10 MB of the budget (see export-child.ts).
      env: { ...process.env, TSX_DISABLE_CACHE: "1" },
    },
  ).catch((error: { code?: number; signal?: string }) => {
    throw new Error(`the export ran out of its ${cap} MB heap (exit ${error.code ?? error.signal})`);
  });
  return JSON.parse(stdout) as { blocked: boolean; outputMb: number };
}

describe("export memory", () => {
  it("exports four 1 MB logs within 48 MB + 10 × the input of heap", { timeout: 180_000 }, async () => {
    const result = await exportInChild(1, 4);
    expect(result.blocked).toBe(false);
    expect(result.outputMb).toBeGreaterThan(3);
  });

  it("exports one 4 MB log within 48 MB + 10 × the input of heap", { timeout: 180_000 }, async () => {
    const result = await exportInChild(4, 1);
    expect(result.blocked).toBe(false);
    expect(result.outputMb).toBeGreaterThan(3);
  });
});
