// Base64 wrapped at a fixed width: the `base64` CLI (76 columns), MIME bodies (76), PEM-style dumps (64), `openssl
// base64` (64). Each line alone is a token the sweep cannot read (only the first opens the message or the JSON), so a
// run of full-width lines and the shorter line that ends it are joined and judged as one token; when it hides a
// secret, the whole block goes. One pass over the lines; each run is joined and judged once.
import type { ItemContext } from "../context";
import { splitLines } from "../http-text";
import { charTable } from "../char-table";

/** Line widths base64 tools wrap at (64 and 76 the usual ones). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 128;
const isBase64Char = charTable(/[A-Za-z0-9+/]/);

/** How many characters of `line` from its start are base64 letters (stops at the first other character). */
function base64Length(line: string): number {
  let n = 0;
  while (n < line.length && isBase64Char(line.charCodeAt(n))) n++;
  return n;
}

const body = (line: string) => line.replace(/\r?\n$/, "");

/** A full line of the block: exactly `width` base64 letters. */
const isFullLine = (line: string, width: number) => line.length === width && base64Length(line) === width;

/** The block's last line: 1 to `width` base64 letters and up to two `=` of padding. */
function isLastLine(line: string, width: number): boolean {
  const n = base64Length(line);
  if (n === 0 || line.length > width) return false;
  const pad = line.slice(n);
  return pad === "" || pad === "=" || pad === "==";
}

export function redactWrappedBase64(text: string, ctx: ItemContext, hidesSecret: (token: string) => boolean): string {
  if (!text.includes("\n")) return text;
  const lines = splitLines(text);
  let out = "";
  let changed = false;
  for (let i = 0; i < lines.length;) {
    const first = body(lines[i]);
    const width = first.length;
    if (width < MIN_WIDTH || width > MAX_WIDTH || width % 4 !== 0 || !isFullLine(first, width)) {
      out += lines[i++];
      continue;
    }
    let end = i + 1;
    while (end < lines.length && isFullLine(body(lines[end]), width)) end++;
    if (end < lines.length && isLastLine(body(lines[end]), width)) end++;
    if (end - i < 2) {
      out += lines[i++];
      continue;
    }
    const block = lines.slice(i, end);
    const token = block.map(body).join("");
    if (hidesSecret(token)) {
      const last = block[block.length - 1];
      out += ctx.secret(token, "encoded_secret") + last.slice(body(last).length);
      changed = true;
    } else out += block.join("");
    i = end;
  }
  return changed ? out : text;
}
