import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import redact from "../../bin/commands/redact";
import { CliError } from "../../bin/commands/cli";
import { runCli } from "./built-cli";
import { ACCESS_TOKEN, BASIC, fixture } from "../evidence/helpers";

const FIXTURES = fileURLToPath(new URL("../fixtures/evidence/", import.meta.url));

async function run(args: string[], stdin = ""): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c));
  const input = new PassThrough();
  input.end(stdin);
  const code = await redact(args, { stdout, stdin: input });
  return { code, out: Buffer.concat(chunks).toString("utf8") };
}

describe("ticket redact", () => {
  it("redacts a file to stdout, keeping the diagnostic IDs", async () => {
    const { code, out } = await run([FIXTURES + "token-request.http"]);
    expect(code).toBe(0);
    expect(out).not.toContain(BASIC);
    expect(out).toContain("Cerner-Correlation-Id: 5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
    expect(out).toContain("Authorization: Basic [REDACTED:basic_auth#1]");
  });

  it("reads stdin with - (and with no FILE) and prints JSON with --json", async () => {
    const { out } = await run(["-", "--json"], fixture("token-response.json"));
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["text", "kind", "findings", "warnings"]);
    expect(json.kind).toBe("token-response");
    expect(json.text).not.toContain(ACCESS_TOKEN);
    expect(json.findings[0]).toMatchObject({ category: "secret", type: "access_token", count: 1, restorable: false });
    expect((await run([], "password=hunter2hunter2")).out).toBe("password=[REDACTED:password#1]\n");
  });

  it("applies the client-domain policy with --env client", async () => {
    const { out } = await run([FIXTURES + "patient-bundle.json", "--env", "client"]);
    expect(JSON.parse(out).entry[0].resource.id).toBe("[REDACTED:patient_id#1]");
    const sandbox = await run([FIXTURES + "patient-bundle.json", "--env=sandbox"]);
    expect(JSON.parse(sandbox.out).entry[0].resource.id).toBe("90210777");
  });

  it("refuses bad options and input with one clear line", async () => {
    await expect(run(["--env", "production"])).rejects.toThrow(new CliError('--env is "sandbox" or "client"'));
    await expect(run([FIXTURES + "nope.txt"])).rejects.toThrow(/^no such file: /);
    await expect(run(["a", "b"])).rejects.toThrow("redact takes one FILE (or - for stdin)");
    await expect(run(["--kind", "pdf"], "x")).rejects.toThrow(/^--kind is one of: har, http/);
  });

  it("exits 2 with one line on stderr for bad input, through the real CLI", () => {
    const result = runCli(["redact", "-"], Buffer.from([0x41, 0x00, 0x42]));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ticket: input is a binary file, not text evidence\n");
  }, 30_000);
});
