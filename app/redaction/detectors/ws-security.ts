// WS-Security UsernameTokens (`<wsse:UsernameToken>` in a SOAP header, any prefix): the `<Username>` is a login, the
// `<Password>` a password whatever it looks like (a dictionary word under `#PasswordText`, a base64 digest under
// `#PasswordDigest`), the `<Nonce>` a one-time value that replays the digest. The token's `wsu:Id`, the password's
// `Type` URI and `<wsu:Created>` stay. A token's children are read up to its end tag, searched forward only (tokens never
// closed, under any number of prefixes, are not searched for again); every regex is bounded: linear in the text.
import { isSecretTemplateMarker, type ItemContext } from "../context";
import { replaceOnce } from "../forward-search";
import { replaceElementBodies } from "../element-bodies";
import { hasSentinel } from "../placeholders";

const TOKEN = /<((?:[A-Za-z_][\w.-]{0,40}:)?)UsernameToken(?:\s[^<>]{0,2000})?>/g;
/** Where a token's children end: its end tag or, for a token never closed (a paste cut off), the next token's start. */
const TOKEN_END = /<\/?(?:[A-Za-z_][\w.-]{0,40}:)?UsernameToken\b/g;
/** A child's text, plain or in a CDATA section (WCF and some SoapUI projects write the password so). */
const CHILD =
  /<((?:[A-Za-z_][\w.-]{0,40}:)?)(Username|Password|Nonce)(?:\s[^<>]{0,1000})?>(?:<!\[CDATA\[([^\]<]{1,4096})\]\]>|([^<]{1,4096}))<\/\1\2\s*>/g;

function redactChildren(inner: string, ctx: ItemContext): string {
  CHILD.lastIndex = 0;
  return inner.replace(CHILD, (whole, _prefix: string, name: string, cdata?: string, plain?: string) => {
    const value = cdata ?? plain ?? "";
    const v = value.trim();
    // A template's marker (`{username}`, `$saml-username$`) stands for a value, it is none.
    if (!v || hasSentinel(v) || isSecretTemplateMarker(v)) return whole;
    const to = name === "Username" ? ctx.phi(v, "user_name") : ctx.secret(v, name === "Nonce" ? "nonce" : "password");
    const [open, close] = cdata === undefined ? [">", "<"] : ["[", "]"];
    return replaceOnce(whole, `${open}${value}${close}`, `${open}${replaceOnce(value, v, to)}${close}`);
  });
}

export function redactUsernameTokens(text: string, ctx: ItemContext): string {
  if (!text.includes("UsernameToken")) return text;
  // Tokens do not nest: a token's children end at the first end tag (any prefix), the next token's start or the
  // text's end.
  return replaceElementBodies(text, { start: TOKEN, end: TOKEN_END }, () => (inner) => redactChildren(inner, ctx));
}
