import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import diagnoseCommand from "../../bin/commands/diagnose";
import { CliError } from "../../bin/commands/cli";
import { runCliAsync } from "./built-cli";

const SEED = "test/fixtures/diagnosis/seed";
const CODES = "test/fixtures/diagnosis/codes";

async function run(args: string[], stdin = ""): Promise<{ code: number; out: string }> {
  let out = "";
  const stdout = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  const input = new PassThrough();
  input.end(stdin);
  const code = await diagnoseCommand(args, { stdout, stdin: input });
  return { code, out };
}

describe("ticket diagnose", () => {
  it("prints the findings by severity with their next steps, the scope table and the questions", async () => {
    const { code, out } = await run([
      `${SEED}/token-request.http`,
      `${SEED}/specimen-403.http`,
      "--ticket",
      `${SEED}/ticket.json`,
    ]);
    expect(code).toBe(0);
    expect(out.indexOf("Errors (2)")).toBeLessThan(out.indexOf("Warnings"));
    expect(out).toContain("[SCOPE_REQUIRED_MISSING] system/Specimen.read is needed");
    expect(out).toMatch(/1\) In Code Console, check that the app's registration lists system\/Specimen\.read/);
    expect(out).toMatch(/system\/Specimen\.read\s+yes\s+no\s+yes\s+\?/);
    expect(out).toContain("Questions for Oracle Health support");
    expect(out).not.toContain("eyJ");
  });

  it("--json prints {findings, scopes, summary, questions}", async () => {
    const { out } = await run([`${SEED}/token-request.http`, `${SEED}/specimen-403.http`, "--json"]);
    const body = JSON.parse(out);
    expect(Object.keys(body).sort()).toEqual(["findings", "questions", "scopes", "summary"]);
    expect(body.findings[0].evidence[0].itemId).toMatch(/\.http$/);
  });

  it("--fail-on error exits 1 when an error finding exists, 0 otherwise", async () => {
    expect((await run([`${SEED}/specimen-403.http`, `${SEED}/token-request.http`, "--fail-on", "error"])).code).toBe(1);
    expect((await run([`${CODES}/timestamp-no-timezone/ticket.json`, "--fail-on", "error"])).code).toBe(0);
  });

  it("--app-type, --smart and --env fill the form values", async () => {
    const { out } = await run([`${CODES}/scope-version-mismatch/token-request.http`, "--smart", "v1", "--json"]);
    expect(JSON.parse(out).findings.map((f: { code: string }) => f.code)).toContain("SCOPE_VERSION_MISMATCH");
    const env = await run([`${CODES}/host-environment-mismatch/patient-200.http`, "--env", "client-prod", "--json"]);
    expect(JSON.parse(env.out).findings.map((f: { code: string }) => f.code)).toContain("HOST_ENVIRONMENT_MISMATCH");
  });

  it("reads evidence from stdin", async () => {
    const { out } = await run(
      ["-", "--json"],
      '{"error":"invalid_grant","error_uri":"https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Ainvalid-tenant/instances/65b0a9f4-782f-49a4-947f-e0a875ce5f67?client=0f6b2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4&tenant=7d3e8a90-5b1c-4f2e-9a6d-3c8b1e0f4a27"}',
    );
    expect(JSON.parse(out).findings[0].code).toBe("CLIENT_NOT_ON_TENANT");
  });

  it.each([
    [[], /no evidence file/],
    [["missing.har"], /no such file: missing.har/],
    [[`${SEED}/specimen-403.http`, "--fail-on", "warning"], /--fail-on takes one value/],
    [[`${SEED}/specimen-403.http`, "--smart", "v3"], /--smart must be one of v1, v2/],
    [[`${SEED}/specimen-403.http`, "--verbose", "x"], /unknown option --verbose/],
    [[`${SEED}/specimen-403.http`, "--ticket", `${SEED}/token-request.http`], /not valid JSON/],
  ])("bad input %j is a CliError (exit 2)", async (args, message) => {
    await expect(run(args as string[])).rejects.toThrow(CliError);
    await expect(run(args as string[])).rejects.toThrow(message);
  });

  it("through the real binary: exit 1 with --fail-on error, 2 on bad input with one line that echoes no evidence", async () => {
    const ok = await runCliAsync(["diagnose", `${CODES}/timestamp-no-timezone/ticket.json`]);
    expect(ok.code).toBe(0);
    const fail = await runCliAsync([
      "diagnose",
      `${SEED}/specimen-403.http`,
      `${SEED}/token-request.http`,
      "--fail-on",
      "error",
    ]);
    expect(fail.code).toBe(1);
    const bad = await runCliAsync(["diagnose", "nope.har"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
