// JSON evidence: one document, NDJSON (one per line), and JSON held in strings of other JSON (the seed ticket's
// "Response Body": "{\"access_token\":…}"). Walks are iterative: 10,000-deep nesting cannot overflow the stack.
import type { DecodedToken, SourceRef } from "./model";
import { decodeJwt, unwrapBase64Jwt } from "./jwt";

export interface JsonVisit {
  path: Array<string | number>;
  key: string | number | undefined;
  value: unknown;
  parent: unknown;
}

/** Path segments kept per visit; deeper visits share their ancestor's (truncated) path instead of copying it. */
const MAX_PATH = 32;

/** Depth-first, document order, without recursion. */
export function* walkJson(root: unknown): Generator<JsonVisit> {
  const stack: JsonVisit[] = [{ path: [], key: undefined, value: root, parent: undefined }];
  while (stack.length) {
    const visit = stack.pop()!;
    yield visit;
    const v = visit.value;
    if (Array.isArray(v)) {
      // Paths are only kept shallow (arrays as objects): deep nesting must not cost quadratic time and memory.
      const deep = visit.path.length >= MAX_PATH;
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ path: deep ? visit.path : [...visit.path, i], key: i, value: v[i], parent: v });
    } else if (v && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i];
        const path = visit.path.length < MAX_PATH ? [...visit.path, k] : visit.path;
        stack.push({ path, key: k, value: child, parent: v });
      }
    }
  }
}

export const pathText = (path: Array<string | number>): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "(root)";

export function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const looksLikeJsonText = (s: string): boolean => {
  const t = s.trim();
  return t.length >= 2 && ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]")));
};

export interface JsonDocuments {
  documents: Array<{ value: unknown; source: SourceRef }>;
  tokens: DecodedToken[];
  warnings: string[];
  /** False when the text was not JSON (nor NDJSON). */
  parsed: boolean;
}

/** A document (or NDJSON lines), plus JSON found in its strings, plus the JWTs in it. */
export function parseJsonDocuments(text: string, itemId: string, location = "document"): JsonDocuments {
  const out: JsonDocuments = { documents: [], tokens: [], warnings: [], parsed: false };
  const whole = tryParseJson(text);
  const roots: Array<{ value: unknown; location: string }> = [];
  if (whole.ok) {
    roots.push({ value: whole.value, location });
  } else {
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    const parsedLines = lines.map((l) => tryParseJson(l));
    if (lines.length > 1 && parsedLines.every((p) => p.ok)) {
      parsedLines.forEach((p, i) => p.ok && roots.push({ value: p.value, location: `line ${i + 1}` }));
    } else {
      return out;
    }
  }
  out.parsed = true;
  for (const root of roots) collect(root.value, itemId, root.location, out);
  return out;
}

/** Adds a parsed value, the JSON documents held in its strings and its tokens to `out`. */
export function collect(
  root: unknown,
  itemId: string,
  location: string,
  out: Pick<JsonDocuments, "documents" | "tokens">,
): void {
  const queue: Array<{ value: unknown; location: string }> = [{ value: root, location }];
  while (queue.length) {
    const doc = queue.shift()!;
    out.documents.push({ value: doc.value, source: { itemId, location: doc.location } });
    for (const visit of walkJson(doc.value)) {
      if (typeof visit.value !== "string") continue;
      const s = visit.value;
      const where = `${doc.location}, ${pathText(visit.path)}`;
      if (looksLikeJsonText(s)) {
        const nested = tryParseJson(s);
        if (nested.ok && nested.value && typeof nested.value === "object")
          queue.push({ value: nested.value, location: `${where} (JSON in a string)` });
        continue;
      }
      const candidate = s.replace(/^(Bearer|DPoP)\s+/i, "").trim();
      const jwt = decodeJwt(candidate) ?? (unwrapBase64Jwt(candidate) ? decodeJwt(unwrapBase64Jwt(candidate)!) : null);
      if (jwt)
        out.tokens.push({
          role: String(visit.key ?? "jwt"),
          header: jwt.header,
          claims: jwt.claims,
          source: { itemId, location: where },
        });
    }
  }
}
