// A birth date's key in the spellings records print, as one table of words read two ways: the JSON reader compares a
// key lowered with its separators dropped (`date_of_birth`, `Date.Of.Birth`, `fechaDeNacimiento`), the text scan of
// identity claims reads the same words in prose (`dob=…`, `birthDate: …`) where a key's case and joints are visible.

/** Each spelling as its words: English (`birthDate`, `birthday` as Google People and most CRMs name it, Kotlin's and
 *  Java's `dateOfBirth`, `day_of_birth`, `DOB`), German, French, Spanish, Dutch, Italian and Portuguese; the Romance
 *  ones also without their preposition, as schemas mostly write them (`fecha_nacimiento`, `data_nascimento`). */
const SPELLINGS: readonly (readonly string[])[] = [
  ["birth", "date"],
  ["birth", "day"],
  ["date", "of", "birth"],
  ["day", "of", "birth"],
  ["dob"],
  ["geburtsdatum"],
  ["date", "de", "naissance"],
  ["date", "naissance"],
  ["fecha", "de", "nacimiento"],
  ["fecha", "nacimiento"],
  ["geboortedatum"],
  ["data", "di", "nascita"],
  ["data", "nascita"],
  ["data", "de", "nascimento"],
  ["data", "nascimento"],
];

const FOLDED = new Set(SPELLINGS.map((words) => words.join("")));
/** Longer keys are no spelling here (the longest, `fecha_de_nacimiento`, has 19 characters) and are not lowered. */
const MAX_KEY = 32;

/** Whether a JSON key names a birth date, whatever its case and its `_`, `-`, `.` or blanks between words. */
export const isBirthDateKey = (key: string) =>
  key.length <= MAX_KEY && FOLDED.has(key.toLowerCase().replace(/[_.\-\s]/g, ""));

/** A word lower case, with a capital first letter, or upper case (`of`, `Of`, `OF`). */
const wordPattern = (word: string) => `(?:[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}|${word.toUpperCase()})`;

/** The same spellings as a regular-expression source for a key in text: words joined by nothing or one `_`, `.`, `-`
 *  (`birth_date`, `dateOfBirth`, `DATE-OF-BIRTH`); no blank, so prose (`date of birth`) is left to the birth-date
 *  detector. Alternatives only, no quantifier over a group: linear. */
export const BIRTH_DATE_KEY_SOURCE = SPELLINGS.map((words) => words.map(wordPattern).join("[_.-]?")).join("|");

/** The spellings of more than one word as prose labels, words joined by one blank (`date de naissance`, `fecha de
 *  nacimiento`, `day of birth`), for a text scan that matches case-insensitively. Alternatives only: linear. */
export const BIRTH_DATE_LABEL_SOURCE = SPELLINGS.filter((words) => words.length > 1)
  .map((words) => words.join("[ \\t]"))
  .join("|");
