// A person written in code: the test patient a reporter's program builds before the failing call. The field's name in
// the code's own syntax decides, never the value's shape, and only a string literal is taken (a variable, a call or a
// getter stays):
// - a setter or builder step named for the field: HAPI's `name.setFamily("Simpson").addGiven("Homer")`, a builder's
//   `.family("Doe").given("Jane")`, `setBirthDateElement(new DateType("1958-11-26"))`, `.setPostalCode("62704")`;
// - a key or member assigned or mapped to it: C#'s `Family = "Doe"`, `Given = new List<string> { "John" }` and
//   `Given = ["John"]`, Python's `family='Novotna'`, JavaScript's `given: ['Jane']`, PHP's `'family' => 'Doe'`, Go's
//   `Given: []string{"Ormond"}`, Rust's `given: vec!["…"]` and `family: Some("…")`, Java's
//   `put("birthDate", "1990-01-01")`;
// - an identifier's value beside its system (`.setSystem("http://acme.org/MRNs").setValue("7000135")`, `new
//   Identifier { System = "…", Value = "…" }`, or the value first), unless the statement builds an organisation's or a
//   place's identifier, which names nobody (as the FHIR JSON reader keeps an Organization's identifiers), or its value
//   is a generated `urn:uuid:`.
// A birth date keeps its year, as in FHIR JSON. Only lines holding a field's name are read, each pattern bounded by
// its line.
import type { ItemContext } from "./context";
import { eachCueLine } from "./detectors/line-of";
import { hasMoreThanYear, yearOnly } from "./fhir";
import { URN_UUID } from "./json";
import { lookupTable } from "~/lib/lookup-table";

const FIELD_TYPES = lookupTable<string>({
  family: "name",
  familyname: "name",
  lastname: "name",
  surname: "name",
  given: "name",
  givenname: "name",
  firstname: "name",
  middlename: "name",
  birthdate: "birth_date",
  birthdateelement: "birth_date",
  dateofbirth: "birth_date",
  postalcode: "postal_code",
  zipcode: "postal_code",
});

const FIELD_WORD = String.raw`(?:[Ff]amily_?[Nn]ame|[Gg]iven_?[Nn]ame|[Ff]amily|[Gg]iven|[Ff]irst_?[Nn]ame|[Ll]ast_?[Nn]ame|[Mm]iddle_?[Nn]ame|[Ss]urname|[Bb]irth_?[Dd]ate|[Dd]ate_?[Oo]f_?[Bb]irth|[Pp]ostal_?[Cc]ode|[Zz]ip_?[Cc]ode)`;
const CUE = new RegExp(String.raw`${FIELD_WORD}|[Ss]ystem`, "g");
/** A string literal's quote and body, on its line (no escapes read: a name or a date holds none). */
const LITERAL = String.raw`(["'])([^"'\n\\]{1,200})`;
/** A date format's literal before the call that parses with it (`new SimpleDateFormat("yyyy-MM-dd").parse(`). */
const PARSED_WITH = String.raw`["'][^"'\n\\]{1,40}["'][ \t]*\)[ \t]*\.\w{1,30}[ \t]*\([ \t]*`;
/** A call's opening (`Date.valueOf(`, `new DateType(`). */
const CALL_OPENING = String.raw`(?:new[ \t]+)?[\w.]{1,60}[ \t]*\([ \t]*`;
/** `.setFamily(` `.addGiven(` `.family(` `.setBirthDateElement(new DateType(`: the call, then its string; a birth date
 *  also inside a conversion (`Date.valueOf(`, `LocalDate.parse(`, `new SimpleDateFormat("…").parse(`) or two nested
 *  (`new DateType(sdf.parse(`, `Date.from(LocalDate.parse(`). */
