// Person names in free text: one pass over word tokens, runs of capitalised words scored by word lists, labels,
// greetings, roles and context (an organisation or place after the run makes it not a person).
import { NAME_WORDS, PERSON_LABEL_WORDS } from "../person-name-keys";
import type { PhiSpan } from "./phi-span";
import { scanWords } from "./words";
import { charTable } from "../char-table";
import { firstNotBefore } from "../sorted-search";
import { wordTable } from "./phi-word-table";
import { NAME_SHAPE, nameShape } from "./phi-name-shape";
import { attendeeItems } from "./phi-attendee-lists";
import { readsAsPersonsName } from "../display-names";
import { isCamelCaseIdentifier, isResourceNameKey, readsAsManifest } from "./resource-name-keys";
import { isCollectorType } from "../collector-values";
import {
  AMBIGUOUS_NAMES,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  ORG_OR_PLACE_WORDS,
  PERSON_CUE_WORDS,
  SURNAMES,
  UNIT_WORDS,
} from "./free-text-phi-names";
import { findPlaceNames, insidePlace } from "./place-names";

/** A word of capital letters only, at least two ("SMITH", "O'NEIL" aside). */
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;

/** A word that names an identifier after the words naming its kind. */
const ID_WORD = /^(?:ID|Id|IDs|Ids)$/;
/** Words that name a kind of identifier before "ID" ("Ray ID", "Trace ID"); a name before "ID" is still a name
 *  ("Patient Jane Doe ID 12724066"). */
const ID_KIND_WORD =
  /^(?:ray|trace|request|correlation|session|transaction|incident|event|reference|support|span|activity|error|case|order|job|device|tenant|client)$/i;
/** Words that make a "… Name:" label a thing's (Event Viewer's `Event Name:`, `Computer Name:`, a form's `Host Name:`):
 *  the word after it names that thing, not a person (`Patient Name:` and `Display Name:` still name one). */
const THING_NAME_HEAD =
  /^(?:event|computer|device|host|machine|file|task|service|process|module|application|app|package|product|template|server|database|bucket|queue|table|column|field|cluster|container|image|share|printer|certificate|channel|log|workstation|domain|tenant|subscription|resource|project|workspace|repository|branch)$/i;
/** A version after a word: a blank, then `v` and a dotted number, or three dotted numbers (`v2.1`, `2.4.1`). A bare
 *  `v2` is a document's version as often as a product's (`Approved by Jane Roe v2 of the form`): no cue alone. */
const VERSION_AFTER = /^[ \t](?:v\d{1,6}\.\d|\d{1,6}\.\d{1,6}\.\d)/;
/** A dotted date after a word (`12.03.1985`, `2024.03.12`): a birth date after a name, never a version. */
const DOTTED_DATE_AFTER = /^[ \t](?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d\.\d{1,2}\.\d{1,2})(?![\d.])/;
/** A decimal after a word (`5.00`), a version only after `Version`, `Release`, `Build`. */
const DECIMAL_AFTER = /^[ \t]\d{1,6}\.\d/;
const VERSION_WORD = /^(?:version|release|build)$/i;

class Token {
  private coreText?: string;
  private lowerCase?: string;
  private plainCase?: string;
  constructor(
    private readonly text: string,
    readonly start: number,
    /** End of the word without a possessive 's. */
    readonly end: number,
  ) {}
  /** The word without a possessive 's. */
  get core(): string {
    return (this.coreText ??= this.text.slice(this.start, this.end));
  }
  // Computed on first use: most words of prose and logs are dropped on their first letter and never need them.
  get lower(): string {
    return (this.lowerCase ??= this.core.toLowerCase());
  }
  /** Lower case without diacritics, for list look-ups. */
  get plain(): string {
    const lower = this.lower;
    return (this.plainCase ??= NON_ASCII_LETTER.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower);
  }
  private listBits = -1;
  /** The word lists its plain form is in (LIST bits), from one look-up. */
  get lists(): number {
    if (this.listBits < 0) {
      // An ASCII word by its offsets; any other through its plain form.
      const ascii = ASCII_LISTS.lookup(this.text, this.start, this.end);
      this.listBits = ascii >= 0 ? ascii : (LISTS.get(this.plain) ?? 0);
    }
    return this.listBits;
  }
}

const SURNAME_ENDING =
  /(?:sson|ssen|sen|ová|ova|eva|ski|ska|sky|wicz|czyk|dóttir|dottir|escu|enko|ovich|ović|ovic|evic|ević|poulos|akis|idis|yan|ian|stein|berg|mann|ini|elli|etti|ez|es|aki|oglu|oğlu)$/;
const NON_ASCII_LETTER = /[\u0080-\uffff]/;
/** Words that can end a name label ("my name is", "named", "Name:"), checked before the full label test. */
const LABEL_WORDS = new Set([
  "named",
  "called",
  "surname",
  "nee",
  "née",
  "aka",
  "name",
  "names",
  "is",
  "was",
  "'s",
  "name's",
  "name’s",
]);
/** First letter (lower-cased by its ASCII case bit) and length of the label words, a bit per length: a word of
 *  another shape is ruled out by its offsets alone, before its list bits are looked up. */
const LABEL_FIRST = new Uint16Array(128);
for (const w of LABEL_WORDS) LABEL_FIRST[w.charCodeAt(0) | 0x20] |= 1 << Math.min(w.length, 15);
const STRONG_LABEL = new Set(["named", "called", "surname", "nee", "née", "aka"]);
/** Who a greeting addresses when it names no one: "Hello World!", "Hi Team", "Hello All", "Hi everyone". */
const ADDRESSEES = new Set(["world", "team", "all", "everyone", "everybody", "folks", "there", "guys", "friends"]);
/** Whether a greeting word at `at`, then `gap`, opens a salutation: the word stands alone (a function's `Functions.hello`,
 *  a path's `/hello` is code) and only blanks and one mark a salutation is written with (`Hello, `, `Hello: `,
 *  `Hi - `) lead to the name (`Hello (Failed, …)` is a log's status). */
const addressesRun = (text: string, at: number, gap: string) =>
  !/[._/\\:-]/.test(text[at - 1] ?? "") && /^[ \t]*[,:;\-–—]?[ \t]*$/.test(gap);
