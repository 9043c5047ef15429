// A person's name's key in English and the other languages records are written in, as one table read three ways (as
// birth-date-keys.ts does for birth dates): the JSON reader and a form's or a query's parameters compare a key lowered
// with its separators dropped (`primer_apellido`, `nomDeFamille`, `Nachname`), the text scan of identity claims reads
// the same words as a key in prose (`Prénom: Jean`, `apellidos=García`, `VORNAME:`) where a key's case and joints are
// visible.

/** Keys that name only a person's given or family name (or both), each spelling as its words: English, Spanish,
 *  Portuguese, French, Italian, German and Dutch; accented and plain, as schemas write both (`prénom`, `prenom`). */
const PERSON_SPELLINGS: readonly (readonly string[])[] = [
  ["given", "name"],
  ["family", "name"],
  ["first", "name"],
  ["last", "name"],
  ["middle", "name"],
  ["full", "name"],
  ["surname"],
  ["apellido"],
  ["apellidos"],
  ["primer", "apellido"],
  ["segundo", "apellido"],
  ["nombres"],
  ["nombre", "completo"],
  ["sobrenome"],
  ["nome", "completo"],
  // Brazil's chosen name of a person (a field of the national patient record), and its English and Spanish spellings.
  ["nome", "social"],
  ["social", "name"],
  ["nombre", "social"],
  ["primeiro", "nome"],
  ["último", "nome"],
  ["ultimo", "nome"],
  ["prenom"],
  ["prénom"],
  ["prenoms"],
  ["prénoms"],
  ["nom", "de", "famille"],
  ["nom", "famille"],
  ["nom", "complet"],
  ["nom", "de", "naissance"],
  ["cognome"],
  ["vorname"],
  ["vornamen"],
  ["nachname"],
  ["familienname"],
  ["geburtsname"],
  ["voornaam"],
  ["voornamen"],
  ["achternaam"],
  ["roepnaam"],
  ["geslachtsnaam"],
];

/** The word for "name" itself, which names a file, a product or a hospital as often as a person (as English `name`
 *  does): read as a person's only beside a person's other keys. */
const GENERIC_SPELLINGS: readonly string[] = ["nombre", "nome", "nom", "naam"];

const fold = (key: string) => key.toLowerCase().replace(/[_.\-\s]/g, "");
const FOLDED = new Set(PERSON_SPELLINGS.map((words) => words.join("")));
const GENERIC = new Set(GENERIC_SPELLINGS);
/** Longer keys are no spelling here (the longest, `nom_de_naissance`, has 16 characters) and are not lowered. */
const MAX_KEY = 32;

/** Whether a JSON or form key names a person's given or family name in another language, whatever its case and its
 *  `_`, `-`, `.` or blanks between words. */
export const isPersonNameKey = (key: string) => key.length <= MAX_KEY && FOLDED.has(fold(key));

/** Whether a key is another language's bare "name" (`nombre`, `nome`, `nom`, `naam`), in any case. */
export const isGenericNameKey = (key: string) => key.length <= MAX_KEY && GENERIC.has(key.toLowerCase());

/** A word lower case, with a capital first letter, or upper case (`nom`, `Nom`, `NOM`). */
const wordPattern = (word: string) => `(?:[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}|${word.toUpperCase()})`;

/** Keys spelt as words, as a regular-expression source for a key in text: words joined by nothing or one `_`, `.`, `-`
 *  (`primer_apellido`, `nomDeFamille`, `NOM-DE-FAMILLE`, .NET's `PatientName`). Alternatives only, no quantifier over
 *  a group: linear. */
export const keySource = (spellings: readonly (readonly string[])[]) =>
  spellings.map((words) => words.map(wordPattern).join("[_.-]?")).join("|");

/** The person keys as a regular-expression source for a key in text. */
export const PERSON_NAME_KEY_SOURCE = keySource(PERSON_SPELLINGS);

/** The bare "name" words as a source for a key in text (`Nom:`, `nombre=`). */
export const GENERIC_NAME_KEY_SOURCE = GENERIC_SPELLINGS.map(wordPattern).join("|");

/** The keys of one word that name only a person's name, lower case (`prénom`, `apellidos`, `vorname`): written as a
 *  label in prose (`Prénom: Jean`), the word is the label, never a name itself, and what follows it is a name. */
export const PERSON_LABEL_WORDS: ReadonlySet<string> = new Set(
  PERSON_SPELLINGS.filter((words) => words.length === 1).map(([word]) => word),
);

/** The bare "name" words, lower case: a label, never a name itself, whatever it names. */
export const NAME_WORDS: ReadonlySet<string> = GENERIC;
