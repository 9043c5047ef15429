// POST /export?format=md|pdf|json — the download without JavaScript: the ticket's JSON arrives in the form field
// `ticket` (TicketDownloads renders the form); the file goes back as an attachment. Problems answer a small page
// that says what to fix (never echoing the ticket), with the status a script would expect (400, 413, 422; 503 past
// the worker pool's time budget).
import type { ActionFunctionArgs } from "@remix-run/node";
import { ApiError, MAX_REQUEST_BYTES, readBody } from "~/api/json";
import { toResponse } from "~/api/answer";
import { exportPage } from "~/api/export-page";
import { runHeavy } from "~/api/heavy.server";
import { isExportFormat } from "~/export/export-ticket";

const page = (status: number, title: string, lines: string[]) => toResponse(exportPage(status, title, lines));

export const loader = () => page(405, "Export needs the ticket", ["Use the Download buttons on the finished ticket."]);

export async function action({ request, context }: ActionFunctionArgs) {
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  if (!isExportFormat(format) && format !== "json") {
    return page(400, "Unknown format", ["Choose Markdown (md), PDF (pdf) or the ticket file (json)."]);
  }
  let body: Uint8Array;
  try {
    body = await readBody(request, MAX_REQUEST_BYTES);
  } catch (error) {
    if (error instanceof ApiError) return page(error.status, "The ticket could not be read", [error.message]);
    return page(400, "The ticket could not be read", ["The form could not be read."]);
  }
  // The form is parsed in the worker pool, like the API's JSON: a 50 MB post is never decoded on the request thread.
  const contentType = request.headers.get("Content-Type") ?? "";
  return runHeavy(context, { kind: "export-form", body, contentType, format });
}
