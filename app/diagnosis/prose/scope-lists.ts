// Scope lists written in prose: a label ("Requested scopes:", "the granted scope is:", "our authorization request
// includes:", "we are passing … scopes like …", "with scopes …") followed by the scopes on the same line, or on the
// next lines (one per line, bulleted, quoted, comma-separated). One pass over the lines; each line is looked at a
// bounded number of times (a list continues for at most MAX_LIST_LINES lines).

export interface ProseScopeList {
  role: "requested" | "granted";
  /** The scopes, space-separated. */
  value: string;
  /** The list was written with commas between scopes. */
  commas: boolean;
  /** 1-based line of the label. */
  line: number;
}

const MAX_LIST_LINES = 80;

const GRANTED_LABEL =
  /\b(?:granted\s+scopes?|scopes?\s+(?:that\s+(?:was|were)\s+)?granted|scopes?\s+(?:returned|received|issued)|returned\s+scopes?|scopes?\s+(?:in|of)\s+the\s+(?:access\s+)?(?:token|response)|token\s+(?:only\s+)?(?:has|contains|includes)\s+(?:the\s+)?scopes?|scope\s+is\s+set\s+to)\b/i;
const REQUESTED_LABEL =
  /\b(?:requested\s+scopes?|scopes?\s+requested|requesting\s+(?:the\s+)?(?:following\s+)?scopes?|authori[sz]ation\s+request\s+includes?|scope\s+request|scope\s+string|with\s+(?:the\s+)?scopes?|(?:we|i)\s+(?:are\s+|am\s+|also\s+tried\s+)?(?:request(?:ing)?|send(?:ing)?|pass(?:ing)?|ask(?:ing)?\s+for|use|using)\b(?:[^.\n]|\.(?=\w)){0,200}?\bscopes?(?:\s+(?:like|such\s+as|including|of))?|\btried\s+passing\b|following\s+scopes)\b/i;

/**
 * A line that is nothing but a one-word label, set off as markdown often is ("**Requested:**", "Returned:"): a label
 * only when a pure scope list follows it, so a bare word alone never makes one.
 */
const BARE_GRANTED = /^[\s*_#>-]{0,6}(?:returned|granted|received|issued)[\s*_]{0,4}:[\s*_]{0,4}$/i;
const BARE_REQUESTED = /^[\s*_#>-]{0,6}(?:requested|sent|asked)[\s*_]{0,4}:[\s*_]{0,4}$/i;

/** One scope-looking token: a context/Type.permission scope, a launch scope, or one of SMART's named scopes. */
const SCOPE_TOKEN =
  /^(?:(?:patient|user|system)\/(?:\*|[A-Za-z]+)\.(?:\*|[a-z]+)(?:\?\S*)?|launch(?:\/[A-Za-z.]+)?|openid|fhirUser|profile|online_access|offline_access)$/;
const QUALIFIED = /(?:patient|user|system)\/(?:\*|[A-Za-z]+)\.(?:\*|[a-z]+)(?:\?[^\s,'"”’)]*)?/g;

const strip = (token: string): string => token.replace(/^[\s'"“”‘’`([•*\-–]+|[\s'"“”‘’`)\].,;:]+$/g, "");

function tokensOf(segment: string): string[] {
  return segment
    .split(/[\s,]+/)
    .map(strip)
    .filter(Boolean);
}

/** The segment is nothing but scopes (bullets, quotes, commas and "and" allowed). */
function pureScopes(segment: string): string[] | null {
  const tokens = tokensOf(segment.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, "")).filter(
    (t) => !/^(?:and|or|only|just|e\.g)$/i.test(t),
  );
  if (!tokens.length) return null;
  return tokens.every((t) => SCOPE_TOKEN.test(t)) ? tokens : null;
}

const hasCommas = (segment: string): boolean =>
  /[A-Za-z*_](?:["'’”]?)\s*,\s*["'‘“]?(?:patient|user|system|launch|openid|fhirUser|profile|online_access|offline_access)\b/.test(
    segment,
  );

/**
 * The scopes named on a labelled line: the rest of it when that is a pure list, else the qualified scopes of the
 * label's sentence (before or after the label: "having system/Specimen.read listed in our scope request").
 */
function sameLine(line: string, labelAt: number, labelEnd: number): { scopes: string[]; commas: boolean } {
  const rest = line.slice(labelEnd);
  const sentenceStart = Math.max(0, line.lastIndexOf(". ", labelAt) + 1);
  const whole = line.slice(sentenceStart).split(/(?<=[a-z*)"'”’])\.\s+(?=[A-Z])/)[0];
  const sentence = rest.split(/(?<=[a-z*)"'”’])\.\s+(?=[A-Z])/)[0];
  const afterColon = sentence.replace(/^[^:=]*?[:=]\s*/, (m) => (/(?:patient|user|system)\//.test(m) ? m : ""));
  const pure = pureScopes(afterColon) ?? pureScopes(sentence);
  if (pure) return { scopes: pure, commas: hasCommas(sentence) };
  const quoted = [...sentence.matchAll(/["“']([^"”']{2,400})["”']/g)]
    .map((m) => pureScopes(m[1]))
    .find((x) => x && x.length > 1);
  if (quoted) return { scopes: quoted, commas: hasCommas(sentence) };
  const qualified = [...new Set([...whole.matchAll(QUALIFIED)].map((m) => m[0]))];
  return { scopes: qualified, commas: hasCommas(whole) };
}

export function readScopeLists(lines: readonly string[]): ProseScopeList[] {
  const out: ProseScopeList[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/\bscope\s*=|"scope"\s*:|[?&]scope=/.test(line)) {
      i++;
      continue;
    }
    const labels = (
      [
        ["granted", GRANTED_LABEL.exec(line) ?? BARE_GRANTED.exec(line)],
        ["requested", REQUESTED_LABEL.exec(line) ?? BARE_REQUESTED.exec(line)],
      ] as const
    ).filter((x): x is readonly ["granted" | "requested", RegExpExecArray] => x[1] !== null);
    if (!labels.length) {
      i++;
      continue;
    }
    const onLine = labels
      .map(([role, m]) => ({ role, found: sameLine(line, m.index, m.index + m[0].length) }))
      .find((x) => x.found.scopes.length);
    if (onLine) {
      out.push({ role: onLine.role, value: onLine.found.scopes.join(" "), commas: onLine.found.commas, line: i + 1 });
      i++;
      continue;
    }
    const role = labels[0][0];
    // The list follows on the next lines (after blank lines): as long as each line is nothing but scopes.
    const collected: string[] = [];
    let commas = false;
    let j = i + 1;
    while (j < lines.length && j - i <= MAX_LIST_LINES) {
      const next = lines[j];
      if (!next.trim()) {
        if (collected.length && j + 1 < lines.length && !pureScopes(lines[j + 1])) break;
        j++;
        continue;
      }
      const pure = pureScopes(next);
      if (!pure) break;
      collected.push(...pure);
      commas ||= hasCommas(next);
      j++;
    }
    if (collected.length) {
      out.push({ role, value: collected.join(" "), commas, line: i + 1 });
      i = j;
    } else i++;
  }
  return out;
}