const GREETING = new Set([
  "dear",
  "hi",
  "hello",
  "hey",
  "thanks",
  "regards",
  "sincerely",
  "cheers",
  "attn",
  "attention",
  "cc",
  "signed",
  "greetings",
]);
const AUTHOR = new Set(["by", "from", "with", "to"]);
const ROMAN = new Set(["II", "III", "IV"]);
/** Roles that open transcript lines and are not names ("Bot: …", "Agent: …"). */
const SPEAKER_ROLES = new Set(
  "bot agent customer operator system assistant caller interviewer question answer q a".split(" "),
);
/** Job titles written before a name ("Producer Jane Roe"): a cue, never part of the name. */
const ROLE_WORDS = new Set(
  "producer director manager president chairman chairwoman ceo cfo cto coo founder cofounder engineer officer editor coach senator governor mayor commenter singer artist writer drummer guitarist actor actress chef pastor".split(
    " ",
  ),
);
/** Verbs after a run that mark a person ("Jane Roe said", "… lives at"). */
const PERSON_VERBS = new Set(
  "said says told asked explained wrote replied shouted lives lived died married smiled laughed".split(" "),
);

/** Bits of the word lists a plain word can be in: one map look-up answers every list test of a word. */
const LIST = {
  notName: 1,
  honorific: 2,
  role: 4,
  orgOrPlace: 8,
  unit: 16,
  given: 32,
  surname: 64,
  ambiguous: 128,
  personCue: 256,
  greeting: 512,
  author: 1024,
  speakerRole: 2048,
  particle: 4096,
  suffix: 8192,
  personVerb: 16384,
  label: 32768,
} as const;
const LISTS = new Map<string, number>();
for (const [bit, list] of [
  [LIST.notName, NOT_NAME_WORDS],
  [LIST.notName, PERSON_LABEL_WORDS],
  [LIST.notName, NAME_WORDS],
  [LIST.honorific, HONORIFICS],
  [LIST.role, ROLE_WORDS],
  [LIST.orgOrPlace, ORG_OR_PLACE_WORDS],
  [LIST.unit, UNIT_WORDS],
  [LIST.given, GIVEN_NAMES],
  [LIST.surname, SURNAMES],
  [LIST.ambiguous, AMBIGUOUS_NAMES],
  [LIST.personCue, PERSON_CUE_WORDS],
  [LIST.greeting, GREETING],
  [LIST.author, AUTHOR],
  [LIST.speakerRole, SPEAKER_ROLES],
  [LIST.particle, NAME_PARTICLES],
  [LIST.suffix, NAME_SUFFIXES],
  [LIST.personVerb, PERSON_VERBS],
  [LIST.label, LABEL_WORDS],
] as const)
  for (const w of list) LISTS.set(w, (LISTS.get(w) ?? 0) | bit);
/** The same lists for ASCII words, looked up by offsets (no slice, no lower-case copy). */
const ASCII_LISTS = wordTable(LISTS);

/**
 * Typed arrays shared by every call: allocating them per text cost more than scanning a short text. findNames runs
 * to completion before it can be called again (no callbacks, no await), so one set is enough; one text's values are
 * only read below its word count, and those are written (offsets) or zeroed (slots, flags) first.
 */
const SCRATCH = {
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  slot: new Int32Array(1024),
  info: new Int32Array(1024),
  flags: new Uint8Array(1024),
};

/**
 * The words of a text: their offsets in typed arrays, and a word's Token (its text, lower case, plain form) made only
 * when something asks for it — most words are dropped on their first letter, read from the text by offset.
 */
class Tokens {
  length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  /** Tokens made so far, dense, and for each word its place in that list plus one (0: not made yet) — an array
   *  written at scattered indices would turn into a slow dictionary. */
  private readonly made: Token[] = [];
  private readonly slot: Int32Array;
  /** Per word, once known: its list bits times two, plus one when it is all ASCII, plus one (0: not known yet). */
  private readonly info: Int32Array;
  /** Per word, free for the caller (findNames: membership decided once), zero at the start. */
  readonly flags: Uint8Array;

  constructor(readonly text: string) {
    // The arrays are the shared scratch ones (see SCRATCH), grown when a text has more words than any before.
    this.starts = SCRATCH.starts;
    this.ends = SCRATCH.ends;
    scanWords(text, (start, end) => {
      const q = text.charCodeAt(end - 2);
      const possessive = end - start > 2 && text.charCodeAt(end - 1) === 0x73 && (q === 0x27 || q === 0x2019);
      this.push(start, possessive ? end - 2 : end);
    });
    if (SCRATCH.slot.length < this.length) {
      SCRATCH.slot = new Int32Array(this.starts.length);
      SCRATCH.info = new Int32Array(this.starts.length);
      SCRATCH.flags = new Uint8Array(this.starts.length);
    }
    this.slot = SCRATCH.slot;
    this.info = SCRATCH.info;
    this.flags = SCRATCH.flags;
    this.slot.fill(0, 0, this.length);
    this.info.fill(0, 0, this.length);
    this.flags.fill(0, 0, this.length);
  }

