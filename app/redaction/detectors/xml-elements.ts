// XML elements whose name names a secret: `<client_secret>…</client_secret>`, `<ns:Password>…</ns:Password>`. The
// element's text goes; attributes and other elements stay. Each match is bounded, so the scan is linear.
import type { ItemContext } from "../context";
import { labelNamesSecret, secretKey } from "./secret-keys";

const ELEMENT = /<((?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,80}))(?:\s[^<>]{0,400})?>([^<]{1,8192})<\/\1>/g;

export function redactXmlSecrets(text: string, ctx: ItemContext): string {
  if (!text.includes("</")) return text;
  // Matched one by one; a new text is built only when an element's value goes (most texts' elements are <b>, <p>, …).
  let out = "";
  let pos = 0;
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const [whole, , local, value] = m;
    const named = secretKey(local);
    const v = value.trim();
    if (!named || !v || !labelNamesSecret(local, named, v)) continue;
    out += text.slice(pos, m.index) + whole.replace(`>${value}<`, `>${value.replace(v, ctx.secret(v, named.type))}<`);
    pos = m.index + whole.length;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
