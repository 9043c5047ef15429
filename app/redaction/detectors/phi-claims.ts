// Identity claims written as key=value or key: value in prose — a decoded id_token pasted as
// `sub=jroe@example, displayName=Jane Roe, email=jroe@example`, a userinfo answer logged as `{ name: 'JANE ROE', … }`:
// the display name, given and family names, the e-mail and a login go. Names of things stay (`displayName=Demo User`,
// `name=growth-chart-app`). `name` alone names anything in a log; it is read as a person's name only next to other
// identity claims (within NEIGHBOURHOOD characters).
import { each, type PhiSpan } from "./phi-span";
import { NAME_SHAPE } from "./phi-name-shape";
import { isR4ResourceType } from "~/diagnosis/knowledge/fhir-r4";
import { LOGIN_KEYS, isNoLoginUnder, isPersonsLogin } from "./nobodys-login";
import { optionalString } from "./swift-optional";
import { collectorValueStart } from "../collector-values";
import { BIRTH_DATE_KEY_SOURCE } from "../birth-date-keys";
import { GENERIC_NAME_KEY_SOURCE, PERSON_NAME_KEY_SOURCE, isGenericNameKey, keySource } from "../person-name-keys";
import { CJK_LETTERS } from "./cjk-letters";
import { readsAsPersonsName } from "../display-names";

/** Keys that name a person's name whatever stands near them, other languages' among them (person-name-keys.ts), in
 *  any of the cases programs print them (`patient_name`, `patientName`, .NET's `PatientName` in an exception's `Data`). */
const PATIENTS_NAME_KEYS = `${keySource([
  ["patient", "name"],
  ["member", "name"],
  ["subscriber", "name"],
])}|${PERSON_NAME_KEY_SOURCE}`;
/** A display name, in any case (`displayName`, `DisplayName`, `DISPLAY_NAME=`, `Display-Name:`), is as often an
 *  app's, a product's or a group's (PowerShell's Format-List of a service principal, an env file, an app registration):
 *  a person's beside other identity claims, or when the value reads as a person's name. */
const DISPLAY_NAME_KEYS = keySource([["display", "name"]]);
const DISPLAY_NAME_KEY = new RegExp(`^(?:${DISPLAY_NAME_KEYS})$`);
const PERSONS_NAME_KEYS = `${DISPLAY_NAME_KEYS}|${PATIENTS_NAME_KEYS}`;
/** The bare "name" in English and other languages (`nombre`, `Nom`) is read only next to other identity claims. */
const NAME_KEYS = `${PERSONS_NAME_KEYS}|${GENERIC_NAME_KEY_SOURCE}|name|email|sub`;
/** Logins, in any case (`Username:`, `USERNAME=`, a directory's `sAMAccountName:`): one token, whatever it holds (a
 *  role or test account aside). An OpenID `nickname` is read the same way: the casual name a provider fills with the
 *  login or the e-mail's local part (`{nickname: jroe, …}`, a userinfo answer printed as a Dart map). */
const LOGIN_KEY_ALTERNATIVES = [...LOGIN_KEYS, "nickname"].join("|");
/** What stands between a claim's key and its value: `=`, `:`, or a CJK log's full-width colon `：`. */
export const CLAIM_SEPARATORS = ["=", ":", "："];
/** A claim key (after a letter-less start: `_firstName`, a private field, counts), an optional closing quote (JSON,
 *  util.inspect), a separator, then an optional opening quote. */
const claimAt = (keys: string, flags: string) =>
  new RegExp(`(?<![A-Za-z0-9])(${keys})(["']?)[ \\t]{0,2}[${CLAIM_SEPARATORS.join("")}][ \\t]{0,2}(["']?)`, flags);
const CLAIM = claimAt(NAME_KEYS, "g");
/** Where a person lives, under its own key in a record (a printed entity, a userinfo map): a city's words, or a postal
 *  code's one token. Read only near an identity claim, as `name` is: `city=Frankfurt` alone in a log names a place. */
const CITY_KEYS = "city|town|address_city|addressCity|locality";
const POSTAL_KEYS =
  "postal_code|postalCode|postcode|post_code|zip|zipcode|zip_code|zipCode|address_postal_code|address_zip";
