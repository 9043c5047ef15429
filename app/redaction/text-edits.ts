// Writing replacements into a text at recorded positions: the last step of the readers that find values by structure
// (SQL rows, curl arguments, NCPDP SCRIPT elements) and then put placeholders where the values stood.

/** A stretch of the text, `text.slice(start, end)`, to be replaced. */
export interface Span {
  start: number;
  end: number;
}

/**
 * `text` from `from` to `to` with each span replaced by what `render` gives for it, in order of position (a stable
 * sort: spans found at one position keep their order). A span that starts inside one already written is dropped, and
 * `render` is not called for it, so a value found twice is replaced (and counted) once.
 */
export function applyEdits<E extends Span>(
  text: string,
  edits: E[],
  render: (edit: E) => string,
  from = 0,
  to = text.length,
): string {
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = from;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + render(e);
    pos = e.end;
  }
  return out + text.slice(pos, to);
}
