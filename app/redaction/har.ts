// HAR: reduced to the entries that matter, then redacted as JSON (headers and cookies by name, query parameters,
// postData and response bodies by MIME type). The output is still valid HAR JSON.
//
// Reduction: static assets (images, stylesheets, scripts, fonts, media) are always dropped. When the HAR holds FHIR
// API or authorization-server calls, other calls are dropped too unless they failed (status ≥ 400). Past
// MAX_ENTRIES, failures are kept first, then FHIR/authorization calls. Kept entries stay in their original
// (chronological) order. Every drop is counted in a warning.
import type { ItemContext } from "./context";
import { parseJsonAst, printJsonAst, detectIndent, objGet, objGetString, type JArray, type JNode, type JObject } from "./json-ast";
import { redactJsonAst } from "./json";
import { classifyUrl, staticAssetKind, type HarEntryClass } from "~/evidence/har";

export const MAX_ENTRIES = 200;

const asObject = (n: JNode | undefined): JObject | undefined => (n?.t === "o" ? n : undefined);

function entryFacts(entry: JNode): { cls: HarEntryClass; status: number; staticKind: string | null } {
  const e = asObject(entry);
  const request = e ? asObject(objGet(e, "request")) : undefined;
  const response = e ? asObject(objGet(e, "response")) : undefined;
  const url = request ? (objGetString(request, "url") ?? "") : "";
  const content = response ? asObject(objGet(response, "content")) : undefined;
  const mime = content ? objGetString(content, "mimeType") : undefined;
  const statusNode = response ? objGet(response, "status") : undefined;
  const status = statusNode && statusNode.t === "r" ? Number(statusNode.v) || 0 : 0;
  const cls = classifyUrl(url, mime);
  return { cls, status, staticKind: cls === "static" ? staticAssetKind(url, mime) : null };
}

/** Drops entries that do not matter; returns the warning to show (or null). */
export function reduceHarEntries(entries: JArray, maxEntries = MAX_ENTRIES): string | null {
  const facts = entries.items.map(entryFacts);
  const hasRelevant = facts.some((f) => f.cls === "fhir" || f.cls === "auth");
  const staticCounts = new Map<string, number>();
  let otherDropped = 0;
  const keep: boolean[] = facts.map((f) => {
    if (f.cls === "static") {
      staticCounts.set(f.staticKind ?? "other", (staticCounts.get(f.staticKind ?? "other") ?? 0) + 1);
      return false;
    }
    if (f.cls === "other" && hasRelevant && f.status < 400) {
      otherDropped++;
      return false;
    }
    return true;
  });
  let overLimit = 0;
  const kept = keep.filter(Boolean).length;
  if (kept > maxEntries) {
    // Rank: failures, then FHIR/authorization calls, then the rest; earlier first within a rank.
    const rank = (i: number) => (facts[i].status >= 400 ? 0 : facts[i].cls === "fhir" || facts[i].cls === "auth" ? 1 : 2);
    const order = keep.map((k, i) => (k ? i : -1)).filter((i) => i >= 0).sort((a, b) => rank(a) - rank(b) || a - b);
    for (const i of order.slice(maxEntries)) keep[i] = false;
    overLimit = kept - maxEntries;
  }
  entries.items = entries.items.filter((_, i) => keep[i]);
  const staticTotal = [...staticCounts.values()].reduce((a, b) => a + b, 0);
  const dropped = staticTotal + otherDropped + overLimit;
  if (dropped === 0) return null;
  const parts: string[] = [];
  if (staticTotal) parts.push(`static assets (${[...staticCounts.entries()].map(([k, n]) => `${k} ${n}`).join(", ")})`);
  if (otherDropped) parts.push(`${otherDropped} other successful calls (not FHIR or authorization)`);
  if (overLimit) parts.push(`${overLimit} past the first ${maxEntries} that matter (failures kept first)`);
  return `Dropped ${dropped} of ${facts.length} HAR entries: ${parts.join("; ")}.`;
}

/** The redacted HAR text, or null when the text is not JSON. */
export function redactHar(text: string, ctx: ItemContext): string | null {
  let root: JNode;
  try {
    root = parseJsonAst(text);
  } catch {
    return null;
  }
  const log = root.t === "o" ? asObject(objGet(root, "log")) : undefined;
  const entries = log ? objGet(log, "entries") : undefined;
  if (entries?.t === "a") {
    const warning = reduceHarEntries(entries);
    if (warning) ctx.warn(warning);
  } else {
    ctx.warn("This JSON has no HAR entries (log.entries): it was redacted as plain JSON.");
  }
  redactJsonAst(root, ctx);
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const trail = /\s*$/.exec(text)?.[0] ?? "";
  return lead + printJsonAst(root, detectIndent(text)) + trail;
}
