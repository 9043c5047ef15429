// A W3C extended log (IIS, IIS Advanced Logging, Exchange, a CDN's export) names its columns in a `#Fields:` line, and
// each line after it is one row: values separated by blanks, a value with blanks in double quotes (Advanced Logging's
// user agents). The rows end at the next `#` directive, a blank line, or a line whose cell count is not the declared
// one or does not start with a date under a `date` column (prose or another log pasted after the block). The column a value stands in says what it is: `s-ip` is the
// server's own address (a fact of the setup), `c-ip` the client's. The directive may be lower case or carry a grep
// prefix (`u_ex240101.log:#Fields: …`). One pass over the text: each row is read once.

/** Columns that hold the server's own address. */
const SERVER_COLUMNS = new Set(["s-ip"]);

/**
 * The ranges of the text that stand in a server's column of a W3C log (`s-ip`), as a look-up by index (sorted, searched
 * by halves). Empty when the text declares no `#Fields:`.
 */
export function w3cServerColumns(text: string): (index: number) => boolean {
  if (!/#fields:/i.test(text)) return () => false;
  const starts: number[] = [];
  const ends: number[] = [];
  let fields: Fields | undefined;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(at, nl < 0 ? text.length : text[nl - 1] === "\r" ? nl - 1 : nl);
    const lineAt = at;
    at = next;
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      fields = /^fields:/i.test(directive[1]) ? fieldsOf(directive[1]) : fields;
      continue;
    }
    if (!fields) continue;
    const cells = cellsOf(line, fields.count);
    if (!fitsRow(line, cells, fields)) {
      fields = undefined;
      continue;
    }
    for (const w of fields.server) {
      starts.push(lineAt + cells[w][0]);
      ends.push(lineAt + cells[w][1]);
    }
  }
  return (index) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && index < ends[lo - 1];
  };
}

/** A directive line (`#Fields: …`), perhaps behind a grep prefix (`u_ex240101.log:`); group 1 is after the `#`. */
const DIRECTIVE = /^(?:[^\s#:]{1,255}[:-])?#(.*)$/;

/** A `#Fields:` line's column count and the positions (0-based) of its server's columns. */
type Fields = { count: number; server: number[]; dateFirst: boolean };

function fieldsOf(directive: string): Fields {
  const names = directive
    .slice("fields:".length)
    .trim()
    .split(/[ \t]+/);
  const server: number[] = [];
  names.forEach((n, i) => {
    if (SERVER_COLUMNS.has(n.toLowerCase())) server.push(i);
  });
  return { count: names.length, server, dateFirst: /^date/i.test(names[0]) };
}

/** A row holds the declared number of cells, and a date first when the first column is the date. */
function fitsRow(line: string, cells: Array<[number, number]>, fields: Fields): boolean {
  if (cells.length !== fields.count) return false;
  return !fields.dateFirst || ROW_DATE.test(line.slice(cells[0][0], cells[0][1]));
}

/** A row's date cell (`2024-01-01`), perhaps behind a grep prefix. */
const ROW_DATE = /\d{4}-\d\d-\d\d$/;

/** The [start, end) of the row's cells, up to one more than `count` (enough to tell a row that does not fit); a quoted
 *  cell runs to its closing quote. */
function cellsOf(line: string, count: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length && out.length <= count) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (i >= line.length) break;
    const start = i;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      i = close < 0 ? line.length : close + 1;
    } else while (i < line.length && line[i] !== " " && line[i] !== "\t") i++;
    out.push([start, i]);
  }
  return out;
}
