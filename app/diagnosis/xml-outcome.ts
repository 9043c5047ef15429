// FHIR OperationOutcomes written in XML (<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value=…/>…),
// turned into the JSON shape so the error readers treat them exactly like the JSON ones: each issue's severity, code,
// diagnostics, details.text and expression. Any namespace prefix (fhir:), either quote, pretty-printed or on one line,
// cut off after its issues; comments skipped. Linear: every search moves forward with indexOf, and each tag is read once.
import { blankXmlComments, decodeXmlValue } from "~/lib/xml-text";

export interface XmlOutcome {
  value: { resourceType: "OperationOutcome"; issue: Array<Record<string, unknown>> };
  /** Offset of the opening tag in the text. */
  at: number;
}

const MAX_OUTCOME = 256 * 1024;
const MAX_OUTCOMES = 50;
const OPEN = /<(?:([A-Za-z_][\w.-]{0,30}):)?OperationOutcome(?=[\s>/])/g;
const NEXT = new RegExp(OPEN.source, "g");

/** Offset of the next `<prefix:name` tag at or after `from` (the name whole: `<issue` is not `<issues`); -1 if none. */
function nextTag(text: string, tag: string, from: number): number {
  for (let at = text.indexOf(tag, from); at >= 0; at = text.indexOf(tag, at + tag.length)) {
    const after = text[at + tag.length];
    if (after === undefined || /[\s>/]/.test(after)) return at;
  }
  return -1;
}

const VALUE = /value\s*=\s*/y;

/** The value="…" of the first `<prefix:name …/>` in one issue's text, entities decoded; null when there is none. */
function valueOf(text: string, tag: string): string | null {
  const at = nextTag(text, tag, 0);
  if (at < 0) return null;
  // The tag's attributes end at its first ">" outside a quoted value: read value="…" there, quote-aware.
  for (let i = at + tag.length; i < text.length;) {
    const ch = text[i];
    if (ch === ">") return null;
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return null;
      i = close + 1;
      continue;
    }
    VALUE.lastIndex = i;
    const m = /\s/.test(text[i - 1] ?? "") ? VALUE.exec(text) : null;
    if (m) {
      const quote = text[m.index + m[0].length];
      if (quote !== '"' && quote !== "'") return null;
      const close = text.indexOf(quote, m.index + m[0].length + 1);
      if (close < 0) return null;
      return decodeXmlValue(text.slice(m.index + m[0].length + 1, close));
    }
    i++;
  }
  return null;
}

/** Every XML OperationOutcome in a text (at most 50, each read over at most 256 KB). */
export function findXmlOutcomes(raw: string): XmlOutcome[] {
  if (!raw.includes("OperationOutcome")) return [];
  // Commented-out markup is no outcome and no issue field: blanked, offsets kept.
  const text = blankXmlComments(raw);
  const out: XmlOutcome[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m && out.length < MAX_OUTCOMES; m = OPEN.exec(text)) {
    const prefix = m[1] ? `${m[1]}:` : "";
    // An outcome ends at its closing tag, or (cut off) where the next one opens: searches never run past that.
    NEXT.lastIndex = m.index + m[0].length;
    const nextOpen = NEXT.exec(text)?.index ?? text.length;
    const window = text.slice(m.index, Math.min(nextOpen, m.index + MAX_OUTCOME));
    const close = window.indexOf(`</${prefix}OperationOutcome`);
    const block = close < 0 ? window : window.slice(0, close);
    const end = m.index + block.length;
    // Every search runs inside the outcome's own text, and each issue's inside that issue's.
    const issues: Array<Record<string, unknown>> = [];
    const issueTag = `<${prefix}issue`;
    for (let at = nextTag(block, issueTag, 0); at >= 0;) {
      const next = nextTag(block, issueTag, at + issueTag.length);
      const one = block.slice(at, next < 0 ? block.length : next);
      const issue: Record<string, unknown> = {};
      for (const field of ["severity", "code", "diagnostics"]) {
        const v = valueOf(one, `<${prefix}${field}`);
        if (v !== null) issue[field] = v;
      }
      const details = valueOf(one, `<${prefix}text`);
      if (details !== null) issue.details = { text: details };
      const expression = valueOf(one, `<${prefix}expression`);
      if (expression !== null) issue.expression = [expression];
      if (Object.keys(issue).length) issues.push(issue);
      at = next;
    }
    if (issues.length) out.push({ value: { resourceType: "OperationOutcome", issue: issues }, at: m.index });
    OPEN.lastIndex = Math.max(end, m.index + 1);
  }
  return out;
}
