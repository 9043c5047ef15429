// The no-JavaScript Evidence step's file upload through the wizard's Remix action, with real multipart Requests:
// files are read in memory, checked like a file added in the browser (50 MB, binary, invalid UTF-8, item count), their
// kind detected and their text redacted like a pasted item; a refused file is named by position and size, never by
// its content or name, and nothing else of the post is lost.
import { describe, expect, it } from "vitest";
import { action } from "~/routes/_index";
import { MAX_FILE_BYTES } from "~/evidence/file-text";
import { newDraft, serialiseDraft, withVisited } from "~/wizard/draft";
import { MAX_MULTIPART_BYTES } from "~/wizard/read-form.server";
import type { WizardResponse } from "~/wizard/submission";
import { ACCESS_TOKEN, CLIENT_SECRET, fixture } from "../evidence/helpers";
import { seedValues } from "../wizard/fixtures";

const URL_ = "http://localhost/?index";
const evidenceDraft = () => serialiseDraft(withVisited({ ...newDraft(seedValues()), step: "evidence" }));

type Part = [string, string | File];

function multipart(parts: Part[]): Request {
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  return new Request(URL_, { method: "POST", body: form });
}

/** What the no-JS Evidence step posts: its fields, the hidden draft, the button, and the chosen files. */
const evidencePost = (files: File[], extra: Part[] = [], intent = "upload-evidence", draft = evidenceDraft()) =>
  multipart([
    ["step", "evidence"],
    ["intent", intent],
    ["draft", draft],
    ...extra,
    ...(files.length ? files.map((f): Part => ["evidenceFiles", f]) : [["evidenceFiles", new File([], "")] as Part]),
  ]);

async function run(request: Request): Promise<{ status: number; body: WizardResponse; raw: string }> {
  const response = (await action({ request, params: {}, context: {} })) as Response;
  const raw = await response.text();
  return { status: response.status, body: JSON.parse(raw) as WizardResponse, raw };
}

const stepOf = (body: WizardResponse) => {
  if (body.kind !== "step") throw new Error("expected a step");
  return body;
};

const tokenResponse = () => new File([fixture("token-response.json")], "token-response.json");

