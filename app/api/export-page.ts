// The small HTML page the no-JavaScript export answers when it cannot give the file: what to fix, never the ticket.
import type { Answer } from "./answer";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function exportPage(status: number, title: string, lines: string[]): Answer {
  const items =
    lines.length > 1
      ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`
      : `<p>${escapeHtml(lines[0] ?? "")}</p>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${items}<p>Use your browser's Back button to return to the ticket.</p></main></body></html>`;
  return { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }, body: html };
}
