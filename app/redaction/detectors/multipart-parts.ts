// A multipart/form-data part whose name names a secret (`name="apikey"`, `name="password"`, `name="client_secret"`):
// the part's value, on the line after the blank line that ends its headers, goes. Read wherever a body is printed —
// a raw request, a `--trace-ascii` dump (each line after its offset, `005d: `), a dump kept in code comments
// (`# 005d: `, `// `) — by taking the same kind of prefix off each line. The part's name and the boundaries stay.
import type { ItemContext } from "../context";
import { splitLines } from "../http-text";
import { isSentinelOnly } from "../placeholders";
import { looksLikeDummyValue, looksLikeSecretValue, secretKey, secretPlaceholder } from "./secret-keys";

/** The part's name, in double quotes, single quotes or bare (RFC 7578 allows a token). */
const DISPOSITION =
  /Content-Disposition:[ \t]*form-data;[^\n]{0,200}?\bname=(?:"([^"\n]{1,100})"|'([^'\n]{1,100})'|([^\s;"']{1,100}))/i;
/** What a printed body puts before each line: blanks, comment marks, a trace's offset. */
const LINE_PREFIX = /^[ \t]*(?:(?:#|\/\/|\*|>|<)[ \t]?)?[ \t]*(?:[0-9a-f]{4,8}:[ \t]?)?/i;
/** Part headers between the disposition and the blank line (Content-Type, Content-Transfer-Encoding). */
const MAX_PART_HEADERS = 4;

export function redactMultipartSecrets(text: string, ctx: ItemContext): string {
  if (!/form-data/i.test(text)) return text;
  const lines = splitLines(text);
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > 4096) continue;
    const m = DISPOSITION.exec(lines[i]);
    if (!m) continue;
    const named = secretKey(m[1] ?? m[2] ?? m[3]);
    if (!named) continue;
    // The blank line that ends the part's headers, then the value's line.
    let j = i + 1;
    while (j < lines.length && j <= i + 1 + MAX_PART_HEADERS && content(lines[j]).trim() !== "") j++;
    const v = j + 1;
    if (v >= lines.length || lines[v].length > 4096) continue;
    const { prefix, body } = split(lines[v]);
    const value = body.trim();
    if (!value || value.startsWith("--") || isSentinelOnly(value)) continue;
    if (!named.strong && (!looksLikeSecretValue(value) || looksLikeDummyValue(value))) continue;
    const at = prefix + body.indexOf(value);
    const placeholder = secretPlaceholder(value, named.type, ctx);
    lines[v] = lines[v].slice(0, at) + placeholder + lines[v].slice(at + value.length);
    changed = true;
    i = v;
  }
  return changed ? lines.join("") : text;
}

/** A line's printed prefix (its length) and the rest without the line end. */
function split(line: string): { prefix: number; body: string } {
  const text = line.replace(/\r?\n$/, "");
  const prefix = LINE_PREFIX.exec(text)?.[0].length ?? 0;
  return { prefix, body: text.slice(prefix) };
}
const content = (line: string) => split(line).body;
