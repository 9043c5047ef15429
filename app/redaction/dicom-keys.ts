// DICOM attributes given by keyword or tag outside a dump, wherever they stand in a paste:
//   dcmtk findscu / movescu / getscu     findscu -P -k PatientName="DOE*" -k "PatientID=12345678" pacs 104
//   dcm4che tools                        pdf2dcm -m PatientName=Doe^John …   dcmodify -m "(0010,0010)=Doe^John"
//   pydicom code                         ds.PatientName = 'Doe^John'   quick_dataset(PatientName='Jane', …)
//   ITK / SimpleITK metadata             0010|0010 = Doe^John    {'0010|0010': 'Doe^John'}
//   a pydicom REPL echo                  >>> ds.PatientName            (IPython: In [3]: ds.PatientName)
//                                        'Doe^John'                    (Out[3]: 'Doe^John')
// Under a person's attribute (dicom-tags.ts) the value goes: inside its quotes, else up to a blank, a comma or a
// bracket; a query's wildcards (`*`, `?`) stay, so "a wildcard search by name" still reads. A keyword in a URL's query
// (`?PatientID=…`) is a web application's parameter, left to the URL rules. A bare keyword (`PatientID=12724066` in a
// log line, `"PatientID": …` in JSON) is read as DICOM only after a DICOM tool's option (`-k`, `-m`, `-s`) or in a
// paste that shows it is about DICOM (a DICOM tool, pydicom, a `(0010,0010)` tag, `ds.PatientName`): elsewhere it is
// an application's own field, left to the rules for ids (a sandbox patient id is a fact support needs). One regex
// pass over the text for the assignments, one pass over its lines for the REPL echoes.
import type { ItemContext } from "./context";
import { DICOM_PERSON_KEYWORDS, isPersonValue, personTagType } from "./dicom-tags";

const KEYWORDS = [...DICOM_PERSON_KEYWORDS.keys()].sort((a, b) => b.length - a.length).join("|");
/** A tag: `(0010,0010)`, `0010|0010`, pydicom's `0x0010, 0x0010` and `0x00100010`, dcm4che's `00100010`. */
const TAG = String.raw`\(?[0-9A-Fa-f]{4}[,|] ?[0-9A-Fa-f]{4}\)?|0x[0-9A-Fa-f]{4}, ?0x[0-9A-Fa-f]{4}|(?:0x)?[0-9A-Fa-f]{8}`;
/**
 * A keyword or tag (quoted or not; pydicom's `ds[0x0010, 0x0010].value`), `=` (`==`, or `:` after a tag or a quoted
 * key), then the value: quoted, or a bare run up to a blank, a quote, a comma or a closing bracket. A bare value after
 * blanks is read only when blanks stand before the operator too (`0010|0010 = Doe^John`): `-k PatientID= -k …` is
 * findscu's return key, empty.
 */
const ASSIGNMENT = new RegExp(
  String.raw`(?<![\w?&$%])(["']?)(?:(${KEYWORDS})|(${TAG}))\1(?![\w])(?:\](?:\.value)?)?([ \t]{0,8})(={1,2}|:)([ \t]{0,8})` +
    String.raw`(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"',;)}\]]{1,200}))`,
  "g",
);
/** What shows a paste is about DICOM: a DICOM tool or library, a tag in parentheses, pydicom's `ds.Keyword`. */
const DICOM_CONTEXT =
  /\b(?:\w{0,4}dicom\w{0,20}|dcm\w{0,20}|\w{1,10}scu|\w{1,8}2dcm|SimpleITK|sitk|FileDataset)\b|\([0-9A-Fa-f]{4}[,|] ?[0-9A-Fa-f]{4}\)/i;
