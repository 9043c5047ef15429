// Tokens are linked (which token did a request send, which response issued it) through an opaque key: a hash of the
// token text or of its redaction placeholder. The token itself is never kept.

/** FNV-1a, 32 bit, hex. Only for linking inside one diagnosis; not a security hash. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

const PLACEHOLDER = /\[?REDACTED:([a-z0-9_]+)#(\d+)/i;
const TEMPLATE = /^(<[^>]*>|\{[^}]*\}|x{3,}|\.{3}|…|null|undefined|string|token|your[-_ ].*)$/i;

/**
 * The key of a token value (a raw token, "Bearer …", or a redaction placeholder/annotation). Null for a template
 * placeholder such as `<access_token>` (not a real token) or an empty value.
 */
export function tokenKeyOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().replace(/^(bearer|dpop)\s+/i, "");
  const placeholder = PLACEHOLDER.exec(v);
  if (placeholder) return `p:${placeholder[1].toLowerCase()}#${placeholder[2]}`;
  if (!v || TEMPLATE.test(v) || v.length < 8) return null;
  return `t:${fnv1a(v)}`;
}
