// Text read line by line: raw HTTP messages (request/status line, headers by name, body by Content-Type), curl -v
// output ("> ", "< ", "* " lines), curl commands, JSON blocks inside text, and everything else swept as prose.
// The line structure is kept exactly: an HTTP message still parses after redaction, header names are unchanged.
import { leadingSpace, trailingSpace } from "./edges";
import type { ItemContext } from "./context";
import { sweepText, sweepValue } from "./sweep";
import { redactHeaderValue } from "./headers";
import { METHOD_SOURCE, VERSION_SOURCE } from "~/lib/http-start-line";
import { redactUrl } from "./detectors/url";
import { redactJsonText } from "./json";
import { redactFormBody } from "./form";
import { redactCurlCommands } from "./curl";
import { redactEmbeddedJson, sweepProse } from "./embedded-json";
import { redactPrintedObjects } from "./printed-objects";
import { redactHl7Lines } from "./hl7";
import { hasHl7XmlField, redactHl7XmlLines } from "./hl7-xml";
import { messageStart } from "~/evidence/hl7-logged";
import { endsToken } from "./wrapped-tokens";
import { curlExtents, type CurlExtent } from "./curl-extent";
import {
  anyDocumentStarts,
  FhirXmlReader,
  wrappedDocumentStart,
  xmlDocumentStart,
  parseFhirXml,
  redactFhirXmlText,
  redactParsedFhirXml,
} from "./xml-fhir";
import { brunoAuthMode, redactBrunoAuthField } from "./bruno";
import { SHELL_PROMPT_SOURCE } from "./shell-prompts";

const REQUEST = new RegExp(String.raw`^([ \t]*(?:[<>][ \t]?)?)(${METHOD_SOURCE})([ \t]+)(\S+)(.*)$`);
const STATUS = new RegExp(String.raw`^([ \t]*(?:[<>][ \t]?)?)${VERSION_SOURCE}[ \t]+\d{3}\b`);
const HEADER = /^([ \t]*(?:[<>][ \t]?)?)([A-Za-z0-9!#$%&'*+.^_`|~-]+)([ \t]*:[ \t]?)(.*)$/;
/** A curl command at the start of a line, after an optional shell prompt of any shell (shell-prompts.ts). */
const CURL_START = new RegExp(String.raw`^[ \t]*(?:${SHELL_PROMPT_SOURCE}[ \t]*)?curl(?:\.exe)?[ \t]`);
const PROMPT_BEFORE_CURL = new RegExp(String.raw`^[ \t]*${SHELL_PROMPT_SOURCE}[ \t]*(?=curl)`);
const BLANK_OR_PREFIX = /^[ \t]*[<>]?[ \t]*$/;
const FORM_LINE = /^[A-Za-z0-9_.%~+\-[\]]+=[^&\s]*(?:&[A-Za-z0-9_.%~+\-[\]]*=?[^&\s]*)+$/;
/** Headers whose value is a credential: a wrapped continuation is glued on without a space. */
const CREDENTIAL_HEADERS = /^(?:proxy-)?authorization$|^dpop$|token|api-?key|secret/i;
const BARE_TOKEN = /^[A-Za-z0-9._~+/=-]{8,}$/;

/** How many spaces and tabs a line starts with. */
function indentWidth(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "\t")) n++;
  return n;
}

/** The header value with the next line added when that line continues it; null when it does not. */
function continueHeader(name: string, value: string, next: string, indent: number): string | null {
  if (!next.trim() || REQUEST.test(next) || STATUS.test(next)) return null;
  const credential = CREDENTIAL_HEADERS.test(name);
  // Folded: indented further than the header itself (a header block pasted indented, in a list or a quote, has every
  // header at the same indentation).
  const lead = indentWidth(next);
  const folded = lead > indent && !/^[ \t]*[<>*{}] /.test(next);
  if (
    credential &&
    (folded || BARE_TOKEN.test(next.slice(Math.min(lead, indent)))) &&
    /[A-Za-z0-9._~+/=-]$/.test(value) &&
    BARE_TOKEN.test(next.trim().replace(/^\./, "x")) &&
    !endsToken(next.trim())
  )
    return value + next.trim();
  if (folded) return value + " " + next.trim();
  if (/^cookie$/i.test(name) && /;\s*$/.test(value) && /^[^\s:]+=/.test(next.trim())) return value + " " + next.trim();
  return null;
}

