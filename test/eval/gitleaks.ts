// gitleaks' labelled rule samples: recall on `tp` per rule family, hits on `fp`.
//
// The samples were extracted heuristically from gitleaks' rule definitions, so each one is reduced to its
// "secret value" first (secretOf below). A `tp` sample is caught when no long piece of that value survives the
// redaction; an `fp` sample is hit when its secret-looking part was changed. Samples with no extractable value
// (fragments such as `creds = ` or a regex like `[a-zA-Z0-9]{30}`) are counted apart, never as caught.
import { readCorpusJson } from "./lib/corpora";
import type { RedactedItem } from "~/redaction/types";
import type { EvidenceKind } from "~/ticket/schema";

export interface GitleaksSample {
  rule: string;
  file: string;
  kind: "tp" | "fp";
  text: string;
}

export type Redact = (item: { id: string; kind: EvidenceKind; text: string }) => RedactedItem;

export const FAMILIES = ["JWT", "authorization/bearer", "curl auth", "private key", "generic key", "other"] as const;
type Family = (typeof FAMILIES)[number];

export function familyOf(s: GitleaksSample): Family {
  if (/jwt/.test(s.rule)) return "JWT";
  if (/^curl-auth/.test(s.rule)) return "curl auth";
  if (/private-key|pkcs12|age-secret-key/.test(s.rule)) return "private key";
  if (s.rule === "generic-api-key") return "generic key";
  if (/authorization|bearer|access[_ -]?token|"token"|\btoken\s*[:=]/i.test(s.text)) return "authorization/bearer";
  return "other";
}

