// Slack's message markup writes a link as `<target|label>`: an e-mail link as `<mailto:ana@example.com|Ana Lima>`, a
// member mention as `<@U024BE7LH|ana.lima>`. The label names the person (their name, their login); the address goes
// with the e-mail detector and the member id stays (support needs it). A web link's label (`<https://…|Runbook>`)
// stays. Read by a character scan: each link is looked at within a bounded window, so the scan is linear.
import type { PhiSpan } from "./phi-span";

/** The longest target (an address is 254 characters at most) and label looked at. */
const MAX_TARGET = 260;
const MAX_LABEL = 120;

export const slackLinkCue = (text: string) => text.includes("<mailto:") || text.includes("<@");

export function findSlackLinkLabels(text: string, out: PhiSpan[]) {
  let from = 0;
  for (;;) {
    const at = text.indexOf("<", from);
    if (at < 0) return;
    from = at + 1;
    const mail = text.startsWith("mailto:", at + 1);
    if (!mail && text[at + 1] !== "@") continue;
    const bar = boundedIndex(text, "|", at + 1, MAX_TARGET);
    if (bar < 0) continue;
    const close = boundedIndex(text, ">", bar + 1, MAX_LABEL);
    if (close < 0) continue;
    from = close + 1;
    const label = text.slice(bar + 1, close);
    // An address as its own label is the e-mail detector's; an empty or blank label names no one.
    if (!label.trim() || label.includes("@")) continue;
    out.push({ start: bar + 1, end: close, type: mail ? "name" : "user_name" });
  }
}

/** Where `ch` occurs in `text` from `start` within `limit` characters, before a line break or another `<`; or -1. */
function boundedIndex(text: string, ch: string, start: number, limit: number): number {
  const end = Math.min(text.length, start + limit);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === ch) return i;
    if (c === "\n" || c === "<") return -1;
  }
  return -1;
}