const SETTER = new RegExp(
  String.raw`\.(?:set|add|with)?(${FIELD_WORD}(?:Element)?)[ \t]*\([ \t]*(?:(${CALL_OPENING})(${CALL_OPENING})?(?:${PARSED_WITH})?)?${LITERAL}\4`,
  "g",
);
/** A date's digits: what a conversion's literal holds when it is the date, not its format or a key. */
const DATE_DIGITS = /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/;
/** `Family = "…"`, `family='…'`, `given: ['…'`, `'family' => '…'`, `Given = new List<string> { "…"`,
 *  `put("birthDate", "…"`, a member assigned (`patient.birthDate = "…"`, `patient.name[0].given = ["…"]`): the key
 *  (bare or quoted), its separator, an optional collection opening, then a string. A key before `:` follows no
 *  letter, dot, dash or quote (`font-family: 'Arial'`, `name.family: …` read as themselves). A
 *  double-quoted key before a colon is JSON's, which the JSON readers judge with the resource around it. */
const KEYED = new RegExp(
  String.raw`(?:\bput\([ \t]*(["'])(${FIELD_WORD})\1[ \t]*,|(?:^|[^\w.$"'-]|[\w$\]]\.)(['"]?)(${FIELD_WORD})\3[ \t]*(?:=>|=(?!=))|(?:^|[^\w.$"'-])('?)(${FIELD_WORD})\5[ \t]*:(?!:))[ \t]*(?:new[ \t]*[\w.<>\[\]]{0,60}[ \t]*(?:\(\))?[ \t]*\{[ \t]*|\[\][\w.]{1,40}\{[ \t]*|(?:vec!)?\[[ \t]*|(?:listOf|arrayOf|List\.of|Arrays\.asList|list|c|Some)\([ \t]*)?${LITERAL}\7`,
  "g",
);
/** A collection opened right before the first string (`[`, `{`, `(`), then its quote. */
const OPENS_LIST = /[[{(][ \t]*["']$/;
/** A FHIR Shorthand rule line. */
const FSH_RULE = /^[ \t]*\*[ \t]/;
/** More strings of the same list: `, "…"`. */
const MORE = new RegExp(String.raw`[ \t]*,[ \t]*${LITERAL}\1`, "y");
/** `.setSystem("…").setValue("…")`, `System = "…", Value = "…"`, `system: '…', value: '…'`: the value's string. */
const IDENTIFIER = new RegExp(
  String.raw`(?:\.setSystem\([ \t]*${LITERAL}\1[ \t]*\)[ \t]*\.setValue\([ \t]*|\b[Ss]ystem[ \t]*[=:][ \t]*${LITERAL}\3[ \t]*,[ \t]*[Vv]alue[ \t]*[=:][ \t]*)${LITERAL}\5`,
  "g",
);
/** The same written value first: `.setValue("…").setSystem("…")`, `value: '…', system: '…'` (the system a string). */
const IDENTIFIER_VALUE_FIRST = new RegExp(
  String.raw`(?:\.setValue\([ \t]*${LITERAL}\1[ \t]*\)[ \t]*\.setSystem\(|\b[Vv]alue[ \t]*[=:][ \t]*${LITERAL}\3[ \t]*,[ \t]*[Ss]ystem[ \t]*[=:])[ \t]*(["'])(?!http:\/\/unitsofmeasure)`,
  "g",
);
/** An identifier that names an organisation or a place, by the statement that builds it. */
const PLACE_WORDS = /organi[sz]ation|location|facility|endpoint|device|healthcareservice/i;
/** How far back the statement building an identifier is read (a chain broken over a few lines). */
const STATEMENT_REACH = 400;

function personValue(value: string, type: string, ctx: ItemContext): string {
  if (type !== "birth_date" || !hasMoreThanYear(value)) return ctx.phi(value, type);
  const placeholder = ctx.phi(value, type);
  // Restored by the user: the value stays whole; otherwise its year stays readable.
  return ctx.sentinels.restore(placeholder) === value ? placeholder : ctx.keep(yearOnly(value));
}

function typeOf(word: string): string | undefined {
  return FIELD_TYPES[word.toLowerCase().replace(/_/g, "")];
}

/** The statement an identifier is built in, up to its value: from the last `;` before it (a C# initialiser's braces
 *  nest the identifier inside its resource's, so they do not end it). */
function buildsPlaceIdentifier(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - STATEMENT_REACH), at);
  return PLACE_WORDS.test(before.slice(before.lastIndexOf(";") + 1));
}

/** A replacement of [start, end) of a line. */
type Edit = [number, number, string];

function redactLine(text: string, start: number, end: number, ctx: ItemContext): string {
  const line = text.slice(start, end);
  const edits: Edit[] = [];
  const valueAt = (m: RegExpExecArray, value: string) => m.index + m[0].length - value.length - 1;
  for (const m of line.matchAll(SETTER)) {
    const type = typeOf(m[1].replace(/Element$/, ""));
    // Inside a call a birth date is the string holding a date (its format stays); any other field's string only in a
    // constructor (`new StringType("…")`): a call's (`config.get("family")`) may be a key.
    // Two nested calls only convert a date: another field's string there is some call's argument.
    if (m[3] !== undefined && type !== "birth_date") continue;
    if (m[2] !== undefined && (type === "birth_date" ? !DATE_DIGITS.test(m[5]) : !m[2].startsWith("new"))) continue;
    const at = valueAt(m, m[5]);
    if (type && m[5].length > 1) edits.push([at, at + m[5].length, personValue(m[5], type, ctx)]);
  }
  // FSH's rules (`* name.family = "…"`) are read by the FSH reader, with the instance around them.
  for (const m of FSH_RULE.test(line) ? [] : line.matchAll(KEYED)) {
    const type = typeOf(m[2] ?? m[4] ?? m[6]);
    if (!type) continue;
    const at = valueAt(m, m[8]);
    if (m[8].length > 1) edits.push([at, at + m[8].length, personValue(m[8], type, ctx)]);
    // The other strings of a list (`given: ['Jane', 'Q']`) are the same field's; after a lone string, a comma leads to
    // the next entry (`'family': 'Nguyen', 'given': …`).
    if (!OPENS_LIST.test(m[0].slice(0, m[0].length - m[8].length - 1))) continue;
    MORE.lastIndex = m.index + m[0].length;
    for (let n = 0, more = MORE.exec(line); more && n < 8; n++, more = MORE.exec(line)) {
      const from = MORE.lastIndex - more[2].length - 1;
      if (more[2].length > 1) edits.push([from, from + more[2].length, ctx.phi(more[2], type)]);
    }
  }
  for (const m of line.matchAll(IDENTIFIER)) {
    const at = valueAt(m, m[6]);
    // A Bundle's or a Composition's `urn:uuid:` identifier is a generated record id, kept as the JSON reader keeps it.
    if (m[6].length > 1 && !URN_UUID.test(m[6]) && !buildsPlaceIdentifier(text, start + at))
      edits.push([at, at + m[6].length, ctx.phi(m[6], "identifier")]);
  }
  for (const m of line.matchAll(IDENTIFIER_VALUE_FIRST)) {
    const [quote, value] = m[2] === undefined ? [m[3], m[4]] : [m[1], m[2]];
    const at = m.index + m[0].indexOf(quote + value + quote) + 1;
    if (value.length > 1 && !URN_UUID.test(value) && !buildsPlaceIdentifier(text, start + at))
      edits.push([at, at + value.length, ctx.phi(value, "identifier")]);
  }
  if (!edits.length) return line;
  edits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let pos = 0;
  for (const [from, to, replacement] of edits) {
    if (from < pos) continue;
    out += line.slice(pos, from) + replacement;
    pos = to;
  }
  return out + line.slice(pos);
}

/** The text with the person fields its code sets replaced. */
export function redactCodePersonFields(text: string, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  eachCueLine(text, CUE, Number.POSITIVE_INFINITY, (start, end) => {
    const redacted = redactLine(text, start, end, ctx);
    if (redacted === text.slice(start, end)) return;
    out += text.slice(pos, start) + redacted;
    pos = end;
  });
  return pos === 0 ? text : out + text.slice(pos);
}
