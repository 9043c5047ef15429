// Objects printed by programs (print_r, var_dump, Ruby's inspect, Go's %+v, PowerShell's list view; read by
// printed-pairs.ts): each object's pairs are judged together as the `key="value"` lines the sweep reads — a secret
// by its key, a person's name beside an e-mail, a login — and every value the sweep changed is written back in place.
// The rest of the text is left to the sweep that follows.
import type { ItemContext } from "./context";
import { readPrintedPairs, type PrintedPair } from "./printed-pairs";
import { sweepText } from "./sweep";

export function redactPrintedObjects(text: string, ctx: ItemContext, freeText: boolean): string {
  const objects = readPrintedPairs(text);
  if (objects.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const pairs of objects) {
    const lines: Array<{ pair: PrintedPair; head: string; quote: string }> = [];
    for (const pair of pairs) {
      const value = text.slice(pair.start, pair.end);
      const quote = !value.includes('"') ? '"' : !value.includes("'") ? "'" : "";
      // A value holding both quotes cannot be delimited in the view: the sweep after this reads it in the text.
      if (quote) lines.push({ pair, head: `${pair.key}=${quote}`, quote });
    }
    if (lines.length === 0) continue;
    const view = lines.map((l) => l.head + text.slice(l.pair.start, l.pair.end) + l.quote).join("\n");
    const swept = sweepText(view, ctx, { freeText }).split("\n");
    if (swept.length !== lines.length) continue;
    lines.forEach((line, i) => {
      const judged = swept[i];
      const { pair, head, quote } = line;
      if (!judged.startsWith(head) || !judged.endsWith(quote) || judged.length < head.length + quote.length) return;
      const value = judged.slice(head.length, judged.length - quote.length);
      if (value === text.slice(pair.start, pair.end)) return;
      out += text.slice(pos, pair.start) + value;
      pos = pair.end;
    });
  }
  return pos === 0 ? text : out + text.slice(pos);
}
