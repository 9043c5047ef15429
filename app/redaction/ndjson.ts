// NDJSON (newline-delimited JSON, a FHIR Bulk Data `$export` file, a JSON-lines log): one JSON document per line, never
// one document. Each line is read by the JSON reader on its own — a Patient per line keeps its keys, its types and its
// FHIR paths as a pasted Patient does — and a line that is not a whole JSON document (a cut last line, a note between
// the lines) is read as text. Line breaks stay where they were.

/**
 * Whether a text is NDJSON: two lines or more, each line that holds anything one JSON object (`{…}`; the last one may
 * be cut off). A JSON document printed over lines, or JSON lines mixed with other text, is not: it is read whole.
 */
export function isNdjson(text: string): boolean {
  let lines = 0;
  let cut = false;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (!line) continue;
    // Only the last line may be cut off.
    if (cut || line[0] !== "{") return false;
    cut = line[line.length - 1] !== "}";
    lines++;
  }
  return lines >= 2;
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