/** A person's account id at a provider, under a key that says so (WeChat's `openid` and `unionid`). */
const ACCOUNT_ID_CLAIM = claimAt("openid|unionid|open_id|union_id|openId|unionId", "g");
/** The id itself: 16 to 64 letters, digits, `-` or `_`, digits and letters both (`openid: true`, a scope, stays). */
const ACCOUNT_ID = /^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{16,64}$/;
const ADDRESS_CLAIM = claimAt(`${CITY_KEYS}|${POSTAL_KEYS}`, "g");
const POSTAL_KEY = new RegExp(`^(?:${POSTAL_KEYS})$`);
/** A postal code: 3 to 10 letters and digits, digits among them, perhaps one blank or dash inside. */
const POSTAL_CODE = /^(?=[A-Za-z0-9 -]*\d)[A-Za-z0-9]{2,6}(?:[ -][A-Za-z0-9]{2,4})?$/;
const LOGIN_CLAIM = claimAt(LOGIN_KEY_ALTERNATIVES, "gi");
/** OpenID Connect's `formatted` address, under `:`, `=` or Ruby's `=>`, quoted or not. */
const FORMATTED_CLAIM = /(?<![A-Za-z0-9])formatted(["']?)[ \t]{0,2}(?:=>|[=:])[ \t]{0,2}(["']?)/g;
/** The text before it opens an object under a person's `address` key (`'address': {`, `:address=>{`,
 *  `home_address=Address(`, `mailingAddress: {`) that no brace has closed since: the `formatted` is the address's, not
 *  a date's or an amount's. A machine's or a mailbox's address (`mac_address`, `remote_address`, `email_address`) is
 *  none. */
const UNDER_ADDRESS =
  /(?<![A-Za-z0-9_-])(?:(?:home|mailing|postal|street|residential|physical|permanent|current|billing|shipping|patient|customer|user|contact)[_-]?)?address["']?[ \t]{0,2}(?:=>|[=:])[ \t]{0,2}(?:\{|[A-Za-z]{0,20}\()[^{}()]*$/i;
/** How far back the `address` key is looked for, and how long a formatted address is read. */
const ADDRESS_LOOKBACK = 240;
const MAX_FORMATTED = 300;
/** The claims (and a patient record's keys) that make a `name` next to them a person's name. A display name is not
 *  among them: it is judged by them, as `name` is (each would otherwise vouch for itself). */
const IDENTITY = new RegExp(
  `\\b(?:${PATIENTS_NAME_KEYS}|email|sub|${LOGIN_KEY_ALTERNATIVES}|fhirUser|iss|aud|patientId|patient_id|mrn|${BIRTH_DATE_KEY_SOURCE}|gender|ssn|phone|phone_number|phoneNumber)["']?[ \\t]{0,2}[=:]`,
  "g",
);
const NEIGHBOURHOOD = 240;
/** Words that make a display name a role, a test account or no value, not a person. */
const NOT_A_PERSON =
  /\b(?:user|admin|administrator|demo|test|service|system|account|client|app|bot|guest|null|undefined|none|unknown|string|example)\b/i;
const UPPER_WORD = /^\p{Lu}+(?:['’-]\p{Lu}+)*$/u;
const LOWER_WORD = /^\p{Ll}+(?:['’]\p{Ll}+)*$/u;
/** A word in a script written without capitals (Chinese, Japanese, Korean): a name of 1 to 12 such characters, its
 *  family and given names glued (`王小明`) or apart (`東浜 蘆村`). */
const CJK_WORD = new RegExp(`^[${CJK_LETTERS}]{1,12}$`, "u");
/** Characters that end an unquoted value's word. */
const STOP = new Set([...' \t\r\n,;&`"=<>{}[]()|:']);
const MAX_WORDS = 4;
const MAX_WORD = 40;

type Case = "title" | "upper" | "lower" | "cjk";

function caseOf(word: string): Case | undefined {
  if (CJK_WORD.test(word)) return "cjk";
  if (word.length < 2) return undefined;
  if (NAME_SHAPE.test(word)) return "title";
  if (UPPER_WORD.test(word)) return "upper";
  if (LOWER_WORD.test(word)) return "lower";
  return undefined;
}

/**
 * The end of the name that starts at `start`: words of one case (a capital initial may stand between Title-case
 * words), separated by one or two blanks, up to MAX_WORDS, stopping before a word that is a key (`family_name=`) or
 * at the closing quote. -1 when the first word is not name-shaped.
 */
function nameEnd(text: string, start: number, quote: string): number {
  let i = start;
  let end = -1;
  let style: Case | undefined;
  for (let n = 0; n < MAX_WORDS; n++) {
    let j = i;
    while (j < text.length && j - i <= MAX_WORD && !STOP.has(text[j]) && text[j] !== quote) j++;
    // An unquoted word ends before a closing apostrophe (`name='x'` is read as quoted; `O'Brien` keeps its own).
    const word = text.slice(i, j);
    if (j - i > MAX_WORD || text[j] === "=" || (text[j] === ":" && text[j + 1] !== ":")) break;
    const initial = style === "title" && /^\p{Lu}\.?$/u.test(word);
    const c = initial ? style : caseOf(word);
    // A quoted value whose CJK words sit beside words of another script (`"患者 App"`) names a thing, not a person.
    if ((style === "cjk" || c === "cjk") && c !== style && style && (quote === '"' || quote === "'")) return -1;
    if (!c || (style && c !== style)) break;
    style = c;
    end = j;
    // One or two blanks, then the next word (or the end of the name). Inside quotes, a comma with or without a blank
    // too: the quoted value is one name written `Last, First` ("SMART, NANCY", "SMART,NANCY" as Cerner logs it).
    let k = j;
    if (text[k] === "," && (quote === '"' || quote === "'")) k++;
    while (k < text.length && k - j < 2 && (text[k] === " " || text[k] === "\t")) k++;
    if (k === j || k === text.length || text[k] === " " || text[k] === "\t") break;
    i = k;
  }
  if (end < 0) return -1;
  if (NOT_A_PERSON.test(text.slice(start, end))) return -1;
  // A FHIR resource type alone (`name=[Patient]` beside `sub=[Patient/12724066]`) names a kind of record, nobody.
  if (isR4ResourceType(text.slice(start, end))) return -1;
  return end;
}

/** Positions of the identity claims in `text` other than `name`, ascending. */
function identityClaims(text: string): number[] {
  const at: number[] = [];
  each(IDENTITY, text, (m) => at.push(m.index));
  return at;
}

/** Is there an identity claim within NEIGHBOURHOOD characters of `index`? `at` ascending; `from` a cursor into it. */
function near(at: number[], from: { i: number }, index: number): boolean {
  while (from.i < at.length && at[from.i] < index - NEIGHBOURHOOD) from.i++;
  return from.i < at.length && at[from.i] <= index + NEIGHBOURHOOD;
}

/** Whether the name-shaped words at `start` read as a person's name, not an app's, a product's or a team's. */
function readsAsName(text: string, start: number, quote: string): boolean {
  const end = nameEnd(text, start, quote || "\n");
  return end > start && readsAsPersonsName(text.slice(start, end).replace(/[ \t]+/g, " "));
}

/** Where the one-token value starting at `start` ends (a blank, a separator or a quote ends it; 256 at most). */
function tokenEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 256 && !STOP.has(text[end]) && text[end] !== "'") end++;
  return end;
}

/** The word glued before a key by `_` or `-` (`app` of `app_name`), or "" when the key stands alone. */
function compoundPrefix(text: string, keyStart: number): string {
  const glue = text[keyStart - 1];
  if (glue !== "_" && glue !== "-") return "";
  let i = keyStart - 1;
  while (i > 0 && keyStart - i < 40 && /[A-Za-z0-9]/.test(text[i - 1])) i--;
  return text.slice(i, keyStart - 1);
}
/** The words before `_name` that make it a person's name. */
const PERSON_PREFIX =
  /^(?:f|l|m|fn|ln|first|last|middle|given|family|full|sur|fam|pt|patient|member|subscriber|user|customer|contact|owner|holder|legal|nick|doctor|physician|practitioner|guardian|parent|mother|father|spouse|beneficiary|insured|policyholder|recipient|sender|employee|student|person|real|maiden|emergency|birth|caller|author|reporter|requester|assignee)$/i;

/** The values of one parameter a servlet's parameter map prints in its array, at most. */
const MAX_ARRAY_VALUES = 16;

/** Where a claim's value starts and the quote that closes it: after the key's separator, or inside Swift's
 *  `Optional("…")` (`name: Optional("Jane Roe")`, a userinfo object printed by an iOS app) or the Collector's
 *  `Str(…)` (`-> user.name: Str(Jane Roe)`). */
function valueOf(text: string, m: RegExpExecArray): { start: number; quote: string } {
  const start = m.index + m[0].length;
  const wrapped = m[3] ? null : optionalString(text, start);
  if (wrapped) return { start: wrapped.start, quote: wrapped.quote[wrapped.quote.length - 1] };
  const typed = m[3] ? -1 : collectorValueStart(text, start);
  if (typed >= 0) return { start: typed, quote: ")" };
  // A servlet's parameter map as Java prints it (MockMvc's `Parameters = {nickname=[jroe], …}`): the value inside
  // its one-element array. A placeholder already there (`[REDACTED:…]`) is no value.
  if (!m[3] && text[start] === "[" && /[^\s[\]]/.test(text[start + 1] ?? "") && !text.startsWith("[REDACTED:", start))
    return { start: start + 1, quote: "]" };
  return { start, quote: m[3] };
}

/** A claim's key matches the quote after it (`"name":` or `'name':`), if any. */
const quotesMatch = (text: string, m: RegExpExecArray) => !m[2] || text[m.index - 1] === m[2];

export function findClaimValues(text: string, out: PhiSpan[]) {
  // Every claim is a key, then a separator (claimAt): a text with none (a sentence, a word) holds no claim.
  if (!CLAIM_SEPARATORS.some((sep) => text.includes(sep))) return;
  let claims: number[] | undefined;
  const cursor = { i: 0 };
  each(CLAIM, text, (m) => {
    const key = m[1];
    // A quote after the key must match one before it (`"name":` or `'name':`), and an opening quote its closing one.
    if (!quotesMatch(text, m)) return;
    const { start, quote } = valueOf(text, m);
    // `key=` then a blank is an empty value on a command line (`findscu -k PatientName= PACSPROD`): the next word is
    // another argument, not the name.
    if (!quote && text[m.index + key.length] === "=" && /[ \t]/.test(text[m.index + key.length + 1] ?? "")) return;
    if (key === "email" || key === "sub") {
      // One token holding "@" (sub=demo, a UUID or a hash stays).
      const end = tokenEnd(text, start);
      if (end - start >= 3 && text.slice(start, end).includes("@")) out.push({ start, end, type: "email" });
      return;
    }
    const display = DISPLAY_NAME_KEY.test(key);
    if (key === "name" || isGenericNameKey(key) || display) {
      // `app_name=`, `file_name=` name things; `customer_name=`, `nick_name=` name people.
      if (compoundPrefix(text, m.index) && !PERSON_PREFIX.test(compoundPrefix(text, m.index))) return;
      claims ??= identityClaims(text);
      if (!near(claims, cursor, m.index) && !(display && readsAsName(text, start, quote))) return;
    }
    // A key written as a form's label (`Vorname:`, `Prénom:`, `Surname:`) before unquoted lower-case words is a
    // validation message's field (`Feld Vorname: darf nicht leer sein`), not a person's name on record.
    if (!quote && /^\p{Lu}/u.test(key) && /^\p{Ll}/u.test(text[start] ?? "")) return;
    const end = nameEnd(text, start, quote || "\n");
    if (end > start) out.push({ start, end, type: "name" });
  });
  each(ACCOUNT_ID_CLAIM, text, (m) => {
    if (!quotesMatch(text, m)) return;
    const { start } = valueOf(text, m);
    const end = tokenEnd(text, start);
    if (ACCOUNT_ID.test(text.slice(start, end))) out.push({ start, end, type: "id_number" });
  });
  const addressCursor = { i: 0 };
  each(ADDRESS_CLAIM, text, (m) => {
    if (!quotesMatch(text, m)) return;
    claims ??= identityClaims(text);
    if (!near(claims, addressCursor, m.index)) return;
    const { start, quote } = valueOf(text, m);
    if (POSTAL_KEY.test(m[1])) {
      let end = start;
      while (end < text.length && end - start < 12 && /[A-Za-z0-9 -]/.test(text[end])) end++;
      while (end > start && text[end - 1] === " ") end--;
      if (POSTAL_CODE.test(text.slice(start, end))) out.push({ start, end, type: "postal_code" });
      return;
    }
    const end = nameEnd(text, start, quote || "\n");
    if (end > start) out.push({ start, end, type: "street_address" });
  });
  each(FORMATTED_CLAIM, text, (m) => {
    if (m[1] && text[m.index - 1] !== m[1]) return;
    if (!UNDER_ADDRESS.test(text.slice(Math.max(0, m.index - ADDRESS_LOOKBACK), m.index))) return;
    const start = m.index + m[0].length;
    const quote = m[2];
    let end = start;
    // Quoted: to the closing quote. Unquoted: to the object's end, or a comma not followed by a postal code or a number.
    while (end < text.length && end - start < MAX_FORMATTED && text[end] !== "\n") {
      if (quote ? text[end] === quote : "}),".includes(text[end]) && !/\d/.test(text[end + 2] ?? "")) break;
      end++;
    }
    while (end > start && text[end - 1] === " ") end--;
    if (end - start >= 4 && /\d/.test(text.slice(start, end))) out.push({ start, end, type: "street_address" });
  });
  each(LOGIN_CLAIM, text, (m) => {
    if (!quotesMatch(text, m)) return;
    const value = valueOf(text, m);
    let start = value.start;
    for (let n = 0; n < MAX_ARRAY_VALUES; n++) {
      const end = tokenEnd(text, start);
      const login = text.slice(start, end);
      if (login.length >= 3 && login.includes("@")) out.push({ start, end, type: "email" });
      // A URL or a path (`login: https://…/login`) is where one logs in, not who.
      else if (isPersonsLogin(login) && !isNoLoginUnder(m[1], login) && text[end] !== ":" && text[end] !== "/")
        out.push({ start, end, type: "user_name" });
      // A parameter map's array holds every value of a repeated parameter (`nickname=[jroe, jroe2]`).
      if (value.quote !== "]" || text[end] !== ",") break;
      start = end + 1;
      while (text[start] === " ") start++;
    }
  });
}
