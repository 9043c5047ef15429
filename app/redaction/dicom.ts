// The DICOM readers, in one pass each over a paste: header dumps (dicom-dump.ts), DICOM JSON in its JSON, Python and
// Orthanc spellings (dicom-json.ts), dcmtk's and PS3.19's XML (dicom-xml.ts), and attributes given by keyword or tag
// on a command line, in code or echoed by a REPL (dicom-keys.ts). A value one of them read under a person's attribute
// is then looked for wherever else it stands in the paste (the same name in a Python session's assignment, in a Java
// call, in a query) when it is distinctive enough to be looked for.
import type { ItemContext } from "./context";
import { redactDicomBareTags } from "./dicom-bare-tags";
import { redactDicomDump } from "./dicom-dump";
import { redactDicomJson } from "./dicom-json";
import { redactDicomKeys } from "./dicom-keys";
import { mayHoldDicom } from "./dicom-tags";
import { redactDicomXml } from "./dicom-xml";

export function redactDicom(text: string, ctx: ItemContext): string {
  return mayHoldDicom(text) ? readDicom(text, ctx) : text;
}

/** Every DICOM reader on the paste, without the gate: exported so a test can hold the gate to what the readers do. */
export function readDicom(text: string, ctx: ItemContext): string {
  const seen = new Map<string, string>();
  let out = redactDicomDump(text, ctx, seen);
  out = redactDicomBareTags(out, ctx, seen);
  out = redactDicomJson(out, ctx, seen);
  out = redactDicomXml(out, ctx, seen);
  out = redactDicomKeys(out, ctx, seen);
  return seen.size ? echoes(out, seen, ctx) : out;
}

/** A value shorter than this is not looked for elsewhere in the paste (a 2-digit patient id would hit any number). */
const MIN_ECHO = 4;
/**
 * Whether a value is distinctive enough to be looked for elsewhere: a DICOM name (`Citizen^Jan`) or an id mixing
 * letters and digits (`ABCD1234`). A bare number (`2024`) or word (`TEST`, `admin`) would also hit years, URLs, prose.
 */
function echoable(value: string): boolean {
  if (value.length < MIN_ECHO) return false;
  return value.includes("^") || (/\p{L}/u.test(value) && /\p{N}/u.test(value));
}

/** At most this many distinct values are looked for elsewhere: one search of the text each. */
const MAX_ECHOED = 64;

/**
 * The values read under a person's tag, wherever else they stand in the paste as a whole token (a Python session's
 * `elem.value = 'Citizen^Jan'` or its echo `'CompressedSamples^CT1'` before the dump line that names them).
 */
function echoes(text: string, seen: ReadonlyMap<string, string>, ctx: ItemContext): string {
  let out = text;
  let looked = 0;
  for (const [value, type] of seen) {
    if (!echoable(value) || looked++ >= MAX_ECHOED) continue;
    if (!out.includes(value)) continue;
    const parts: string[] = [];
    let copied = 0;
    for (let at = out.indexOf(value); at >= 0; at = out.indexOf(value, at + value.length)) {
      const before = at > 0 ? out[at - 1] : "";
      const after = out[at + value.length] ?? "";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      parts.push(out.slice(copied, at), ctx.phi(value, type));
      copied = at + value.length;
    }
    if (copied > 0) out = parts.join("") + out.slice(copied);
  }
  return out;
}
