// The npm peers, wrapped so they report typed spans of the original text. Each finding type is replaced by one
// private-use character (outside the range our redactor uses internally), then the redacted text is aligned back.
// Detection is unchanged: each peer runs its own rules in its own order; only the replacement strings differ.
import { createRequire } from "node:module";
import { Redactor } from "@redactpii/node";
import { alignRedaction, markerSpans, type Span } from "./spans";

const require = createRequire(import.meta.url);
// redact-pii is CommonJS.
const { SyncRedactor } = require("redact-pii") as {
  SyncRedactor: new (opts?: unknown) => { redact(text: string): string };
};
const simplePatterns = require("redact-pii/lib/built-ins/simple-regexp-patterns") as Record<string, RegExp>;

const marker = (i: number) => String.fromCharCode(0xf100 + i);

// @redactpii/node applies its rules in this order (Object.entries of its default rule set).
const REDACTPII_RULES = ["CREDIT_CARD", "EMAIL", "NAME", "PHONE", "SSN"] as const;
const REDACTPII_TYPES: Record<(typeof REDACTPII_RULES)[number], string> = {
  CREDIT_CARD: "credit_card",
  EMAIL: "email",
  NAME: "person_name",
  PHONE: "phone",
  SSN: "ssn",
};
const redactpiiChain = REDACTPII_RULES.map(
  (rule, i) =>
    new Redactor({
      rules: { CREDIT_CARD: false, EMAIL: false, NAME: false, PHONE: false, SSN: false, [rule]: true },
      globalReplaceWith: marker(i),
    }),
);
const redactpiiMarkers = Object.fromEntries(REDACTPII_RULES.map((r, i) => [REDACTPII_TYPES[r], marker(i)]));

export function redactpiiSpans(text: string): Span[] | null {
  let out = text;
  for (const r of redactpiiChain) out = r.redact(out);
  return alignRedaction(text, out, markerSpans(out, redactpiiMarkers));
}

// redact-pii's built-ins in the order it applies them (its regex patterns in export order, then names). Its
// per-pattern `replaceWith` option is ignored by redact-pii 3.4 (only `globalReplaceWith` works), so each built-in
// runs as its own SyncRedactor with the others disabled, chained in redact-pii's order.
const REDACT_PII_KEYS = [
  "creditCardNumber",
  "streetAddress",
  "zipcode",
  "phoneNumber",
  "ipAddress",
  "usSocialSecurityNumber",
  "emailAddress",
  "username",
  "password",
  "credentials",
  "digits",
  "url",
  "names",
] as const;
const REDACT_PII_TYPES: Record<(typeof REDACT_PII_KEYS)[number], string> = {
  creditCardNumber: "credit_card",
  streetAddress: "street_address",
  zipcode: "zip",
  phoneNumber: "phone",
  ipAddress: "ip_address",
  usSocialSecurityNumber: "ssn",
  emailAddress: "email",
  username: "username",
  password: "password",
  credentials: "credentials",
  digits: "digits",
  url: "url",
  names: "person_name",
};
const redactPiiChain = REDACT_PII_KEYS.filter((k) => k === "names" || k in simplePatterns).map(
  (key, i) =>
    new SyncRedactor({
      globalReplaceWith: marker(20 + i),
      builtInRedactors: Object.fromEntries(REDACT_PII_KEYS.map((k) => [k, { enabled: k === key }])),
    }),
);
const redactPiiMarkers = Object.fromEntries(
  REDACT_PII_KEYS.filter((k) => k === "names" || k in simplePatterns).map((k, i) => [
    `${REDACT_PII_TYPES[k]}:${k}`,
    marker(20 + i),
  ]),
);

export function redactPiiSpans(text: string): Span[] | null {
  let out = text;
  for (const r of redactPiiChain) out = r.redact(out);
  const spans = alignRedaction(text, out, markerSpans(out, redactPiiMarkers));
  return spans && spans.map((s) => ({ ...s, type: s.type.split(":")[0] }));
}

/** The peers with their default configuration, for the benchmark (same bytes in, text out). */
export const peerDefaults = {
  "@redactpii/node": (() => {
    const r = new Redactor();
    return (text: string) => r.redact(text);
  })(),
  "redact-pii": (() => {
    const r = new SyncRedactor();
    return (text: string) => r.redact(text);
  })(),
};
