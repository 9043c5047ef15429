// Reading a file as evidence: checked for size before anything is read, for binary content on its first chunk, and
// decoded as UTF-8 with a warning where bytes are not valid.
import { File } from "node:buffer";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readEvidenceFile, type FileLike } from "~/components/evidence/read-evidence-file";

const file = (bytes: Uint8Array | string, name = "evidence.txt") => new File([bytes], name) as unknown as FileLike;

describe("readEvidenceFile", () => {
  it("refuses a file over 50 MB with a message naming the file and the limit, without reading it", async () => {
    let read = false;
    const huge: FileLike = {
      name: "session.har",
      size: MAX_FILE_BYTES + 1,
      slice: () => {
        read = true;
        return { arrayBuffer: async () => new ArrayBuffer(0) };
      },
      text: async () => {
        read = true;
        return "";
      },
    };
    const result = await readEvidenceFile(huge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("“session.har”");
    expect(result.message).toContain("the limit is 50 MB");
    expect(read).toBe(false);
  });

  it("reads a small text file whole", async () => {
    const result = await readEvidenceFile(file("x".repeat(10), "small.log"));
    expect(result).toMatchObject({ ok: true, name: "small.log", size: 10, text: "x".repeat(10), warnings: [] });
  });

  it("refuses a binary file (NUL bytes in its first chunk)", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = await readEvidenceFile(file(png, "screenshot.png"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^“screenshot\.png” looks like a binary file, not text evidence/);
  });

  it("decodes invalid UTF-8 with replacement characters and a warning", async () => {
    const bytes = new Uint8Array([...Buffer.from("X-Request-Id: abc "), 0xff, 0xfe, 0x41]);
    const result = await readEvidenceFile(file(bytes, "app.log"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain("X-Request-Id: abc \uFFFD");
    expect(result.warnings).toEqual([expect.stringContaining("not valid UTF-8")]);
  });

  it("reads UTF-16 text (a BOM, then NUL bytes) as text, not as binary", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("GET /r4 HTTP/1.1", "utf16le")]);
    const result = await readEvidenceFile(file(utf16, "windows.txt"));
    expect(result).toMatchObject({ ok: true, text: "GET /r4 HTTP/1.1" });
  });

  it("refuses an empty file", async () => {
    const result = await readEvidenceFile(file("", "empty.har"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe("“empty.har” is empty. It was not added.");
  });
});