  private push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = SCRATCH.starts = grow(this.starts);
      this.ends = SCRATCH.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  start(i: number): number {
    return this.starts[i];
  }
  /** End without a possessive 's. */
  end(i: number): number {
    return this.ends[i];
  }
  /** Code of the word's first character. */
  first(i: number): number {
    return this.text.charCodeAt(this.starts[i]);
  }
  /** Length of the word at `i` without a possessive 's. */
  size(i: number): number {
    return this.ends[i] - this.starts[i];
  }
  /** The word lists (LIST bits) of the word at `i`; an ASCII word's without making its token. */
  lists(i: number): number {
    return this.known(i) >> 1;
  }
  /** The word at `i` is all ASCII. */
  ascii(i: number): boolean {
    return (this.known(i) & 1) === 1;
  }
  /** List bits and ASCII flag of the word at `i`, from one table look-up (see `info`). */
  private known(i: number): number {
    let v = this.info[i];
    if (v === 0) {
      const ascii = ASCII_LISTS.lookup(this.text, this.starts[i], this.ends[i]);
      v = this.info[i] = (ascii >= 0 ? (ascii << 1) | 1 : this.get(i).lists << 1) + 1;
    }
    return v - 1;
  }
  /** Is the lower case of the word at `i` in `list` (whose words carry `bit` in LISTS)? An ASCII word by its list
   *  bits (its lower case is its plain form), any other through its lower case. */
  inList(i: number, bit: number, list: ReadonlySet<string>): boolean {
    return this.ascii(i) ? (this.lists(i) & bit) !== 0 : list.has(this.get(i).lower);
  }
  /** Is the plain form of the word at `i` the (lower-case ASCII) `word`? By codes when the word is ASCII. */
  plainIs(i: number, word: string): boolean {
    const start = this.starts[i];
    const end = this.ends[i];
    if (!this.ascii(i)) return this.get(i).plain === word;
    if (end - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) {
      const c = this.text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== word.charCodeAt(k)) return false;
    }
    return true;
  }
  /** The word at `i` has no capital A–Z and no other character (then it is its own lower case, when ASCII). */
  asciiLowerCase(i: number): boolean {
    for (let k = this.starts[i]; k < this.ends[i]; k++) {
      const c = this.text.charCodeAt(k);
      if (c >= 0x80 || (c >= 65 && c <= 90)) return false;
    }
    return true;
  }
  /** The token at `i` (which must be in range). */
  get(i: number): Token {
    const k = this.slot[i];
    if (k > 0) return this.made[k - 1];
    const t = new Token(this.text, this.starts[i], this.ends[i]);
    this.slot[i] = this.made.push(t);
    return t;
  }
  /** The token at `i`, or undefined before the first or after the last. */
  maybe(i: number): Token | undefined {
    return i >= 0 && i < this.length ? this.get(i) : undefined;
  }
}

/** The token is embedded in an identifier, path, URL, scope, key=value pair or host name. */
const EMBEDS_FROM_BEFORE = charTable(/[/\\_.@=#$%&*+|~^`:\d<-]/);
const EMBEDS_FROM_AFTER = charTable(/[/\\_@=\d>]/);
const LETTER_OR_DIGIT = charTable(/[\p{L}\d]/u);

const EMPHASIS = (c: number) => c === 0x2a || c === 0x5f; // * _
const BLANK_OR_NONE = (c: number) => Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Markdown emphasis opening before `start`: one to three * or _ after a line start, a blank or a bracket ("**Jane"). */
function emphasisBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= 3 && EMPHASIS(text.charCodeAt(i))) i--;
  if (i === start - 1 || start - i > 3) return false;
  const c = text.charCodeAt(i);
  return i < 0 || BLANK_OR_NONE(c) || c === 0x28 || c === 0x5b;
}

/** Markdown emphasis closing at `end`: one to three * or _ then a blank, the end, or punctuation ("Roe**,"). */
function emphasisAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 3 && EMPHASIS(text.charCodeAt(i))) i++;
  if (i === end || (i < text.length && EMPHASIS(text.charCodeAt(i)))) return false;
  const c = text.charCodeAt(i);
  return BLANK_OR_NONE(c) || /[),.;:!?\]]/.test(text[i] ?? "");
}

function embedded(text: string, start: number, fullEnd: number): boolean {
  // Characters by code (past either end: NaN, which is none of them).
  if (start > 0 && EMBEDS_FROM_BEFORE(text.charCodeAt(start - 1)) && !emphasisBefore(text, start)) return true; // also <Tag>
  if (fullEnd >= text.length) return false;
  const next = text.charCodeAt(fullEnd);
  // `\"` closes a string escaped inside another (`{\"name\": \"Jane Roe\"}`): the word ends there, in no path.
  const escapedQuote = next === 0x5c && text.charCodeAt(fullEnd + 1) === 0x22;
  if (EMBEDS_FROM_AFTER(next) && !escapedQuote && !emphasisAfter(text, fullEnd)) return true; // also <Tag>
  // The Collector's type wrapper (`service.name: Str(orders-api)`); a name glued to `(` in prose stays a name.
  if (next === 0x28 && isCollectorType(text.slice(start, fullEnd))) return true;
  if ((next === 0x2e || next === 0x3a) && fullEnd + 1 < text.length && LETTER_OR_DIGIT(text.charCodeAt(fullEnd + 1)))
    return true;
  return false;
}

/**
 * A word of two or more letters that can be part of a name, by its text alone: in none of the lists of words that
 * are not names, not a Roman numeral, the shape of a name.
 */
const NOT_A_NAME = LIST.notName | LIST.honorific | LIST.role | LIST.orgOrPlace | LIST.unit;
const nameWord = (t: Token): boolean => (t.lists & NOT_A_NAME) === 0 && !ROMAN.has(t.core) && NAME_SHAPE.test(t.core);

const isInitial = (text: string, t: Token) =>
  t.core.length === 1 && /\p{Lu}/u.test(t.core) && (text[t.end] === "." || text[t.end] === " ");

/** Evidence of a name from the word lists for the word at `i` (by offsets for an ASCII word). */
function listScore(tokens: Tokens, i: number): number {
  const l = tokens.lists(i);
  if (l & LIST.ambiguous) return 0.5;
  if (l & LIST.given) return 2;
  if (l & LIST.surname) return 1.5;
  // An ASCII word's plain form is as long as the word; another's may lose its marks.
  const length = tokens.ascii(i) ? tokens.size(i) : tokens.get(i).plain.length;
  if (length >= 5 && SURNAME_ENDING.test(tokens.get(i).lower)) return 1;
  return 0;
}

interface Run {
  first: number;
  last: number;
  start: number;
  end: number;
  score: number;
  members: number[];
}

