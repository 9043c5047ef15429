// A W3C extended log (IIS, IIS Advanced Logging, Exchange, a CDN's export) names its columns in a `#Fields:` line, and
// each line after it until the next `#` directive is one row: values separated by blanks, a value with blanks in
// double quotes (Advanced Logging's user agents). The column a value stands in says what it is: `s-ip` is the server's
// own address (a fact of the setup), `c-ip` the client's. One pass over the text: each row is read once, up to the
// last column that matters.

/** Columns that hold the server's own address. */
const SERVER_COLUMNS = new Set(["s-ip"]);

/**
 * The ranges of the text that stand in a server's column of a W3C log (`s-ip`), as a look-up by index (sorted, searched
 * by halves). Empty when the text declares no `#Fields:`.
 */
export function w3cServerColumns(text: string): (index: number) => boolean {
  if (!text.includes("#Fields:")) return () => false;
  const starts: number[] = [];
  const ends: number[] = [];
  let wanted = new Set<number>();
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(at, nl < 0 ? text.length : text[nl - 1] === "\r" ? nl - 1 : nl);
    const lineAt = at;
    at = next;
    if (line.startsWith("#")) {
      if (line.startsWith("#Fields:")) wanted = serverColumnsOf(line);
      continue;
    }
    if (wanted.size)
      for (const [s, e] of cellsAt(line, wanted)) {
        starts.push(lineAt + s);
        ends.push(lineAt + e);
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

/** The positions (0-based) of the server's columns a `#Fields:` line declares. */
function serverColumnsOf(line: string): Set<number> {
  const names = line
    .slice("#Fields:".length)
    .trim()
    .split(/[ \t]+/);
  const out = new Set<number>();
  names.forEach((n, i) => {
    if (SERVER_COLUMNS.has(n.toLowerCase())) out.add(i);
  });
  return out;
}

/** The last wanted position (the set is filled in ascending order). */
const lastOf = (wanted: Set<number>): number => {
  let last = -1;
  for (const w of wanted) last = w;
  return last;
};

/** The [start, end) of the row's cells at the wanted positions; a quoted cell runs to its closing quote. */
function cellsAt(line: string, wanted: Set<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const last = lastOf(wanted);
  let column = 0;
  let i = 0;
  while (i < line.length && column <= last) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (i >= line.length) break;
    const start = i;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      i = close < 0 ? line.length : close + 1;
    } else while (i < line.length && line[i] !== " " && line[i] !== "\t") i++;
    if (wanted.has(column)) out.push([start, i]);
    column++;
  }
  return out;
}
