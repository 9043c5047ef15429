// POST /export?format=md|pdf|json — the download without JavaScript: the ticket's JSON arrives in the form field
// `ticket` (TicketDownloads renders the form); the file goes back as an attachment. Problems answer a small page
// that says what to fix (never echoing the ticket), with the status a script would expect (400, 413, 422).
import type { ActionFunctionArgs } from "@remix-run/node";
import { ApiError, MAX_REQUEST_BYTES, readBodyText } from "~/api/json";
import { exportTicket, ExportError, isBlocked, isExportFormat } from "~/export/export-ticket";
import { fileResponse } from "~/export/file-response";
import { exportTicketFile } from "~/export/ticket-file";
import { readFonts } from "~/export/fonts.server";
import { fieldErrors, ticketSchema } from "~/ticket/schema";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, title: string, lines: string[]): Response {
  const items = lines.length > 1 ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : `<p>${escapeHtml(lines[0] ?? "")}</p>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${items}<p>Use your browser's Back button to return to the ticket.</p></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

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

export async function action({ request }: ActionFunctionArgs) {
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
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return page(400, "The ticket could not be read", ["The ticket is not valid JSON."]);
  }
  const parsed = ticketSchema.safeParse(value);
  if (!parsed.success) {
    const errors = Object.entries(fieldErrors(parsed.error)).map(([path, message]) => `${path}: ${message}`);
    return page(400, "The ticket is not complete", errors);
  }
  try {
    const result =
      format === "json" ? await exportTicketFile(parsed.data) : await exportTicket(parsed.data, format, { fonts: readFonts });
    if (isBlocked(result)) return page(422, "Export blocked: it would leak a secret or patient identifier", result.reasons);
    return fileResponse(result);
  } catch (error) {
    return page(500, "The export failed", [error instanceof ExportError ? error.message : "Nothing was exported. Try again."]);
  }
}