export function findNames(text: string, out: PhiSpan[]) {
  const addresses = out.filter((s) => s.type === "street_address").sort((a, b) => a.start - b.start);
  const tokens = new Tokens(text);
  const n = tokens.length;
  const possessive = (i: number) => {
    const e = tokens.end(i);
    const c = text.charCodeAt(e);
    return (c === 0x27 || c === 0x2019) && text.charCodeAt(e + 1) === 0x73;
  };
  const fullEnd = (i: number) => (possessive(i) ? tokens.end(i) + 2 : tokens.end(i));
  const gap = (i: number) => (i + 1 < n ? text.slice(tokens.end(i), tokens.start(i + 1)) : "");
  /** Membership of each token, decided once (0: not yet, 1: a member, 2: not). */
  const memberOf = tokens.flags;
  const member = (i: number): boolean => {
    if (memberOf[i] === 0) memberOf[i] = decideMember(i) ? 1 : 2;
    return memberOf[i] === 1;
  };
  const decideMember = (i: number): boolean => {
    const c = tokens.first(i);
    // Fast path: a word starting lower case is never a member (most words in prose and logs).
    if (c >= 97 && c <= 122) return false;
    // Two capitals first ("GET", "INFO", "HTTP"): not the shape of a name (NAME_SHAPE wants a lower-case letter or an
    // apostrophe second), and not an initial.
    const c2 = text.charCodeAt(tokens.start(i) + 1);
    if (c >= 65 && c <= 90 && c2 >= 65 && c2 <= 90 && tokens.end(i) - tokens.start(i) >= 2) return false;
    if (embedded(text, tokens.start(i), fullEnd(i))) return false;
    if (tokens.size(i) === 1) {
      const t = tokens.get(i);
      return (/\p{Lu}/u.test(t.core) && text[t.end] === ".") || isInitial(text, t);
    }
    // By offsets (nameWord without the token; a Roman numeral has two capitals first and was ruled out above when
    // ASCII, so only the lists and the shape are left).
    const start = tokens.start(i);
    if (c >= 0x80 || c2 >= 0x80) return nameWord(tokens.get(i));
    return (tokens.lists(i) & NOT_A_NAME) === 0 && nameShape(text, start, tokens.end(i));
  };
  const monthLikeGivenName = (i: number): boolean => {
    const lists = tokens.lists(i);
    return (
      (lists & LIST.notName) !== 0 &&
      (lists & (LIST.given | LIST.ambiguous)) !== 0 &&
      nameShape(text, tokens.start(i), tokens.end(i)) &&
      !embedded(text, tokens.start(i), fullEnd(i))
    );
  };

  const runs: Run[] = [];
  let i = 0;
  while (i < n) {
    if (!member(i) || (tokens.size(i) === 1 && text.charCodeAt(tokens.end(i)) !== 0x2e)) {
      i++;
      continue;
    }
    const members = [i];
    let j = i;
    // Extend while the next token follows after one space (or ". " after an initial) and is a member or particle.
    while (j + 1 < n) {
      const g = gap(j);
      const initialGap = tokens.get(j).core.length === 1 && (g === ". " || g === ".");
      if (g !== " " && !initialGap) break;
      if (possessive(j)) break; // a possessive ends a name
      const k = j + 1;
      if (member(k)) {
        members.push(k);
        j = k;
        continue;
      }
      // A given name that is also a month or another common word ("Jan", "May") between two members of the name:
      // "Michal Jan Kowalczyk", "Anna May Holm".
      if (monthLikeGivenName(k) && k + 1 < n && gap(k) === " " && member(k + 1)) {
        members.push(k);
        j = k;
        continue;
      }
      // A particle inside a name: "Willem de Vries", "Ludwig van Beethoven".
      if (
        tokens.inList(k, LIST.particle, NAME_PARTICLES) &&
        (tokens.asciiLowerCase(k) || tokens.get(k).core === tokens.get(k).lower) &&
        k + 1 < n &&
        gap(k) === " " &&
        member(k + 1)
      ) {
        j = k;
        continue;
      }
      // The family name written in capitals after the given names, as HAPI's narratives and many clinical systems
      // print it ("Peter James CHALMERS"): a known surname, or after given names only a word of capitals long enough
      // and with a vowel to be no acronym ("Mary Ellen ICU", "Jane Ann UTC", "Emma Louise EHR" keep theirs) and no
      // word of a log or a protocol ("Mary Ellen GET", "Jane INFO" stay as they are). It ends the name.
      if (
        ALL_CAPS_WORD.test(tokens.get(k).core) &&
        (tokens.inList(k, LIST.surname, SURNAMES) ||
          (tokens.size(k) >= 5 &&
            /[AEIOUY]/.test(tokens.get(k).core) &&
            (tokens.lists(k) & NOT_A_NAME) === 0 &&
            members.every((m) => (tokens.lists(m) & LIST.given) !== 0)))
      ) {
        members.push(k);
        j = k;
        break;
      }
      // Generational suffixes: "Jr.", "III".
      if (
        members.length >= 2 &&
        (tokens.inList(k, LIST.suffix, NAME_SUFFIXES) || (tokens.size(k) <= 3 && ROMAN.has(tokens.get(k).core)))
      ) {
        members.push(k);
        j = k;
      }
      break;
    }
    // An initial cannot end a name.
    while (members.length > 1 && tokens.get(members[members.length - 1]).core.length === 1) members.pop();
    const last = members[members.length - 1];
    runs.push({ first: i, last, start: tokens.start(i), end: tokens.end(last), score: 0, members });
    i = Math.max(j, last) + 1;
  }

  for (const run of runs) run.score = scoreRun(text, tokens, run);
  nameAboveAddress(text, runs, addresses);
  letterLines(text, runs);

  // Lists of single names: "Eklund, Michael and Hodge" — if half carry name evidence, all are names.
  for (let a = 0; a < runs.length;) {
    let b = a;
    // A list separator is 2 to 6 characters long: other gaps are passed over by their length, without a slice.
    while (b + 1 < runs.length) {
      const g = runs[b + 1].start - runs[b].end;
      if (g < 2 || g > 6 || !LIST_SEPARATOR.test(text.slice(runs[b].end, runs[b + 1].start))) break;
      b++;
    }
    if (b === a) {
      a++;
      continue;
    }
    const group = runs.slice(a, b + 1);
    if (group.every((r) => r.members.length <= 3)) {
      const evidence = group.filter((r) => r.members.some((m) => listScore(tokens, m) >= 1) || r.score >= 2).length;
      const after = tokens.maybe(group[group.length - 1].last + 1);
      const lastRun = group[group.length - 1];
      const orgAfter = after && after.lists & LIST.orgOrPlace && gap(lastRun.last) === " ";
      const beforeGroup = tokens.maybe(group[0].first - 1);
      const orgBefore = beforeGroup && /^(?:at|from|of|the|for|by)$/.test(beforeGroup.lower);
      if (!orgAfter && !orgBefore && evidence * 2 >= group.length)
        for (const r of group) r.score = Math.max(r.score, 2);
    }
    a = b + 1;
  }

  agendaNames(text, tokens, runs);
  attendeeNames(text, tokens, runs);

  const found = new Set<string>();
  const flagged: Array<[number, number]> = [];
  for (const run of runs) {
    if (run.score < 2) continue;
    flagged.push([run.start, run.end]);
    for (const m of run.members)
      if (tokens.size(m) >= 3 && !tokens.inList(m, LIST.suffix, NAME_SUFFIXES)) found.add(tokens.get(m).core);
  }
  // Lower-case or unknown names right after a strong label: "my name is eva kleist".
  let manifest: boolean | undefined;
  for (let k = 1; k < n; k++) {
    const f = tokens.first(k - 1) | 0x20;
    if (
      f >= 0x80 ||
      (LABEL_FIRST[f] & (1 << Math.min(tokens.size(k - 1), 15))) === 0 ||
      !tokens.inList(k - 1, LIST.label, LABEL_WORDS) ||
      !labelBefore(text, tokens, k)
    )
      continue;
    let e = k;
    while (
      e < n &&
      e - k < 3 &&
      !(tokens.get(e).lists & LIST.notName) &&
      !embedded(text, tokens.start(e), fullEnd(e)) &&
      /^[\p{L}\p{M}'’-]+$/u.test(tokens.get(e).core) &&
      // A word with its own colon is the next label (Go's `{Name: DisplayName: Login:}`, an empty field), not a name.
      text.charCodeAt(fullEnd(e)) !== 0x3a
    ) {
      if (e > k && gap(e - 1) !== " ") break;
      e++;
    }
    if (e > k && e - k === 1 && isCamelCaseIdentifier(tokens.get(k).core)) continue;
    if (
      e > k &&
      (manifest ??= readsAsManifest(text)) &&
      isResourceNameKey(text, tokens.start(k - 1), tokens.get(e - 1).end)
    )
      continue;
    if (e > k) {
      flagged.push([tokens.get(k).start, tokens.get(e - 1).end]);
      for (let q = k; q < e; q++)
        if (tokens.get(q).core.length >= 3 && NAME_SHAPE.test(tokens.get(q).core)) found.add(tokens.get(q).core);
    }
  }
  // A first name signed in lower case under a sign-off ("Thanks," then "kevin", "  -kevin", "kevin smith"): a known
  // given name opening its line (after indent or a dash), maybe with a known surname after it.
  for (let k = 0; k < n; k++) {
    const c = tokens.first(k);
    if (c < 97 || c > 122) continue;
    const start = tokens.start(k);
    const lineStart = signatureLineStart(text, start);
    if (lineStart <= 0 || !/^[a-z]{3,20}$/.test(tokens.get(k).core)) continue;
    let last = k;
    const next = tokens.maybe(k + 1);
    if (
      next &&
      /^[a-z]{2,20}$/.test(next.core) &&
      (tokens.lists(k + 1) & (LIST.surname | LIST.notName)) === LIST.surname &&
      /^[ \t]$/.test(text.slice(tokens.end(k), next.start))
    )
      last++;
    const end = tokens.end(last);
    const le = lineEnd(text, end, 3);
    if (le < 0 || !/^[.,!]?[ \t\r]*$/.test(text.slice(end, le))) continue;
    if ((tokens.lists(k) & (LIST.given | LIST.notName)) !== LIST.given || !signOffAbove(text, lineStart)) continue;
    flagged.push([start, end]);
  }
  // Speakers of a transcript: two or more lines opening with "Name:".
  const speakers: number[] = [];
  for (let k = 0; k < n; k++) {
    const start = tokens.start(k);
    const atLineStart = start === 0 || text.charCodeAt(start - 1) === 0x0a;
    if (!atLineStart || text.charCodeAt(tokens.end(k)) !== 0x3a) continue;
    const t = tokens.get(k);
    if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.core) || t.lists & (LIST.notName | LIST.speakerRole)) continue;
    speakers.push(k);
  }
  const knownSpeakers = speakers.filter(
    (k) => (tokens.get(k).lists & (LIST.given | LIST.ambiguous)) === LIST.given,
  ).length;
  // Half of them known given names: an HTTP header block ("Priority:", "Traceparent:") never qualifies.
  if (speakers.length >= 2 && knownSpeakers * 2 >= speakers.length) {
    for (const k of speakers) {
      flagged.push([tokens.get(k).start, tokens.get(k).end]);
      found.add(tokens.get(k).core);
    }
  }
  // Other mentions of a name already found in this text ("… Faina D. Yefremova … early Yefremova"); a word of a
  // length no found name has is passed over by a bit of the lengths, without making its token.
  let foundLengths = 0;
  for (const name of found) foundLengths |= 1 << Math.min(name.length, 31);
  if (found.size) {
    for (let k = 0; k < n; k++)
      if (member(k) && foundLengths & (1 << Math.min(tokens.size(k), 31)) && found.has(tokens.get(k).core))
        flagged.push([tokens.start(k), tokens.end(k)]);
      else if (tokens.size(k) > 4) hyphenatedMentions(tokens.get(k), found, flagged);
  }
  // A place of several words ("United States", "Los Angeles") is no one's name, in a list or mentioned again.
  const places = flagged.length ? findPlaceNames(text) : [];
  for (const [start, end] of flagged) if (!insidePlace(places, start, end)) out.push({ start, end, type: "name" });
}

