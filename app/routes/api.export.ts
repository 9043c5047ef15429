// POST /api/export?format=md|pdf[&pageSize=A4|Letter] — a ticket as JSON in, the file out (Content-Disposition:
// attachment). 400 with a JSON error for a bad format, bad JSON or an invalid ticket (per-field messages); 413 past
// the size limit; 422 when the leak check blocks the export (what and where, never the value). The work runs in the
// server's worker pool (413/503 past its memory or time budget).
import type { ActionFunctionArgs } from "@remix-run/node";
import { ApiError, handleJson, methodNotAllowed, readBody } from "~/api/json";
import { runHeavy } from "~/api/heavy.server";
import { isExportFormat } from "~/export/export-ticket";

export const loader = () => methodNotAllowed();

export const action = ({ request, context }: ActionFunctionArgs) =>
  handleJson(async () => {
    if (request.method !== "POST") return methodNotAllowed();
    const url = new URL(request.url);
    const format = url.searchParams.get("format") ?? "";
    if (!isExportFormat(format)) throw new ApiError(400, "Add ?format=md or ?format=pdf to the URL.");
    const pageSize = url.searchParams.get("pageSize") ?? "A4";
    if (pageSize !== "A4" && pageSize !== "Letter") throw new ApiError(400, "pageSize is A4 or Letter.");
    return runHeavy(context, { kind: "export", body: await readBody(request), format, pageSize });
  });