const JWT = /eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/;
const PEM = /-----BEGIN[A-Z ]*PRIVATE KEY-----([\s\S]*?)(?:-----END|$)/;
const CURL_USER = /(?:^|\s)(?:-u|--user)\s+(?:"([^"]*)"|'([^']*)'|(\S+))(?::(?:"([^"]*)"|'([^']*)'))?/;
const AUTH_HEADER =
  /(?:authorization|api-?token|apikey|x-[a-z-]*(?:key|token)|token)\s*:\s*(?:(?:bearer|basic|token|api-token|dpop|negotiate)\s+)?([^\s"'\\]+)/i;
const ASSIGNMENT =
  /["']?[\w.-]*(?:key|token|secret|password|passwd|pwd|credential|creds|auth|access)[\w.-]*["']?\s*(?:[:=]|:=|=>)\s*["']?([^\s"',;}{)(]+)/i;
/** The password of a URL's `user:password@` authority. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/i;
const TOKENISH = /[A-Za-z0-9+/=_~.:|@$!#%*-]{12,}/g;

/** Placeholders and template markers are not secrets: `XXXX`, `<token>`, `${VAR}`, `$API_KEY`, `****`, `...`. */
export function isPlaceholderValue(v: string): boolean {
  return (
    v.length < 6 ||
    /^[xX*._-]+$/.test(v) ||
    /^(.)\1{5,}$/.test(v) ||
    /[<>{}$[\]]/.test(v) ||
    /^(?:x{4,}|\*{3,}|\.{3})/i.test(v) ||
    /^(?:password|username|token|secret|changeme|example|test|pass|user|api_key|your[_-].*)$/i.test(v)
  );
}

const hasLetterAndDigit = (v: string) => /[A-Za-z]/.test(v) && /\d/.test(v);

/**
 * The secret value of a sample, in this order: a JWT; a PEM private key body; the password of `curl -u user:pass`
 * (the whole value if there is no colon); the password of a URL's `user:password@`; an Authorization-style header
 * value (without its scheme); the value of a key/token/secret/password assignment; else the longest token of 12+
 * characters mixing letters and digits that is not itself a key being assigned (`"access_token1": ` names a key).
 * Returns null when the sample holds no such value.
 */
export function secretOf(text: string): string | null {
  const jwt = JWT.exec(text);
  if (jwt) return jwt[0];
  const pem = PEM.exec(text);
  if (pem) {
    const body = pem[1].replace(/\s+/g, "");
    return body.length >= 16 ? body : null;
  }
  const curl = CURL_USER.exec(text);
  if (curl) {
    const raw = curl[1] ?? curl[2] ?? curl[3] ?? "";
    const pass = curl[4] ?? curl[5];
    const value = pass !== undefined ? pass : raw.includes(":") ? raw.slice(raw.indexOf(":") + 1) : raw;
    const v = value.replace(/^\{|\}$/g, "");
    return v && !isPlaceholderValue(v) ? v : null;
  }
  const userinfo = URL_CREDENTIALS.exec(text);
  if (userinfo && !isPlaceholderValue(userinfo[1])) return userinfo[1];
  const auth = AUTH_HEADER.exec(text);
  if (auth && !isPlaceholderValue(auth[1])) return auth[1];
  const assign = ASSIGNMENT.exec(text);
  if (assign && assign[1].length >= 8 && !isPlaceholderValue(assign[1]) && hasLetterAndDigit(assign[1]))
    return assign[1];
  let best: string | null = null;
  for (const m of text.matchAll(TOKENISH)) {
    const v = m[0].replace(/^[.:|@-]+|[.:|@-]+$/g, "");
    // The character after the token, past a closing quote: `"access_token1": ` names a key, it holds no value.
    const after = text.slice((m.index ?? 0) + m[0].length).replace(/^["'`\s]+/, "")[0];
    const isKey = after === "=" || after === ":"; // an identifier being assigned, not a value
    const isFileName = /\.(?:ya?ml|json|hcl|go|py|txt|md|toml|php|js|ts|p12|pfx|pem|key|crt|cer|jks)$/i.test(v);
    const secretLike = hasLetterAndDigit(v) || (v.length >= 20 && /[a-z]/.test(v) && /[A-Z]/.test(v));
    if (
      v.length >= 12 &&
      secretLike &&
      !isKey &&
      !isFileName &&
      !isPlaceholderValue(v) &&
      !/^https?:/.test(v) &&
      (!best || v.length > best.length)
    )
      best = v;
  }
  return best;
}

/** Does a long piece of the secret survive in the output? (Windows of half its length, at least 8 characters.) */
export function survives(secret: string, output: string): boolean {
  const w = Math.min(secret.length, Math.max(8, Math.ceil(secret.length / 2)));
  for (let i = 0; i + w <= secret.length; i++) if (output.includes(secret.slice(i, i + w))) return true;
  return false;
}

export interface GitleaksResult {
  markdown: string;
  recall: number;
  fpHits: number;
  fpScored: number;
  misses: Array<{ rule: string; family: Family }>;
}

export function evaluateGitleaks(redact: Redact, detect: (text: string) => EvidenceKind): GitleaksResult {
  const samples = readCorpusJson<GitleaksSample[]>("gitleaks-samples", "rule_tps_fps.json");
  const rows = new Map<
    Family,
    { tp: number; caught: number; noValue: number; fp: number; fpHit: number; fpNoValue: number; fpChanged: number }
  >();
  for (const f of FAMILIES) rows.set(f, { tp: 0, caught: 0, noValue: 0, fp: 0, fpHit: 0, fpNoValue: 0, fpChanged: 0 });
  const misses: GitleaksResult["misses"] = [];
  let errors = 0;
  samples.forEach((s, i) => {
    const family = familyOf(s);
    const row = rows.get(family)!;
    const secret = secretOf(s.text);
    let output: string;
    try {
      output = redact({ id: `gitleaks-${i}`, kind: detect(s.text), text: s.text }).text;
    } catch {
      // Fails closed: a redaction error blocks the ticket, so nothing leaks — but it is counted.
      errors++;
      output = "";
    }
    if (s.kind === "tp") {
      if (!secret) return void row.noValue++;
      row.tp++;
      if (!survives(secret, output)) row.caught++;
      else misses.push({ rule: s.rule, family });
    } else {
      if (output !== s.text) row.fpChanged++;
      if (!secret) return void row.fpNoValue++;
      row.fp++;
      if (!output.includes(secret)) row.fpHit++;
    }
  });
  const lines = [
    "| rule family | `tp` scored | caught | recall | `tp` without a value | `fp` scored | `fp` hits | `fp` samples changed at all |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const total = { tp: 0, caught: 0, noValue: 0, fp: 0, fpHit: 0, fpNoValue: 0, fpChanged: 0 };
  for (const f of FAMILIES) {
    const r = rows.get(f)!;
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += r[k];
    lines.push(
      `| ${f} | ${r.tp} | ${r.caught} | ${fmt(r.caught, r.tp)} | ${r.noValue} | ${r.fp} | ${r.fpHit} | ${r.fpChanged} |`,
    );
  }
  lines.push(
    `| **all** | **${total.tp}** | **${total.caught}** | **${fmt(total.caught, total.tp)}** | ${total.noValue} | ${total.fp} | ${total.fpHit} | ${total.fpChanged} |`,
  );
  if (errors)
    lines.push("", `${errors} sample(s) made the redactor throw (fail closed: counted as caught, nothing exported).`);
  return {
    markdown: lines.join("\n"),
    recall: total.caught / Math.max(1, total.tp),
    fpHits: total.fpHit,
    fpScored: total.fp,
    misses,
  };
}

const fmt = (n: number, d: number) => (d === 0 ? "—" : (n / d).toFixed(3));
