// The built CLI (dist/ticket.mjs, the package's bin) behaves like the source: it starts without a TypeScript
// compiler, says its version, and does real work on the seed ticket.
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtCli, ROOT, runCli, runCliAsync } from "./built-cli";

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { version: string; bin: Record<string, string> };

describe("the built ticket command", () => {
  it("is one executable file that Node runs directly", () => {
    const file = builtCli();
    expect(readFileSync(file, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(file).mode & 0o111).not.toBe(0);
    expect(pkg.bin.ticket).toBe("dist/ticket.mjs");
  }, 60_000);

  it("prints the package's version and its usage", () => {
    expect(runCli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: ticket <command>/);
    for (const command of ["redact", "diagnose", "export", "schema", "--version"])
      expect(help.stdout).toContain(command);
  }, 60_000);

  it("exports the seed ticket byte for byte as the golden Markdown", async () => {
    const result = await runCliAsync(["export", "test/fixtures/seed-ticket.json", "--format", "md"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(`${ROOT}test/fixtures/golden/seed-ticket.md`, "utf8"));
  }, 60_000);

  it("redacts stdin and refuses an unknown command with exit 2", () => {
    const redacted = runCli(["redact", "-"], "password=hunter2hunter2");
    expect(redacted).toEqual({ code: 0, stdout: "password=[REDACTED:password#1]\n", stderr: "" });
    const unknown = runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ticket: unknown command "frobnicate"/);
  }, 60_000);
});