export interface LineOptions {
  /** Free-text PHI on prose lines (logs, notes). */
  freeText: boolean;
}

/** Splits keeping line ends, so joining gives the input back (what `/[^\n]*\n|[^\n]+$/g` matches, by native searches
 *  for the line feeds instead of a match array per line). */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let pos = 0;
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", pos)) {
    lines.push(text.slice(pos, nl + 1));
    pos = nl + 1;
  }
  if (pos < text.length) lines.push(text.slice(pos));
  return lines;
}

/** The line's end ("\n", "\r\n" or none). */
const endOf = (line: string) =>
  line.charCodeAt(line.length - 1) !== 10 ? "" : line.charCodeAt(line.length - 2) === 13 ? "\r\n" : "\n";
const body = (line: string) => line.slice(0, line.length - endOf(line).length);

/** Scan budget shared by all JSON-block attempts of one text: keeps many unclosed "{" lines linear. */
interface Budget {
  chars: number;
}

/** The line where a JSON value starting at line `from` closes (string-aware), or -1. JSON's quoting, a string's
 *  state carried from line to line; har-cookie-arrays.ts ends a string at a line break and stops at a key, and reads
 *  the text, not lines, so the two walks stay apart. */
function jsonBlockEnd(lines: string[], from: number, budget: Budget): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    budget.chars -= l.length;
    if (budget.chars < 0) return -1;
    for (let k = 0; k < l.length; k++) {
      const c = l[k];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === "{" || c === "[") {
        depth++;
        started = true;
      } else if (c === "}" || c === "]") {
        depth--;
        if (started && depth === 0) return l.slice(k + 1).trim() === "" ? i : -1;
        if (depth < 0) return -1;
      }
    }
  }
  return -1;
}