/**
 * The name line of a postal block: a line that holds only a two- or three-word name, at most four lines above an
 * address, and either carries some name evidence or opens the block.
 */
function nameAboveAddress(text: string, runs: Run[], addresses: PhiSpan[]) {
  if (!addresses.length) return;
  const QUOTE = /^(?:[>?]{1,3}[ \t]?)?[ \t]*$/;
  for (const run of runs) {
    const words = run.members.length;
    if (words < 2 || words > 4 || run.score >= 2) continue;
    // The first address starting after this run (addresses are in text order): binary search, not a scan.
    const below = addresses[firstNotBefore(addresses.length, (i) => addresses[i].start < run.end)];
    if (!below || below.start - run.end > 160) continue;
    // The run must fill its line (bounded look-around: a name line is short).
    const ls = lineStartWithin(text, run.start, 12);
    const le = text.indexOf("\n", run.end);
    if (
      ls < 0 ||
      le < 0 ||
      le > below.start ||
      !QUOTE.test(text.slice(ls, run.start)) ||
      text.slice(run.end, le).trim() !== ""
    )
      continue;
    if (text.slice(le, below.start).split("\n").length > 5) continue;
    const prevStart = ls > 0 ? lineStartWithin(text, ls - 1, 12) : -1;
    const opensBlock =
      ls === 0 || text[ls - 2] === "\n" || (prevStart >= 0 && /^[>?\s]*$/.test(text.slice(prevStart, ls - 1)));
    if (run.score >= 0.5 || opensBlock) run.score = 2;
  }
}

