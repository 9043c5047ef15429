// A personal value removed in one place of a ticket (an MRN in an HL7 PID segment or a FHIR identifier, a patient's
// name in a JSON member, an e-mail under its key) also goes where it stands again — in a sentence, a SQL `WHERE`
// clause, a URL's query, a log line — with the same placeholder. Only values specific enough to be nobody else's are
// carried (see isSpecific); one pass over the text's pieces, whatever the number of values.
import type { ItemContext, KnownValue } from "./context";
import { keptValues } from "./context";
import { MultiSearch, foldCase } from "~/document/multi-search";
import { charTable } from "./char-table";
import { digitsIn } from "./digits";
import { namesAppOrStatus } from "./display-names";
import { fhirIdMentions } from "./fhir-id-mentions";

/** Identifiers of a person or a record of one: carried when long enough and holding a digit. */
const IDENTIFIER_TYPES = new Set(["identifier", "mrn", "patient_id", "id_number", "ssn", "member_id"]);
const NAME_TYPES = new Set(["name", "patient_name"]);
const ADDRESS_TYPES = new Set(["address", "street_address"]);

/** A name of two to four words of letters (`Faina Yefremova`, `O'Neil-Smith, Mary`). */
const NAME_WORDS = /^\p{L}[\p{L}\p{M}'’.-]{1,30}(?:,? \p{L}[\p{L}\p{M}'’.-]{1,30}){1,3}$/u;
/** A name as DICOM and HL7 write it, its components joined by `^` (`Quill^Odessa`, `ROE^JANE^Q`). */
const CARET_NAME = /^\p{L}[\p{L}\p{M}'’-]{1,30}(?:\^[\p{L}\p{M}'’.-]{0,30}){1,4}$/u;
/** One word long enough to be a surname rather than a common word, written as one (`Yefremova`, `YEFREMOVA`). */
const LONG_NAME_WORD = /^\p{Lu}(?:[\p{Ll}\p{M}'’]{7,30}|[\p{Lu}\p{M}'’]{7,30})$/u;
/** Each word of a name of several words starts with a capital, as a name is written where it is found. */
const CAPITALISED_WORDS = /^\p{Lu}\S*(?:,? \p{Lu}\S*)+$/u;
/** Words of a field's label (`Full Name`, `Display Name`, `Last Name`): a header taken for a name is nobody's. */
const LABEL_WORDS = new Set("name names full first last middle given family surname display user nick".split(" "));
const namesFieldOrApp = (v: string) =>
  namesAppOrStatus(v) ||
  v
    .toLowerCase()
    .split(/[\s,]+/)
    .some((w) => LABEL_WORDS.has(w));
/** One character repeated (`999999999`, `000000000`): a placeholder of a form, not anybody's number. */
const oneCharacter = (v: string) => {
  for (let i = 1; i < v.length; i++) if (v[i] !== v[0]) return false;
  return true;
};
/** A generated record id (a UUID): a resource's id that the ticket may keep, not a person's number. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[A-Za-z]{2,24}$/;
/** A birth date written in full: 1980-01-02, 01/02/1980, 02.01.1980, HL7's 19800102. */
const FULL_DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|(?:19|20)\d{6})$/;
/** An address line: a number and a word of letters (`1234 Main St`, `Flat 3, 12 High Street`). */
const ADDRESS_LINE = /^(?=[^\n]{10,120}$)(?=.*\d)(?=.*\p{L}{3}).+$/u;

/**
 * Specific enough to be replaced wherever it stands: identifiers of six characters or more with digits in them,
 * e-mails, phones of seven digits or more, names of two words or a long single word, full birth dates, address
 * lines. Not short numbers, not common words, not a town or a gender on its own.
 */
export function isSpecific(k: KnownValue): boolean {
  const v = k.value;
  if (v.trim() !== v || v.length < 4 || v.length > 200) return false;
  if (IDENTIFIER_TYPES.has(k.type))
    return v.length >= 7 && digitsIn(v) >= 4 && !/\s/.test(v) && !UUID.test(v) && !oneCharacter(v);
  if (NAME_TYPES.has(k.type))
    return (
      isSingleWordName(k) ||
      (CARET_NAME.test(v) && v.includes("^") && /\p{L}\^\p{L}/u.test(v)) ||
      (NAME_WORDS.test(v) && CAPITALISED_WORDS.test(v) && !namesFieldOrApp(v))
    );
  if (k.type === "email") return EMAIL.test(v);
  if (k.type === "phone") return digitsIn(v) >= 7;
  if (k.type === "birth_date") return FULL_DATE.test(v);
  if (ADDRESS_TYPES.has(k.type)) return ADDRESS_LINE.test(v);
  return false;
}

/** A name of one long word: carried as written or in capitals, never inside a slug, host or path (`gryffindor-team`). */
const isSingleWordName = (k: KnownValue) => NAME_TYPES.has(k.type) && LONG_NAME_WORD.test(k.value);
/** What glues a word into a slug, a host, an address or a path. */
const isSlugChar = charTable(/[-.@/]/);

