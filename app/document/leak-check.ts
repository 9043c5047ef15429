// The last gate before any export: scan the output for every value the redaction removed from the evidence (as
// typed, JSON-escaped, URL- or form-encoded, Markdown-escaped) and for secret patterns. A hit blocks the export.
// A leak says what kind of value and where, never the value.
import type { RedactionCategory } from "~/redaction/types";
import type { TicketDocument } from "./model";
import { documentSegments } from "./document-text";
import { escapeMarkdown } from "./markdown";
import { foldCase, MultiSearch } from "./multi-search";

/** A value the redactor removed (kept in memory only). Structurally what `redactor.knownValues()` returns. */
export interface KnownValue {
  value: string;
  type: string;
  category: RedactionCategory;
  /** The placeholder that stands for it, when the redactor gave one. */
  placeholder?: string;
}

export type LeakForm = "as typed" | "JSON-escaped" | "URL-encoded" | "form-encoded" | "Markdown-escaped";

export interface Leak {
  /** `known-value`: a value the redaction removed from the evidence; `pattern`: something shaped like a secret. */
  rule: "known-value" | "pattern";
  /** The redactor's type (access_token, name, …) or the pattern (bearer-credential, jwt, pem-private-key, …). */
  type: string;
  category: RedactionCategory;
  form?: LeakForm;
  /** Where, in words: the section (and sub-heading) or "the title"; never any content. */
  where: string;
  /** 1-based line and column inside the scanned text. */
  line: number;
  column: number;
  /** How many times this value (in this form) appears there. */
  occurrences: number;
}

export const PATTERN_DESCRIPTIONS: Record<string, string> = {
  "authorization-credential": "an Authorization credential (Bearer, Basic, DPoP, …)",
  jwt: "a JSON Web Token",
  "base64-jwt": "a base64-encoded JSON Web Token",
  "pem-private-key": "a PEM private key",
  "jwk-private-key": "a private JSON Web Key member",
  "credential-field": "a credential field with a value (client_secret=, access_token:, password=, …)",
  "authorization-code": "an OAuth authorization code in a URL",
  "url-credentials": "a user name and password inside a URL",
  cookie: "a cookie value",
};

interface Pattern {
  type: keyof typeof PATTERN_DESCRIPTIONS;
  regex: RegExp;
  /** Extra check on the match, to keep prose such as "Bearer realm=…" or "the access_token field" out. */
  accept?: (match: RegExpExecArray) => boolean;
}

/** Tokens have digits or symbols, or are long and mixed-case; prose words ("Evidence", "Token") are not. */
const looksRandom = (value: string) =>
  /\d/.test(value) || /[._~+/-]/.test(value) || (value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value));

const PATTERNS: Pattern[] = [
  {
    type: "authorization-credential",
    regex: /\b(?:Bearer|Basic|DPoP|Negotiate)[ \t]+([A-Za-z0-9._~+/-]{16,}=*)/gi,
    accept: (m) => looksRandom(m[1]),
  },
  { type: "jwt", regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
  { type: "base64-jwt", regex: /\bZXlK[A-Za-z0-9+/]{40,}={0,2}/g },
  { type: "pem-private-key", regex: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
  { type: "jwk-private-key", regex: /\\?"(?:d|p|q|dp|dq|qi|k)\\?"\s*:\s*\\?"[A-Za-z0-9_-]{16,}\\?"/g },
  {
    type: "credential-field",
    regex:
      /\b(?:client_secret|access_token|refresh_token|id_token|client_assertion|assertion|password|passwd|code_verifier|api[_-]?key|x-api-key)\\?["']?[ \t]*[:=][ \t]*\\?["']?(?![<{[])([^\s"'&,;}\\\uFFFF]{8,})/gi,
    accept: (m) => looksRandom(m[1]) && !/^(?:null|true|false|undefined)$/i.test(m[1]),
  },
  { type: "authorization-code", regex: /[?&]code=([A-Za-z0-9._~%-]{16,})/g },
  { type: "url-credentials", regex: /\bhttps?:\/\/[^\s/:@[\]]+:[^\s/@[\]]+@/gi },
  {
    type: "cookie",
    regex: /^(?:Set-)?Cookie:[ \t]*[^=\s;\uFFFF]+=([^\s;\uFFFF]{16,})/gim,
    accept: (m) => looksRandom(m[1]),
  },
];