/** A sign-off line: "Thanks,", "Thanks in advance,", "Best regards," (nothing else on the line). */
export const SIGN_OFF =
  /^[ \t]*(?:thanks|thank you|many thanks|thanks in advance|thanks again|regards|best regards|kind regards|warm regards|best|cheers|sincerely|yours sincerely|yours truly|mit freundlichen grü(?:ß|ss)en|(?:viele|beste|liebe|freundliche) grü(?:ß|ss)e|(?:bien )?cordialement|cordiali saluti|distinti saluti|saluti|un saluto|saludos|un saludo|atentamente|met vriendelijke groet(?:en)?)[ \t]*[,!.]?[ \t]*$/iu;
/** A letter's greeting line: "Hi,", "Hello all,", "Hi Team," (a short line ending in a comma, or the word alone). */
const GREETING_LINE = /^[ \t]*(?:hi|hello|hey|dear)\b(?:[^\n]{0,30},|[ \t]*[,!]?)[ \t]*$/i;
/** A post's date line under its author line: "Jun 22, 2020, 9:58 AM", "2020-06-22 11:24", "22/06/2020". */
const DATE_LINE =
  /^[ \t]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/i;
const UNREAD_LINE = /^[ \t]*unread,[ \t]*$/;
/** What may follow the name on an author line: an affiliation in brackets, "(Cerner)" (and a CRLF paste's `\r`). */
const AFFILIATION = /^[ \t]*(?:\([\p{L}][\p{L}\p{M} .&'-]{0,30}\))?[ \t\r]*$/u;

/**
 * The name lines of a letter or a forum thread pasted whole: a line that holds only a name (one to four words) under
 * a sign-off line ("Thanks in advance," then the signature), or a line that holds only a name of two or more words,
 * perhaps with an affiliation in brackets, above a greeting line or a date line (the author line of a quoted reply
 * or of a thread copied whole: "Jane Roe (Cerner)", a blank line, "Hi," or "Jun 22, 2020, 11:24 AM"). Each run looks one short line back or at most three lines forward (linear).
 */
function letterLines(text: string, runs: Run[]) {
  let thread: boolean | undefined;
  for (const run of runs) {
    const words = run.members.length;
    if (words > 4 || run.score >= 2) continue;
    const ls = lineStartWithin(text, run.start, 8);
    if (ls < 0 || text.slice(ls, run.start).trim() !== "") continue;
    const le = lineEnd(text, run.end, 40);
    if (le < 0) continue;
    const rest = text.slice(run.end, le);
    // The line before: a sign-off, and the name fills its own line.
    if (ls > 0 && rest.trim() === "") {
      const prev = lineStartWithin(text, ls - 1, 40);
      if (prev >= 0 && SIGN_OFF.test(text.slice(prev, ls - 1))) {
        run.score = 2;
        continue;
      }
    }
    // The next non-blank line (within three): a greeting, and the name (two words or more) fills its line.
    if (words < 2 || !AFFILIATION.test(rest)) continue;
    let at = le;
    for (let k = 0; k < 3 && at < text.length && text[at] === "\n"; k++) {
      const next = lineEnd(text, at + 1, 60);
      if (next < 0) break;
      const line = text.slice(at + 1, next);
      // Google Groups shows "unread," between a post's author line and its date line.
      if (line.trim() === "" || UNREAD_LINE.test(line)) {
        at = next;
        continue;
      }
      if (GREETING_LINE.test(line) || DATE_LINE.test(line)) run.score = 2;
      break;
    }
    // The last author line of a Google Groups thread copied up to it: the employer in brackets, nothing under it.
    if (run.score < 2 && rest.includes("(") && onlySpaceFrom(text, le))
      if ((thread ??= GROUPS_UNREAD.test(text)) && readsAsPersonsName(text.slice(run.start, run.end))) run.score = 2;
  }
}
/**
 * Whether only white space and Google Groups' fixed action lines under a post ("Reply all", "Reply to author",
 * "Forward", "3 more messages") stand from `index` to the end of the text. Reads at most a few short lines.
 */
function onlySpaceFrom(text: string, index: number): boolean {
  let i = index;
  for (let lines = 0; lines < 8; lines++) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) return true;
    const nl = text.indexOf("\n", i);
    const end = nl < 0 || nl - i > 40 ? Math.min(text.length, i + 40) : nl;
    if (!GROUPS_ACTION.test(text.slice(i, end))) return false;
    i = end;
  }
  return false;
}
/** A Google Groups action line copied with a thread's last post. */
const GROUPS_ACTION = /^(?:reply all|reply to author|reply|forward|\d{1,4} more messages?|show quoted text)[ \t\r]*$/i;
/** Google Groups' "unread," line between a post's author line and its date line, anywhere in the text. */
const GROUPS_UNREAD = /^[ \t]*unread,[ \t]*$/m;

/**
 * The parts of a hyphenated word that are names found in the text ("Nancy-Timmy" once "Nancy" was found, "Rowley-Smith"
 * once "Rowley" was, a handle "torin-shepard-athena" once "Torin Shepard" was): each such part goes, the other parts
 * stay. A compound with a part that is no name (`X-Chase-Request`, `Austin-Prod`, `Smart-Chase`) is a header's, a
 * product's or an environment's name and stays whole; a lower-case compound needs two found names (a handle).
 */
function hyphenatedMentions(token: Token, found: ReadonlySet<string>, flagged: Array<[number, number]>) {
  const core = token.core;
  if (!core.includes("-")) return;
  const parts = core.split("-");
  const lowerCase = core === core.toLowerCase();
  const isFound = (part: string) =>
    part.length >= 3 && (found.has(part) || (lowerCase && found.has(part[0].toUpperCase() + part.slice(1))));
  let hits = 0;
  for (const part of parts) {
    if (isFound(part)) hits++;
    else if (!namePart(part)) return;
  }
  if (hits === 0 || (lowerCase && hits < 2)) return;
  let at = 0;
  for (const part of parts) {
    if (isFound(part)) flagged.push([token.start + at, token.start + at + part.length]);
    at += part.length + 1;
  }
}
/** A part of a person's compound: a known given name or surname, or a name-shaped or lower-case word that names no
 *  environment, header or product (`Prod`, `Request`, `Smart`). */
function namePart(part: string): boolean {
  const lower = part.toLowerCase();
  if (GIVEN_NAMES.has(lower) || SURNAMES.has(lower)) return true;
  return part.length >= 2 && !COMPOUND_TECH_WORDS.has(lower) && (part === lower || NAME_SHAPE.test(part));
}
/** Words that make a compound a system's name (`Austin-Prod`, `X-Chase-Request`, `chase-sandbox`), not a person's. */
const COMPOUND_TECH_WORDS = new Set(
  (
    "prod production prd preprod sandbox test tests dev develop staging stage qa uat demo int local request requests " +
    "response id ids api apis service services svc cluster tenant app apps env server client header web ui bot " +
    "smart fhir launch auth token read write only user"
  ).split(" "),
);

/** Whether the line above the one starting at `lineStart` (or the one above a blank line) is a sign-off; a CRLF
 *  paste's `\r` is no part of the line. */
function signOffAbove(text: string, lineStart: number): boolean {
  let prev = lineStartWithin(text, lineStart - 1, 40);
  if (prev > 0 && text.slice(prev, lineStart - 1).trim() === "") {
    const blank = prev;
    prev = lineStartWithin(text, blank - 1, 40);
    return prev >= 0 && SIGN_OFF.test(text.slice(prev, blank - 1).replace(/\r$/, ""));
  }
  return prev >= 0 && SIGN_OFF.test(text.slice(prev, lineStart - 1).replace(/\r$/, ""));
}
/** Start of the line of a signature word led only by indent or a dash ("  kevin", "-kevin", "-- kevin"); else -1. */
function signatureLineStart(text: string, start: number): number {
  for (let i = start - 1; i >= Math.max(0, start - 9); i--) {
    const ch = text[i];
    if (ch === "\n") return i + 1;
    if (ch !== " " && ch !== "\t" && ch !== "-") return -1;
  }
  return -1;
}

/** End of the line holding `index` (its newline or the end of the text), if at most `max` characters on; else -1. */
function lineEnd(text: string, index: number, max: number): number {
  const nl = text.indexOf("\n", index);
  const end = nl < 0 ? text.length : nl;
  return end - index <= max ? end : -1;
}

/** What separates the names of a list: "Eklund, Michael and Hodge". */
const LIST_SEPARATOR = /^(?:, | and |, and | & )$/;

/** A list item: "1. ", "2) ", "* ", "- ", "• " at the start of its line. */
const LIST_ITEM = /^[ \t]{0,8}(?:\d{1,3}[.)]|[*•-])[ \t]/;
/** What stands between an agenda line's topic and the person: ", ", " - ", ": ", ". ". */
const TAIL_SEPARATOR = /(?:,|[ \t][-–]|:|\.)[ \t]{1,3}$/;

