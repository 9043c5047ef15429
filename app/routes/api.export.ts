// POST /api/export?format=md|pdf[&pageSize=A4|Letter] — a ticket as JSON in, the file out (Content-Disposition:
// attachment). 400 with a JSON error for a bad format, bad JSON or an invalid ticket (per-field messages); 413 past
// the size limit; 422 when the leak check blocks the export (what and where, never the value).
import type { ActionFunctionArgs } from "@remix-run/node";
import { ApiError, handleJson, jsonResponse, methodNotAllowed, readJson } from "~/api/json";
import { ExportError, exportTicket, isBlocked, isExportFormat, type ExportResult } from "~/export/export-ticket";
import { fileResponse } from "~/export/file-response";
import { readFonts } from "~/export/fonts.server";
import { ticketSchema } from "~/ticket/schema";

export const loader = () => methodNotAllowed();

export const action = ({ request }: ActionFunctionArgs) =>
  handleJson(async () => {
    if (request.method !== "POST") return methodNotAllowed();
    const url = new URL(request.url);
    const format = url.searchParams.get("format") ?? "";
    if (!isExportFormat(format)) throw new ApiError(400, 'Add ?format=md or ?format=pdf to the URL.');
    const pageSize = url.searchParams.get("pageSize") ?? "A4";
    if (pageSize !== "A4" && pageSize !== "Letter") throw new ApiError(400, "pageSize is A4 or Letter.");
    const ticket = await readJson(request, ticketSchema);
    let result: ExportResult;
    try {
      result = await exportTicket(ticket, format, { fonts: readFonts, pageSize });
    } catch (error) {
      if (error instanceof ExportError) throw new ApiError(500, error.message);
      throw error;
    }
    if (isBlocked(result)) {
      return jsonResponse(
        {
          error: {
            status: 422,
            message: "The export was blocked: it would contain a secret or patient identifier. Fix the places listed and try again.",
            leaks: result.blocked.map(({ rule, type, category, form, where, line, column, occurrences }) => ({ rule, type, category, form, where, line, column, occurrences })),
            reasons: result.reasons,
          },
        },
        422,
      );
    }
    return fileResponse(result);
  });
