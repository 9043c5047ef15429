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

export function shellWords(text: string): ShellWord[] {
  const words: ShellWord[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    // Line continuations: \⏎, ^⏎ (cmd), `⏎ (PowerShell).
    if (
      (c === "\\" || c === "^" || c === "`") &&
      (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"))
    ) {
      i += text[i + 1] === "\r" ? 3 : 2;
      continue;
    }
    if (c === "\n" || c === ";" || c === "|" || (c === "&" && text[i + 1] === "&")) {
      const len = (c === "|" && text[i + 1] === "|") || c === "&" ? 2 : 1;
      words.push({ value: text.slice(i, i + len), start: i, end: i + len, separator: true });
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
    let value = "";
    while (i < n) {
      const ch = text[i];
      if (
        ch === " " ||
        ch === "\t" ||
        ch === "\n" ||
        ch === "\r" ||
        ch === ";" ||
        ch === "|" ||
        (ch === "&" && text[i + 1] === "&")
      )
        break;
      if (
        (ch === "\\" || ch === "^" || ch === "`") &&
        (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"))
      )
        break;
      if (ch === "'") {
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 ? n : close;
        value += text.slice(i + 1, stop);
        i = stop + 1;
      } else if (ch === "$" && text[i + 1] === "'") {
        i += 2;
        while (i < n && text[i] !== "'") {
          if (text[i] === "\\" && i + 1 < n) {
            const e = text[i + 1];
            value += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e;
            i += 2;
          } else value += text[i++];
        }
        i++;
      } else if (ch === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === "\\" && i + 1 < n && '"\\$`\n'.includes(text[i + 1])) {
            if (text[i + 1] !== "\n") value += text[i + 1];
            i += 2;
          } else value += text[i++];
        }
        i++;
      } else if (ch === "\\" && i + 1 < n) {
        value += text[i + 1];
        i += 2;
      } else {
        value += ch;
        i++;
      }
    }
    words.push({ value, start, end: Math.min(i, n) });
  }
  return words;
}

/** A word quoted for bash so that it reads back as `value` (single quotes; ' written as '\''). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
