// POST /export?format=md|pdf|json — the download without JavaScript: the ticket's JSON arrives in the form field
// `ticket` (TicketDownloads renders the form); the file goes back as an attachment. Problems answer a small page
// that says what to fix (never echoing the ticket), with the status a script would expect (400, 413, 422; 503 past
// the worker pool's time budget).
import type { ActionFunctionArgs } from "@remix-run/node";
import { ApiError, MAX_REQUEST_BYTES, readBodyText } from "~/api/json";
import { toResponse } from "~/api/answer";
import { exportPage } from "~/api/export-page";
import { runHeavy } from "~/api/heavy.server";
import { isExportFormat } from "~/export/export-ticket";

const page = (status: number, title: string, lines: string[]) => toResponse(exportPage(status, title, lines));

export const loader = () => page(405, "Export needs the ticket", ["Use the Download buttons on the finished ticket."]);

async function readTicketField(request: Request): Promise<string | null> {
  const body = await readBodyText(request, MAX_REQUEST_BYTES);
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const value = (await new Response(body, { headers: { "Content-Type": type } }).formData()).get("ticket");
    return typeof value === "string" ? value : null;
  }
  return new URLSearchParams(body).get("ticket");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  if (!isExportFormat(format) && format !== "json") {
    return page(400, "Unknown format", ["Choose Markdown (md), PDF (pdf) or the ticket file (json)."]);
  }
  let raw: string | null;
  try {
    raw = await readTicketField(request);
  } catch (error) {
    if (error instanceof ApiError) return page(error.status, "The ticket could not be read", [error.message]);
    return page(400, "The ticket could not be read", ["The form could not be read."]);
  }
  if (!raw) return page(400, "The ticket is missing", ["The form carried no ticket."]);
  return runHeavy(context, { kind: "export-form", ticket: raw, format });
}
