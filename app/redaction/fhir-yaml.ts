// A FHIR resource written as YAML (Aidbox's REST console, a test fixture, a resource kept in a code string): a
// person's resource (`resourceType: Patient`, `Practitioner`, `RelatedPerson`, `Person`) names them under `family:`
// and `given:`, keys the line readers leave alone elsewhere (`font-family: …`). From such a `resourceType:` line to the
// next resource's (or a document's `---`), a `family:` scalar and each `given:` name — a scalar, a flow list
// (`[Ormond, Q]`) or the `- ` items under it — go; the keys, the quotes and every other line stay. One pass over the
// lines, each read by anchored patterns bounded by its length.
import type { ItemContext } from "./context";
import { splitLines } from "./http-text";

/** A resource's type line (a list item's too: `- resourceType: Patient`); group 1 the type. */
const RESOURCE_TYPE = /^[ \t]*(?:-[ \t]+)?resourceType:[ \t]*["']?([A-Za-z]{1,64})/;
const PERSON_TYPES = new Set(["Patient", "Practitioner", "RelatedPerson", "Person"]);
/** A document's start or end: what comes after belongs to no resource read so far. */
const DOCUMENT_MARK = /^(?:---|\.\.\.)[ \t]*\r?\n?$/;
/** `family: …` or `given: …` (a list item's too): what comes before the value (its indent, the key), then the rest. */
const NAME_KEY = /^(([ \t]*)(?:-[ \t]+)?(family|given):(?=[ \t]|\r?\n|$)[ \t]*)(.*)/;
/** A `- ` item: what comes before its text (its indent, the dash), then the rest. */
const LIST_ITEM = /^(([ \t]*)-[ \t]+)(.*)/;
const COMMENT = /[ \t]#/;
/** A scalar name: quoted (group 1 the quote, group 2 the name), or plain (group 3), where only a leading quote is one
 *  (`O'Brien`); no YAML structure in it (`{`, `[`, `&`, `*`, `|`, `>`, `#` first). */
const SCALAR = /^(?:(["'])([^\s"'{}[\]#][^"'{}[\]#]{0,200})\1|([^\s"'{}[\]&*|>#][^"{}[\]#]{0,200}))$/;

/** [start, end) of the name a scalar holds, or undefined. */
function scalarName(scalar: string): [number, number] | undefined {
  const m = SCALAR.exec(scalar);
  const quote = m?.[1]?.length ?? 0;
  const name = m?.[2] ?? m?.[3];
  return name !== undefined && name.length > 1 ? [quote, quote + name.length] : undefined;
}

/** A value without its trailing YAML comment (` # legal`: a `#` after a blank starts one; names hold none). */
function withoutComment(value: string): string {
  const comment = COMMENT.exec(value);
  return comment ? value.slice(0, comment.index) : value;
}

/** [start, end) of each name in `value` (its line's text after the colon), relative to `value`. */
function namesIn(value: string): Array<[number, number]> {
  if (value.startsWith("[") && value.endsWith("]")) {
    const names: Array<[number, number]> = [];
    let from = 1;
    for (const item of value.slice(1, -1).split(",")) {
      const lead = item.length - item.trimStart().length;
      const name = scalarName(item.trim());
      if (name) names.push([from + lead + name[0], from + lead + name[1]]);
      from += item.length + 1;
    }
    return names;
  }
  const name = scalarName(value);
  return name ? [name] : [];
}

export function redactFhirYaml(text: string, ctx: ItemContext): string {
  if (!text.includes("resourceType:") || !(text.includes("family:") || text.includes("given:"))) return text;
  const lines = splitLines(text);
  let person = false;
  // The column of a `given:` key whose names are the `- ` items under it, or -1: items from that column on are its own
  // (block style indents them, PyYAML's compact style writes them at the key's column).
  let itemsUnder = -1;
  let changed = false;
  /** The names in the value standing at `at` of line `k` replaced, the last first so the earlier offsets hold. */
  const replaceNames = (k: number, at: number, value: string) => {
    for (const [from, to] of namesIn(withoutComment(value).trimEnd()).reverse()) {
      const line = lines[k];
      lines[k] = line.slice(0, at + from) + ctx.phi(line.slice(at + from, at + to), "name") + line.slice(at + to);
      changed = true;
    }
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const type = RESOURCE_TYPE.exec(line);
    if (type || DOCUMENT_MARK.test(line)) {
      person = type !== null && PERSON_TYPES.has(type[1]);
      itemsUnder = -1;
      continue;
    }
    if (!person) continue;
    if (itemsUnder >= 0) {
      const item = LIST_ITEM.exec(line);
      if (item && item[2].length >= itemsUnder) {
        replaceNames(k, item[1].length, item[3]);
        continue;
      }
      itemsUnder = -1;
    }
    const m = NAME_KEY.exec(line);
    if (!m) continue;
    if (m[4].trim() === "") {
      if (m[3] === "given") itemsUnder = m[1].indexOf(m[3]);
      continue;
    }
    replaceNames(k, m[1].length, m[4]);
  }
  return changed ? lines.join("") : text;
}