/**
 * Agenda and attendee lines: list items that end in a full name after a separator ("2. 1010 Track intro, Michal
 * Warecki", "- Wrap-up - Dorota Wielgosz"). When two or more lines end so and at least half of those names carry
 * evidence of their own (a known name, a middle initial, a cue), every one of them is a name: the list says what its
 * last words are. Each run looks back at most one short line and forward over white space only (linear).
 */
function agendaNames(text: string, tokens: Tokens, runs: Run[]) {
  const tails: Run[] = [];
  for (const run of runs) {
    if (run.members.length < 2 || run.members.length > 4) continue;
    if (run.members.some((m) => tokens.get(m).lists & LIST.orgOrPlace)) continue;
    let e = run.end;
    while (e < text.length && text[e] !== "\n" && /\s/.test(text[e])) e++;
    if (e < text.length && text[e] !== "\n") continue;
    const ls = lineStartWithin(text, run.start, 120);
    if (ls < 0) continue;
    const head = text.slice(ls, run.start);
    if (LIST_ITEM.test(head) && TAIL_SEPARATOR.test(head)) tails.push(run);
  }
  const evidence = tails.filter((r) => r.score >= 2).length;
  if (tails.length >= 2 && evidence * 2 >= tails.length) for (const r of tails) r.score = Math.max(r.score, 2);
}

/** Up to two more capitalised words after a run in an attendee list item. */
const MORE_NAME_WORDS = /^(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){1,2}/u;
/** What may follow a name in an attendee list item: the employer in brackets, or after a dash, comma or bar. */
const AFTER_ATTENDEE = /^[ \t]*(?:[[(][^\])\n]{1,60}[\])]|[-–,|][^\n]{0,60})?[ \t]*$/;

/**
 * Attendee lists (phi-attendee-lists.ts): a run that starts an item and fills it, up to an employer in brackets or
 * after a dash, is a person's name whatever its words ("- Akash Singhal [Microsoft]", "* Jackson"). Runs and items are
 * both in text order: one walk of each.
 */
function attendeeNames(text: string, tokens: Tokens, runs: Run[]) {
  const items = attendeeItems(text);
  let k = 0;
  for (const run of runs) {
    while (k < items.length && items[k].end < run.start) k++;
    if (k === items.length) break;
    const item = items[k];
    if (run.start !== item.start || run.end > item.end || run.members.length > 4) continue;
    if (run.members.some((m) => tokens.get(m).lists & LIST.orgOrPlace)) continue;
    // A word the name shape does not take ends the name too ("Hwang HuongKet"): the item says it is one.
    const rest = text.slice(run.end, item.end);
    const more = MORE_NAME_WORDS.exec(rest)?.[0].length ?? 0;
    if (!AFTER_ATTENDEE.test(rest.slice(more))) continue;
    // Only an item that reads as a person's name (the chat authors' judgement); one word alone only when it is a known
    // given name or surname ("Keycloak", "Tempus" name products as often as people).
    const name = text.slice(run.start, run.end + more);
    if (!readsAsPersonsName(name)) continue;
    if (!/\s/.test(name) && !GIVEN_NAMES.has(name.toLowerCase()) && !SURNAMES.has(name.toLowerCase())) continue;
    run.score = Math.max(run.score, 2);
    run.end += more;
  }
}

/** Start of the line holding `index`, if it is at most `max` characters back; else -1. */
function lineStartWithin(text: string, index: number, max: number): number {
  for (let i = index - 1; i >= Math.max(-1, index - 1 - max); i--) if (i < 0 || text[i] === "\n") return i + 1;
  return -1;
}

