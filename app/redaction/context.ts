// The redactor's memory (one per ticket: the same value → the same placeholder in every item) and the per-item
// context the format handlers call: secret(), phi(), custom(), jwt(). Every replacement returns a sentinel (see
// placeholders.ts); the item's text is restored from the sentinels at the very end.
import type { RedactionCategory, RedactionFinding, RedactionPolicy } from "./types";
import {
  OPEN_CODE,
  SENTINEL_SOURCE,
  SentinelTable,
  hasSentinel,
  isSentinelOnly,
  placeholderNumbers,
} from "./placeholders";
import {
  decodeJwt,
  tokenClientId,
  tokenScopes,
  tokenTenant,
  tokenVersion,
  claimText,
  epochToIso,
  type DecodedJwt,
} from "~/evidence/jwt";
import { formatJwtAnnotation, type AnnotationClaims } from "~/evidence/jwt-annotation";
import { decodeBase64Text } from "~/evidence/base64";
import { isClientDomain } from "~/ticket/schema";
import { isMaskedSecret, isMaskedValue } from "./detectors/secret-keys";
import { ownCopy } from "~/lib/own-copy";

/** A sentinel, captured: `split` keeps it as a part of its own. */
const SENTINEL_GROUP = new RegExp(`(${SENTINEL_SOURCE})`);

export interface KnownValue {
  value: string;
  category: RedactionCategory;
  type: string;
  placeholder: string;
}

/** A shell's command substitution in a value's place: `$(gh auth token)`, or a backquoted command with its arguments
 *  (Markdown's code span around a bare secret is none). A regular-expression source, no anchor. */
export const COMMAND_SUBSTITUTION = String.raw`\$\([^()\n]{1,200}\)|\x60[^\x60\n \t]{1,100}[ \t][^\x60\n]{1,100}\x60`;

/** A command substitution whose command prints a literal it is given — `$(echo <token>)`, `printf`, PowerShell's
 *  Write-Output, a here-string `<<< <secret>` (`$(echo -n id:secret | base64)`) — holds the secret itself: a
 *  variable (`$(echo "$TOKEN")`) or a format (`printf '%s'`) after them is none. Read over at most 200 characters. */
