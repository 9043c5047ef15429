// JSON objects pasted inside prose: located by their opening brace, read up to the matching closing brace (strings
// and escapes respected), then parsed — as written, and if that fails, forgiven the usual damage of a forum paste:
// markdown escapes (invalid\_client), raw line breaks inside strings, <placeholders> where a value was removed, and
// trailing commas. Linear: the brace matcher's scans share one budget proportional to the text.
import { jsonExtent } from "~/lib/json-extent";

export interface EmbeddedJson {
  value: unknown;
  /** 1-based lines of the opening and closing braces. */
  line: number;
  endLine: number;
  /** The paste needed repairs to parse (the reading is less certain). */
  repaired: boolean;
}

const MAX_BLOCK = 256 * 1024;
const MAX_BLOCKS = 200;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Repairs a forum paste: markdown escapes, raw newlines in strings, <placeholders>, trailing commas. */
export function repairJson(text: string): string {
  return text
    .replace(/\\_/g, "_")
    .replace(/\r?\n/g, " ")
    .replace(
      /:\s*(<[^<>"\n]{1,80}>|\[[A-Za-z][^[\]"\n]{0,80}\]|\.\.\.|…)\s*(?=[,}])/g,
      (_, v: string) => `: ${JSON.stringify(v)}`,
    )
    .replace(/,\s*(?=[}\]])/g, "");
}

export function findEmbeddedJson(text: string): EmbeddedJson[] {
  const out: EmbeddedJson[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // An object start: "{" followed (after blanks) by a quote, a closing brace, or a markdown-escaped key.
  const START = /\{(?=\s*(?:"|\\?_|}))/g;
  let tried = 0;
  const budget = { chars: 4 * text.length + MAX_BLOCK };
  for (let m = START.exec(text); m && tried < MAX_BLOCKS && budget.chars > 0; m = START.exec(text)) {
    tried++;
    const end = jsonExtent(text, m.index, budget);
    if (end < 0 || end - m.index > MAX_BLOCK) continue;
    START.lastIndex = end;
    const raw = text.slice(m.index, end);
    let value = tryParse(raw);
    let repaired = false;
    if (value === undefined) {
      value = tryParse(repairJson(raw));
      repaired = value !== undefined;
    }
    if (value === undefined || typeof value !== "object" || value === null) continue;
    out.push({ value, line: lineOf(m.index), endLine: lineOf(end - 1), repaired });
  }
  return out;
}
