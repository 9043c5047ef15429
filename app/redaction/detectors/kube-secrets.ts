// Kubernetes Secret manifests pasted as YAML: every value under `data:` / `stringData:` is a secret (base64 or plain),
// whatever its key is called. Entered only when the text declares `kind: Secret`; one pass over the lines.
import type { ItemContext } from "../context";

const KIND_SECRET = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*\r?$/im;
const BLOCK = /^([ \t]*)(?:data|stringData):[ \t]*\r?$/;
const ENTRY = /^([ \t]+)([^\s:#][^:\n]{0,252}):([ \t]*)(.*?)(\r?)$/;
const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;

export function redactKubeSecrets(text: string, ctx: ItemContext): string {
  if (!/kind:/i.test(text) || !KIND_SECRET.test(text)) return text;
  const lines = text.split("\n");
  let blockIndent = -1;
  let scalarIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const body = line.replace(/\r$/, "");
    if (!body.trim() || /^[ \t]*#/.test(body)) continue;
    const indent = indentOf(body);
    // Lines of a block scalar (`key: |`) that belongs to a data entry: the whole line's content goes.
    if (scalarIndent >= 0) {
      if (indent > scalarIndent) {
        const lead = /^[ \t]*/.exec(line)?.[0] ?? "";
        const content = line.slice(lead.length).replace(/\r$/, "");
        lines[i] = lead + ctx.secret(content, "secret") + (line.endsWith("\r") ? "\r" : "");
        continue;
      }
      scalarIndent = -1;
    }
    const block = BLOCK.exec(body);
    if (block) {
      blockIndent = block[1].length;
      continue;
    }
    if (blockIndent < 0) continue;
    if (indent <= blockIndent) {
      blockIndent = -1;
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) continue;
    const [, lead, key, gap, value, cr] = entry;
    if (/^[|>][+-]?\d?$/.test(value.trim())) {
      scalarIndent = lead.length;
      continue;
    }
    const scalar = value.slice(0, scalarEnd(value));
    const q = /^(["'])(.*)\1$/.exec(scalar.trim());
    const inner = q ? q[2] : scalar.trim();
    if (!inner) continue;
    const redacted = ctx.secret(inner, "secret");
    const rest = value.slice(scalar.length);
    lines[i] = lead + key + ":" + gap + (q ? q[1] + redacted + q[1] : scalar.replace(inner, redacted)) + rest + cr;
  }
  return lines.join("\n");
}

/**
 * Where a quoted YAML scalar that starts `value` closes, or -1: in double quotes a backslash escapes the next character
 * (`"ab\"cd"`), in single quotes a doubled quote is one quote (`'it''s'`). One pass over the value.
 */
function closingQuote(value: string, open: string): number {
  for (let k = 1; k < value.length; k++) {
    if (open === '"' && value[k] === "\\") k++;
    else if (value[k] === open) {
      if (open === "'" && value[k + 1] === "'") k++;
      else return k;
    }
  }
  return -1;
}

/**
 * Where a YAML value ends before a comment (`YWRtaW4=  # <= this`, `'c2Vj…' # note`): a `#` after white space, outside
 * quotes; a `#` inside a value (`p#ss`) is part of it. One pass over the value.
 */
function scalarEnd(value: string): number {
  const open = value[0] === '"' || value[0] === "'" ? value[0] : "";
  let k = 0;
  if (open) {
    k = closingQuote(value, open);
    if (k < 0) return value.length;
    k++;
  }
  for (; k < value.length; k++) {
    if (value[k] === "#" && k > 0 && (value[k - 1] === " " || value[k - 1] === "\t")) {
      let end = k;
      while (end > 0 && (value[end - 1] === " " || value[end - 1] === "\t")) end--;
      return end;
    }
  }
  return value.length;
}
