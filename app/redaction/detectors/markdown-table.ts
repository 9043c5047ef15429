// Markdown table rows whose first cell names a secret: `| client_secret | q7-harbour | OAuth client secret |`. The
// second cell's value goes (inside its backticks, if any); other cells and rows stay. One bounded match per row.
import type { ItemContext } from "../context";
import { labelNamesSecret, secretKey } from "./secret-keys";

const ROW = /^([ \t]{0,8}\|[ \t]*`?)([A-Za-z_][\w.-]{0,80})(`?[ \t]*\|[ \t]*`?)([^|`\n]{1,400}?)(`?[ \t]*\|)/gm;

export function redactTableSecrets(text: string, ctx: ItemContext): string {
  if (!text.includes("|")) return text;
  return text.replace(ROW, (whole, open: string, key: string, mid: string, value: string, close: string) => {
    const named = secretKey(key);
    const v = value.trim();
    if (!named || !v || !labelNamesSecret(key, named, v)) return whole;
    return open + key + mid + value.replace(v, ctx.secret(v, named.type)) + close;
  });
}
