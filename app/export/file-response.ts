// The HTTP answer carrying an exported file (API and no-JS route): an attachment, never cached, never sniffed.
import type { ExportedFile } from "./export-ticket";
import { toResponse, type Answer } from "~/api/answer";

/** RFC 6266: a plain ASCII filename, plus the UTF-8 form (ours are ASCII already; kept safe anyway). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function fileAnswer(file: ExportedFile): Answer {
  return {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename),
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
    body: file.bytes,
  };
}

export const fileResponse = (file: ExportedFile): Response => toResponse(fileAnswer(file));
