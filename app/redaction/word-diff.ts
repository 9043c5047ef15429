// `git diff --word-diff` prints a changed line once, the old words in `[-…-]` and the new in `{+…+}` inline
// (`client_secret: [-old-]{+new+}`): no reader sees either value after its key. With a hunk header in the text, such a
// line is read twice — as its old side and as its new side, each in the text around it — and put back together: the
// text the two sides share as the new side's reading gave it, each change as its side's reading gave it. When a side's
// reading changed the shared text, the line goes out as both readings in markers (`[-old read-]{+new read+}`): every
// value goes, the layout bends. Lines without markers are the new side's reading. One scan a line for the markers.
import { splitLines } from "./http-text";

type Read = (text: string) => string;

/** A unified diff's hunk header: `git diff --word-diff` writes one before its lines. */
const HUNK_HEADER = /^@@ -\d{1,10}(?:,\d{1,10})? \+\d{1,10}(?:,\d{1,10})? @@/m;

/** A marked line's pieces: text both sides share, or a change (its old words, its new words). */
type Piece = string | { old: string; new: string };

/** The pieces of `line`, or null when it holds no marker. A `[-…-]` right before a `{+…+}` is one change. */
function piecesOf(line: string): Piece[] | null {
  const pieces: Piece[] = [];
  let shared = "";
  let i = 0;
  let marked = false;
  // Each opening's next place, searched again only once the scan has passed it (-1: none left): one scan each.
  let removed = -2;
  let added = -2;
  while (i < line.length) {
    if (removed !== -1 && removed < i) removed = line.indexOf("[-", i);
    if (added !== -1 && added < i) added = line.indexOf("{+", i);
    const at = removed < 0 ? added : added < 0 ? removed : Math.min(removed, added);
    if (at < 0) break;
    const close = line.indexOf(at === removed ? "-]" : "+}", at + 2);
    if (close < 0) break;
    shared += line.slice(i, at);
    if (shared) pieces.push(shared);
    shared = "";
    const words = line.slice(at + 2, close);
    const last = pieces[pieces.length - 1];
    if (at === removed) pieces.push({ old: words, new: "" });
    else if (typeof last === "object" && last.new === "" && i === at) last.new = words;
    else pieces.push({ old: "", new: words });
    marked = true;
    i = close + 2;
  }
  if (!marked) return null;
  shared += line.slice(i);
  if (shared) pieces.push(shared);
  return pieces;
}

const side = (pieces: readonly Piece[], which: "old" | "new") =>
  pieces.map((p) => (typeof p === "string" ? p : p[which])).join("");

/** The line put back from its two readings when one change stands between shared text both readings kept. */
function rejoin(pieces: readonly Piece[], oldRead: string, newRead: string): string {
  const changes = pieces.filter((p) => typeof p === "object");
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const before = typeof first === "string" ? first : "";
  const after = typeof last === "string" && pieces.length > 1 ? last : "";
  const kept = (read: string) =>
    read.length >= before.length + after.length && read.startsWith(before) && read.endsWith(after);
  if (changes.length !== 1 || !kept(oldRead) || !kept(newRead)) return `[-${oldRead}-]{+${newRead}+}`;
  const change = changes[0] as { old: string; new: string };
  const middle = (read: string) => read.slice(before.length, read.length - after.length);
  return before + (change.old ? `[-${middle(oldRead)}-]` : "") + (change.new ? `{+${middle(newRead)}+}` : "") + after;
}

/** Reads `text` with `read`, a `--word-diff` line's two sides each in its place (see the header). */
export function redactWordDiff(text: string, read: Read): string {
  if (!text.includes("@@") || !(text.includes("[-") || text.includes("{+")) || !HUNK_HEADER.test(text))
    return read(text);
  const lines = splitLines(text);
  const pieces = lines.map((line) => piecesOf(line.replace(/\r?\n$/, "")));
  if (pieces.every((p) => p === null)) return read(text);
  const end = (line: string) => /\r?\n$/.exec(line)?.[0] ?? "";
  const sideText = (which: "old" | "new") =>
    lines
      .map((line, k) => {
        const p = pieces[k];
        return p ? side(p, which) + end(line) : line;
      })
      .join("");
  const oldLines = splitLines(read(sideText("old")));
  const newLines = splitLines(read(sideText("new")));
  // A reader that joined lines leaves no line to match: the new side's reading and the old side's, one after the other.
  if (oldLines.length !== lines.length || newLines.length !== lines.length)
    return newLines.join("") + oldLines.join("");
  return newLines
    .map((line, k) => {
      const p = pieces[k];
      if (!p) return line;
      const nl = end(line);
      return (
        rejoin(p, oldLines[k].slice(0, oldLines[k].length - nl.length), line.slice(0, line.length - nl.length)) + nl
      );
    })
    .join("");
}
