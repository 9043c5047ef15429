// NDJSON (newline-delimited JSON, a FHIR Bulk Data `$export` file, a JSON-lines log): one JSON document per line, never
// one document. Each line is read by the JSON reader on its own — a Patient per line keeps its keys, its types and its
// FHIR paths as a pasted Patient does — and a line that is not a whole JSON document (a cut last line, a note between
// the lines) is read as text. Line breaks stay where they were.

/** Whether a text is NDJSON: its first line is one JSON object and the next line that holds anything opens another. */
export function isNdjson(text: string): boolean {
  const start = text.length - text.trimStart().length;
  let nl = text.indexOf("\n", start);
  if (nl < 0) return false;
  const first = text.slice(start, nl).trim();
  if (!first.startsWith("{") || !first.endsWith("}")) return false;
  while (nl >= 0 && nl < text.length) {
    const next = text.indexOf("\n", nl + 1);
    const line = text.slice(nl + 1, next < 0 ? text.length : next).trim();
    if (line) return line.startsWith("{");
    nl = next;
  }
  return false;
}

export function redactNdjson(
  text: string,
  readJson: (line: string) => string | null,
  readText: (text: string) => string,
): string {
  let out = "";
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const end = text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    const line = text.slice(pos, end);
    const body = line.trim();
    out += body ? ((body.startsWith("{") ? readJson(line) : null) ?? readText(line)) : line;
    out += text.slice(end, nl + 1);
    pos = nl + 1;
  }
  return out;
}