/** A time after a date (`2024-01-15 09:30:01`, `2024-01-15T09:30`): the date is a timestamp's, not a birth date. */
const isTimeAfter = (text: string, at: number) => {
  const sep = text[at];
  if (sep !== " " && sep !== "T" && sep !== "t") return false;
  const isDigit = (i: number) => text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
  return isDigit(at + 1) && isDigit(at + 2) && text[at + 3] === ":" && isDigit(at + 4) && isDigit(at + 5);
};

const isHex = charTable(/[0-9A-Fa-f]/);
/** A percent escape just before (`ref%3DQX48291377`, `%22value%22%3A%229000000009`): a delimiter, not a letter. */
const isPercentEscapeBefore = (text: string, at: number) =>
  at >= 3 && text[at - 3] === "%" && isHex(text.charCodeAt(at - 2)) && isHex(text.charCodeAt(at - 1));

/**
 * The forms a value is written in, beside its own: a name of several words with its spaces URL-encoded
 * (`Faina%20Yefremova`, `Faina+Yefremova`), a name of two words family-first as HL7 and every EHR list it
 * (`Smyth, Jayne`).
 */
function writtenForms(k: KnownValue): string[] {
  const v = k.value;
  if (!NAME_TYPES.has(k.type) || !v.includes(" ")) return [v];
  const forms = [v, v.replaceAll(" ", "%20"), v.replaceAll(" ", "+")];
  const words = v.split(" ");
  if (words.length === 2 && !v.includes(",")) forms.push(`${words[1]}, ${words[0]}`);
  return forms;
}

/** Does the hit stand on its own: not inside another word or number, a single word not inside a slug, as written? */
function standsAlone(text: string, h: { start: number; end: number; entry: KnownValue }): boolean {
  const before = text.charCodeAt(h.start - 1);
  const after = text.charCodeAt(h.end);
  if ((isWordChar(before) && !isPercentEscapeBefore(text, h.start)) || isWordChar(after)) return false;
  if (h.entry.type === "birth_date" && isTimeAfter(text, h.end)) return false;
  if (!isSingleWordName(h.entry)) return true;
  if (isSlugChar(before) || isSlugChar(after)) return false;
  // As written, or in capitals as HL7 and many EHR lists write a surname (`YEFREMOVA, FAINA`).
  const written = text.slice(h.start, h.end);
  return written === h.entry.value || written === h.entry.value.toUpperCase();
}

const SHAPE_MARKER = "[REDACTED:value]";

/** The carried values, folded to lower case, in one automaton: fed each value once as it is found. The automaton is
 *  made with the first value (most items carry none: making it for each of them cost more than their searches). */
interface Carried {
  search?: MultiSearch<{ entry: KnownValue; length: number }>;
}

/** A letter, digit or `_`: a value glued to one is part of another word or number, not that value. */
const isWordChar = charTable(/[\p{L}\p{N}_]/u);

export function replaceKnownPersonal(text: string, ctx: ItemContext): string {
  const restored = new Set(ctx.policy.restored);
  const kept = keptValues(ctx.policy);
  const carried = ctx.state.index<Carried>(
    "known-personal",
    ctx.policy,
    () => ({}),
    (t, k) => {
      if (k.category !== "phi" || restored.has(k.placeholder) || kept.has(k.value.trim())) return;
      if (!isSpecific(k) && !(IDENTIFIER_TYPES.has(k.type) && ctx.state.isNational(k.value))) return;
      for (const form of writtenForms(k))
        (t.search ??= new MultiSearch()).add(foldCase(form), { entry: k, length: form.length });
    },
  );
  const { search } = carried;
  if (!search) return text;
  // A sandbox keeps FHIR ids: a value shown as one anywhere in the ticket is a fact there, even when it is also an
  // identifier's value (a sandbox Patient whose id is its MRN) — unless its system names it a national number.
  const sandbox = ctx.policy.environment === "sandbox";
  if (sandbox) for (const id of fhirIdMentions(text)) ctx.state.fhirIds.add(id);
  const isKeptId = (k: KnownValue) => sandbox && ctx.state.fhirIds.has(k.value) && !ctx.state.isNational(k.value);
  // Without case: a name typed in lower case in a note, an e-mail or an MRN upper-cased by a log, is the same value.
  const hits = search
    .search(foldCase(text))
    .map((h) => ({ start: h.start, end: h.start + h.payload.length, entry: h.payload.entry }))
    .filter((h) => standsAlone(text, h) && !isKeptId(h.entry))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (hits.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) continue;
    // A value a client-domain resource's shape replaced goes as that shape's marker again, unnumbered.
    out += text.slice(pos, h.start) + (h.entry.placeholder === SHAPE_MARKER ? ctx.shape() : ctx.known(h.entry));
    pos = h.end;
  }
  return out + text.slice(pos);
}
