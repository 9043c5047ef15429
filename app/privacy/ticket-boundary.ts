// The privacy boundary of the whole ticket, not only its evidence. Everything the user typed (example URLs, the
// problem fields, evidence labels, the client's name, the scope lists) goes through the evidence's own redactor —
// the same detectors (secrets by shape and by label, personal data in free text, the user's extra words) and the same
// memory (a value removed anywhere in the evidence gets its placeholder in a field too, wherever it stands, even
// where no detector would see it). One value, one placeholder, across fields, examples and evidence. Pure.
import { knownValueMatcher, knownValueOccurrences } from "~/document/leak-check";
import { createRedactor, type KnownValue, type Redactor } from "~/redaction/redact";
import type { RedactionCategory, RedactionPolicy } from "~/redaction/types";
import { countRedactions, type ItemRedactions } from "~/document/redaction-summary";
import type { Ticket } from "~/ticket/schema";
import { typedFields, withTypedFields, type TypedField } from "./typed-fields";

export { typedFields, type TypedField };

export interface FieldFinding {
  type: string;
  category: RedactionCategory;
  /** The placeholder that replaces the value in this field (and everywhere else in the ticket). */
  placeholder: string;
  /** How many times it was replaced in this field. */
  count: number;
  /** Personal data can be kept as "not personal data"; secrets and the user's words never. */
  restorable: boolean;
  /** 1-based lines of the field where it stood. */
  lines: number[];
}

export interface FieldRedaction {
  path: string;
  /** The field as it leaves: every value found replaced by its placeholder. */
  text: string;
  findings: FieldFinding[];
}

export interface BoundaryOptions {
  /**
   * Values the redaction removed from the raw evidence, with their placeholders (the page holds the raw evidence in
   * memory; the ticket only carries its redacted text). Found in a field, they take the evidence's placeholder.
   */
  evidenceKnown?: readonly KnownValue[];
  /**
   * The caller hands the ticket over and reads nothing of its raw evidence afterwards (the server, the CLI): each
   * evidence item's raw text is dropped from it as soon as that item is redacted, so only one item's raw and working
   * copies are alive at a time.
   */
  release?: boolean;
}

export interface RedactedTicket {
  /** The ticket with its evidence and every typed field redacted. */
  ticket: Ticket;
  /** What the redaction did in each item (counts and notes; no text): what the document's summary reports. */
  redactions: ItemRedactions[];
  /** Every value removed (evidence and fields; memory only): what the leak check looks for. */
  known: KnownValue[];
  /** The typed fields that changed, with what was found in them. */
  fields: FieldRedaction[];
}

export type BoundaryPolicy = Pick<RedactionPolicy, "environment" | "terms"> & { keep?: string[] };

export const ticketPolicy = (
  ticket: Pick<Ticket, "application" | "redactTerms" | "notPersonalData">,
): BoundaryPolicy => ({
  environment: ticket.application.environment,
  terms: ticket.redactTerms,
  // PHI the user marked as not personal data (never a secret or a term: the redactor applies `keep` to PHI only).
  keep: ticket.notPersonalData ?? [],
});

export function boundaryRedactor(policy: BoundaryPolicy, options: BoundaryOptions = {}): Redactor {
  const redactor = createRedactor({
    environment: policy.environment,
    terms: policy.terms,
    restored: [],
    keep: policy.keep ?? [],
  });
  redactor.remember(options.evidenceKnown ?? []);
  return redactor;
}

/**
 * The ticket redacted as a whole: evidence first (its numbering is the ticket's), then every typed field. Throws on
 * failure. Item by item: of each redacted item only its text and its counts are kept (its spans and findings are
 * dropped before the next item is redacted), so memory grows with the redacted text, not with the work on it.
 */
export function redactTicket(ticket: Ticket, options: BoundaryOptions = {}): RedactedTicket {
  const redactor = boundaryRedactor(ticketPolicy(ticket), options);
  // The numbers of placeholders already in any item are reserved before any item is redacted (see redactItems).
  for (const item of ticket.evidence) redactor.reserve(item.text);
  const redactions: ItemRedactions[] = [];
  const evidence = ticket.evidence.map((item) => {
    const redacted = redactor.redact({ id: item.id, kind: item.kind, text: item.text });
    if (options.release) item.text = "";
    redactions.push(countRedactions(redacted));
    return { ...item, text: redacted.text };
  });
  // A login or secret found in a later item goes from the earlier ones too.
  for (const item of evidence) item.text = redactor.settle(item.text);
  const fields = redactFields(redactor, typedFields(ticket));
  return {
    ticket: withTypedFields({ ...ticket, evidence }, fields),
    redactions,
    known: redactor.knownValues(),
    fields: fields.filter((f) => f.findings.length > 0),
  };
}

/** A JWT annotation has spaces; in a URL only its bare placeholder fits. */
const bareInUrl = (path: string, text: string) =>
  path.endsWith(".url") ? text.replace(/ · JWT [^\]\n]*\]/g, "]") : text;

/**
 * Redacts typed fields with a redactor that may already know the evidence. Two passes: the detectors over every
 * field (a value recognised by its label in one field is then known), then every known value replaced wherever it
 * still stands in any field (the unlabelled second mention, a value found only in the evidence).
 */
export function redactFields(redactor: Redactor, fields: readonly TypedField[]): FieldRedaction[] {
  const detected = fields.map((field) => {
    const item = redactor.redact({ id: field.path, kind: "text", text: field.text });
    return { field, text: bareInUrl(field.path, item.text), findings: item.findings };
  });
  const known = redactor.knownValues().filter((k) => k.placeholder);
  const matcher = known.length ? knownValueMatcher(known) : null;
  return detected.map(({ field, text, findings: found }) => {
    const counts = new Map<string, FieldFinding>();
    for (const f of found) {
      if (f.placeholder === "[REDACTED:value]") continue;
      counts.set(f.placeholder, {
        type: f.type,
        category: f.category,
        placeholder: f.placeholder,
        count: f.count,
        restorable: f.restorable,
        lines: [],
      });
    }
    let out = text;
    if (matcher) {
      const hits = knownValueOccurrences(text, matcher);
      if (hits.length) {
        let rebuilt = "";
        let at = 0;
        for (const { start, end, known: k } of hits) {
          const placeholder = k.placeholder ?? `[REDACTED:${k.type}]`;
          rebuilt += text.slice(at, start) + placeholder;
          at = end;
          const f = counts.get(placeholder);
          if (f) f.count++;
          else
            counts.set(placeholder, {
              type: k.type,
              category: k.category,
              placeholder,
              count: 1,
              restorable: k.category === "phi",
              lines: [],
            });
        }
        out = rebuilt + text.slice(at);
      }
    }
    const findings = [...counts.values()].map((f) => ({ ...f, lines: linesOf(out, f.placeholder) }));
    return { path: field.path, text: out, findings };
  });
}

/** The 1-based lines of a text where a placeholder stands (an annotated JWT counts by its opening). */
function linesOf(text: string, placeholder: string): number[] {
  const lines: number[] = [];
  const opening = placeholder.slice(0, -1);
  let line = 1;
  let from = 0;
  for (let i = text.indexOf(opening); i !== -1; i = text.indexOf(opening, i + opening.length)) {
    const next = text[i + opening.length];
    if (next !== "]" && next !== " ") continue;
    for (let j = text.indexOf("\n", from); j !== -1 && j < i; j = text.indexOf("\n", j + 1)) line++;
    from = i;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}
