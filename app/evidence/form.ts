// application/x-www-form-urlencoded bodies (a token request: grant_type=client_credentials&scope=…).

export interface FormPair {
  /** Decoded name and value. */
  name: string;
  value: string;
  /** Offsets of the raw (encoded) value in the body, for in-place rewriting. */
  valueStart: number;
  valueEnd: number;
  hasValue: boolean;
}

export function decodeFormComponent(raw: string): string {
  const plus = raw.replace(/\+/g, " ");
  try {
    return decodeURIComponent(plus);
  } catch {
    // Lone % signs: decode what can be decoded.
    return plus.replace(/%[0-9a-f]{2}/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

/** Pairs of a form body or a query string (without the leading ?). */
export function parseFormPairs(body: string, offset = 0): FormPair[] {
  const out: FormPair[] = [];
  let pos = 0;
  while (pos <= body.length) {
    let amp = body.indexOf("&", pos);
    if (amp < 0) amp = body.length;
    const part = body.slice(pos, amp);
    if (part) {
      const eq = part.indexOf("=");
      const rawName = eq < 0 ? part : part.slice(0, eq);
      const rawValue = eq < 0 ? "" : part.slice(eq + 1);
      out.push({
        name: decodeFormComponent(rawName.trim()),
        value: decodeFormComponent(rawValue.trim()),
        valueStart: offset + pos + (eq < 0 ? part.length : eq + 1),
        valueEnd: offset + amp,
        hasValue: eq >= 0,
      });
    }
    pos = amp + 1;
  }
  return out;
}

/** A form body as a plain object (last value wins), for the evidence model's documents. */
export function formObject(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of parseFormPairs(body.trim())) out[p.name] = p.value;
  return out;
}

export const looksLikeForm = (body: string): boolean => /^[A-Za-z0-9_.%~+\-[\]]+=[^\s]*$/.test(body.trim());
