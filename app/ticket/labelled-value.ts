// What people write before an identifier they copy from a post, a note or a script — `Our Client ID: …`,
// `• Application ID …`, `export SYSTEM_ACCOUNT_CLIENT_ID="…"`, `Cerner-Correlation-ID` on the line above, the forum
// template's `X-Request-Id / Cerner-Correlation-Id / opc-request-id:` — split into the label and the value, the
// value being the last word. The label says which fields the value is for: the structure decides, not the value's
// shape. One backward scan and patterns run on a bounded label: linear in what was pasted.

/** The words that name each identifier field inside a label (any case, `-`, `_` or a blank between the words). */
export const FIELD_LABELS = {
  xRequestId: /(?<![a-z])x[-_ ]?request[-_ ]?id(?![a-z])/i,
  cernerCorrelationId: /(?<![a-z])(?:correlation[-_ ]?id|error[-_ ]?instance)(?![a-z])/i,
  opcRequestId: /(?<![a-z])opc[-_ ]?request[-_ ]?id(?![a-z])/i,
  // `client=` is the error_uri's own name for it; `client_secret` is not one.
  clientId: /(?<![a-z])(?:client(?:[-_ ]?id)?|system[-_ ]?account(?:[-_ ]?id)?)(?![a-z]|[-_][a-z])/i,
  appId: /(?<![a-z])app(?:lication)?(?:'s)?[-_ ]?id(?![a-z])/i,
  tenantId: /(?<![a-z])tenants?(?:[-_ ]?id)?(?![a-z])/i,
} as const;

export type LabelledField = keyof typeof FIELD_LABELS;

/** How each field is called in a message. */
export const FIELD_NAMES: Record<LabelledField, string> = {
  xRequestId: "X-Request-Id",
  cernerCorrelationId: "Cerner-Correlation-Id",
  opcRequestId: "opc-request-id",
  clientId: "Client ID",
  appId: "App ID",
  tenantId: "tenant ID",
};

/** A label longer than this is prose, not a label: the value is judged whole. */
const MAX_LABEL = 160;
/** Closing punctuation after a value: a full stop, a comma, a quote, a bracket. */
const TRAILING = /[\s'"`),.;\]}>]/;
/** What ends a label before the value: a blank, a separator, an opening quote or bracket. */
const BEFORE_VALUE = /[\s:=→'"`([{<]/;

const CLOSING: Record<string, string> = { "<": ">", "{": "}", "[": "]" };

export interface Labelled {
  label: string;
  value: string;
}

/** The last word of the text (closing punctuation off, its own brackets kept) and the words before it. */
export function lastWord(text: string): Labelled | null {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !BEFORE_VALUE.test(text[start - 1])) start--;
  if (start === end) return null;
  // A value in its own brackets keeps them: `<X-Request-Id>` is a placeholder, `{…}` a GUID's braces.
  if (start > 0 && end < text.length && CLOSING[text[start - 1]] === text[end]) [start, end] = [start - 1, end + 1];
  return { label: text.slice(0, start).trim(), value: text.slice(start, end) };
}

/** The last word and the label before it, or null when no label stands before the value (or only prose does). */
export function labelledValue(text: string): Labelled | null {
  const word = lastWord(text);
  return word?.label && word.label.length <= MAX_LABEL ? word : null;
}

/**
 * A word with an identifier's shape: 8 to 100 letters, digits, `-` or `_`, two of them digits; or up to three such
 * parts joined by `/` (an opc-request-id, `/<32 hex>/<32 hex>`).
 */
const IDENTIFIER_WORD = /^\/?[\w-]{8,100}(?:\/[\w-]{8,100}){0,2}$/;
export const isIdentifierWord = (word: string): boolean => IDENTIFIER_WORD.test(word) && /\d[^\d]*\d/.test(word);
/** The longest identifier word: three parts of 100 and their slashes. */
const MAX_WORD = 303;
/** Separators and opening quotes before a word; what ends a word. */
const BEFORE_WORD = /[\s:=→'"`]/;
const WORD_END = /[\s'"`,;()[\]{}<>]/;
const WORD_SPLIT = /[\s'"`,;()[\]{}<>=:]+/;

/** The first word of the text when it has an identifier's shape (`<uuid> (prod)`, `<uuid> // prod`), else null. */
export function firstIdentifier(text: string): string | null {
  let start = 0;
  while (start < text.length && BEFORE_WORD.test(text[start])) start++;
  let end = start;
  while (end < text.length && end - start <= MAX_WORD && !WORD_END.test(text[end])) end++;
  const word = text.slice(start, end).replace(/\.$/, "");
  return isIdentifierWord(word) ? word : null;
}

/**
 * The value a labelled text gives a field its label names: the last word — or, when the label holds an identifier
 * too (`Client ID <id> tenant <id>`, `X-Request-Id <id> patient <id>`), the identifier right after the field's own
 * name, and null without one: which of the IDs is meant is never guessed from their order.
 */
export function labelledValueFor(field: LabelledField, text: string, labelled: Labelled): string | null {
  if (!labelled.label.split(WORD_SPLIT).some(isIdentifierWord)) return labelled.value;
  const name = FIELD_LABELS[field].exec(text);
  return name && firstIdentifier(text.slice(name.index + name[0].length));
}
/** A label of a credential: whatever follows it is never taken for an identifier. */
const CREDENTIAL_LABEL = /secret|password|passwd|token|bearer|basic|assertion|private|api[-_ ]?key/i;
export const isCredentialLabel = (label: string): boolean => CREDENTIAL_LABEL.test(label);

/** The fields a label names, in the order of FIELD_LABELS; none for a credential's label. */
export function fieldsNamed(label: string): LabelledField[] {
  if (isCredentialLabel(label)) return [];
  return (Object.keys(FIELD_LABELS) as LabelledField[]).filter((field) => FIELD_LABELS[field].test(label));
}

/**
 * What may follow a field's name before its value: a closing quote, a colon or equals sign, an opening quote; then the
 * value, or a shorter stand-in for it (`<unique_ID>`, a mask `******`) so the field can call it a placeholder.
 */
const NAME_THEN_VALUE = String.raw`['"]?\s?[:=]\s?['"]?(<[^\s<>]{1,60}>|[*•x#]{3,60}(?![^\s'"\`,;(){}<>[\]])|[^\s'"\`,;(){}<>[\]]{8,303})`;

/** Each field's name-then-value pattern, compiled once (a form validates on every keystroke). */
const NAMED_PATTERNS = new Map<LabelledField, RegExp>();
const namedPattern = (field: LabelledField): RegExp => {
  let re = NAMED_PATTERNS.get(field);
  if (!re) NAMED_PATTERNS.set(field, (re = new RegExp(FIELD_LABELS[field].source + NAME_THEN_VALUE, "gi")));
  return re;
};

/**
 * The value after each place a line names the field with a separator (`… with opc-request-id: <id>; headers:
 * {'opc-request-id': '<id>'}`): one value however often it is named, none when two differ.
 */
export function namedValue(field: LabelledField, text: string): string | null {
  const named = namedPattern(field);
  // A sentence's closing mark is no part of the value (`… our X-Request-Id: <id>.`).
  const values = new Set(Array.from(text.matchAll(named), (m) => m[1].replace(/[.!?:]+$/, "")));
  return values.size === 1 ? [...values][0] : null;
}

/** Environment variables' names in a text (`set SYSTEM_ACCOUNT_CLIENT_ID to …`). */
const VARIABLES = /(?<![\w$%{])[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}(?![\w}%])/g;

/** The environment variable a text names for the field, when it names one (and gives no value). */
export function variableNaming(field: LabelledField, text: string): string | null {
  for (const [name] of text.matchAll(VARIABLES)) if (fieldsNamed(name).includes(field)) return name;
  return null;
}