const DATASET_ATTRIBUTE = /\bds\.[A-Z]/;
/** A DICOM tool's option that takes an attribute: dcmtk's `-k`/`--key`, dcm4che's `-m`, `-s`, `-r`, dcmodify's `-i`. */
const TOOL_OPTION = /(?:^|\s)(?:-[kmsrqi]|-m[af]|-ea|--(?:key|set|modify|insert))[ \t]{1,4}["']?$/;

/**
 * An attribute set by a call, its tag or keyword then the value as quoted arguments: dcm4che's
 * `attrs.setString(Tag.PatientName, VR.PN, "Doe^John")`, fo-dicom's `AddOrUpdate(DicomTag.PatientName, "Doe^John")`,
 * pydicom's `ds.add_new(0x00100010, 'PN', 'Doe^John')` and `setattr(ds, 'PatientName', 'Doe^John')`.
 */
const CALL_ARGUMENT = new RegExp(
  String.raw`(?:\b(?:Tag|DicomTag)\.(${KEYWORDS})|\b(0x[0-9A-Fa-f]{8})|\bsetattr\([\w.]{1,40},[ \t]{0,8}["'](${KEYWORDS})["'])` +
    String.raw`[ \t]{0,8},[ \t]{0,8}(?:(?:VR\.[A-Z]{2}|(["'])[A-Z]{2}\4)[ \t]{0,8},[ \t]{0,8})?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')`,
  "g",
);

/** Whether only blanks or a YAML list's `- ` stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && at - i <= 40; i--) {
    const c = text[i];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t" && c !== "-") return false;
  }
  return i < 0;
}

/**
 * Where a bare value read from `valueAt` ends: at the closing quote when the whole assignment is quoted
 * (`-k "PatientID=ZX 998877"`, the quote on the same line within 200 characters), else after the bare run.
 */
function quotedEnd(text: string, keyAt: number, valueAt: number, bareEnd: number): number {
  const quote = text[keyAt - 1];
  if (quote !== '"' && quote !== "'") return bareEnd;
  for (let at = bareEnd; at < text.length && at - valueAt <= 200 && text[at] !== "\n"; at++) {
    if (text[at] === quote) return at;
  }
  return bareEnd;
}

/** A REPL input line: `>>> ` or IPython's `In [3]: `, then the expression. */
const PROMPT = /^[ \t]*(?:>>>|In \[\d{1,6}\]:)[ \t]?(.{1,200})$/;
/**
 * An expression naming a person's attribute: `ds.PatientName`, `ds[0x0010, 0x0010].value`, `ds["PatientName"]`,
 * `ds.get("PatientName")`, wrapped or not in print(), str() or repr(); or one of a name's components pydicom's
 * PersonName gives (`ds.PatientName.family_name`, `.given_name`, `.alphabetic`).
 */
const ATTRIBUTE_EXPRESSION = new RegExp(
  String.raw`^(?:(print|str|repr)\()?[\w.\[\]]{0,80}?(?:\.(${KEYWORDS})|\[["'](${KEYWORDS})["']\]|\.get\(["'](${KEYWORDS})["']\)|\[(0x[0-9A-Fa-f]{4}, ?0x[0-9A-Fa-f]{4}|0x[0-9A-Fa-f]{8})\])(?:\.value)?(?:\.(?:family_name|given_name|middle_name|name_prefix|name_suffix|alphabetic|ideographic|phonetic))?\)?[ \t]*$`,
);
/** A REPL variable bound to an attribute (`elem = ds[0x0010, 0x0010]`), then read (`elem.value`, `print(elem.value)`). */
const BINDING = /^([A-Za-z_]\w{0,40})[ \t]*=[ \t]*([^=].*)$/;
const VARIABLE_READ = /^(?:(print|str|repr)\()?([A-Za-z_]\w{0,40})\.value\)?$/;
/** At most this many such variables are remembered. */
const MAX_BINDINGS = 64;

/** The REPL's answer: `'Doe^John'` (IPython: `Out[3]: 'Doe^John'`), or the bare text print() writes. */
const ANSWER =
  /^[ \t]*(?:Out\[\d{1,6}\]:[ \t]*)?(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s'"(>.][^\n]{0,199}?))[ \t\r]*$/;

/**
 * A tag printed with its attribute's name and `=` (ITK's and SimpleITK's metadata dictionaries, a tool's summary):
 * `(0010|0010) Patient Name          (1) = Doe^John`; the value is the rest of the line (read by printedValue). The
 * name's words are joined by single blanks, so no blank can be claimed by two parts of the pattern.
 */
const PRINTED_TAG_HEAD =
  /^[ \t]{0,40}\(?([0-9A-Fa-f]{4}[|,] ?[0-9A-Fa-f]{4})\)?[ \t]{1,40}[A-Za-z][A-Za-z']{0,30}(?: [A-Za-z'][A-Za-z']{0,30}){0,8}(?:[ \t]{1,40}\([^()\n]{0,20}\))?[ \t]{0,40}=[ \t]{0,40}/;
/**
 * A row of a viewer's tag table copied as tab-separated text (MicroDicom, Horos, a "copy tags" menu): the tag, the
 * attribute's name, the VR or not, then the value: `0010,0010<TAB>Patient's Name<TAB>PN<TAB>Doe^John`.
 */
const TAB_TAG_HEAD = /^[ \t]{0,40}\(?([0-9A-Fa-f]{4}[|,] ?[0-9A-Fa-f]{4})\)?\t[^\t\n]{1,80}\t(?:[A-Z]{2}\t)?/;
/** The longest value a printed tag line is read for. */
const MAX_PRINTED_VALUE = 200;

/** The value after a printed tag line's head: the rest of the line less its trailing blanks, or null. */
function printedValue(line: string, from: number): string | null {
  let end = line.length;
  while (end > from && (line[end - 1] === " " || line[end - 1] === "\t" || line[end - 1] === "\r")) end--;
  const length = end - from;
  if (length < 1 || length > MAX_PRINTED_VALUE || /\s/.test(line[from])) return null;
  return line.slice(from, end);
}

/** The type of the person's attribute an expression names, and the call around it (print, str, repr); or null. */
function attributeType(input: string): { type: string; wrapper: string | undefined } | null {
  const expression = ATTRIBUTE_EXPRESSION.exec(input);
  if (!expression) return null;
  const keyword = expression[2] ?? expression[3] ?? expression[4];
  const type = keyword ? DICOM_PERSON_KEYWORDS.get(keyword) : personTagType(expression[5]);
  return type ? { type, wrapper: expression[1] } : null;
}

/** Blanks and a query's wildcards around a value: kept, so only the person's part goes. */
const EDGES = /^[\s*?%]*|[\s*?%]*$/g;

/** A stretch of the text to replace by a person's placeholder, or (`type` null) to keep from the sweep. */
interface Edit {
  start: number;
  end: number;
  type: string | null;
}

export function redactDicomKeys(text: string, ctx: ItemContext, seen?: Map<string, string>): string {
  const edits: Edit[] = [];
  const aboutDicom = DICOM_CONTEXT.test(text) || DATASET_ATTRIBUTE.test(text);
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const [, keyQuote, keyword, tag, blanksBefore, operator, blanksAfter] = m;
    // A keyword followed by `:` is a key of a printed dict only when quoted (`'PatientName': …`); bare, it is prose.
    // In a paste about DICOM, a keyword opening its line (`PatientName: Doe^John`, YAML or a log) is a key too.
    if (keyword && operator === ":" && !keyQuote && !(aboutDicom && opensLine(text, m.index))) continue;
    if (/^[0-9A-Fa-f]{8}$/.test(tag ?? "") && operator === ":" && !keyQuote) continue;
    if (keyword && !aboutDicom && !TOOL_OPTION.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const type = keyword ? DICOM_PERSON_KEYWORDS.get(keyword) : personTagType(tag);
    const value = m[7] ?? m[8] ?? m[9];
    if (m[9] !== undefined && blanksAfter && !blanksBefore && operator !== ":") {
      // An empty key: what follows the blanks (the next option, the called AE title) is read again.
      ASSIGNMENT.lastIndex = m.index + m[0].length - m[9].length;
      continue;
    }
    if (type && value !== undefined) {
      const start = m.index + m[0].length - value.length - (m[9] === undefined ? 1 : 0);
      // The whole assignment quoted (`-k "PatientID=ZX 998877"`): the value runs to the closing quote.
      const end =
        m[9] !== undefined && !keyQuote ? quotedEnd(text, m.index, start, start + value.length) : start + value.length;
      edits.push({ start, end, type });
    }
  }
  CALL_ARGUMENT.lastIndex = 0;
  for (let m = CALL_ARGUMENT.exec(text); m; m = CALL_ARGUMENT.exec(text)) {
    const keyword = m[1] ?? m[3];
    const type = keyword ? DICOM_PERSON_KEYWORDS.get(keyword) : personTagType(m[2]);
    const value = m[5] ?? m[6];
    if (!type) continue;
    const start = m.index + m[0].length - value.length - 1;
    edits.push({ start, end: start + value.length, type });
  }
  lineValues(text, edits);
  if (!edits.length) return text;
  edits.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let copied = 0;
  for (const { start, end, type } of edits) {
    if (start < copied) continue;
    const raw = text.slice(start, end);
    if (type === null) {
      out.push(text.slice(copied, start), ctx.keep(raw));
      copied = end;
      continue;
    }
    const value = raw.replace(EDGES, "");
    if (!isPersonValue(value)) continue;
    const from = start + raw.indexOf(value);
    out.push(text.slice(copied, from), ctx.phi(value, type));
    copied = from + value.length;
    seen?.set(value, type);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/**
 * The values that stand on lines of their own: a tag printed with its name and `=`, and the answer a REPL printed to
 * an expression naming a person's attribute (the line after the prompt).
 */
function lineValues(text: string, edits: Edit[]): void {
  const repl = text.includes(">>>") || text.includes("In [");
  if (!repl && !text.includes(")") && !text.includes("\t")) return;
  let pending: { type: string; bare: boolean } | null = null;
  const bindings = new Map<string, string>();
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const printed =
      (line.includes("=") ? PRINTED_TAG_HEAD.exec(line) : null) ??
      (line.includes("\t") ? TAB_TAG_HEAD.exec(line) : null);
    const printedType = printed && personTagType(printed[1]);
    const value = printed ? printedValue(line, printed[0].length) : null;
    if (printed && value !== null) {
      // The tag and the attribute's name are kept from the sweep ("Patient Name", "Modality" are no person's name or
      // street); any other attribute's value is left to the sweep.
      const at = start + printed[0].length;
      edits.push({ start, end: at, type: null });
      if (printedType) edits.push({ start: at, end: at + value.length, type: printedType });
    }
    const prompt = repl ? PROMPT.exec(line) : null;
    if (prompt) {
      const input = prompt[1].trim();
      const binding = BINDING.exec(input);
      if (binding) {
        const bound = attributeType(binding[2].trim());
        if (bound && bindings.size < MAX_BINDINGS) bindings.set(binding[1], bound.type);
        pending = null;
      } else {
        const read = VARIABLE_READ.exec(input);
        const variable = read ? bindings.get(read[2]) : undefined;
        const named = variable ? { type: variable, wrapper: read?.[1] } : attributeType(input);
        pending = named ? { type: named.type, bare: named.wrapper === "print" || named.wrapper === "str" } : null;
      }
    } else if (pending) {
      const answer = ANSWER.exec(line);
      const value = answer ? (answer[1] ?? answer[2] ?? (pending.bare ? answer[3] : undefined)) : undefined;
      if (answer && value !== undefined) {
        const quote = answer[1] !== undefined ? '"' : answer[2] !== undefined ? "'" : "";
        const at = start + line.indexOf(quote + value + quote) + quote.length;
        edits.push({ start: at, end: at + value.length, type: pending.type });
      }
      pending = null;
    }
    start = end + 1;
  }
}
