// A small, linear shell tokenizer for pasted curl commands (bash quoting; also cmd's ^ and PowerShell's ` line
// continuations). Each word keeps its span in the original text so the redactor can rewrite just that word.

export interface ShellWord {
  /** The word after quote removal. */
  value: string;
  start: number;
  end: number;
  /** True when the word is an operator that ends a command: newline, ;, &&, ||, |. */
  separator?: boolean;
}

/**
 * The words one at a time: a caller that keeps only some (the curl commands in an 8 MB log) never holds the words of
 * the whole text. Each word's value is cut from the text in runs (not built a character at a time, which left a chain
 * of one-character pieces per word alive).
 */
export function* eachShellWord(text: string): Generator<ShellWord> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    // Line continuations: \⏎, ^⏎ (cmd), `⏎ (PowerShell).
    if (isContinuation(text, i)) {
      i += text[i + 1] === "\r" ? 3 : 2;
      continue;
    }
    if (c === "\n" || c === ";" || c === "|" || (c === "&" && text[i + 1] === "&")) {
      const len = (c === "|" && text[i + 1] === "|") || c === "&" ? 2 : 1;
      yield { value: text.slice(i, i + len), start: i, end: i + len, separator: true };
      i += len;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    const start = i;
    const parts: string[] = [];
    while (i < n) {
      const ch = text[i];
      if (endsWord(text, i) || isContinuation(text, i)) break;
      if (ch === "'") {
        const close = singleQuoteClose(text, i);
        const stop = close < 0 ? n : close;
        parts.push(text.slice(i + 1, stop));
        i = stop + 1;
      } else if (ch === "$" && text[i + 1] === "'") {
        i += 2;
        while (i < n && text[i] !== "'") {
          if (text[i] === "\\" && i + 1 < n) {
            const e = text[i + 1];
            parts.push(e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e);
            i += 2;
          } else {
            const from = i;
            i++;
            while (i < n && text[i] !== "'" && text[i] !== "\\") i++;
            parts.push(text.slice(from, i));
          }
        }
        i++;
      } else if (ch === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === "\\" && i + 1 < n && '"\\$`\n'.includes(text[i + 1])) {
            if (text[i + 1] !== "\n") parts.push(text[i + 1]);
            i += 2;
          } else {
            // A backslash that escapes nothing stays, with the character after it read as usual.
            const from = i;
            i++;
            while (i < n && text[i] !== '"' && text[i] !== "\\") i++;
            parts.push(text.slice(from, i));
          }
        }
        i++;
      } else if (ch === "\\" && i + 1 < n) {
        parts.push(text[i + 1]);
        i += 2;
      } else {
        const from = i;
        i++;
        while (i < n && !PLAIN_END.has(text[i])) i++;
        parts.push(text.slice(from, i));
      }
    }
    yield { value: parts.length === 1 ? parts[0] : parts.join(""), start, end: Math.min(i, n) };
  }
}

/**
 * Where the single quote opened at `open` closes (-1: never). In a JSON document so quoted (`-d '{…}'`, `'[…]'`) an
 * apostrophe between two letters (`"O'Brien"`, `"Patient's mother"`) is the document's, not the closing quote: a
 * pasted body means it so, where the shell would cut the word. `'\''` still closes and re-opens.
 */
function singleQuoteClose(text: string, open: number): number {
  const json = text[open + 1] === "{" || text[open + 1] === "[";
  let close = text.indexOf("'", open + 1);
  while (json && close > 0 && isLetter(text[close - 1]) && isLetter(text[close + 1]))
    close = text.indexOf("'", close + 1);
  return close;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** Characters that end a run of plain word characters (quotes, escapes, continuation marks, word ends). */
const PLAIN_END = new Set(["'", '"', "$", "\\", "^", "`", " ", "\t", "\n", "\r", ";", "|", "&"]);

/** Whitespace or an operator at i ends the word. */
const endsWord = (text: string, i: number): boolean => {
  const ch = text[i];
  return (
    ch === " " ||
    ch === "\t" ||
    ch === "\n" ||
    ch === "\r" ||
    ch === ";" ||
    ch === "|" ||
    (ch === "&" && text[i + 1] === "&")
  );
};

/** \⏎, ^⏎ or `⏎ (with an optional \r) at i. */
const isContinuation = (text: string, i: number): boolean => {
  const ch = text[i];
  return (
    (ch === "\\" || ch === "^" || ch === "`") &&
    (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"))
  );
};

/** A word quoted for bash so that it reads back as `value` (single quotes; ' written as '\''). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The quote still open at the end of `line` and where on the line it was opened (`at`: -1 when it was already open
 * at the line's start or none is open), by the tokenizer's rules: `'\''` closes, escapes and re-opens a quote.
 */
export function openQuoteIn(line: string, open: '"' | "'" | null): { quote: '"' | "'" | null; at: number } {
  let q = open;
  let at = -1;
  // A single quote opened on the line before a JSON document: an apostrophe between letters inside is the text's.
  let json = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q === "'") {
      if (c === "'" && !(json && isLetter(line[i - 1]) && isLetter(line[i + 1]))) q = null;
    } else if (c === "\\") i++;
    else if (q === '"') {
      if (c === '"') q = null;
    } else if (c === '"' || c === "'") {
      q = c;
      at = i;
      json = c === "'" && (line[i + 1] === "{" || line[i + 1] === "[");
    }
  }
  return { quote: q, at: q === null ? -1 : at };
}
