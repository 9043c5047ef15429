// YAML block scalars under a key that names a secret: `client_secret: |` (or `>`, `|-`, `>+2`) and the value on the
// indented lines below it. One pass over the lines.
import type { ItemContext } from "../context";
import { secretKey } from "./secret-keys";

const BLOCK_KEY =
  /^([ \t]*)(?:-[ \t]+)?["']?([A-Za-z0-9_.$@-]{1,120})["']?[ \t]*:[ \t]*[|>][+-]?\d?[+-]?[ \t]*(?:#.*)?$/;

export function redactYamlBlockSecrets(text: string, ctx: ItemContext): string {
  if (!/:[ \t]*[|>]/.test(text)) return text;
  const lines = text.split("\n");
  let indent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (indent >= 0) {
      const lead = /^[ \t]*/.exec(line)![0].length;
      if (!line.trim()) continue;
      if (lead > indent) {
        const cr = lines[i].endsWith("\r") ? "\r" : "";
        lines[i] = line.slice(0, lead) + ctx.secret(line.slice(lead), "secret") + cr;
        continue;
      }
      indent = -1;
    }
    const m = BLOCK_KEY.exec(line);
    if (m && secretKey(m[2])) indent = m[1].length;
  }
  return lines.join("\n");
}