export function redactLines(text: string, ctx: ItemContext, options: LineOptions): string {
  const lines = splitLines(text);
  const out: string[] = [];
  const sweep = (v: string) => sweepValue(v, ctx);
  let state: "free" | "headers" | "body" = "free";
  let contentType = "";
  let bodyLines: string[] = [];
  const budget: Budget = { chars: 4 * text.length + 1_000_000 };
  /** FHIR XML is tried again only past where the last attempt stopped reading. */
  let xmlFrom = 0;
  // The first line a v2 XML document may start on (the lines before it were looked at).
  let v2xmlFrom = 0;
  let xmlReader: FhirXmlReader | undefined;
  /** Inside a Bruno `auth:<mode> {` block: its mode. */
  let authMode: string | null = null;
  /** Where the curl commands met end (their lines indexed on the first one). */
  let curls: CurlExtent | undefined;

  // Consecutive prose lines are swept together: one pass per run, not per line. The run is cut from the text once
  // (a slice, by the offsets of its first and last lines), not built up line by line.
  const lineStarts = new Array<number>(lines.length);
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length, i++) lineStarts[i] = at;
  let proseStart = -1;
  let proseEnd = -1;
  /** Prose: the JSON inside it redacted as JSON, the objects a program printed by their keys, then swept. */
  const sweepLine = (v: string) =>
    sweepText(redactPrintedObjects(redactEmbeddedJson(v, ctx, budget), ctx, options.freeText), ctx, {
      freeText: options.freeText,
    });
  const flushProse = () => {
    if (proseStart < 0) return;
    out.push(sweepLine(text.slice(proseStart, proseEnd)));
    proseStart = -1;
  };
  /** Structured output: the prose before it goes first. */
  const emit = (chunk: string) => {
    flushProse();
    out.push(chunk);
  };

  const flushBody = () => {
    if (bodyLines.length === 0) return;
    emit(redactBody(bodyLines.join(""), contentType, ctx));
    bodyLines = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = body(line);
    const eol = endOf(line);
    const trimmed = content.trim();

    const reqMatch = REQUEST.exec(content);
    // A request line names a target ("/path", "https://…", "*") or ends in its HTTP version: "GET client_secret: …"
    // is prose that starts with a verb.
    const req =
      reqMatch && (/^(?:\/|\*$|[a-z][a-z0-9+.-]*:\/\/)/i.test(reqMatch[4]) || /\bHTTP\/\d/.test(reqMatch[5]))
        ? reqMatch
        : null;
    const isStart = !!req || STATUS.test(content);
    if (state === "body") {
      if (!isStart && !/^[*<>] /.test(content) && !/^[{}] \[/.test(content)) {
        bodyLines.push(line);
        continue;
      }
      flushBody();
      state = "free";
    }
    // What follows the start line's target or status code on its line (curl -i output pasted with its line breaks
    // lost: headers and a body) is read like any other text.
    if (req) {
      const [, prefix, method, gap, target, rest] = req;
      emit(prefix + method + gap + redactUrl(target, ctx, sweep) + sweepLine(rest) + eol);
      state = "headers";
      contentType = "";
      continue;
    }
    if (isStart) {
      const status = STATUS.exec(content)?.[0] ?? "";
      emit(status + sweepLine(content.slice(status.length)) + eol);
      state = "headers";
      contentType = "";
      continue;
    }
    if (state === "headers") {
      if (BLANK_OR_PREFIX.test(content)) {
        emit(line);
        // curl -v ends the header block with a lone "<" or ">"; the response body follows unprefixed.
        state = /^[ \t]*>/.test(content) ? "free" : "body";
        continue;
      }
      const h = HEADER.exec(content);
      // "https://host/…" has the shape of a header named "https"; it is a URL, read as free text below.
      if (h && !(h[3] === ":" && h[4].startsWith("//"))) {
        const [, prefix, name, sep, first] = h;
        if (name.toLowerCase() === "content-type") contentType = first;
        // Continuation lines (folded with leading white space, or a credential wrapped by the terminal) belong to
        // the value: it is redacted whole and written back on one line.
        let value = first;
        let end = i;
        for (;;) {
          const next = end + 1 < lines.length ? body(lines[end + 1]) : "";
          const joined = continueHeader(name, value, next, indentWidth(content));
          if (joined === null) break;
          value = joined;
          end++;
        }
        emit(prefix + name + sep + redactHeaderValue(name, value, ctx, sweep) + (end > i ? endOf(lines[end]) : eol));
        i = end;
        continue;
      }
      // A form body right under the headers, with no blank line between.
      if (/x-www-form-urlencoded/i.test(contentType) || FORM_LINE.test(trimmed)) {
        emit(redactFormBody(content, ctx) + eol);
        state = "free";
        continue;
      }
      state = "free";
    }
    // A Bruno request's auth block: its credential fields by their names.
    if (authMode !== null && trimmed === "}") authMode = null;
    else if (authMode !== null) {
      const field = redactBrunoAuthField(content, authMode, ctx);
      if (field !== null) {
        emit(field + eol);
        continue;
      }
    } else if (trimmed.startsWith("auth:")) authMode = brunoAuthMode(content);
    // Free text: an HL7 v2 message, a curl command, a JSON block, or prose.
    const hl7 = trimmed.startsWith("MSH") || trimmed.startsWith("\x0bMSH") ? redactHl7Lines(lines, i, ctx) : null;
    if (hl7) {
      emit(hl7.text);
      i += hl7.count - 1;
      continue;
    }
    // HL7 v2 in its XML encoding (`<PID.5><XPN.1><FN.1>…`), wherever it starts on the line: read by field.
    const v2xml = i >= v2xmlFrom && hasHl7XmlField(content) ? redactHl7XmlLines(lines, i, ctx, sweepLine) : null;
    // Lines looked at and found no v2 XML: not looked at again (one scan of the lines), read by the other readers.
    if (v2xml) v2xmlFrom = i + v2xml.count;
    if (v2xml?.text != null) {
      emit(v2xml.text);
      i += v2xml.count - 1;
      continue;
    }
    // A FHIR resource in XML, wherever it starts on the line (after a log prefix, inside a SOAP body): read by
    // structure up to its end, or up to where it stops when it was cut off; the text before it on its line joins the
    // prose, the text after it on its last line is swept.
    let xmlAt = lineStarts[i] + content.length > xmlFrom && content.includes("<") ? xmlDocumentStart(content) : -1;
    // Its root tag left open, the namespace declared on the next line.
    if (xmlAt < 0 && i + 1 < lines.length && lineStarts[i] + content.length > xmlFrom && content.includes("<"))
      xmlAt = wrappedDocumentStart(content, lines[i + 1]);
    if (xmlAt >= 0 && lineStarts[i] + xmlAt >= xmlFrom) {
      xmlReader ??= new FhirXmlReader(text);
      const docStart = lineStarts[i] + xmlAt;
      const { parsed, reached } = parseFhirXml(xmlReader, docStart);
      // Past the document read, or past all the failed attempt looked at.
      xmlFrom = parsed ? parsed.end : reached;
      if (parsed) {
        let end = i;
        while (end < lines.length && lineStarts[end] + lines[end].length <= parsed.end) end++;
        const lineEnd = end < lines.length ? lineStarts[end] + lines[end].length : text.length;
        if (xmlAt > 0) {
          if (proseStart < 0) proseStart = lineStarts[i];
          proseEnd = docStart;
        }
        flushProse();
        out.push(redactParsedFhirXml(text, parsed, ctx, docStart, parsed.end));
        // The rest of its last line: another document logged after it (`a=<Patient …/> b=<Patient …>`) is read by
        // structure too, the text between and after them swept.
        let from = parsed.end;
        const lastStart = end < lines.length ? lineStarts[end] : lineStarts[lines.length - 1];
        const startsIn = anyDocumentStarts(text.slice(lastStart, lineEnd));
        for (let next = startsIn(from - lastStart); next >= 0; next = startsIn(from - lastStart)) {
          const more = parseFhirXml(xmlReader, lastStart + next).parsed;
          if (!more || more.end > lineEnd) break;
          const gap = text.slice(from, lastStart + next);
          out.push(gap.trim() ? sweepLine(gap) : gap, redactParsedFhirXml(text, more, ctx, lastStart + next, more.end));
          from = xmlFrom = more.end;
        }
        const tail = text.slice(from, lineEnd);
        out.push(tail.trim() ? sweepLine(tail) : tail);
        i = Math.min(end, lines.length - 1);
        continue;
      }
    }
    if (content.includes("curl") && CURL_START.test(content)) {
      // The command goes on over continuation marks, a token wrapped inside a quoted argument and a body written on
      // many lines (curl-extent.ts).
      curls ??= curlExtents(lines);
      const end = curls.end(i);
      // A prompt before it (`jdoe@host ~ % curl …`) is swept as prose: its login is a person's.
      const command = lines.slice(i, end + 1).join("");
      const prompt = PROMPT_BEFORE_CURL.exec(command)?.[0] ?? "";
      emit((prompt.trim() ? sweepLine(prompt) : prompt) + redactCurlCommands(command.slice(prompt.length), ctx));
      i = end;
      continue;
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      const end = jsonBlockEnd(lines, i, budget);
      if (end >= 0) {
        const block = lines.slice(i, end + 1).join("");
        const redacted = redactJsonText(block, ctx);
        if (redacted !== null) {
          emit(redacted);
          i = end;
          continue;
        }
      }
    }
    // An HL7 message after other text on the line (a log line's prefix, a string in code): tried after the readers
    // above, so a curl command or a JSON block that holds one is read as what it is.
    const logged =
      (content.includes("MSH") || content.includes("|")) && messageStart(content)
        ? (flushProse(), redactHl7Lines(lines, i, ctx))
        : null;
    if (logged) {
      emit(logged.text);
      i += logged.count - 1;
      continue;
    }
    if (proseStart < 0) proseStart = lineStarts[i];
    proseEnd = lineStarts[i] + line.length;
  }
  if (state === "body") flushBody();
  flushProse();
  return out.join("");
}

function redactBody(text: string, contentType: string, ctx: ItemContext): string {
  const t = text.trim();
  if (!t) return text;
  if (/json/i.test(contentType) || t.startsWith("{") || t.startsWith("[")) {
    const json = redactJsonText(text, ctx);
    if (json !== null) return json;
  }
  if (/x-www-form-urlencoded/i.test(contentType) || (!/\s/.test(t) && /^[\w.%+-]+=/.test(t))) {
    const lead = leadingSpace(text);
    const trail = trailingSpace(text);
    return lead + redactFormBody(t, ctx) + trail;
  }
  // Not JSON or a form: text, with the same HL7, JSON-in-text and curl handling as free text (an HL7 message posted
  // over HTTP, or pasted under a request).
  if (/xml/i.test(contentType) || t.startsWith("<")) {
    const xml = redactFhirXmlText(text, ctx);
    if (xml !== null) return xml;
  }
  return text.startsWith("MSH") || text.includes("\nMSH")
    ? redactLines(text, ctx, { freeText: true })
    : sweepProse(text, ctx);
}
