// The heavy work behind the API and the no-JavaScript export, as tasks over a body already read (the size limit is
// enforced while reading, on the request thread). Each task answers plain data (answer.ts), so the server can run it
// in its worker pool (server/pool.ts) with a time and memory budget, and tests or `remix dev` can run it inline.
import { ApiError, answerJson, decodeBody, errorAnswer, parseJsonBody } from "./json";
import { jsonAnswer, type Answer } from "./answer";
import { redactRequestSchema } from "./redact-request";
import { redactBody } from "./redact";
import { diagnose } from "~/diagnosis/diagnose";
import { diagnoseRequestSchema } from "~/diagnosis/request-schema";
import { ExportError, exportTicket, isBlocked, type ExportFormat, type ExportResult } from "~/export/export-ticket";
import { fileAnswer } from "~/export/file-response";
import { exportTicketFile } from "~/export/ticket-file";
import { readFonts } from "~/export/fonts.server";
import { RedactionError } from "~/redaction/redact";
import { fieldErrors, ticketSchema, type Ticket } from "~/ticket/schema";
import { exportPage } from "./export-page";

/** `body`: the request's bytes as read (decoded and parsed by the task, never on the request thread). */
export type HeavyTask =
  | { kind: "redact"; body: Uint8Array }
  | { kind: "diagnose"; body: Uint8Array }
  | { kind: "export"; body: Uint8Array; format: ExportFormat; pageSize: "A4" | "Letter" }
  /** The no-JavaScript export: the posted form (urlencoded or multipart) whose `ticket` field holds the ticket JSON. */
  | { kind: "export-form"; body: Uint8Array; contentType: string; format: ExportFormat | "json" };

/** Runs a task: where the server has a pool, there; else on this thread. */
export type HeavyRunner = (task: HeavyTask) => Promise<Answer>;

/**
 * The task's body, taken out of it: once parsed, nothing holds the request's bytes (41 MB for the largest export)
 * while the work runs.
 */
function takeBody(task: HeavyTask): Uint8Array {
  const body = task.body;
  task.body = new Uint8Array(0);
  return body;
}

export async function runTask(task: HeavyTask): Promise<Answer> {
  switch (task.kind) {
    case "redact":
      return answerJson(async () => {
        try {
          return jsonAnswer(redactBody(parseJsonBody(takeBody(task), redactRequestSchema)));
        } catch (error) {
          // Fail closed: no partial text; the message names no evidence.
          if (error instanceof RedactionError) throw new ApiError(500, error.message);
          throw error;
        }
      });
    case "diagnose":
      return answerJson(async () => {
        const body = parseJsonBody(takeBody(task), diagnoseRequestSchema);
        return jsonAnswer(diagnose({ ticket: body.ticket ?? undefined, evidence: body.evidence }));
      });
    case "export":
      return answerJson(() => exportApi(parseJsonBody(takeBody(task), ticketSchema), task.format, task.pageSize));
    case "export-form":
      return exportForm(formTicket(await ticketField(takeBody(task), task.contentType)), task.format);
  }
}

async function exportApi(ticket: Ticket, format: ExportFormat, pageSize: "A4" | "Letter"): Promise<Answer> {
  let result: ExportResult;
  try {
    // The ticket was parsed for this task alone: its raw evidence is dropped as it is redacted.
    result = await exportTicket(ticket, format, { fonts: readFonts, pageSize, release: true });
  } catch (error) {
    if (error instanceof ExportError) throw new ApiError(500, error.message);
    throw error;
  }
  if (isBlocked(result)) {
    return jsonAnswer(
      {
        error: {
          status: 422,
          message:
            "The export was blocked: it would contain a secret or patient identifier. Fix the places listed and try again.",
          leaks: result.blocked.map(({ rule, type, category, form, where, line, column, occurrences }) => ({
            rule,
            type,
            category,
            form,
            where,
            line,
            column,
            occurrences,
          })),
          reasons: result.reasons,
        },
      },
      422,
    );
  }
  return fileAnswer(result);
}

/** The form's `ticket` field; null when the form carries none, undefined when it cannot be read. */
async function ticketField(body: Uint8Array, contentType: string): Promise<string | null | undefined> {
  try {
    if (contentType.startsWith("multipart/form-data")) {
      const form = await new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { "Content-Type": contentType },
      }).formData();
      const value = form.get("ticket");
      return typeof value === "string" ? value : null;
    }
    return new URLSearchParams(decodeBody(body)).get("ticket");
  } catch {
    return undefined;
  }
}

/** The form's ticket, or the page that says why it cannot be read. The form's text is not kept past this. */
function formTicket(raw: string | null | undefined): { ticket: Ticket } | { page: Answer } {
  const page = (...args: Parameters<typeof exportPage>) => ({ page: exportPage(...args) });
  if (raw === undefined) return page(400, "The ticket could not be read", ["The form could not be read."]);
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
  return { ticket: parsed.data };
}

async function exportForm(form: { ticket: Ticket } | { page: Answer }, format: ExportFormat | "json"): Promise<Answer> {
  if ("page" in form) return form.page;
  const { ticket } = form;
  try {
    const result =
      format === "json"
        ? await exportTicketFile(ticket)
        : await exportTicket(ticket, format, { fonts: readFonts, release: true });
    if (isBlocked(result))
      return exportPage(422, "Export blocked: it would leak a secret or patient identifier", result.reasons);
    return fileAnswer(result);
  } catch (error) {
    return exportPage(500, "The export failed", [
      error instanceof ExportError ? error.message : "Nothing was exported. Try again.",
    ]);
  }
}

export type OverBudget = "time" | "memory" | "busy";

const OVER_BUDGET: Record<OverBudget, [number, string, string]> = {
  memory: [
    413,
    "Too large to process",
    "This request needs more memory than one request may use. Send fewer or smaller evidence items (keep the failing exchanges).",
  ],
  time: [
    503,
    "Took too long",
    "This request took longer than one request may take and was stopped. Send fewer or smaller evidence items and try again.",
  ],
  busy: [503, "Server busy", "The server is busy with other large requests. Try again in a minute."],
};

/** What a task that ran out of its budget answers (the pool's verdict, see server/pool.ts): JSON, or the export page. */
export function overBudgetAnswer(why: OverBudget, task: HeavyTask): Answer {
  const [status, title, message] = OVER_BUDGET[why];
  const answer = task.kind === "export-form" ? exportPage(status, title, [message]) : errorAnswer(status, message);
  if (status === 503) answer.headers["Retry-After"] = "30";
  return answer;
}
