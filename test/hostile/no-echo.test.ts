// Error messages say what is wrong and where (field, length, shape), never the value: a secret pasted into an
// identifier or time field must not come back in a 400 body, on the /export page or on the CLI's stderr.
import { Writable, PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { fieldErrors, ticketSchema } from "~/ticket/schema";
import { action as apiExport } from "~/routes/api.export";
import { action as formExport } from "~/routes/export";
import exportCommand from "../../bin/commands/export";
import { CliError } from "../../bin/commands/cli";
import { seedInput } from "../document/helpers";

const SECRET = "sk_live_51Hq8ZtK3mJ9xWvR2pLd7YcNbF4aEoUi6gTsQ0hVzXyM";
const LONG = "your-" + "q".repeat(995);

type Mutable = Record<string, Record<string, unknown>> & { examples: Array<Record<string, unknown>> };
const variants: Array<[string, (t: Mutable) => void, string]> = [
  ["application.tenantId", (t) => (t.application.tenantId = SECRET), SECRET],
  ["application.tenantId", (t) => (t.application.tenantId = LONG), LONG],
  ["application.appId", (t) => (t.application.appId = "abc12345-def6-7890-ghij-klmnopqrstuv"), "ghij-klmnopqrstuv"],
  ["application.clientId", (t) => (t.application.clientId = `<${SECRET}>`), SECRET],
  [
    "application.fhirBaseUrl",
    (t) => (t.application.fhirBaseUrl = `https://example.org/fhir/${SECRET}Patient/Observation`),
    SECRET,
  ],
  [
    "application.fhirBaseUrl",
    (t) => (t.application.fhirBaseUrl = "https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d"),
    "ec2458f2-1e24-41c8-b71b-0e701af7583d",
  ],
  ["examples.0.cernerCorrelationId", (t) => (t.examples[0].cernerCorrelationId = `{${SECRET}}`), SECRET],
  ["examples.1.opcRequestId", (t) => (t.examples[1].opcRequestId = `/${SECRET}/${SECRET}`), SECRET],
  ["examples.1.xRequestId", (t) => (t.examples[1].xRequestId = LONG), LONG],
  ["examples.0.occurredAt", (t) => (t.examples[0].occurredAt = "2025-07-28 15:21:14"), "2025-07-28 15:21:14"],
  ["examples.1.occurredAt", (t) => (t.examples[1].occurredAt = "2025-13-45T15:22:10Z"), "2025-13-45"],
];

const ticketWith = (change: (t: Mutable) => void) => {
  const t = seedInput() as unknown as Mutable;
  change(t);
  return t;
};

/** No run of 12 characters of the value appears in the text. */
function expectNoEcho(text: string, value: string) {
  const probe = value.length > 24 ? value.slice(8, 20) : value;
  expect(text).not.toContain(probe);
}

describe("validation messages never repeat the value", () => {
  for (const [field, change, value] of variants) {
    it(`${field}: the message names the problem without the value`, () => {
      const result = ticketSchema.safeParse(ticketWith(change));
      expect(result.success).toBe(false);
      const errors = fieldErrors(result.error!);
      expect(Object.keys(errors)).toContain(field);
      expectNoEcho(JSON.stringify(errors), value);
    });
  }

  it("an unknown field named like a secret is reported without its name", () => {
    const t = ticketWith(() => undefined) as unknown as Record<string, Record<string, unknown>>;
    t.application[SECRET] = "x";
    const result = ticketSchema.safeParse(t);
    if (result.success) return; // unknown keys dropped: nothing echoed either
    expectNoEcho(JSON.stringify(fieldErrors(result.error)), SECRET);
  });
});

describe("API shape errors", () => {
  it("an unknown key named like a secret is counted, not named", async () => {
    const { action: redactAction } = await import("~/routes/api.redact");
    const res = await redactAction({
      request: new Request("http://localhost/api/redact", {
        method: "POST",
        body: JSON.stringify({ text: "x", [SECRET]: 1 }),
        headers: { "Content-Type": "application/json" },
      }),
      params: {},
      context: {},
    });
    expect(res.status).toBe(400);
    expectNoEcho(await res.text(), SECRET);
  });
});

describe("every surface that shows validation errors", () => {
  const ticket = JSON.stringify(ticketWith((t) => (t.application.tenantId = `{${SECRET}}`)));

  it("POST /api/export: 400 without the value", async () => {
    const res = await apiExport({
      request: new Request("http://localhost/api/export?format=md", {
        method: "POST",
        body: ticket,
        headers: { "Content-Type": "application/json" },
      }),
      params: {},
      context: {},
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain("application.tenantId");
    expectNoEcho(body, SECRET);
  });

  it("POST /export (no JavaScript): the page says which field, not its value", async () => {
    const res = await formExport({
      request: new Request("http://localhost/export?format=md", {
        method: "POST",
        body: new URLSearchParams({ ticket }),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: {},
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("application.tenantId");
    expectNoEcho(page, SECRET);
  });

  it("the CLI: stderr line without the value", async () => {
    const stdin = new PassThrough();
    stdin.end(ticket);
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const error = await exportCommand(["-", "--format", "md"], { stdin, stdout: sink, stderr: sink } as never).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toContain("application.tenantId");
    expectNoEcho((error as Error).message, SECRET);
  });
});
