// Slack's message markup writes a link as `<target|label>`: an e-mail link as `<mailto:ana@example.com|Ana Lima>`, a
// member mention as `<@U024BE7LH|ana.lima>`. The label names the person (their name, their login); the address goes
// with the e-mail detector and the member id stays (support needs it). A web link's label (`<https://…|Runbook>`)
// stays. Read by a character scan: each link is looked at within a bounded window, so the scan is linear.
import type { PhiSpan } from "./phi-span";

/** The longest target (an address is 254 characters at most) and label looked at. */
const MAX_TARGET = 260;
const MAX_LABEL = 120;

export const slackLinkCue = (text: string) =>
  text.includes("<mailto:") || text.includes("<@") || text.includes("&lt;mailto:") || text.includes("&lt;@");

/** The markup as Slack's API writes it, and as an HTML page or mail body shows it (`&lt;mailto:…|Name&gt;`). */
const BRACKETS: Array<[open: string, close: string]> = [
  ["<", ">"],
  ["&lt;", "&gt;"],
];

export function findSlackLinkLabels(text: string, out: PhiSpan[]) {
  for (const [open, close] of BRACKETS) findLinks(text, open, close, out);
}

function findLinks(text: string, open: string, closer: string, out: PhiSpan[]) {
  let from = 0;
  for (;;) {
    const at = text.indexOf(open, from);
    if (at < 0) return;
    from = at + open.length;
    const target = at + open.length;
    const mail = text.startsWith("mailto:", target);
    if (!mail && text[target] !== "@") continue;
    const bar = boundedIndex(text, "|", target, MAX_TARGET, open, false);
    if (bar < 0) continue;
    const close = boundedIndex(text, closer, bar + 1, MAX_LABEL, open, true);
    if (close < 0) continue;
    from = close + closer.length;
    const label = text.slice(bar + 1, close);
    // An address as its own label is the e-mail detector's; an empty or blank label names no one.
    if (!label.trim() || label.includes("@")) continue;
    out.push({ start: bar + 1, end: close, type: mail ? "name" : "user_name" });
  }
}

/**
 * Where `needle` starts in `text` from `start` within `limit` characters, before another opening or a line break; or
 * -1. A label (`wrapped`) may run over one line break: a mail client or a terminal re-wraps a long line.
 */
function boundedIndex(text: string, needle: string, start: number, limit: number, open: string, wrapped: boolean) {
  const end = Math.min(text.length, start + limit);
  for (let i = start; i < end; i++) {
    if (text.startsWith(needle, i)) return i;
    const c = text[i];
    if (c === "\n" && (!wrapped || text[i + 1] === "\n" || text[i - 1] === "\n")) return -1;
    if (c === open[0] && text.startsWith(open, i)) return -1;
  }
  return -1;
}
