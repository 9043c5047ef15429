// The labelled annotation that replaces a JWT in redacted evidence: the placeholder plus the claims support needs.
//   [REDACTED:access_token#1 · JWT iss=https://authorization.cerner.com/tenants/…; azp=…; exp=2025-07-28T15:30:44Z; scope=system/Patient.read …]
// The redactor writes it (formatJwtAnnotation) and the diagnosis reads it back (parseJwtAnnotations), so a ticket's
// redacted evidence still diagnoses like the raw evidence did.

export const ANNOTATED_CLAIMS = [
  "iss",
  "aud",
  "sub_type",
  "azp",
  "client_id",
  "tenant",
  "ver",
  "iat",
  "exp",
  "scope",
] as const;
export type AnnotatedClaim = (typeof ANNOTATED_CLAIMS)[number];
export type AnnotationClaims = Partial<Record<AnnotatedClaim, string>>;

const escapeValue = (v: string) => v.replace(/[;\]\n\r]/g, (c) => encodeURIComponent(c));
const unescapeValue = (v: string) => v.replace(/%3B|%5D|%0A|%0D/gi, (c) => decodeURIComponent(c));

export function formatJwtAnnotation(placeholder: string, claims: AnnotationClaims): string {
  const parts = ANNOTATED_CLAIMS.filter((k) => claims[k] !== undefined && claims[k] !== "").map(
    (k) => `${k}=${escapeValue(String(claims[k]))}`,
  );
  const inner = placeholder.replace(/^\[|\]$/g, "");
  return parts.length ? `[${inner} · JWT ${parts.join("; ")}]` : `[${inner}]`;
}

const ANNOTATION = /\[REDACTED:([a-z0-9_]+)#(\d+) · JWT ([^\]\n]*)\]/g;

export interface ParsedAnnotation {
  placeholder: string;
  type: string;
  claims: AnnotationClaims;
  index: number;
}

export function parseJwtAnnotations(text: string): ParsedAnnotation[] {
  const out: ParsedAnnotation[] = [];
  for (const m of text.matchAll(ANNOTATION)) {
    const claims: AnnotationClaims = {};
    for (const pair of m[3].split("; ")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const key = pair.slice(0, eq) as AnnotatedClaim;
      if ((ANNOTATED_CLAIMS as readonly string[]).includes(key)) claims[key] = unescapeValue(pair.slice(eq + 1));
    }
    out.push({ placeholder: `[REDACTED:${m[1]}#${m[2]}]`, type: m[1], claims, index: m.index ?? 0 });
  }
  return out;
}
