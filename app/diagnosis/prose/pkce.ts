// PKCE (RFC 7636) as reports show it: the exchange said to fail ("the code verifier does not produce a valid code
// challenge", "missing the code_verifier parameter", "PKCE validation failed"), and a code_challenge shown with its
// value — in an authorize URL, after a label, or on the line after a label — checked against the RFC: base64url
// characters only (A–Z a–z 0–9 - . _ ~). Only what is wrong is kept, in words; the values themselves are never kept.
// A code_verifier's value is not read: the redactor removes it, so the diagnosis exported with the redacted ticket
// could never see it, and the live diagnosis must say the same. Lines without "verifier", "challenge" or "pkce" are
// not read.
import { happeningMatch } from "./statements";
import { readableLine } from "./line-limit";
import { decodeURIComponentSafe } from "~/lib/url";

export interface PkceStatement {
  /** The first line that says PKCE failed or shows a malformed verifier or challenge. */
  line: number;
  /** What is wrong with the challenge shown, in words ("the code_challenge holds '+', '/'"); empty when none shown. */
  problems: string[];
}

const KEY = "(?:code[_\\s-]?verifier|code[_\\s-]?challenge|pkce)";
/**
 * The exchange said to fail: the key word with its failure ("PKCE validation failed", "code_verifier invalid"), the
 * key word and a relation that fails within the clause ("the code verifier … does not produce the code challenge",
 * "not present", "should have been sent"), or the failure first ("missing the code_verifier", "an invalid code_verifier"). "no PKCE" or
 * "without PKCE … an invalid_client error" says which flow the app uses, not that PKCE failed.
 */
const FAILED = new RegExp(
  `\\b${KEY}\\b(?:\\s+(?:validation|verification|check|exchange|flow|parameter|value))?\\s+(?:has\\s+|is\\s+|was\\s+)?(?:fail(?:s|ed|ing|ure)?|error|mismatch(?:ed)?|invalid|rejected|missing)\\b` +
    `|\\b${KEY}\\b[^.;!?]{0,80}?\\b(?:do(?:es)?\\s*(?:not|n't)\\s+(?:produce|match|correspond|verify)|mismatch(?:ed)?|not\\s+(?:present|sent|included|valid)|should\\s+have\\s+been\\s+(?:present|sent|included|passed))\\b` +
    `|\\b(?:missing|invalid|wrong|bad)\\s+(?:the\\s+)?${KEY}\\b`,
  "i",
);
/** A challenge's label: `code_challenge=`, `code_challenge:`, `Code Challenge -`; `code_challenge_method` is no label. */
const LABEL = /\bcode[_\s-]?challenge\b["'`]?\s*(?:[:=]|-\s)\s*/gi;
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
/** Values that stand in for the real one: `<verifier>`, `{code_verifier}`, `xxxx`, `…`, `***`. */
const PLACEHOLDER = /^[<{[(].*[>}\])]$|\.\.\.|…|\*\*\*|^x+$/i;
/**
 * Code that names the value instead of giving it: a template or variable (`${verifier}`, `$VERIFIER`, `{{v}}`), a call
 * (`secrets.token_urlsafe(64)`), a type or identifier (`codeVerifier`, `self.code_verifier`, `string`, `REDACTED`).
 * A verifier is random, so it mixes digits in among its letters; an identifier is words, ending in a digit or two at most.
 */
const NAMED = /[$(){}[\]<>]|^[A-Za-z_][A-Za-z_.]*\d{0,2}$/;
/** Shorter than this, a token after a label is a word of prose ("Code challenge - we derive it"), not a value. */
const MIN_VALUE = 20;

/** The value after a label: fenced or quoted up to its closing mark (spaces kept), else up to a space or `&`. */
function valueAt(text: string, at: number): string | null {
  let i = at;
  while (i < text.length && i - at < 3 && (text[i] === "`" || text[i] === '"' || text[i] === "'")) i++;
  const mark = i > at ? text[i - 1] : null;
  let end = i;
  if (mark) while (end < text.length && end - i < 300 && text[end] !== mark) end++;
  else while (end < text.length && end - i < 300 && !/[\s&"'`,;)}]/.test(text[end])) end++;
  const value = text.slice(i, end);
  return value.length >= MIN_VALUE && !PLACEHOLDER.test(value) && !NAMED.test(value) ? value : null;
}

/** The characters quoted back by name (never a decoded character of the value itself); others are counted. */
const NAMED_CHARS: Record<string, string> = { "+": "'+'", "/": "'/'", "=": "'='", " ": "a space" };
const BASE64 = new Set(["+", "/", "="]);

function badCharacters(bad: readonly string[]): string {
  const named = bad.filter((c) => NAMED_CHARS[c]).map((c) => NAMED_CHARS[c]);
  const others = bad.length - named.length;
  if (others) named.push(`${others} other character${others > 1 ? "s" : ""}`);
  return named.join(", ");
}

/** What RFC 7636 says is wrong with a challenge, in words (nothing when it is well formed). */
function problemsOf(raw: string): string[] {
  const value = decodeURIComponentSafe(raw);
  if (UNRESERVED.test(value)) return [];
  const bad = [...new Set([...value].filter((c) => !/[A-Za-z0-9\-._~]/.test(c)))];
  return [
    `the code_challenge shown holds ${badCharacters(bad)}, outside the base64url alphabet` +
      (bad.includes(" ")
        ? ": a space stands where a '+' was sent unencoded in the authorize URL (a '+' in a query reads as a space)"
        : bad.every((c) => BASE64.has(c))
          ? ": standard base64 was used; the S256 challenge must be BASE64URL(SHA-256(verifier)) without '=' padding"
          : ": the S256 challenge must be BASE64URL(SHA-256(verifier)) without '=' padding"),
  ];
}

/** The challenges shown on a line (or, for a label ending its line, on one of the next two lines), checked. */
function valueProblems(lines: readonly string[], index: number, line: string): string[] {
  const out: string[] = [];
  let labels = 0;
  for (const m of line.matchAll(LABEL)) {
    // A line is read for its first few labels: a value is a short token, and a pasted line holds one or two.
    if (++labels > 8) break;
    const at = (m.index ?? 0) + m[0].length;
    let value = valueAt(line, at);
    if (value === null && at >= line.trimEnd().length) {
      const next = lines.slice(index + 1, index + 3).find((l) => l.trim());
      if (next !== undefined) value = valueAt(next.trim(), 0);
    }
    if (value !== null) out.push(...problemsOf(value));
  }
  return out;
}

export function readPkce(lines: readonly string[]): PkceStatement | null {
  let found: PkceStatement | null = null;
  lines.forEach((raw, index) => {
    const line = readableLine(raw);
    if (!/verifier|challenge|pkce/i.test(line)) return;
    const failed = happeningMatch(FAILED, line) !== null;
    const problems = valueProblems(lines, index, line);
    if (!failed && !problems.length) return;
    if (!found) found = { line: index + 1, problems: [] };
    for (const p of problems) if (!found.problems.includes(p) && found.problems.length < 4) found.problems.push(p);
  });
  return found;
}
