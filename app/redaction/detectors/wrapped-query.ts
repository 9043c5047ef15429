// A URL's query or fragment written one parameter a line under it, as documentation and notes lay out long authorize
// and redirect URLs:
//
//   https://example.com/cb                     https://auth.example.org/callback?
//    ?session_state=e3cbfdca-…                   code=Zx81kQpLmN0aB7cD6eF5&
//    &code=25e1ccc3-…                            state=abc123
//    &state=123456
//
// Also with a continuation mark at each line's end (a shell's `\`, cmd's `^`, PowerShell's backtick), one blank
// line between the URL or a pair and the next pair, or each pair a Markdown list item (`- `, `* `, `1. `, the pair in
// inline code or not) under the URL.
//
// Each line's pair is judged like the URL's own parameters (redactParams): a `code` is the OAuth code when the block
// is an OAuth exchange (a fragment, a `state`, `redirect_uri`, `scope` … pair, a callback path), else a FHIR search's
// token (`&code=http://loinc.org|8867-4`) and stays. One pass over the lines; each line is looked at a bounded number
// of times.
import type { ItemContext } from "../context";
import { splitLines } from "../http-text";
import { redactParams } from "./url";

/**
 * One pair alone on its line: blanks, an optional list marker, an optional `?`/`&`/`#`, a name, `=`, a value without
 * blanks, an optional `&`, an optional shell continuation (` \`).
 */
const PAIR_LINE =
  /^([ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?`?)([?&#]?)([A-Za-z_][\w.:-]{0,63}=[^\s&\\^`]*)(&?)`?[ \t]*[\\^`]?[ \t]*\r?\n?$/;
/** A list marker opening a pair line. */
const LIST_MARKER = /[-*+\d]/;
/** A line that ends with a query's joining character, before a continuation mark if any. */
const ENDS_JOINED = /[?&#][ \t]*[\\^`]?[ \t]*\r?\n?$/;
const JWT_VALUE = /=eyJ[\w-]*\.[\w-]*\./;
const OAUTH_PARAM =
  /^(?:state|session_state|redirect_uri|scope|response_type|client_id|code_verifier|grant_type|nonce)=/;
/** A URL path's last segment that receives or starts an OAuth exchange (`/callback`, `…/openid-connect/auth`). */
const OAUTH_SEGMENT = /^(?:callback|redirect|oauth2?|auth|authorize|login|signin|cb|token)\b/i;

interface Block {
  /** The URL line's index; the pair lines follow it. */
  url: number;
  /** List items under a URL with no `?`: only the URL can tell an OAuth exchange (a docs page lists setup steps). */
  bareUrl?: boolean;
  pairs: number[];
}

export function redactWrappedQueries(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("\n") || !text.includes("=")) return text;
  const lines = splitLines(text);
  const blocks = findBlocks(lines);
  if (!blocks.length) return text;
  for (const block of blocks) {
    const codeIsSecret = isOauthBlock(lines, block);
    for (const i of block.pairs) {
      const m = PAIR_LINE.exec(lines[i]);
      if (!m) continue;
      const start = m[1].length + m[2].length;
      const pair = m[3];
      // A JWT is left to the JWT reader, which shows its diagnostic claims.
      if (JWT_VALUE.test(pair)) continue;
      const replaced = redactParams(pair, ctx, { codeIsSecret: codeIsSecret || m[2] === "#" }, sweep);
      if (replaced !== pair) lines[i] = lines[i].slice(0, start) + replaced + lines[i].slice(start + pair.length);
    }
  }
  return lines.join("");
}

/**
 * Runs of pair lines under a URL line. A pair line belongs to the run when it opens with `?`, `&` or `#`, or when the
 * line above it (the URL or the pair before) ends with `?`, `&` or `#`.
 */
function findBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  /** The last line with text before this one (one blank line may stand between two pairs). */
  let above = -1;
  for (let i = 0; i < lines.length; i++) {
    if (current && above === i - 1 && !lines[i].trim()) continue;
    // A blank line is no line above a pair: the URL line before it still is (one blank line between).
    if (!current && !lines[i].trim()) continue;
    const m = lines[i].length <= 4096 ? PAIR_LINE.exec(lines[i]) : null;
    const listed = m !== null && LIST_MARKER.test(m[1].trim().slice(0, 1));
    const prev = above >= 0 && above >= i - 2 ? above : i - 1;
    above = i;
    if (m && i > 0 && (m[2] !== "" || ENDS_JOINED.test(lines[prev]) || (listed && current))) {
      if (current) {
        current.pairs.push(i);
        continue;
      }
      // The first pair right under the URL line, or after one blank line.
      if ((prev === i - 1 || !lines[i - 1].trim()) && endsWithUrl(lines[prev]) && !PAIR_LINE.test(lines[prev])) {
        current = { url: prev, pairs: [i] };
        blocks.push(current);
        continue;
      }
    }
    // A list item under a URL that does not end with `?`: the URL line, then the items.
    if (m && listed && i > 0 && !current && endsWithUrl(lines[i - 1]) && !PAIR_LINE.test(lines[i - 1])) {
      current = { url: i - 1, pairs: [i], bareUrl: !ENDS_JOINED.test(lines[i - 1]) };
      blocks.push(current);
      continue;
    }
    current = undefined;
  }
  return blocks;
}

/** The line a layout hangs under: its last word is a URL or a request line's path (`GET /authorize?`). */
function endsWithUrl(line: string): boolean {
  const word = lastWord(line);
  return word.startsWith("/") || /^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(word);
}

/** The line's last word, without a shell continuation after it or a quote before it (`curl "https://…?\`). */
function lastWord(line: string): string {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  // A continuation mark: a shell's `\`, cmd's `^`, PowerShell's backtick.
  if (line[end - 1] === "\\" || line[end - 1] === "^" || line[end - 1] === "`") end--;
  let start = end;
  while (start > 0 && !/\s/.test(line[start - 1])) start--;
  while (start < end && (line[start] === '"' || line[start] === "'")) start++;
  return line.slice(start, end);
}

/** A fragment, an OAuth parameter among the pairs, or a callback-like path on the URL line. */
function isOauthBlock(lines: string[], block: Block): boolean {
  // The URL itself, not the whole line (a `# comment` after it), and its last segment, not any on the way (a FHIR
  // base behind `/auth/r4/Observation` is searched, not redirected to).
  const url = lastWord(lines[block.url]);
  if (url.includes("#")) return true;
  const path = url.split(/[?#]/)[0].replace(/\/+$/, "");
  if (OAUTH_SEGMENT.test(path.slice(path.lastIndexOf("/") + 1))) return true;
  if (block.bareUrl) return false;
  return block.pairs.some((i) => {
    const m = PAIR_LINE.exec(lines[i]);
    return m !== null && (m[2] === "#" || OAUTH_PARAM.test(m[3]));
  });
}
