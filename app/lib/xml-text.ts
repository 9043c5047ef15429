// Pieces of XML text reading shared by the FHIR XML redactor and the diagnosis's OperationOutcome reader: an
// attribute value's entities decoded, and comments blanked out (offsets kept). Pure and linear.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The XML entity names and the characters they stand for. */
export const XML_ENTITIES: Readonly<Record<string, string>> = ENTITIES;

/** An attribute value as the XML means it (entities and character references decoded). */
export function decodeXmlValue(v: string): string {
  if (!v.includes("&")) return v;
  return v.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? m;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * The text with every `<!-- … -->` comment (and a comment left open, to the end) turned into spaces, line breaks
 * kept: offsets and line numbers stay, and nothing inside a comment reads as markup. One forward scan.
 */
export function blankXmlComments(text: string): string {
  let at = text.indexOf("<!--");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  while (at >= 0) {
    const close = text.indexOf("-->", at + 4);
    const end = close < 0 ? text.length : close + 3;
    out += text.slice(from, at) + text.slice(at, end).replace(/[^\n]/g, " ");
    from = end;
    at = close < 0 ? -1 : text.indexOf("<!--", end);
  }
  return out + text.slice(from);
}
