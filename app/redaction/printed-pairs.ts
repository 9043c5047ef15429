// Objects printed by programs, pasted instead of JSON: the key–value pairs of PHP's print_r (`[access_token] => …`)
// and var_dump (`["access_token"]=> string(34) "…"`, the string on the same line or the next), Ruby's inspect with
// hash rockets (`:email=>"…"`, `"email"=>"…"`), PHP's var_export (`'email' => '…'`), Go's %+v and %#v
// (`&{Name:Jane Roe Login:jroe}`, `&oauth2.Token{AccessToken:"…"}`) and PowerShell's list view
// (`GivenName   : Jane`, colons in one column). Each pair is its key and where its value lies in the text; a nested object, an array or an empty value is no value.
// Ruby 3.4 (`{token: "…"}`) and Python (`{'token': '…'}`) print key: value pairs. The OpenTelemetry Collector's
// `debug` exporter prints each attribute on its own line as `-> key: Str(value)` (Int, Double, Bool, Slice, Map…);
// an OTLP/JSON attribute list cut out of a log (not JSON on its own) names it `"key": "…"`, its `"stringValue"` after.
// Erlang prints a proplist as tuples of binaries or atoms (`{<<"access_token">>,<<"…">>}`, `{scope,<<"…">>}`); the shell
// breaks a long tuple after its comma, the value's binary on the next line.
// Haskell's show prints a record as `Con {field = "…", other = Just "…", n = 3}`; a newtype around a string prints as
// its own record (`accessToken = AccessToken {atoken = "…"}`), whose string is the outer field's value. Kotlin and
// Python name their arguments the same way (`User(name = "…", email = "…")`).
// R's str() prints a list one element a line, the type before the value (` $ email: chr "…"`).
// Pairs that follow each other closely make one object (read together: a `name` beside an `email`).
// Every scan moves forward or is bounded (a value at most MAX_VALUE characters, a key at most 64): linear.

import { rTypedString } from "./r-typed-values";
import { COLLECTOR_TYPES } from "./collector-values";
import { recordString } from "./record-string";

export interface PrintedPair {
  /** The key as a program would name it in JSON: quotes, brackets, a Go or PowerShell field's capital gone. */
  key: string;
  /** The value's offsets in the text (its quotes left out). */
  start: number;
  end: number;
  /** Where a type tag printed before the value starts (R's `chr "`): no value itself, kept as it is. */
  tag?: number;
}

const MAX_VALUE = 4096;
/** Pairs further apart than this belong to different objects. */
const OBJECT_GAP = 300;
const MAX_PAIRS = 256;

/** print_r: `[key] => ` (a class member's `:protected` / `:Class:private` after the key). */
const PRINT_R = /\[([A-Za-z_][\w-]{0,63})(?::[\w\\]{1,64}){0,2}\] => ?/g;
/** var_dump: `["key"]=>`, then blanks (a line break too), then the value's type. */
const VAR_DUMP = /\["([^"\n]{1,64})"(?::[^\]\n]{1,64})?\]=>\s{0,80}?(?=\S)/g;
const VAR_DUMP_VALUE = /string\((\d{1,9})\) "|(?:int|float|bool)\(([^()\n]{1,40})\)/y;
/** Ruby: `:key=>` or `"key"=>` (Ruby 3.4 puts blanks around the rocket); PHP's var_export and a PHP array in code
 *  (Guzzle's `'form_params' => ['code' => '…']`), Perl's Data::Dumper: `'key' => '…'`. */
