// JSON inside prose: a log line's `body={"resourceType":"Patient",…}`, or a string literal that holds JSON
// (`"Response Body": "{\"access_token\":…}"`). Each object is redacted as JSON (FHIR paths, secret keys), in place.
// Scans are bounded by a budget shared across the text, so many unclosed braces cannot make it quadratic.
import type { ItemContext } from "./context";
import { redactJsonText } from "./json";
import { asPersonRequest, isLoggedPersonBody } from "./person-request";
import { sweepText } from "./sweep";
import { redactPrintedObjects } from "./printed-objects";
import { jsonExtent, type ScanBudget } from "~/lib/json-extent";

export type { ScanBudget };

/** End (exclusive) of the JSON object starting at `start` on the same line, string-aware; -1 if it does not close. */
const objectEnd = (text: string, start: number, budget: ScanBudget): number =>
  jsonExtent(text, start, budget, { sameLine: true });

/** End (exclusive) of the JSON string literal whose opening quote is at `quote`, on the same line; -1 if none. */
function literalEnd(text: string, quote: number, budget: ScanBudget): number {
  for (let i = quote + 1; i < text.length; i++) {
    if (--budget.chars < 0) return -1;
    const c = text[i];
    if (c === "\n") return -1;
    if (c === "\\") i++;
    else if (c === '"') return i + 1;
  }
  return -1;
}

export function redactEmbeddedJson(text: string, ctx: ItemContext, budget: ScanBudget): string {
  if (!text.includes("{")) return text;
  let out = "";
  let pos = 0;
  let from = 0;
  for (;;) {
    const brace = text.indexOf("{", from);
    if (brace < 0 || budget.chars < 0) break;
    from = brace + 1;
    // A string literal holding JSON: "{\"…\"…}"
    if (brace > 0 && text[brace - 1] === '"' && text[brace + 1] === "\\" && text[brace + 2] === '"') {
      const end = literalEnd(text, brace - 1, budget);
      if (end > 0) {
        let inner: unknown;
        try {
          inner = JSON.parse(text.slice(brace - 1, end));
        } catch {
          inner = undefined;
        }
        const redacted = typeof inner === "string" ? redactJsonText(inner, ctx) : null;
        if (redacted !== null) {
          out += text.slice(pos, brace - 1) + JSON.stringify(redacted);
          pos = end;
          from = end;
        }
        continue;
      }
    }
    const end = objectEnd(text, brace, budget);
    if (end < 0) continue;
    const body = text.slice(brace, end);
    const redacted = asPersonRequest(ctx, isLoggedPersonBody(text, brace, end), () => redactJsonText(body, ctx));
    if (redacted === null) continue;
    out += text.slice(pos, brace) + redacted;
    pos = end;
    from = end;
  }
  return out + text.slice(pos);
}

/** Prose that may hold JSON (a free-text JSON string, a HAR body that is neither JSON nor a form): the JSON inside it
 *  is redacted as JSON, an object a program printed by its keys, then the whole text is swept for secrets and
 *  personal data. */
export function sweepProse(text: string, ctx: ItemContext): string {
  if (!text) return text;
  const json = redactEmbeddedJson(text, ctx, { chars: 4 * text.length + 100_000 });
  return sweepText(redactPrintedObjects(json, ctx, true), ctx, { freeText: true });
}
