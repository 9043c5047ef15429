// Log lines and plain text: kept as lines for pattern extraction, with the JSON and JWTs found inside them.
import type { DecodedToken, SourceRef } from "./model";
import { findJwts } from "./jwt";
import { collect, tryParseJson } from "./json";

export interface TextFacts {
  lines: string[];
  documents: Array<{ value: unknown; source: SourceRef }>;
  tokens: DecodedToken[];
}

/** Unescapes JSON that was pasted as a string literal, one level (\" → ", \/ → /, \\ → \). */
export function unescapeJsonText(line: string): string {
  if (!line.includes("\\")) return line;
  return line.replace(/\\(["/\\])/g, "$1");
}

/** JSON objects that sit in a line (`… payload={"a":1}` or `"Response Body": "{\"a\":1}"`). */
function jsonInLine(line: string): unknown[] {
  const out: unknown[] = [];
  const first = line.indexOf("{");
  if (first < 0) return out;
  const last = line.lastIndexOf("}");
  if (last <= first) return out;
  const candidate = line.slice(first, last + 1);
  const direct = tryParseJson(candidate);
  if (direct.ok) {
    out.push(direct.value);
    return out;
  }
  // JSON pasted as a string literal, escaped once or twice.
  let text = candidate;
  for (let level = 0; level < 2 && text.includes("\\"); level++) {
    text = unescapeJsonText(text);
    const parsed = tryParseJson(text);
    if (parsed.ok) {
      out.push(parsed.value);
      break;
    }
  }
  return out;
}

export function parseTextLines(text: string, itemId: string): TextFacts {
  const facts: TextFacts = { lines: [], documents: [], tokens: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    facts.lines.push(line);
    if (line.length <= 1024 * 1024) {
      for (const value of jsonInLine(line)) collect(value, itemId, `line ${i + 1}`, facts);
    }
    for (const jwt of findJwts(line)) {
      const before = line.slice(Math.max(0, jwt.start - 40), jwt.start);
      const role = /id_token/i.test(before)
        ? "id_token"
        : /refresh/i.test(before)
          ? "refresh_token"
          : /assertion/i.test(before)
            ? "client_assertion"
            : "access_token";
      if (
        !facts.tokens.some(
          (t) =>
            t.source.location === `line ${i + 1}` && JSON.stringify(t.claims) === JSON.stringify(jwt.decoded.claims),
        )
      ) {
        facts.tokens.push({
          role,
          header: jwt.decoded.header,
          claims: jwt.decoded.claims,
          source: { itemId, location: `line ${i + 1}` },
        });
      }
    }
  });
  return facts;
}