describe("uploading evidence files without JavaScript", () => {
  it("adds a chosen token response as a redacted item of the detected kind and stays on the step", async () => {
    const { status, body, raw } = await run(evidencePost([tokenResponse()]));
    expect(status).toBe(200);
    const step = stepOf(body);
    expect(step.step).toBe("evidence");
    const added = step.draft.values.evidence.at(-1)!;
    expect(added.kind).toBe("token-response");
    expect(added.text).toMatch(/\[REDACTED:access_token#1\b/);
    expect(added.text).toContain("system/Observation.read");
    expect(raw).not.toContain(ACCESS_TOKEN.split(".")[1]);
  });

  it("adds several files in the order chosen, each redacted (a HAR stays a HAR)", async () => {
    const har = new File([fixture("session.har")], "capture.har", { type: "application/json" });
    const before = seedValues().evidence.length;
    const { status, body, raw } = await run(evidencePost([har, tokenResponse()]));
    expect(status).toBe(200);
    const evidence = stepOf(body).draft.values.evidence;
    expect(evidence).toHaveLength(before + 2);
    expect(evidence[before].kind).toBe("har");
    expect(JSON.parse(evidence[before].text).log.entries.length).toBeGreaterThan(0);
    expect(evidence[before + 1].kind).toBe("token-response");
    expect(raw).not.toContain(CLIENT_SECRET);
    expect(raw).not.toContain(ACCESS_TOKEN.split(".")[1]);
  });

  it("takes the files with Next too, and moves on", async () => {
    const { status, body } = await run(evidencePost([tokenResponse()], [], "next"));
    expect(status).toBe(200);
    const step = stepOf(body);
    expect(step.step).toBe("review");
    expect(step.draft.values.evidence.at(-1)!.kind).toBe("token-response");
  });

  it("refuses a binary file by its position, keeps the other file and everything typed on the step", async () => {
    const binary = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0])], "patient-jane-doe.zip");
    const { status, body, raw } = await run(
      evidencePost(
        [tokenResponse(), binary],
        [
          ["evidence.0.id", "evidence-1"],
          ["evidence.0.kind", "text"],
          ["evidence.0.label", "My notes"],
          ["evidence.0.text", "GET /Specimen?_id=12345 answered 403 insufficient_scope"],
          ["redactTerms.0", "Acme Hospital"],
        ],
      ),
    );
    expect(status).toBe(400);
    const step = stepOf(body);
    expect(step.step).toBe("evidence");
    expect(step.errors.evidence).toMatch(/^File 2 of 2 looks like a binary file/);
    expect(raw).not.toContain("jane");
    const values = step.draft.values;
    expect(values.evidence[0]).toMatchObject({
      label: "My notes",
      text: expect.stringContaining("insufficient_scope"),
    });
    expect(values.evidence).toHaveLength(2);
    expect(values.evidence[1].kind).toBe("token-response");
    expect(values.redactTerms).toEqual(["Acme Hospital"]);
  });

  it("refuses a file over 50 MB naming its size, and keeps the rest of the post", async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)], "huge.log");
    const { status, body, raw } = await run(evidencePost([big], [["redactTerms.0", "Acme Hospital"]]));
    expect(status).toBe(400);
    const step = stepOf(body);
    expect(step.errors.evidence).toBe(
      "The file you chose is 50.0 MB: the limit is 50 MB a file. It was not added (nothing else changed). Export only the failing requests, or split the file.",
    );
    expect(step.draft.values.redactTerms).toEqual(["Acme Hospital"]);
    expect(step.draft.values.evidence).toEqual([]);
    expect(raw).not.toContain("aaaaaaaaaa");
  });

  it("answers 413, without reading it all into the page, to a post past the multipart limit", async () => {
    const tooBig = new File([new Uint8Array(MAX_MULTIPART_BYTES + 1)], "dump.bin");
    const { status, body } = await run(evidencePost([tooBig]));
    expect(status).toBe(413);
    expect(stepOf(body).message).toMatch(/larger than 82 MB/);
  });

  it("adds a file with invalid UTF-8 and says so, like the browser", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("HTTP/1.1 403 Forbidden\nX-Request-Id: abc\n"),
      0xff,
      0x41,
    ]);
    const { status, body } = await run(evidencePost([new File([bytes], "odd.txt")]));
    expect(status).toBe(200);
    const step = stepOf(body);
    expect(step.draft.values.evidence.at(-1)!.text).toContain("\uFFFD");
    expect(step.message).toMatch(/^Some bytes of the file you chose are not valid UTF-8/i);
  });

  it("reads UTF-16 text with a byte-order mark as text, not as a binary file", async () => {
    const text = '{"error":"insufficient_scope"}';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const { status, body } = await run(evidencePost([new File([bytes], "utf16.json")]));
    expect(status).toBe(200);
    expect(stepOf(body).draft.values.evidence.at(-1)!.text).toContain("insufficient_scope");
  });

  it("refuses an empty file, and says so when Add was pressed with no file chosen", async () => {
    const empty = await run(evidencePost([new File(["  \n"], "blank.txt")]));
    expect(empty.status).toBe(400);
    expect(stepOf(empty.body).errors.evidence).toBe("The file you chose is empty. It was not added.");

    const none = await run(evidencePost([]));
    expect(none.status).toBe(400);
    expect(stepOf(none.body).errors.evidence).toMatch(/No file was chosen/);
  });

  it("adds files only up to fifty evidence items and names the ones left out", async () => {
    const items: Part[] = Array.from({ length: 49 }, (_, i): Part[] => [
      [`evidence.${i}.id`, `evidence-${i + 1}`],
      [`evidence.${i}.kind`, "text"],
      [`evidence.${i}.text`, `line ${i}`],
    ]).flat();
    const { status, body } = await run(evidencePost([tokenResponse(), tokenResponse()], items));
    expect(status).toBe(400);
    const step = stepOf(body);
    expect(step.draft.values.evidence).toHaveLength(50);
    expect(step.draft.values.evidence[49].kind).toBe("token-response");
    expect(step.errors.evidence).toMatch(/^File 2 of 2 was not added: fifty evidence items is the limit/);
  });

  it("ignores files posted on another step, and refuses files under any other field name", async () => {
    const other = multipart([
      ["step", "problem"],
      ["intent", "back"],
      ["draft", serialiseDraft(withVisited({ ...newDraft(seedValues()), step: "problem" }))],
      ["evidenceFiles", tokenResponse()],
    ]);
    const { status, body } = await run(other);
    expect(status).toBe(200);
    expect(stepOf(body).draft.values.evidence).toHaveLength(seedValues().evidence.length);

    const wrongField = await run(
      multipart([
        ["step", "evidence"],
        ["evidence.0.text", tokenResponse()],
      ]),
    );
    expect(wrongField.status).toBe(400);
    expect(stepOf(wrongField.body).message).toMatch(/Files cannot be uploaded here/);
  });
});
