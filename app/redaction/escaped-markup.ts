// XML that reached the paste escaped: a CXF/Axis/WCF log prints the SOAP payload entity-escaped (`&lt;wsse:Username&gt;`),
// a JSON log line carries it in a string (`"payload":"<rim:Slot name=\"sourcePatientInfo\">…"`). Readers that look
// for tags and quoted attributes read such a line through a decoded view, and the view is encoded back the same way,
// so every byte nothing was replaced in comes back as written. Line by line, each character read once: linear.

/** A character that stands for a JSON string's own quote while its `\"` are read as quotes. */
const STAND_IN = "\u0001";

/** A line whose `<`, `>` and `"` are written `&lt;`, `&gt;`, `&quot;` (and never raw), read decoded. */
function readEntityLine(line: string, read: (text: string) => string): string {
  const steps = [
    { raw: "<", form: "&lt;" },
    { raw: ">", form: "&gt;" },
    { raw: '"', form: "&quot;" },
  ].filter((s) => !line.includes(s.raw) && line.includes(s.form));
  if (!steps.some((s) => s.raw === "<")) return line;
  let decoded = line;
  for (const s of steps) decoded = decoded.split(s.form).join(s.raw);
  const out = read(decoded);
  if (out === decoded) return line;
  let encoded = out;
  for (const s of steps) encoded = encoded.split(s.raw).join(s.form);
  return encoded;
}

/** A line holding JSON strings with markup in them, read with each `\"` as a quote and each raw quote as a stand-in. */
function readJsonStringLine(line: string, read: (text: string) => string): string {
  if (line.includes(STAND_IN)) return line;
  let decoded = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && i + 1 < line.length) {
      decoded += line[i + 1] === '"' ? '"' : c + line[i + 1];
      i++;
    } else decoded += c === '"' ? STAND_IN : c;
  }
  const out = read(decoded);
  if (out === decoded) return line;
  let encoded = "";
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === "\\" && i + 1 < out.length) {
      encoded += c + out[i + 1];
      i++;
    } else encoded += c === '"' ? '\\"' : c === STAND_IN ? '"' : c;
  }
  return encoded;
}

/** `text` read by `read` as it is, then each line that holds escaped markup and one of the readers' `cue` words read
 *  again through its decoded view. Lines nothing changed in are not copied: a large log that merely holds escaped
 *  JSON (a FHIR narrative's `<div xmlns=\"…\">`) costs one scan, not a second copy of itself. */
export function readEscapedMarkup(text: string, read: (text: string) => string, cue: RegExp): string {
  const first = read(text);
  const entities = first.includes("&lt;");
  const json = first.includes('\\"') && first.includes("<");
  if (!entities && !json) return first;
  let out = "";
  let copied = 0;
  let changed = false;
  for (let start = 0; start <= first.length;) {
    const newline = first.indexOf("\n", start);
    const end = newline < 0 ? first.length : newline;
    const line = first.slice(start, end);
    if (cue.test(line)) {
      let next = entities && line.includes("&lt;") ? readEntityLine(line, read) : line;
      if (json && next.includes('\\"') && next.includes("<")) next = readJsonStringLine(next, read);
      if (next !== line) {
        out += first.slice(copied, start) + next;
        copied = end;
        changed = true;
      }
    }
    start = end + 1;
  }
  return changed ? out + first.slice(copied) : first;
}
