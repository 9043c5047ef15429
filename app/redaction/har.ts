// HAR: reduced to the entries that matter, then redacted as JSON (headers and cookies by name, query parameters,
// postData and response bodies by MIME type). The output is still valid HAR JSON.
//
// Reduction: static assets (images, stylesheets, scripts, fonts, media) are always dropped. When the HAR holds FHIR
// API or authorization-server calls, other calls are dropped too unless they failed (status ≥ 400). Past
// MAX_ENTRIES, failures are kept first, then FHIR/authorization calls. Kept entries stay in their original
// (chronological) order. Every drop is counted in a warning.
import { spliceJsonAst } from "./json-splice";
import type { ItemContext } from "./context";
import { parseJsonAst, objGet, objGetString, type JArray, type JNode, type JObject } from "./json-ast";
import { redactJsonAst } from "./json";
import { classifyUrl, staticAssetKind, type HarEntryClass } from "~/evidence/har";

export const MAX_ENTRIES = 200;
/** A kept response body longer than this is cut (after redaction) so a huge FHIR response cannot push the ticket
 *  past its 8 MB evidence limit. */
export const MAX_BODY_CHARS = 256 * 1024;
/** All kept response bodies together; once spent, further long bodies keep only their first few kilobytes. */
export const MAX_BODIES_CHARS = 6 * 1024 * 1024;
const MIN_BODY_CHARS = 4 * 1024;

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
    const rank = (i: number) =>
      facts[i].status >= 400 ? 0 : facts[i].cls === "fhir" || facts[i].cls === "auth" ? 1 : 2;
    const order = keep
      .map((k, i) => (k ? i : -1))
      .filter((i) => i >= 0)
      .sort((a, b) => rank(a) - rank(b) || a - b);
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
  if (entries?.t === "a") {
    const cut = capResponseBodies(entries, ctx);
    if (cut) ctx.warn(cut);
  }
  return spliceJsonAst(text, root);
}

const kb = (chars: number) =>
  chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;

/**
 * A cut of redacted text that breaks nothing the redactor made: at a line end or a comma near the limit, never inside
 * a placeholder or a JWT annotation, never between the two halves of a surrogate pair.
 */
export function safeCut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  const nl = text.lastIndexOf("\n", end);
  if (nl > end - 2048 && nl > 0) end = nl;
  else {
    const comma = text.lastIndexOf(",", end - 1);
    if (comma > end - 2048 && comma > 0) end = comma + 1;
  }
  const open = text.lastIndexOf("[REDACTED:", end - 1);
  if (open >= 0) {
    const close = text.indexOf("]", open);
    if (close < 0 || close >= end) end = open;
  }
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Cuts long response bodies (failures keep theirs first); returns the warning, or null when nothing was cut. */
function capResponseBodies(entries: JArray, ctx: ItemContext): string | null {
  const bodies: Array<{ content: JObject; text: JNode & { t: "s" }; status: number; index: number }> = [];
  entries.items.forEach((entry, index) => {
    const e = asObject(entry);
    const response = e ? asObject(objGet(e, "response")) : undefined;
    const content = response ? asObject(objGet(response, "content")) : undefined;
    const text = content ? objGet(content, "text") : undefined;
    if (!content || text?.t !== "s") return;
    const statusNode = objGet(response!, "status");
    const status = statusNode?.t === "r" ? Number(statusNode.v) || 0 : 0;
    // Measured and cut as it will read (placeholders in full), not as it stands now (placeholders as sentinels).
    bodies.push({ content, text: { t: "s", v: ctx.sentinels.restore(text.v) }, status, index });
  });
  if (
    !bodies.some((b) => b.text.v.length > MAX_BODY_CHARS) &&
    bodies.reduce((n, b) => n + b.text.v.length, 0) <= MAX_BODIES_CHARS
  )
    return null;
  bodies.sort((a, b) => (b.status >= 400 ? 1 : 0) - (a.status >= 400 ? 1 : 0) || a.index - b.index);
  let budget = MAX_BODIES_CHARS;
  let cut = 0;
  let largest = 0;
  for (const b of bodies) {
    const length = b.text.v.length;
    const limit = Math.max(MIN_BODY_CHARS, Math.min(MAX_BODY_CHARS, budget));
    if (length > limit) {
      const kept = safeCut(b.text.v, limit);
      b.content.vals[b.content.keys.indexOf("text")] = { t: "s", v: kept };
      const note = `Cut by the redactor to its first ${kb(kept.length)} (of ${kb(length)}).`;
      const k = b.content.keys.indexOf("comment");
      if (k >= 0) b.content.vals[k] = { t: "s", v: note };
      else {
        b.content.keys.push("comment");
        b.content.vals.push({ t: "s", v: note });
      }
      cut++;
      largest = Math.max(largest, length);
      budget -= kept.length;
    } else budget -= length;
  }
  return cut
    ? `Cut ${cut} HAR response ${cut === 1 ? "body" : "bodies"} (the largest was ${kb(largest)}) to at most ${kb(MAX_BODY_CHARS)} each after redaction, so the evidence stays under the size limit; each cut body says so in its "comment". The HAR is still valid JSON.`
    : null;
}