/**
 * Placeholders and the JWT annotation around them are ours: never a leak. They are masked with U+FFFF (a noncharacter) (not spaces:
 * a pattern such as `client_secret=` must not read past a masked placeholder into the next words).
 */
const PLACEHOLDER = /\\?\[REDACTED:[A-Za-z0-9_\\-]+(?:#\d+)?(?:\\?\])?/g;
const ANNOTATION = /\\?\[REDACTED:[A-Za-z0-9_\\-]+(?:#\d+)? · JWT [^\]\n]*\\?\]/g;
const blank = (m: string) => "\uFFFF".repeat(m.length);

/** Values shorter than this cannot be told apart from ordinary text. */
export const MIN_KNOWN_VALUE_LENGTH = 4;
/** Values shorter than this must stand alone (not inside a longer word) to count. */
const SUBSTRING_SAFE_LENGTH = 16;
/** Enough to explain and fix; a 5 MB log repeating a token does not need ten thousand entries. */
export const MAX_LEAKS = 100;

function forms(known: KnownValue): Array<{ form: LeakForm; value: string }> {
  const value = known.value;
  const candidates: Array<{ form: LeakForm; value: string }> = [
    { form: "as typed", value },
    { form: "JSON-escaped", value: JSON.stringify(value).slice(1, -1) },
    { form: "URL-encoded", value: encodeURIComponent(value) },
    { form: "form-encoded", value: encodeURIComponent(value).replace(/%20/g, "+") },
    { form: "Markdown-escaped", value: escapeMarkdown(value) },
  ];
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.value) && seen.add(c.value));
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

interface Needle {
  type: string;
  category: RedactionCategory;
  form: LeakForm;
  value: string;
  /** Personal data and user terms match in any case; secrets exactly. */
  caseless: boolean;
  /** Short values must stand alone (not inside a longer word) to count. */
  standalone: boolean;
  /** A short all-digit value (a resource id, a house number): judged by its context too, see inCompoundToken. */
  numeric: boolean;
  /** The value this needle is a form of. */
  known: KnownValue;
}

/** Joins the parts of one token: 1d885c72-5171-478f (a UUID), 2025-07-28, 15:21:14, 10.0.0.1, 1.2.3. */
const JOINER = /^[-.:]$/;
const isAlnum = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9]$/.test(c);

/**
 * A short number that is one part of a longer token — a group of a UUID or request id, a part of a date, a time, an
 * IP address or a version — is a coincidence, not the removed value: "5171" in X-Request-Id=1d885c72-5171-478f-…
 * is not resource id 5171. The same number alone, or after "/", "=", a space or a quote, still counts.
 */
function inCompoundToken(text: string, start: number, end: number): boolean {
  return (
    (JOINER.test(text[start - 1] ?? "") && isAlnum(text[start - 2])) ||
    (JOINER.test(text[end] ?? "") && isAlnum(text[end + 1]))
  );
}

/**
 * Where each known value (in each of its forms) occurs, in the order of `known`: one pass over the text for all
 * values together, so a 5 MB export checked against 70,000 removed ids stays linear.
 */
export interface KnownValueMatcher {
  search: MultiSearch<Needle>;
  needles: Needle[];
}

/** The automaton over every known value in every form: build it once per export, scan any number of texts. */
export function knownValueMatcher(known: KnownValue[]): KnownValueMatcher {
  const search = new MultiSearch<Needle>();
  const needles: Needle[] = [];
  const seenValues = new Set<string>();
  for (const value of known) {
    const trimmed = value.value.trim();
    const key = `${value.category}\u0000${trimmed}`;
    if (trimmed.length < MIN_KNOWN_VALUE_LENGTH || seenValues.has(key)) continue;
    seenValues.add(key);
    for (const form of forms({ ...value, value: trimmed })) {
      const needle: Needle = {
        type: value.type,
        category: value.category,
        form: form.form,
        value: form.value,
        caseless: value.category !== "secret",
        standalone: trimmed.length < SUBSTRING_SAFE_LENGTH,
        numeric: trimmed.length < SUBSTRING_SAFE_LENGTH && /^\d+$/.test(trimmed),
        known: value,
      };
      needles.push(needle);
      search.add(foldCase(form.value), needle);
    }
  }
  return { search, needles };
}

function knownValueHits(
  text: string,
  { search, needles }: KnownValueMatcher,
): Array<{ entry: Needle; hits: number[] }> {
  const hitsOf = new Map<Needle, number[]>();
  for (const { start, payload: needle } of search.search(foldCase(text))) {
    const end = start + needle.value.length;
    if (!needle.caseless && text.slice(start, end) !== needle.value) continue;
    if (
      needle.standalone &&
      ((isWordChar(needle.value[0]) && isWordChar(text[start - 1])) ||
        (isWordChar(needle.value.at(-1)) && isWordChar(text[end])))
    ) {
      continue;
    }
    if (needle.numeric && inCompoundToken(text, start, end)) continue;
    const hits = hitsOf.get(needle);
    if (hits) hits.push(start);
    else hitsOf.set(needle, [start]);
  }
  return needles.flatMap((entry) => {
    const hits = hitsOf.get(entry);
    return hits ? [{ entry, hits: hits.sort((a, b) => a - b) }] : [];
  });
}

/**
 * Where known values (in any of their forms) occur in a text, left to right, without overlaps (the longest match at a
 * position wins): what the ticket boundary replaces by their placeholders. Placeholders in the text are never matched.
 */
export function knownValueOccurrences(
  text: string,
  matcher: KnownValueMatcher,
): Array<{ start: number; end: number; known: KnownValue }> {
  const all = knownValueHits(text.replace(PLACEHOLDER, blank), matcher).flatMap(({ entry, hits }) =>
    hits.map((start) => ({ start, end: start + entry.value.length, known: entry.known })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof all = [];
  for (const hit of all) if (!out.length || hit.start >= out[out.length - 1].end) out.push(hit);
  return out;
}

/**
 * Scans one text. `where` names the place (for a document segment); without it, the nearest Markdown section
 * heading above each hit is used, else "the output".
 */
export function leakCheck(output: string, known: KnownValue[] | KnownValueMatcher, where?: string): Leak[] {
  const leaks = leakCheckParts([output], known);
  return where === undefined ? leaks : leaks.map((leak) => ({ ...leak, where }));
}

/** A part at least this long (an evidence text) is scanned on its own; shorter parts are scanned together. */
const ALONE_CHARS = 1 << 18;

/**
 * Scans a text given as consecutive parts (renderMarkdownParts), with the same result as leakCheck on the joined text
 * but never building it: a long part (an evidence text) is scanned on its own, the parts between long ones together,
 * so the working copies (placeholders masked, case folded: two bytes a character) are those of one evidence text, not
 * of the whole export. Exact because a long part is a code block's text: it starts a line after its fence line and is
 * followed by a line break and the closing fence, so no value or pattern spans it and a neighbour.
 */
export function leakCheckParts(parts: readonly string[], known: KnownValue[] | KnownValueMatcher): Leak[] {
  const matcher = Array.isArray(known) ? knownValueMatcher(known) : known;
  const valueHits = new Map<Needle, { first: number; count: number }>();
  const patternHits = PATTERNS.map(() => [] as number[]);
  for (const { text, offset } of partGroups(parts)) {
    for (const { entry, hits } of knownValueHits(text.replace(PLACEHOLDER, blank), matcher)) {
      const seen = valueHits.get(entry);
      if (seen) seen.count += hits.length;
      else valueHits.set(entry, { first: offset + hits[0], count: hits.length });
    }
    const unannotated = text.replace(ANNOTATION, blank).replace(PLACEHOLDER, blank);
    PATTERNS.forEach((pattern, i) => {
      pattern.regex.lastIndex = 0;
      for (const m of unannotated.matchAll(pattern.regex)) {
        if (patternHits[i].length >= MAX_LEAKS) break;
        if (!pattern.accept || pattern.accept(m)) patternHits[i].push(offset + m.index);
      }
    });
  }
  const found: Array<Omit<Leak, "where" | "line" | "column"> & { offset: number }> = [];
  for (const entry of matcher.needles) {
    const hit = valueHits.get(entry);
    if (!hit) continue;
    const { type, category, form } = entry;
    found.push({ rule: "known-value", type, category, form, occurrences: hit.count, offset: hit.first });
  }
  PATTERNS.forEach((pattern, i) => {
    for (const offset of patternHits[i])
      found.push({ rule: "pattern", type: pattern.type, category: "secret", occurrences: 1, offset });
  });
  const leaks = found.slice(0, MAX_LEAKS);
  const places = placesIn(
    parts,
    leaks.map((l) => l.offset),
  );
  return leaks.map(({ offset, ...leak }) => ({ ...leak, ...places.get(offset)! }));
}

/** The parts as scanned: each long part alone, the parts between long ones joined; each with its offset. */
function* partGroups(parts: readonly string[]): Generator<{ text: string; offset: number }> {
  let group: string[] = [];
  let length = 0;
  let offset = 0;
  const flush = function* () {
    if (length > 0) yield { text: group.join(""), offset };
    offset += length;
    group = [];
    length = 0;
  };
  for (const part of parts) {
    if (part.length >= ALONE_CHARS) {
      yield* flush();
      yield { text: part, offset };
      offset += part.length;
    } else {
      group.push(part);
      length += part.length;
    }
  }
  yield* flush();
}

/**
 * Line, column and nearest section heading of each offset, as leakCheck gives them on the joined text, in one pass
 * over the parts (groups end at line ends, so a heading line never spans two).
 */
function placesIn(parts: readonly string[], offsets: number[]): Map<number, Pick<Leak, "where" | "line" | "column">> {
  const out = new Map<number, Pick<Leak, "where" | "line" | "column">>();
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  let next = 0;
  let line = 1;
  let lineStart = 0;
  let heading: { text: string; offset: number; contentStart: number; contentEnd: number } | null = null;
  for (const { text, offset } of partGroups(parts)) {
    if (next >= wanted.length) break;
    const end = offset + text.length;
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => ({
      text,
      offset,
      contentStart: offset + m.index + 3,
      contentEnd: offset + m.index + m[0].length,
    }));
    let h = 0;
    let from = 0;
    while (next < wanted.length && wanted[next] < end) {
      const at = wanted[next];
      for (let i = text.indexOf("\n", from); i !== -1 && offset + i < at; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = offset + i + 1;
        from = i + 1;
      }
      while (h < headings.length && headings[h].contentStart < at) heading = headings[h++];
      const where = heading
        ? `section “${heading.text
            .slice(heading.contentStart - heading.offset, Math.min(heading.contentEnd, at) - heading.offset)
            .replace(/\\(.)/g, "$1")}”`
        : "the output";
      out.set(at, { where, line, column: at - lineStart + 1 });
      next++;
    }
    for (let i = text.indexOf("\n", from); i !== -1; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = offset + i + 1;
    }
    if (headings.length) heading = headings[headings.length - 1];
  }
  return out;
}

/** Scans every segment of a document (what a PDF is drawn from), naming the section of each hit. */
export function leakCheckDocument(doc: TicketDocument, known: KnownValue[]): Leak[] {
  const leaks: Leak[] = [];
  const matcher = knownValueMatcher(known);
  for (const segment of documentSegments(doc)) {
    leaks.push(...leakCheck(segment.text, matcher, segment.where));
    if (leaks.length >= MAX_LEAKS) return leaks.slice(0, MAX_LEAKS);
  }
  return leaks;
}

const CATEGORY_WORDS: Record<RedactionCategory, string> = {
  secret: "a secret",
  phi: "a patient identifier",
  custom: "a term you asked to redact",
};

/** One sentence a user can act on: the kind of value and where it is, never the value. */
export function describeLeak(leak: Leak): string {
  const at = `${leak.where} (line ${leak.line}, column ${leak.column})`;
  const times = leak.occurrences > 1 ? `, ${leak.occurrences} times` : "";
  if (leak.rule === "known-value") {
    const form = leak.form && leak.form !== "as typed" ? `, ${leak.form}` : "";
    return `${CATEGORY_WORDS[leak.category][0].toUpperCase()}${CATEGORY_WORDS[leak.category].slice(1)} (${leak.type}) that the redaction removed from the evidence still appears in ${at}${form}${times}. Remove it there, or add it to the terms to redact, and export again.`;
  }
  return `Something that looks like ${PATTERN_DESCRIPTIONS[leak.type] ?? "a secret"} appears in ${at}. Remove it, or replace it with a placeholder such as [REDACTED:${leak.type.replace(/-/g, "_")}], and export again.`;
}