const PRINTS_LITERAL =
  /(?:^|[\s|;&(\x60])(?:echo|printf|print|write-output|write-host)(?:[ \t]{1,8}-[A-Za-z]{1,3}){0,4}[ \t]{1,8}(?!["']?[$%-])\S|<<<[ \t]{0,8}(?!["']?\$)\S/i;
const SUBSTITUTION_ONLY = new RegExp(`^(?:${COMMAND_SUBSTITUTION})$`);
/** A shell's command substitution in a value's place, the command that makes the value (`$(gh auth token)`). */
const isCommandSubstitution = (t: string): boolean => SUBSTITUTION_ONLY.test(t) && !PRINTS_LITERAL.test(t.slice(1));

/** Template markers that stand for a value and are not one: <access_token>, ${TOKEN}, {{secret}}, ***, xxx, … and the
 *  empty values languages print (JSON's null, Python's None); a shell's command substitution is one too
 *  (isCommandSubstitution), a bare `$VARIABLE` only on a command line (command-words.ts). */
export const TEMPLATE = new RegExp(
  String.raw`^(?:<[^<>\n]{0,80}>|\$\{[^}\n]{0,80}\}|\{\{[^}\n]{0,80}\}\}|%[A-Za-z_]{1,40}%|\*{3,}|x{3,}|X{3,}|\.{3}|…|null|undefined|none|true|false|redacted|\[redacted\]|\[hidden\]|\[removed\])$`,
  "i",
);
/** Empty values that could also be a given name (Nil is a Turkish name): under a secret's key any case is empty; a
 *  person's value is empty only as a program prints it (Elixir's, Ruby's and Clojure's `nil`, Haskell's `Nothing`),
 *  so `Nil` and `NIL` in a name's place are a name. */
const EMPTY_NAME_WORD = /^(?:nil|nothing)$/i;
const PRINTED_EMPTY = /^(?:nil|Nothing)$/;
/** The characters a TEMPLATE match starts with (any case). */
const TEMPLATE_FIRST = new Set("<${%*xX.…nNuUtTfFrR[\x60");

/**
 * TEMPLATE (tried only on a value that starts with one of its first characters) or a masked value. A scan for the
 * masked-value expressions' characters was tried as a gate too: slower than the two expressions from 16 characters on.
 */
export const isTemplateMarker = (value: string): boolean => {
  const t = value.trim();
  return isTemplateOnly(t) || PRINTED_EMPTY.test(t) || isMaskedValue(value);
};
const isTemplateOnly = (t: string) => TEMPLATE_FIRST.has(t[0]) && (TEMPLATE.test(t) || isCommandSubstitution(t));
/** A template marker under a secret's key: a mask beside eight real characters or more is no mask there. */
export const isSecretTemplateMarker = (value: string): boolean => {
  const t = value.trim();
  return isTemplateOnly(t) || EMPTY_NAME_WORD.test(t) || isMaskedSecret(value);
};

/** Per ticket. */
export class RedactorState {
  private readonly byValue = new Map<string, KnownValue>();
  private readonly counters = new Map<string, number>();
  private readonly aliases: KnownValue[] = [];
  private readonly aliasValues = new Set<string>();
  /** Every value in the order it was added (entries, remembered values, aliases): what the indexes below are fed. */
  private readonly added: KnownValue[] = [];
  private readonly indexes = new Map<string, { seen: number; of: unknown; index: unknown }>();
  readonly categoryOfPlaceholder = new Map<string, RedactionCategory>();
  /** Values found as national person identifiers by their system (national-ids.ts): carried even when short. */
  private readonly nationalIds = new Set<string>();

  /** A national person identifier of the ticket: marked before the readers run, carried by known-personal.ts. */
  markNational(value: string): void {
    this.nationalIds.add(value);
  }

  isNational(value: string): boolean {
    return this.nationalIds.has(value);
  }

  /** Values a sandbox paste shows as FHIR resource ids (fhir-id-mentions.ts): kept facts, never carried. */
  readonly fhirIds = new Set<string>();

  has(value: string): boolean {
    return this.byValue.has(value);
  }

  /**
   * An index of the known values (the lookup tables of the last pass over an item), fed each value once as it is
   * found: settling a ticket costs its items plus its values, never their product. `of` is what the index also
   * depends on (the policy); a different one starts it again.
   */
  index<T>(name: string, of: unknown, create: () => T, add: (index: T, value: KnownValue) => void): T {
    let found = this.indexes.get(name);
    if (!found || found.of !== of) {
      found = { seen: 0, of, index: create() };
      this.indexes.set(name, found);
    }
    for (; found.seen < this.added.length; found.seen++) add(found.index as T, this.added[found.seen]);
    return found.index as T;
  }

  /**
   * Reserves the numbers of placeholders already in a text ([REDACTED:access_token#3] → access_token up to 3 is
   * taken), so that a value found later gets a fresh number: evidence redacted in an earlier post, by another
   * redactor, can never share a placeholder with a different value.
   */
  reserve(text: string): void {
    for (const [type, n] of placeholderNumbers(text))
      if (n > (this.counters.get(type) ?? 0)) this.counters.set(type, n);
  }

  entry(value: string, category: RedactionCategory, type: string): KnownValue {
    const found = this.byValue.get(value);
    if (found) return found;
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const own = ownCopy(value);
    const entry: KnownValue = { value: own, category, type, placeholder: `[REDACTED:${type}#${n}]` };
    this.byValue.set(own, entry);
    this.added.push(entry);
    this.categoryOfPlaceholder.set(entry.placeholder, category);
    return entry;
  }

  /**
   * A value removed elsewhere (the raw evidence the page holds in memory), with its placeholder: found again here, it
   * gets that same placeholder, and it is leak-checked like the values found here. A value already known is kept as is.
   */
  remember(known: KnownValue): void {
    if (!known.value || this.byValue.has(known.value)) return;
    this.reserve(known.placeholder);
    const own = ownCopy(known.value);
    const entry = { ...known, value: own };
    this.byValue.set(own, entry);
    this.added.push(entry);
    this.categoryOfPlaceholder.set(known.placeholder, known.category);
  }

  /** Another form of a redacted value (the decoded password of a Basic header, a JWT inside base64): leak-checked too. */
  alias(value: string, of: KnownValue): void {
    // Once per value: the same decoded password in every line of a log is one value to check, not one per line.
    if (value.length < 4 || this.byValue.has(value) || this.aliasValues.has(value)) return;
    const own = ownCopy(value);
    this.aliasValues.add(own);
    const entry = { ...of, value: own };
    this.aliases.push(entry);
    this.added.push(entry);
  }

  known(restored: ReadonlySet<string>, kept: ReadonlySet<string> = new Set()): KnownValue[] {
    return [...this.byValue.values(), ...this.aliases].filter(
      (e) => !(e.category === "phi" && (restored.has(e.placeholder) || kept.has(e.value.trim()))),
    );
  }
}

/** The policy's `keep` values (PHI the user marked as not personal data), trimmed, blanks dropped. */
export function keptValues(policy: RedactionPolicy): ReadonlySet<string> {
  return new Set((policy.keep ?? []).map((v) => v.trim()).filter(Boolean));
}

const ANNOTATION_UNSAFE = new Set(['"', "'", "\\", "`", "$", "<", ">"]);
/** Any character of ANNOTATION_UNSAFE or a control character? Most claims have none and are copied as they are. */
function needsEscape(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (c < 0x7f && ANNOTATION_UNSAFE.has(value[i]))) return true;
  }
  return false;
}

/** Per item. */
export class ItemContext {
  readonly sentinels = new SentinelTable();
  readonly findings = new Map<string, RedactionFinding>();
  readonly warnings: string[] = [];
  readonly clientDomain: boolean;
  /**
   * JSON texts open at this point of the walk: a JSON body quoted in the prose of a JSON string counts one more level
   * however it was reached (JSON → text → JSON), so nesting is capped by its total depth.
   */
  jsonDepth = 0;
  /** A request body sent to a person's resource is being read: its own `name` is that person's (person-request.ts). */
  personRequest = false;
  private readonly restored: ReadonlySet<string>;
  private readonly kept: ReadonlySet<string>;
  private readonly termsLower: string[];
  /** Per distinct token of this item: its decoding and its annotation (a token repeated in a log is read once). */
  private readonly decodedJwts = new Map<string, DecodedJwt | null>();
  private readonly annotations = new Map<string, string>();
  /**
   * Values the secret sweep of a value (sweepValue) left as they were, and recorded nothing for: the same value again
   * in this item is not swept again (a FHIR Bundle repeats its systems, codes and units in every entry). A sweep that
   * replaced something is never remembered: its findings and placeholders must be recorded at each occurrence.
   */
  readonly sweptUnchanged = new Set<string>();

  constructor(
    readonly state: RedactorState,
    readonly policy: RedactionPolicy,
  ) {
    this.clientDomain = isClientDomain(policy.environment);
    this.restored = new Set(policy.restored);
    this.kept = keptValues(policy);
    this.termsLower = policy.terms.map((t) => t.trim().toLowerCase()).filter(Boolean);
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  private record(entry: KnownValue, restorable: boolean): void {
    const f = this.findings.get(entry.placeholder);
    if (f) f.count++;
    else
      this.findings.set(entry.placeholder, {
        category: entry.category,
        type: entry.type,
        placeholder: entry.placeholder,
        count: 1,
        restorable,
      });
  }

  /** A value that must not be redacted again or is nothing to redact. */
  private skip(value: string): boolean {
    const t = value.trim();
    // A text of sentinels only starts with a sentinel's opening character.
    return t === "" || (t.charCodeAt(0) === OPEN_CODE && isSentinelOnly(t));
  }

  /** Values holding a placeholder already: redact the parts around it, keep the placeholder. */
  private aroundSentinels(value: string, redactPart: (part: string) => string): string {
    return (
      value
        .split(SENTINEL_GROUP)
        // Punctuation left around a placeholder ("[", ": ") is no secret: only parts with letters or digits go.
        .map((part) => (!/[\p{L}\p{N}]/u.test(part) || isSentinelOnly(part) ? part : redactPart(part)))
        .join("")
    );
  }

  secret(value: string, type: string): string {
    if (this.skip(value)) return value;
    if (hasSentinel(value)) return this.aroundSentinels(value, (p) => this.secret(p, type));
    if (isSecretTemplateMarker(value)) return value;
    const entry = this.state.entry(value, "secret", type);
    this.record(entry, false);
    return this.sentinels.add(entry.placeholder);
  }

  /** PHI: restorable; a placeholder the user restored gives the original value back (protected from re-redaction). */
  phi(value: string, type: string): string {
    if (this.skip(value)) return value;
    if (hasSentinel(value)) return this.aroundSentinels(value, (p) => this.phi(p, type));
    // "Specimen?_id=…", "<patient id>": a marker standing for a value is nobody's data.
    if (isTemplateMarker(value)) return value;
    // A value holding one of the user's terms ("jdoe@example.org" for the term "jdoe") could give the term back if it
    // were restored: it is a custom redaction, never restorable.
    if (this.termsLower.length && this.containsTerm(value)) return this.custom(value);
    const entry = this.state.entry(value, "phi", type);
    this.record(entry, true);
    // Restored (by placeholder) or marked "not personal data" (by value): left as it is, protected from the sweep.
    if (this.restored.has(entry.placeholder) || (this.kept.size > 0 && this.kept.has(value.trim())))
      return this.sentinels.add(value);
    return this.sentinels.add(entry.placeholder);
  }

  custom(value: string): string {
    if (this.skip(value)) return value;
    const entry = this.state.entry(value, "custom", "custom");
    this.record(entry, false);
    return this.sentinels.add(entry.placeholder);
  }

  /** A value already known to the ticket (found elsewhere, or another form of one), replaced by its placeholder. */
  known(entry: KnownValue): string {
    this.record(entry, entry.category === "phi");
    return this.sentinels.add(entry.placeholder);
  }

  /**
   * A marker for values replaced by the shape of a client-domain FHIR resource (not numbered). A person's value (a
   * name, an address line, a telecom, a birth date: `person` gives its type) is remembered, so the leak check and the
   * ticket's typed fields know it too; other shape values (codes, statuses) are not.
   */
  shape(person?: { value: string; type: string }): string {
    const placeholder = "[REDACTED:value]";
    if (person && person.value.trim().length >= 4 && !isTemplateMarker(person.value)) {
      this.state.alias(person.value.trim(), {
        value: person.value.trim(),
        category: "phi",
        type: person.type,
        placeholder,
      });
    }
    const f = this.findings.get(placeholder);
    if (f) f.count++;
    else this.findings.set(placeholder, { category: "phi", type: "value", placeholder, count: 1, restorable: false });
    return this.sentinels.add(placeholder);
  }

  /** A value left as it is but protected from the later pattern sweep (restored PHI, reduced dates). */
  keep(value: string): string {
    return this.sentinels.add(value);
  }

  /** A token: a JWT becomes its labelled annotation; anything else a plain placeholder of `type`. */
  token(value: string, type: string): string {
    const trimmed = value.trim();
    if (this.skip(trimmed) || isTemplateMarker(trimmed)) return value;
    let decoded = this.decodedJwts.get(trimmed);
    if (decoded === undefined) this.decodedJwts.set(trimmed, (decoded = decodeJwt(trimmed)));
    if (decoded) return this.jwt(trimmed, type, decoded);
    const inner = /^ZXlK/.test(trimmed) ? decodeBase64Text(trimmed) : null;
    const innerDecoded = inner ? decodeJwt(inner.trim()) : null;
    if (innerDecoded && inner) return this.jwt(trimmed, type, innerDecoded, inner.trim());
    return this.secret(value, type);
  }

  jwt(token: string, type: string, decoded: DecodedJwt, innerJwt?: string): string {
    const entry = this.state.entry(token, "secret", type);
    if (innerJwt) this.state.alias(innerJwt, entry);
    this.record(entry, false);
    // The same value has the same entry and the same claims, so the same annotation.
    let annotation = this.annotations.get(entry.placeholder);
    if (annotation === undefined)
      this.annotations.set(
        entry.placeholder,
        (annotation = formatJwtAnnotation(entry.placeholder, this.annotationClaims(decoded.claims))),
      );
    return this.sentinels.add(annotation);
  }

  /** Contains a user term (case-insensitive)? Used to drop annotation claims that would reveal one. */
  containsTerm(value: string): boolean {
    const lower = value.toLowerCase();
    return this.termsLower.some((t) => lower.includes(t));
  }

  private annotationClaims(claims: Record<string, unknown>): AnnotationClaims {
    const out: AnnotationClaims = {};
    const put = (key: keyof AnnotationClaims, value: string | undefined) => {
      if (value === undefined || value === "") return;
      if (this.containsTerm(value)) return;
      // Characters that would need escaping in JSON, shell or HTML are percent-encoded: the annotation can then sit
      // in any format unchanged.
      out[key] = !needsEscape(value)
        ? value
        : Array.from(value, (c) =>
            ANNOTATION_UNSAFE.has(c) || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f
              ? "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")
              : c,
          ).join("");
    };
    put("iss", claimText(claims.iss));
    put("aud", claimText(claims.aud));
    put("sub_type", claimText(claims.sub_type));
    put("azp", claimText(claims.azp));
    const clientId = claimText(claims.client_id) ?? (claims.azp === undefined ? tokenClientId(claims) : undefined);
    put("client_id", clientId);
    put("tenant", tokenTenant(claims));
    put("ver", tokenVersion(claims));
    put("iat", epochToIso(claims.iat));
    put("exp", epochToIso(claims.exp));
    put("scope", tokenScopes(claims));
    // Person claims (name, email, given_name, family_name, preferred_username, fhirUser, sub, patient) are never
    // copied: only the claims above are.
    return out;
  }
}