/** "my name is X", "Name: X", "named X", "called X", "I'm X". */
function labelBefore(text: string, tokens: Tokens, k: number): boolean {
  const p1 = tokens.maybe(k - 1);
  if (!p1) return false;
  const g1 = text.slice(p1.end, tokens.get(k).start);
  if (g1.length > 12 || /[\n.!;]/.test(g1)) return false;
  if (STRONG_LABEL.has(p1.lower) && /^\s+$/.test(g1)) return true;
  const nameLabel = p1.lower === "name" || p1.lower === "names" || PERSON_LABEL_WORDS.has(p1.lower);
  const p2 = tokens.maybe(k - 2);
  const thingsName = p2 !== undefined && THING_NAME_HEAD.test(p2.core) && text.slice(p2.end, p1.start) === " ";
  if (nameLabel && !thingsName && /^[ \t]*[:=?][ \t]*$/.test(g1)) return true;
  if (p2 && /^(?:is|was|'s)$/.test(p1.lower) && /name$/.test(p2.lower) && /^[ \t]+$/.test(g1)) return true;
  if (p1.lower === "name's" || p1.lower === "name’s") return true;
  return false;
}

function scoreRun(text: string, tokens: Tokens, run: Run): number {
  let score = 0;
  // The members by offsets: words of two or more letters, their list scores, initials, non-ASCII words.
  const ms = run.members;
  let words = 0;
  let nonAscii = 0;
  let middleInitial = false;
  let best = 0;
  let others = 0;
  for (let k = 0; k < ms.length; k++) {
    if (tokens.size(ms[k]) === 1) {
      if (k > 0 && k < ms.length - 1) middleInitial = true;
      continue;
    }
    words++;
    if (!tokens.ascii(ms[k])) nonAscii++;
    const s = listScore(tokens, ms[k]);
    if (s > best) {
      others += best;
      best = s;
    } else others += s;
  }
  if (!words) return 0;
  score += best + Math.min(others, 2) * 0.5;
  if (words >= 2) score += 0.5;
  // A middle initial: "Hanne I. Kreutzmann", "Ravil G Yefimov".
  if (middleInitial) score += 3;
  if (tokens.size(ms[0]) === 1 && text.charCodeAt(tokens.end(ms[0])) === 0x2e) score += 1.5;
  if (run.last - run.first + 1 > ms.length) score += 0.5; // a particle inside
  if (words >= 2 && nonAscii === words) score += 1.5;
  else if (nonAscii > 0) score += words >= 2 ? 1 : 0.5;

  // Context before the run.
  const p1 = tokens.maybe(run.first - 1);
  if (p1) {
    const g = text.slice(p1.end, run.start);
    const sameClause = g.length <= 12 && !/[\n!?;]/.test(g);
    // An honorific right after a number is a unit of measure (`894.52 ms`, `5 dr`): no title of the words after it.
    const measure = /\d[ \t]?$/.test(text.slice(Math.max(0, p1.start - 2), p1.start));
    if (sameClause && p1.lists & LIST.honorific && !measure && /^\.?[ \t]+$/.test(g)) score += 3;
    else if (sameClause && labelBefore(text, tokens, run.first)) score += 3;
    else if (sameClause && !/[.]/.test(g)) {
      const p2 = tokens.maybe(run.first - 2);
      const g2 = p2 ? text.slice(p2.end, p1.start) : "";
      if (p1.lists & (LIST.personCue | LIST.role)) score += 2;
      else if (
        p2 &&
        /^(?:to|of|for|with)$/.test(p1.lower) &&
        /^[ \t]+$/.test(g2) &&
        p2.lists & (LIST.personCue | LIST.role)
      )
        score += 2;
      else if (p1.lower === "name" && /^[ \t]+$/.test(g)) score += 2;
      else if (
        p1.lists & LIST.greeting &&
        addressesRun(text, p1.start, g) &&
        !ADDRESSEES.has(text.slice(run.start, run.end).toLowerCase())
      )
        score += 2;
      else if (
        /^(?:i'm|i’m|im)$/.test(p1.lower) ||
        (p2 && /^(?:i|this|it)$/.test(p2.lower) && /^(?:am|is)$/.test(p1.lower))
      )
        score += 2;
      else if (tokens.plainIs(run.first - 1, "by") && words >= 2) score += 1.5;
      else if (p1.lists & LIST.author && words >= 2) score += 1;
      const article = run.first - 1;
      if (tokens.plainIs(article, "the") || tokens.plainIs(article, "a") || tokens.plainIs(article, "an")) score -= 1.5;
    }
  }
  // Context after the run: an organisation or place word makes it not a person.
  const nx = tokens.maybe(run.last + 1);
  const gapAfter = nx ? text.slice(tokens.get(run.last).end, nx.start) : "";
  if (nx && /^[ \t]+$/.test(gapAfter) && nx.lists & LIST.orgOrPlace) score -= 4;
  // "ID" after a word naming a kind of id (Cloudflare's "Ray ID", a "Trace ID"): that word is no person's name.
  if (nx && /^[ \t]+$/.test(gapAfter) && ID_WORD.test(nx.core) && ID_KIND_WORD.test(tokens.get(run.last).core))
    score -= 4;
  if (nx && /^[ \t]+$/.test(gapAfter) && tokens.inList(run.last + 1, LIST.personVerb, PERSON_VERBS) && words >= 2)
    score += 1.5;
  // A version right after (`Registry Editor Version 5.00`, `Agent 2.4.1`, `Client v3`): the words name a product. A
  // bare decimal counts only after a word that says so (`Jane Roe 1.5 mg` is a dose).
  const after = text.slice(run.end, run.end + 16);
  const versionAfter = VERSION_AFTER.test(after) && !DOTTED_DATE_AFTER.test(after);
  if (versionAfter || (VERSION_WORD.test(tokens.get(run.last).core) && DECIMAL_AFTER.test(after))) score -= 4;
  // A possessive after a full name: "Jane Roe's report".
  if (words >= 2 && (text[run.end] === "'" || text[run.end] === "’") && text[run.end + 1] === "s") score += 1;
  if (ms.some((m) => tokens.lists(m) & LIST.orgOrPlace)) score -= 2;
  return score;
}