const RUBY = /(?<![\w:"'])(?::([A-Za-z_]\w{0,63}[?!]?)|"([^"\n]{1,64})"|'([^'\n]{1,64})') ?=> ?/g;
/** Ruby 3.4's inspect (`{access_token: "…", expires_in: 3600}`) and a Python dict (`{'password': '…'}`): a bare key
 *  with a double-quoted string, or a single-quoted key with a string in either quote, after `{` or `, `. Google Cloud's
 *  Logs Explorer copies an entry with two blanks there (`{  callerIp: "…",  callerSuppliedUserAgent: "…"`). */
const COLON_PAIR = /(?:\{ {0,2}|, {1,2})(?:'([^'\n]{1,64})'|([A-Za-z_]\w{0,63}[?!]?)): (?=["'])/g;
/** Go: a struct's `{` right before its first `Field:` (no blank: util.inspect writes `{ name:`). */
const GO_OPEN = /\{([A-Za-z_]\w{0,63}):(?![:/])/g;
/** Go: the next field of the struct, after a blank (%+v) or a comma and a blank (%#v). */
const GO_NEXT = /,? ([A-Za-z_]\w{0,63}):(?![:/])/y;
/** The Collector's `debug` exporter: `     -> enduser.id: Str(jroe)`, the value up to the line's last `)`. */
const COLLECTOR = new RegExp(`^[ \\t]*-> ([A-Za-z_][\\w./:@-]{0,127}): (?:${COLLECTOR_TYPES.join("|")})\\(`, "gm");
/** An OTLP attribute's key in text; its `"stringValue": "…"` follows within OTLP_WINDOW characters. */
const OTLP_KEY = /"key"[ \t]*:[ \t]*"([A-Za-z_][\w./:@-]{0,127})"/g;
const OTLP_VALUE = /"stringValue"[ \t]*:[ \t]*"/g;
const OTLP_WINDOW = 200;
/** Erlang: a tuple's binary or atom key, its comma, blanks (one line break at most), then the value's `<<"`. */
const ERLANG = /\{ ?(?:<<"([^"\n]{1,64})">>|([a-z][\w@]{0,63})) ?,[ \t]{0,40}(?:\r?\n[ \t]{0,40})?<<"/g;
/** Erlang's map (`#{<<"name">> => <<"…">>, birthdate => <<"…">>}`): a binary or atom key, `=>`, the value's `<<"`. */
const ERLANG_MAP = /(?:<<"([^"\n]{1,64})">>|(?<![\w@])([a-z][\w@]{0,63}))[ \t]{0,8}=>[ \t]{0,8}<<"/g;
/** Haskell, Kotlin, Python: a field after `{` or `(` or `, `, or first on its line after a line ending in one of
 *  them (Kotlin prints a data class one argument a line), then `=` (Python's keyword arguments have no blanks). */
