import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import exportCommand from "../../bin/commands/export";
import { CliError } from "../../bin/commands/cli";
import { runCliAsync } from "./built-cli";
import { seedInput } from "../document/helpers";

const SEED = "test/fixtures/seed-ticket.json";
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ticket-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], { tty = false } = {}): Promise<{ code: number; out: Buffer }> {
  const chunks: Buffer[] = [];
  const stdout = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }),
    { isTTY: tty },
  );
  const code = await exportCommand(args, { stdout, stdin: new PassThrough() });
  return { code, out: Buffer.concat(chunks) };
}

async function ticketFile(name: string, change: (t: ReturnType<typeof seedInput>) => void): Promise<string> {
  const ticket = seedInput();
  change(ticket);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(ticket));
  return path;
}

describe("ticket export", () => {
  it("writes the Markdown to stdout: the golden file", async () => {
    const { code, out } = await run([SEED, "--format", "md"]);
    expect(code).toBe(0);
    expect(out.toString("utf8")).toBe(await readFile("test/fixtures/golden/seed-ticket.md", "utf8"));
  });

  it("writes a PDF with -o, the format taken from the file name when --format is left out", async () => {
    const path = join(dir, "ticket.pdf");
    expect((await run([SEED, "-o", path, "--page-size", "Letter"])).code).toBe(0);
    expect((await readFile(path)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses to write a PDF to a terminal", async () => {
    await expect(run([SEED, "--format", "pdf"], { tty: true })).rejects.toThrow(
      /refusing to write a PDF to the terminal/,
    );
    expect((await run([SEED, "--format", "pdf"])).out.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("names the first invalid field and its message", async () => {
    const path = await ticketFile("invalid.json", (t) => {
      (t.application as Record<string, unknown>).clientId = "Basic c3ludGhldGljOnNlY3JldA==";
    });
    const error = await run([path, "--format", "md"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(
      /^invalid ticket: application\.clientId: This looks like a credential, not a client ID\./,
    );
  });

  it("replaces a patient's details and a token typed into the answers (the ticket's privacy boundary)", async () => {
    const path = await ticketFile("typed.json", (t) => {
      t.problem.background =
        "Patient: Jane Doe, DOB 03/14/1958, SSN 512-44-9087, phone (410) 555-0142, MRN 00441762, email jane.doe@example.org.";
      t.problem.actual = "We sent Authorization: Bearer Zx9yW8vU7tS6rQ5pO4nM3lK2 and got 403.";
    });
    const { code, out } = await run([path, "--format", "md"]);
    expect(code).toBe(0);
    const md = out.toString("utf8");
    for (const value of [
      "Jane Doe",
      "03/14/1958",
      "512-44-9087",
      "555-0142",
      "00441762",
      "jane.doe@example.org",
      "Zx9yW8vU7tS6rQ5pO4nM3lK2",
    ]) {
      expect(md).not.toContain(value);
    }
    expect(md).toContain("We sent Authorization: Bearer [REDACTED:");
  });

  it("explains a blocked export in lines that never hold the value, and writes nothing", async () => {
    // What no detector rewrites (a private JWK member typed into an answer) is still caught by the final check.
    const path = await ticketFile("planted.json", (t) => {
      t.problem.actual = 'Our key has "d": "Zx9yW8vU7tS6rQ5pO4nM3lK2" in it and we got 403.';
    });
    const out = join(dir, "blocked.md");
    const error = (await run([path, "-o", out]).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /^export blocked: 1 possible leak; nothing was written\n {2}- Something that looks like a private JSON Web Key member/,
    );
    expect(error.message).not.toContain("Zx9yW8vU7tS6rQ5pO4nM3lK2");
    await expect(readFile(out)).rejects.toThrow();
  });

  it("rejects bad arguments and input with one line each", async () => {
    await expect(run([])).rejects.toThrow(/^usage: ticket export/);
    await expect(run([SEED, "--format", "docx"])).rejects.toThrow(/--format must be md or pdf/);
    await expect(run([SEED, "-o", join(dir, "x.txt")])).rejects.toThrow(/--format is needed/);
    await expect(run([join(dir, "missing.json")])).rejects.toThrow(/^no such file/);
    await writeFile(join(dir, "broken.json"), "{ not json");
    await expect(run([join(dir, "broken.json")])).rejects.toThrow(/is not valid JSON$/);
  });

  it("exits 2 from the real command line on an invalid ticket, with one line on stderr", async () => {
    const path = await ticketFile("invalid-cli.json", (t) => {
      (t.examples[1] as Record<string, unknown>).xRequestId = "e1234567-89ab-4cde-8f12-3456789abcdz";
    });
    const result = await runCliAsync(["export", path, "--format", "md"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^ticket: invalid ticket: examples\.1\.xRequestId: /);
  }, 60_000);
});
