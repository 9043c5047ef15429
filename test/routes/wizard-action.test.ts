// The wizard's Remix action with real Requests: status codes and messages for good, bad and odd posts.
import { describe, expect, it } from "vitest";
import { action } from "~/routes/_index";
import { newDraft, serialiseDraft, withVisited } from "~/wizard/draft";
import type { WizardResponse } from "~/wizard/submission";
import { flatten, SEED_PLACEHOLDER_CORRELATION_ID, seedValues } from "../wizard/fixtures";

const URL_ = "http://localhost/?index";

function formPost(pairs: Array<[string, string]>): Request {
  return new Request(URL_, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pairs).toString(),
  });
}

async function run(request: Request): Promise<{ status: number; body: WizardResponse; cache: string | null }> {
  const response = (await action({ request, params: {}, context: {} })) as Response;
  return {
    status: response.status,
    body: (await response.json()) as WizardResponse,
    cache: response.headers.get("cache-control"),
  };
}

const examplesDraft = serialiseDraft(withVisited({ ...newDraft(seedValues()), step: "examples" }));

describe("the wizard action", () => {
  it("answers 200 with the next step for a valid step", async () => {
    const { status, body, cache } = await run(
      formPost([["step", "about"], ["intent", "next"], ...flatten("about", seedValues().about)]),
    );
    expect(status).toBe(200);
    expect(body.kind === "step" && body.step).toBe("application");
    expect(cache).toBe("no-store");
  });

  it("answers 400 with field errors from the schema, e.g. the seed's placeholder correlation ID", async () => {
    const example = { ...seedValues().examples[0], cernerCorrelationId: SEED_PLACEHOLDER_CORRELATION_ID };
    const { status, body } = await run(
      formPost([["step", "examples"], ["intent", "next"], ["draft", examplesDraft], ...flatten("examples", [example])]),
    );
    expect(status).toBe(400);
    if (body.kind !== "step") throw new Error("expected a step");
    expect(body.errors["examples.0.cernerCorrelationId"]).toMatch(/looks like a placeholder/);
    expect(body.draft.values.examples[0].cernerCorrelationId).toBe(SEED_PLACEHOLDER_CORRELATION_ID);
  });

  it("answers 400 to a post with no fields at all", async () => {
    const { status, body } = await run(formPost([]));
    expect(status).toBe(400);
    expect(body.kind === "step" && Object.keys(body.errors)).toContain("about.opnMember");
  });

  it("answers 400 when a field is posted twice (a list where one value is expected)", async () => {
    const { status, body } = await run(
      formPost([
        ["step", "application"],
        ["intent", "next"],
        ["application.appId", "a"],
        ["application.appId", "b"],
      ]),
    );
    expect(status).toBe(400);
    expect(body.kind === "step" && body.errors["application.appId"]).toMatch(/App ID/);
  });

  it("answers 400, without echoing it, to a 10 MB answer", async () => {
    const huge = "A".repeat(10 * 1024 * 1024);
    const { status, body } = await run(
      formPost([
        ["step", "problem"],
        ["intent", "next"],
        ["problem.workflow", huge],
      ]),
    );
    expect(status).toBe(400);
    expect(body.kind === "step" && body.errors["problem.workflow"]).toMatch(/too long to keep/);
    expect(JSON.stringify(body)).not.toContain("A".repeat(1000));
  });

  it("answers 413 to a body past the size limit, and 400 to files and non-form bodies", async () => {
    const tooBig = await run(formPost([["evidence.0.text", "x".repeat(33 * 1024 * 1024)]]));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.kind === "step" && tooBig.body.message).toMatch(/larger than 32 MB/);

    const multipart = new FormData();
    multipart.set("step", "evidence");
    multipart.set("evidence.0.text", new File(["Authorization: Bearer abc"], "capture.txt"));
    const file = await run(new Request(URL_, { method: "POST", body: multipart }));
    expect(file.status).toBe(400);
    expect(file.body.kind === "step" && file.body.message).toMatch(/Files cannot be uploaded/);
    expect(JSON.stringify(file.body)).not.toContain("Bearer");

    const json = await run(
      new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
    );
    expect(json.status).toBe(400);
  });
});