const FIELD_EQUALS = /(?:[{(,][ \t]{0,8}\r?\n[ \t]{0,40}|[{(] ?|, )([a-z_][\w']{0,63}) ?= ?/g;
/** R's str(): ` $ key: `, the key padded to its colon, nested lists' elements after `..`; the type tag is read after. */
const R_STR = /^[ \t]*(?:\.\.[ \t]?){0,8}\$ ([A-Za-z_.][\w.]{0,63}) {0,40}: /gm;
/** PowerShell's list view: a property name, blanks, `: `, the value to the end of the line (read line by line). */
const LIST_LINE = /([A-Za-z_][\w.-]{0,63}) {1,40}: ([^\n]*)/y;
/** psql's expanded display (`\x`, `\gx`, Presto's `\G`) opens each record with `-[ RECORD 1 ]---+---`. */
const PSQL_RECORD = /-\[ RECORD \d{1,9} \]-*(?:\+-*)?[ \t\r]*$/my;
/** …then one line a column: its name padded to the bar, ` | `, the value. */
const PSQL_LINE = /([A-Za-z_][\w.$-]{0,63}) *\|(?: ([^\n]*))?$/my;
/** The MongoDB shell prints a date as `ISODate('…')` (mongosh, single quotes; the legacy shell's `"dob" : ISODate("…")`)
 *  or `new Date(…)`: the quoted string inside is the key's value. */
const MONGO_DATE =
  /(?:^|[{,])[ \t]*(?:"([^"\n]{1,64})"|'([^'\n]{1,64})'|([A-Za-z_$][\w$]{0,63})) ?: ?(?:ISODate|new Date|Date)\((?=["'])/gm;

/** mongosh prints a document one member a line, JavaScript's way (`    location: 'Surat',`): read where the shell's
 *  own types (`ObjectId(`, `ISODate(`) say a document was printed, so a YAML `key: 'v'` is not taken for one. */
const MONGO_LINE = /^[ \t]{1,40}([A-Za-z_$][\w$]{0,63}): (?=['"])/gm;
/** DynamoDB's typed attribute value (`'CUSTOMER_CITY' : {S: 'Mumbai'}`, the SDK's JavaScript; `"CUSTOMER_CITY":
 *  {"S": "Mumbai"}`, its JSON): the string inside the type's object is the key's value. */
/** What a DynamoDB typed string opens with (`{S:`, `{"S":`, `{ 'S' :`): the reader's gate. */
const DYNAMO_TYPE = /\{ ?(?:S|"S"|'S') ?:/;
const DYNAMO_STRING =
  /(?:"([^"\n]{1,64})"|'([^'\n]{1,64})'|([A-Za-z_$][\w$]{0,63})) ?: ?\{ ?(?:S|"S"|'S') ?: ?(?=["'])/g;

/** The pairs of the printed objects in `text`, object by object, in text order, none overlapping another. */
export function readPrintedPairs(text: string): PrintedPair[][] {
  const found: PrintedPair[] = [];
  if (text.includes("] =>")) readPrintR(text, found);
  if (text.includes("]=>")) readVarDump(text, found);
  if (text.includes("=>")) readRuby(text, found);
  if (text.includes("{")) readGo(text, found);
  if (text.includes(": ")) readColonPairs(text, found);
  if (text.includes(" : ")) readListView(text, found);
  if (text.includes("-> ")) readCollectorAttributes(text, found);
  if (text.includes('<<"')) readErlang(text, found);
  if (text.includes(" = ") || text.includes("='") || text.includes('="')) readFieldEquals(text, found);
  if (text.includes(': chr "')) readRStr(text, found);
  if (text.includes('"stringValue"')) readOtlpAttributes(text, found);
  if (text.includes("-[ RECORD ")) readExpandedRecords(text, found);
  if (text.includes("Date(")) readQuotedAfter(MONGO_DATE, text, found);
  if (text.includes("ObjectId(") || text.includes("ISODate(")) readQuotedAfter(MONGO_LINE, text, found);
  if (DYNAMO_TYPE.test(text)) readQuotedAfter(DYNAMO_STRING, text, found);
  if (found.length === 0) return [];
  found.sort((a, b) => a.start - b.start);
  const groups: PrintedPair[][] = [];
  let group: PrintedPair[] = [];
  let end = -1;
  for (const pair of found) {
    if (pair.start < end) {
      // The same value read by two readers, with its quotes (Go's `{S: 'Mumbai'}`) and without (DynamoDB's typed
      // value): the one without.
      const last = group[group.length - 1];
      if (last && pair.start === last.start + 1 && pair.end === last.end - 1) group[group.length - 1] = pair;
      continue;
    }
    if (group.length && (pair.start - end > OBJECT_GAP || group.length >= MAX_PAIRS)) {
      groups.push(group);
      group = [];
    }
    group.push(pair);
    end = pair.end;
  }
  groups.push(group);
  return groups;
}

/** Pushes the pair when its value is one: not empty, not a container, on one line, bounded. */
function push(found: PrintedPair[], key: string, text: string, start: number, end: number, tag?: number) {
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t" || text[end - 1] === "\r")) end--;
  if (end <= start || end - start > MAX_VALUE) return;
  found.push(tag === undefined ? { key, start, end } : { key, start, end, tag });
}

/** The end of the line that `from` is on. `seen` holds the last search (from, line end): no line break lies between,
 *  so a text read forward is searched once in all, not again from each pair of a line that does not end. */
function lineEnd(text: string, from: number, seen: { from: number; at: number }): number {
  if (from >= seen.from && from <= seen.at) return seen.at;
  const nl = text.indexOf("\n", from);
  seen.from = from;
  seen.at = nl < 0 ? text.length : nl;
  return seen.at;
}

function readCollectorAttributes(text: string, found: PrintedPair[]) {
  COLLECTOR.lastIndex = 0;
  const seen = { from: -1, at: -1 };
  for (let m = COLLECTOR.exec(text); m; m = COLLECTOR.exec(text)) {
    const start = m.index + m[0].length;
    const eol = lineEnd(text, start, seen);
    // The type's closing parenthesis ends the line; a value cut off (no `)`) runs to the line's end.
    const close = text[eol - 1] === ")" ? eol - 1 : text[eol - 2] === ")" && text[eol - 1] === "\r" ? eol - 2 : eol;
    push(found, m[1], text, start, close);
    COLLECTOR.lastIndex = Math.max(COLLECTOR.lastIndex, eol);
  }
}

function readOtlpAttributes(text: string, found: PrintedPair[]) {
  OTLP_KEY.lastIndex = 0;
  for (let m = OTLP_KEY.exec(text); m; m = OTLP_KEY.exec(text)) {
    const from = m.index + m[0].length;
    // The window ends at the next attribute's key: a `stringValue` past it is that attribute's.
    let window = text.slice(from, from + OTLP_WINDOW);
    const next = window.indexOf('"key"');
    if (next >= 0) window = window.slice(0, next);
    OTLP_VALUE.lastIndex = 0;
    const v = OTLP_VALUE.exec(window);
    if (!v) continue;
    const start = from + v.index + v[0].length;
    let end = start;
    while (end < text.length && end - start <= MAX_VALUE && text[end] !== '"' && text[end] !== "\n")
      end += text[end] === "\\" ? 2 : 1;
    if (text[end] === '"') push(found, m[1], text, start, end);
    OTLP_KEY.lastIndex = Math.max(OTLP_KEY.lastIndex, end);
  }
}

/** Does a printed container start at `i` (print_r's `Array`/`… Object` then a line break or ` (`)? */
const CONTAINER = /(?:Array|[\w\\]{1,64} Object)(?:\s*\(|\s*$)/y;

function readPrintR(text: string, found: PrintedPair[]) {
  PRINT_R.lastIndex = 0;
  const seen = { from: -1, at: -1 };
  let m = PRINT_R.exec(text);
  while (m) {
    const start = m.index + m[0].length;
    const eol = lineEnd(text, start, seen);
    // The next pair on the same line ends this value (one-line print_r); else the line does.
    PRINT_R.lastIndex = start;
    const next = PRINT_R.exec(text);
    let end = next && next.index < eol ? next.index : eol;
    CONTAINER.lastIndex = start;
    if (!CONTAINER.test(text)) {
      // The last value of a one-line print_r ends before its ` )`.
      if (end === eol && /\s\)\s*$/.test(text.slice(Math.max(start, eol - 8), eol)))
        end = text.lastIndexOf(")", eol - 1);
      push(found, m[1], text, start, end);
    }
    m = next;
  }
}

function readVarDump(text: string, found: PrintedPair[]) {
  VAR_DUMP.lastIndex = 0;
  const seen = { from: -1, at: -1 };
  for (let m = VAR_DUMP.exec(text); m; m = VAR_DUMP.exec(text)) {
    const at = m.index + m[0].length;
    VAR_DUMP_VALUE.lastIndex = at;
    const v = VAR_DUMP_VALUE.exec(text);
    if (!v) continue;
    if (v[2] !== undefined) {
      push(found, m[1], text, at + v[0].length - v[2].length - 1, at + v[0].length - 1);
      continue;
    }
    const start = at + v[0].length;
    const limit = Math.min(lineEnd(text, start, seen), start + MAX_VALUE + 1);
    // var_dump does not escape: the string is its length in UTF-8 bytes, else up to the line's last quote.
    const end = byteEnd(text, start, Number(v[1]), limit);
    const close = end >= 0 && text[end] === '"' ? end : text.lastIndexOf('"', limit - 1);
    if (close >= start) push(found, m[1], text, start, close);
    VAR_DUMP.lastIndex = Math.max(VAR_DUMP.lastIndex, close + 1);
  }
}

/** Where `bytes` UTF-8 bytes from `start` end (before `limit`); -1 if the line ends first. */
function byteEnd(text: string, start: number, bytes: number, limit: number): number {
  let i = start;
  for (let n = 0; n < bytes; i++) {
    if (i >= limit || i - start > MAX_VALUE) return -1;
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return i;
}

function readRuby(text: string, found: PrintedPair[]) {
  RUBY.lastIndex = 0;
  for (let m = RUBY.exec(text); m; m = RUBY.exec(text)) {
    const key = m[1] ?? m[2] ?? m[3];
    const start = m.index + m[0].length;
    if (text[start] !== '"' && text[start] !== "'") continue;
    const close = quotedEnd(text, start);
    if (close < 0) continue;
    push(found, key, text, start + 1, close);
    RUBY.lastIndex = close + 1;
  }
}

function readErlang(text: string, found: PrintedPair[]) {
  for (const pattern of [ERLANG, ERLANG_MAP]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const open = m.index + m[0].length - 1;
      const close = quotedEnd(text, open);
      // A binary ends with `">>`; anything else is not Erlang's.
      if (close < 0 || text[close + 1] !== ">" || text[close + 2] !== ">") continue;
      push(found, m[1] ?? m[2], text, open + 1, close);
      pattern.lastIndex = close + 1;
    }
  }
}

function readFieldEquals(text: string, found: PrintedPair[]) {
  FIELD_EQUALS.lastIndex = 0;
  for (let m = FIELD_EQUALS.exec(text); m; m = FIELD_EQUALS.exec(text)) {
    // The string itself (Python quotes with '), or one wrapped (`Just "…"`, a newtype's constructor and its field).
    const at = m.index + m[0].length;
    const w = text[at] === '"' || text[at] === "'" ? { start: at + 1 } : recordString(text, at);
    if (!w) {
      const bare = bareScalarEnd(text, at);
      if (bare > at) push(found, m[1], text, at, bare);
      continue;
    }
    const open = w.start - 1;
    const close = quotedEnd(text, open);
    if (close < 0) continue;
    push(found, m[1], text, open + 1, close);
    FIELD_EQUALS.lastIndex = close + 1;
  }
}

/** Java's and Kotlin's toString print a date or a number without quotes (`Patient{name='…', dateOfBirth=1983-08-15}`,
 *  `Member(id=4711, born=1983-08-15)`): such a value, up to the `,` `}` or `)` after it, joins its object, so a birth
 *  date or a record number tells the object is a person's. Any other bare word is code's (a variable), not a value.
 *  Returns the value's end, or `at` when there is none. Reads at most 40 characters. */
function bareScalarEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= 40 && !",})\n".includes(text[end])) end++;
  return end - at <= 40 && BARE_SCALAR.test(text.slice(at, end)) ? end : at;
}
const BARE_SCALAR =
  /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{3,20})$/;

function readRStr(text: string, found: PrintedPair[]) {
  R_STR.lastIndex = 0;
  for (let m = R_STR.exec(text); m; m = R_STR.exec(text)) {
    const tag = m.index + m[0].length;
    const typed = rTypedString(text, tag);
    if (!typed) continue;
    const open = typed.start - 1;
    const close = quotedEnd(text, open);
    if (close < 0) continue;
    push(found, m[1], text, open + 1, close, tag);
    R_STR.lastIndex = close + 1;
  }
}

function readColonPairs(text: string, found: PrintedPair[]) {
  COLON_PAIR.lastIndex = 0;
  for (let m = COLON_PAIR.exec(text); m; m = COLON_PAIR.exec(text)) {
    const start = m.index + m[0].length;
    // A bare key's string is Ruby's, in double quotes (`{ name: 'x' }` is JavaScript's util.inspect).
    if (m[2] !== undefined && text[start] !== '"') continue;
    const close = quotedEnd(text, start);
    if (close < 0) continue;
    push(found, m[1] ?? m[2], text, start + 1, close);
    COLON_PAIR.lastIndex = close;
  }
}

/** The closing quote of the backslash-escaped string opening at `open` on its line; -1 if none (then `stop.at` is
 *  where the search ended: the line's end, or MAX_VALUE characters on). */
function quotedEnd(text: string, open: number, stop = { at: 0 }): number {
  const q = text[open];
  let i = open + 1;
  for (; i < text.length && i - open <= MAX_VALUE; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === q) return i;
    else if (c === "\n") break;
  }
  stop.at = Math.min(i, text.length);
  return -1;
}

/** A Go field name as its JSON key: `AccessToken` → `accessToken` (an initialism such as `ID` stays). */
const fieldKey = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name);

const OPENERS = new Set(["{", "[", "("]);
const CLOSERS = new Set(["}", "]", ")"]);

function readGo(text: string, found: PrintedPair[]) {
  GO_OPEN.lastIndex = 0;
  // Past `floor` a struct's fields were read already (its nested structs are read on their own) or a scan found no
  // end; an opener before it is not read again.
  let floor = 0;
  const reach = { at: 0 };
  for (let m = GO_OPEN.exec(text); m; m = GO_OPEN.exec(text)) {
    if (m.index < floor) continue;
    let key = m[1];
    let i = m.index + m[0].length;
    // One field at a time: its value, then the next field or the struct's end.
    for (let fields = 0; fields < MAX_PAIRS; fields++) {
      // An empty field: the next one follows at once (`{Name: DisplayName: Login:jroe}`).
      GO_NEXT.lastIndex = i;
      const empty = GO_NEXT.exec(text);
      if (empty) {
        key = empty[1];
        i += empty[0].length;
        continue;
      }
      if (text[i] === " ") i++;
      const end = goValueEnd(text, i, reach);
      if (end < 0) {
        floor = Math.max(floor, reach.at);
        break;
      }
      const quoted = text[i] === '"' || text[i] === "`";
      const nested = OPENERS.has(text[i]) || /^[\w.*&]{1,64}[{[(]/.test(text.slice(i, i + 66));
      if (quoted) push(found, fieldKey(key), text, i + 1, end - 1);
      else if (!nested) push(found, fieldKey(key), text, i, end);
      GO_NEXT.lastIndex = end;
      const next = GO_NEXT.exec(text);
      if (!next) break;
      key = next[1];
      i = end + next[0].length;
    }
    GO_OPEN.lastIndex = Math.max(GO_OPEN.lastIndex, floor);
  }
}

/**
 * Where the field value starting at `i` ends: after its closing quote (quoted), or before the next field, the struct's
 * closing `}` or the line's end, brackets balanced (at most MAX_VALUE characters). -1 when the line ends inside it.
 */
function goValueEnd(text: string, i: number, reach: { at: number }): number {
  if (text[i] === '"' || text[i] === "`") {
    // An unclosed quote ends where the search did (its line's end): a struct on the next line is read.
    const close = quotedEnd(text, i, reach);
    return close < 0 ? -1 : close + 1;
  }
  let depth = 0;
  let j = i;
  for (; j < text.length && j - i <= MAX_VALUE; j++) {
    const c = text[j];
    if (c === "\n") {
      if (depth === 0) return j;
      break;
    }
    if (OPENERS.has(c)) {
      if (++depth > MAX_DEPTH) break;
    } else if (CLOSERS.has(c)) {
      if (depth === 0) return j;
      depth--;
    } else if (depth === 0 && c === '"') {
      // A struct printed inside a quoted log value (`token="&{AccessToken:…"`): the quote ends it.
      return j;
    } else if (depth === 0 && (c === " " || c === ",")) {
      GO_NEXT.lastIndex = j;
      if (GO_NEXT.test(text)) return j;
    }
  }
  reach.at = j;
  return -1;
}
const MAX_DEPTH = 8;

function readListView(text: string, found: PrintedPair[]) {
  let run: Array<{ key: string; start: number; end: number }> = [];
  let column = -1;
  const flush = () => {
    if (run.length >= 2) for (const line of run) push(found, fieldKey(line.key), text, line.start, line.end);
    run = [];
  };
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    const eol = nl < 0 ? text.length : nl;
    LIST_LINE.lastIndex = at;
    const m = LIST_LINE.exec(text);
    // The next line of the same list: right after the last one, its colon in the same column.
    if (m && m.index + m[0].length === eol) {
      const colon = m[0].length - m[2].length - 2;
      if (colon !== column) flush();
      run.push({ key: m[1], start: eol - m[2].length, end: eol });
      column = colon;
    } else {
      flush();
      column = -1;
    }
    at = eol + 1;
  }
  flush();
}

/** psql's expanded records: after a record's opening line, each line that is a column's name and its value, the bar in
 *  the same column on every line, up to the first line that is not one (a blank line, a prompt, the next record). */
function readExpandedRecords(text: string, found: PrintedPair[]) {
  let inRecord = false;
  let column = -1;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    const eol = nl < 0 ? text.length : nl;
    PSQL_RECORD.lastIndex = at;
    const opening = PSQL_RECORD.test(text);
    PSQL_LINE.lastIndex = at;
    const m = inRecord && !opening ? PSQL_LINE.exec(text) : null;
    if (m) {
      const bar = text.indexOf("|", at + m[1].length) - at;
      if (column < 0) column = bar;
      if (bar !== column) inRecord = false;
      else if (m[2] !== undefined) push(found, m[1], text, eol - m[2].length, eol);
    } else {
      inRecord = opening;
      column = -1;
    }
    at = eol + 1;
  }
}

/** Each quoted value that `re` stands right before (a mongosh member, a `Date("…")`, a DynamoDB `{S: "…"}`), under
 *  the key its first matched group names. A value with no closing quote is skipped; the search resumes after each. */
function readQuotedAfter(re: RegExp, text: string, found: PrintedPair[]) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const close = quotedEnd(text, start);
    if (close < 0) continue;
    push(found, m[1] ?? m[2] ?? m[3], text, start + 1, close);
    re.lastIndex = close;
  }
}
