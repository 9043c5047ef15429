// DICOM JSON (PS3.18 F.2: a DICOMweb QIDO-RS or WADO-RS metadata answer, dcm2json's output), wherever it stands in a
// paste: `"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^John"}]}`; the same printed by Python (pydicom's
// `to_json_dict()`: `{'00100010': {'vr': 'PN', 'Value': [{'Alphabetic': 'Doe^John'}]}}`), and Orthanc's `/tags`
// answer, keyed `"0010,0010"` with the value as a string (`{"Name": "PatientName", "Type": "String", "Value": …}`).
// Under a person's tag (dicom-tags.ts) every string of its `Value` array goes (a name's Alphabetic, Ideographic and
// Phonetic forms included); the tag, `vr`, the keys and every other attribute stay, and so does valid JSON. Read on
// the raw text before any JSON reader, so a QIDO answer pasted alone and one pasted under its curl command are read
// alike. Each character is read once: an attribute is scanned to its closing brace, and the search for the next tag
// goes on from there.
import type { ItemContext } from "./context";
import { isPersonValue, personTagType } from "./dicom-tags";

// What stands between group and element here must also pass dicom-tags.ts isBetween (the gate), or the paste never
// reaches this reader.
const ATTRIBUTE = /(["'])([0-9A-Fa-f]{4},?[0-9A-Fa-f]{4})\1[ \t\r\n]{0,20}:[ \t\r\n]{0,20}\{/g;
/** A DICOM JSON attribute's keys, in JSON or printed by Python. */
const ATTRIBUTE_KEYS = /["'](?:vr|Value)["']/;

export function redactDicomJson(text: string, ctx: ItemContext, seen?: Map<string, string>): string {
  if (!ATTRIBUTE_KEYS.test(text)) return text;
  const out: string[] = [];
  let copied = 0;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    const type = personTagType(m[2]);
    if (!type) continue;
    const strings = valueStrings(text, m.index + m[0].length);
    for (const s of strings.values) {
      const raw = text.slice(s.start, s.end);
      // The raw JSON string goes, escapes included (Python's json.dumps writes "M\\u00fcller"): the placeholder is
      // plain ASCII, so the JSON stays valid.
      if (!isPersonValue(raw)) continue;
      out.push(text.slice(copied, s.start), ctx.phi(raw, type));
      copied = s.end;
      seen?.set(raw, type);
    }
    ATTRIBUTE.lastIndex = Math.max(ATTRIBUTE.lastIndex, strings.end);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/**
 * The strings inside the `Value` array of the object whose body starts at `from` (values only, not keys), or its
 * `Value` string (Orthanc), and where the object ends. Strings are quoted either way (JSON's `"`, Python's `'`).
 */
function valueStrings(text: string, from: number): { values: { start: number; end: number }[]; end: number } {
  const values: { start: number; end: number }[] = [];
  let depth = 1;
  // Depth of the Value array's opening bracket, once its key was read.
  let valueDepth = -1;
  let lastKey = "";
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      let k = j + 1;
      while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\r" || text[k] === "\n")) k++;
      if (text[k] === ":") lastKey = text.slice(i + 1, j);
      else if (valueDepth >= 0 && depth > valueDepth) values.push({ start: i + 1, end: j });
      else if (valueDepth === -1 && depth === 1 && lastKey === "Value") {
        values.push({ start: i + 1, end: j });
        lastKey = "";
      }
      i = j;
    } else if (c === "{" || c === "[") {
      depth++;
      if (c === "[" && valueDepth < 0 && lastKey === "Value" && depth === 2) valueDepth = depth - 1;
    } else if (c === "}" || c === "]") {
      depth--;
      if (valueDepth >= 0 && depth <= valueDepth) valueDepth = -2;
      if (depth === 0) return { values, end: i + 1 };
    }
  }
  return { values, end: text.length };
}
