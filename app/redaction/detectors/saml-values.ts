// A decoded SAML assertion (SAML-tracer, an IdP's log, a test fixture): the person it is about stands in the values of
// `<saml:Attribute Name="…"><saml:AttributeValue>…` and in the subject's `<saml:NameID>`. An attribute's value is read
// by what its Name (or FriendlyName) says it holds — SPID's `familyName`, Entra's claim URIs
// (`…/identity/claims/givenname`), LDAP's OIDs (`urn:oid:2.5.4.42`) — so a given name that a name detector cannot tell
// from a word still goes, and a tenant id, a role or a group stays. A NameID goes unless its format says it is a
// one-session pseudonym (transient) and its value looks like one: a persistent id, hashed or not, names the same person
// in every session, so it goes as an identifier. Every scan is a bounded regex or a forward-only search: linear in the text.
import type { ItemContext } from "../context";
import { hasSentinel } from "../placeholders";
import { cxIdSpan } from "../hl7-cx";
import { replaceOnce } from "../forward-search";
import { replaceElementBodies } from "../element-bodies";
import { directoryAttributeType as typeOfName } from "./directory-attributes";

/** An Attribute element's start tag (not AttributeValue, AttributeStatement): its prefix and attributes. */
const ATTRIBUTE = /<((?:[A-Za-z_][\w.-]{0,40}:)?)Attribute(\s[^<>]{0,2000})>/g;
/** Name (SAML 2.0), AttributeName (SAML 1.1: ADFS WS-Federation, Shibboleth), FriendlyName. */
const NAME_ATTR = /(?:^|\s)(Friendly|Attribute)?Name\s*=\s*(?:"([^"]{0,400})"|'([^']{0,400})')/g;
/** An AttributeValue's text, plain or in a CDATA section. */
const VALUE =
  /<((?:[A-Za-z_][\w.-]{0,40}:)?)AttributeValue(?:\s[^<>]{0,2000})?>(?:<!\[CDATA\[([^\]<]{1,4096})\]\]>|([^<]{1,4096}))<\//g;
/** The subject's name: SAML 2.0 NameID, SAML 1.1 NameIdentifier. */
const NAME_ID = /<((?:[A-Za-z_][\w.-]{0,40}:)?)(NameID|NameIdentifier)(\s[^<>]{0,2000})?>([^<]{1,1024})<\/\1\2>/g;
const TRANSIENT_FORMAT = /nameid-format:transient/;
const PERSISTENT_FORMAT = /nameid-format:persistent/;
/** A NameQualifier naming a register of people (GS1's GLN, which IHE XUA uses for health professionals): the NameID
 *  is that person's number, whatever its format says. */
const PERSON_QUALIFIER = /\bNameQualifier\s*=\s*["']urn:gs1:gln["']/i;
/** A value that reads as an opaque pseudonym: hex or a GUID (`_61c0122d-5e8e…`), or a long random token (ADFS's
 *  base64 persistent ids). The format is what the IdP claims; setups map "persistent" to a login too. */
const OPAQUE_ID = /^_?[0-9a-f][0-9a-f-]{11,}$/i;
const RANDOM_TOKEN = /^[A-Za-z0-9+/=_-]{20,}$/;
const looksOpaque = (v: string) =>
  (OPAQUE_ID.test(v) && /\d/.test(v)) || (RANDOM_TOKEN.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v));
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[A-Za-z]{2,24}$/;

/** The person-data type an attribute's Name or FriendlyName announces, if any. */
export function samlAttributeType(tagAttributes: string): string | undefined {
  NAME_ATTR.lastIndex = 0;
  let type: string | undefined;
  for (let m = NAME_ATTR.exec(tagAttributes); m; m = NAME_ATTR.exec(tagAttributes)) {
    const t = typeOfName(m[2] ?? m[3] ?? "");
    // A FriendlyName says it plainly; a Name is the fallback.
    if (m[1] === "Friendly" && t) return t;
    type ??= t;
  }
  return type;
}

/** Where an attribute's values end: its own close tag, the next attribute's start tag (the one before was never
 *  closed: a truncated paste, another prefix), or the statement's end — whichever comes first. */
const INNER_END = /<\/?(?:[A-Za-z_][\w.-]{0,40}:)?Attribute(?:Statement)?[\s/>]/g;

/** A CX's assigning authority (HD: an optional namespace id, then `&` and the universal id). */
const CX_AUTHORITY = /\^\^\^[\w.-]{0,64}&/;

function replaceValues(inner: string, type: string, ctx: ItemContext): string {
  VALUE.lastIndex = 0;
  return inner.replace(VALUE, (whole, _prefix: string, cdata: string | undefined, plain: string | undefined) => {
    const value = cdata ?? plain ?? "";
    const v = value.trim();
    if (!v || hasSentinel(v)) return whole;
    const [open, close] = cdata === undefined ? [">", "<"] : ["[", "]"];
    if (type === "patient_cx") {
      // A CX names its assigning authority (`^^^&1.2.3&ISO`, `^^^SPID&…`); another XACML resource-id (`Patient^read`) is no id.
      const id = CX_AUTHORITY.test(v) ? cxIdSpan(v) : null;
      if (!id) return whole;
      const redacted = v.slice(0, id.start) + ctx.phi(v.slice(id.start, id.end), "identifier") + v.slice(id.end);
      return replaceOnce(whole, `${open}${value}${close}`, `${open}${replaceOnce(value, v, redacted)}${close}`);
    }
    return replaceOnce(whole, `${open}${value}${close}`, `${open}${replaceOnce(value, v, ctx.phi(v, type))}${close}`);
  });
}

/** Whether the text is (part of) a SAML assertion: its namespace, a `saml:`/`saml2:` prefix or an AttributeStatement.
 *  Other XML with `<Attribute Name="name"><AttributeValue>` (an XACML-like policy) names no person. */
const inSaml = (text: string) =>
  text.includes("AttributeStatement") || text.includes("urn:oasis:names:tc:SAML:") || /<\/?saml[12]?p?:/i.test(text);

function redactAttributes(text: string, ctx: ItemContext): string {
  if (!text.includes("AttributeValue") || !inSaml(text)) return text;
  return replaceElementBodies(text, { start: ATTRIBUTE, end: INNER_END }, (m) => {
    // A self-closing attribute (`<saml:Attribute Name="givenName"/>`) has no values.
    if (m[2].trimEnd().endsWith("/")) return undefined;
    const type = samlAttributeType(m[2]);
    return type ? (inner) => replaceValues(inner, type, ctx) : undefined;
  });
}

function redactNameIds(text: string, ctx: ItemContext): string {
  if (!text.includes("NameI")) return text;
  NAME_ID.lastIndex = 0;
  return text.replace(NAME_ID, (whole, _prefix: string, _tag: string, attrs: string | undefined, value: string) => {
    const v = value.trim();
    if (!v || hasSentinel(v)) return whole;
    const opaque = looksOpaque(v);
    if (PERSON_QUALIFIER.test(attrs ?? "") || (PERSISTENT_FORMAT.test(attrs ?? "") && opaque))
      return replaceOnce(whole, `>${value}<`, `>${replaceOnce(value, v, ctx.phi(v, "identifier"))}<`);
    if (TRANSIENT_FORMAT.test(attrs ?? "") && opaque) return whole;
    return replaceOnce(
      whole,
      `>${value}<`,
      `>${replaceOnce(value, v, ctx.phi(v, EMAIL.test(v) ? "email" : "user_name"))}<`,
    );
  });
}

export function redactSamlValues(text: string, ctx: ItemContext): string {
  return redactNameIds(redactAttributes(text, ctx), ctx);
}
