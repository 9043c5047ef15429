// Timestamps of examples, read as people write them — ISO 8601 and its log and SQL relatives, the HTTP Date header,
// e-mail and forum dates (`Tue, 29 Jul 2025 10:22:10 -0500`, `Jul 29, 2025, 3:22 PM CDT`), a browser console's
// Date.toString(), epoch seconds or milliseconds — and stored as ISO 8601 UTC. The time may sit inside the line it was
// copied with (a log line, a mail's "On … wrote:", a JSON member): the first date in it is read. A form that does not
// name one instant (no zone, a numeric date that reads both ways, a zone abbreviation with several meanings, a range,
// two different times on the line, epoch digits labelled as an id or a token claim) gets a message saying how to
// write it, never a guess.
import { MAX_TIMESTAMP_TEXT } from "./limits";
import { readZone, usDaylight, type ZoneReading } from "./time-zones";

/**
 * `noZone`: a date and time read whole, but with no zone (what TIMESTAMP_NO_TIMEZONE reports). `note`: how the
 * instant was read when the text could be taken another way (EST written on a summer date), for the user to check.
 */
export type TimestampResult = { ok: true; iso: string; note?: string } | { ok: false; message: string; noZone?: true };

/** ISO 8601 UTC with whole seconds (`2025-07-28T15:21:14Z`), milliseconds kept only when given. */
export function toIsoUtc(date: Date): string {
  return date.toISOString().replace(".000Z", "Z");
}

/**
 * A label pasted with the value ("Timestamp (UTC): …", "Date/time of the example" and, on the next line, ": …",
 * Postman's "Date →…", a JSON, Perl or YAML key `"lastUpdated": `, `'updated_time' => `) — letters, spaces, `/` and
 * a parenthesised note, maybe quoted, then a separator; or the separator alone. Digits never appear in it, so an ISO
 * time's own colons are not taken for a label's.
 */
const PASTED_LABEL = /^(?:(['"]?)[A-Za-z][A-Za-z _/-]{0,40}\1(?:\s*\([A-Za-z ]{1,20}\))?)?\s*(?:[:→]|=>?)\s*/;
/**
 * A label naming an id (`X-Request-Id`, `opc-request-id`, `correlationId`) or a token's claim (`iat`, `exp`, `nbf`,
 * `auth_time`, `expires_at`): its digits are no time of the example, even when they look like epoch seconds.
 */
const ID_OR_CLAIM = /(?:id|request|correlation|trace|span|iat|exp|expires|expiry|nbf|auth_time|expires_at)\W*$/i;
/** A time written before its date, as notices do: `4:09 p.m. CT on April 6, 2022`. */
const TIME_FIRST = /^\d{1,2}:\d{2}\b/;

/** A value in the quotes of a key's value (`"…",`, `'…',`). */
const ENCLOSED = /^(?:"([^"]*)"|'([^']*)')[,;]?$/;
/** FHIR XML writes every date as an attribute: `<lastUpdated value="…"/>`; other XML as an element's text. */
const XML_VALUE = /^<[A-Za-z]\w{0,40}\s+value="([^"]*)"\s*\/?>$/;
const XML_TEXT = /^<([A-Za-z][\w.:-]{0,40})>([^<]*)<\/\1>$/;
/**
 * The date of unix `date` and Java's `Date.toString()`, which write the year after the time and its zone (`Tue Jan
 * 10 17:55:22 EST 2023`, `Thu Jun  1 07:14:33 PM CEST 2023`): read once put in the order of the date forms.
 */
const YEAR_LAST =
  /(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? ([a-z]{3,9}) (\d{1,2}) (\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?[ap]m)?) ([a-z]{1,5}) (\d{4})(?!\d)/gi;
/**
 * What a line writes after its time and zone: a log message (`: ERROR/MainProcess`, `] "GET …`, ` | …`, ` [ERROR]
 * …`), the quote or brace that closes a JSON value, a sentence going on (`, Gautam wrote:`), another zone for the same
 * instant (` or 1:00 p.m. GMT`), or the second time of a range.
 */
const AFTER_ZONE = /:\s|\s\[|[\]|"'`}]|,\s?(?=[^\d\s])|\sor\s|\s[-–—]\s\d|\s(?:to|until|till|through)\s\d/i;
/** A second time after the first (`10:00 – 11:00 UTC`, `from 9:00 until 17:00`): a range names no single instant. */
const RANGE = /^\s(?:[-–—]|to|until|till|through)\s\d/i;

// Each date form captures year, month, day — named, as the forms put them in different orders.
const WEEKDAY = String.raw`(?:[a-z]{3,9}\.?,?\s+)?`;
const ORDINAL = "(?:st|nd|rd|th)?";
const DATE_END = String.raw`(?=$|[\sT,])`;
// Sticky, tried at each place a date may start (DATE_START); white space is one blank by then (normaliseTimestamp),
// so every form matches a bounded length.
const DATE_FORMS: RegExp[] = [
  new RegExp(String.raw`(?<y>\d{4})([-/.])(?<m>\d{1,2})\2(?<d>\d{1,2})${DATE_END}`, "iy"),
  new RegExp(
    String.raw`${WEEKDAY}(?<d>\d{1,2})${ORDINAL}[\s-]+(?<mon>[a-z]{3,9})\.?,?[\s-]+(?<y>\d{4})${DATE_END}`,
    "iy",
  ),
  new RegExp(String.raw`${WEEKDAY}(?<mon>[a-z]{3,9})\.?\s+(?<d>\d{1,2})${ORDINAL},?\s+(?<y>\d{4})${DATE_END}`, "iy"),
  new RegExp(String.raw`(?<a>\d{1,2})([/.-])(?<b>\d{1,2})\2(?<y>\d{4})${DATE_END}`, "y"),
  // The access log's `07/Jun/2020:19:16:20 -0700` (Apache, nginx): the time follows a colon.
  /(?<d>\d{1,2})\/(?<mon>[a-z]{3})\/(?<y>\d{4})(?=:\d)/iy,
];
/**
 * Where a date may start: a digit not inside a number, or a letter (a forum glues its date to the author's name:
 * `Rohit SinghDec 31 2025`, so a month may start inside a word — a word that is no month is passed over).
 */
const DATE_START = /(?<![\d.:])\d|[a-z]/gi;
// Milliseconds after a colon too: `08:42:54:087` (Apache HttpClient's log).
// The blank after the time is its meridiem's only: a log's `[thread]` right after the time stays what follows it.
// An hour alone is a time with its meridiem only (`3pm`, `3 PM`), as people say it.
const TIME =
  /^(?:T|:|,?\s*(?:at\s+)?)(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9})|:(\d{3})(?!\d))?)?)?(?:\s*([ap])\.?m\.?(?![a-z]))?/i;
/** Seconds (maybe with a fraction, as Slack and DynamoDB write them) or milliseconds since 1970, then its key's end. */
const EPOCH = /^(\d{10}(?:\d{3})?)(?:\.\d{1,6})?(?:[,;}]|$)/;
const EPOCH_FROM = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
const MONTHS = "january february march april may june july august september october november december".split(" ");

const NOT_REAL = "This is not a real date and time (check the month, day, hour and minute).";
const UNREADABLE =
  'Write the date and time with its zone: ISO 8601 (2025-07-28T15:21:14Z), the HTTP Date header form ("Mon, 28 Jul 2025 15:21:14 GMT") or e.g. "Jul 28, 2025 10:21 AM CDT".';
const NOT_THE_EXAMPLE =
  "This number is labelled as an id or a token claim, not as the time of the example: enter when the request was made, e.g. 2025-07-28T15:21:14Z.";
const NO_ZONE =
  "This time has no time zone, so support cannot match it to their logs. Add Z for UTC (e.g. 2025-07-28T15:21:14Z) or your offset (e.g. +02:00).";

type Refusal = Extract<TimestampResult, { ok: false }>;
const fail = (message: string): Refusal => ({ ok: false, message });
/** Minutes east of UTC as `−05:00`. */
const utcOffset = (minutes: number): string =>
  `${minutes < 0 ? "−" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
const WRITE_OFFSET = "write the offset instead (e.g. -05:00), or the time in UTC with Z.";

/** The month a word names (`Jul`, `July`, `Sept`), 1–12, or 0. */
function monthNamed(word: string): number {
  const w = word.toLowerCase();
  return w.length < 3 ? 0 : MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

/** Year, month and day of a date form's match, or a message when the order cannot be told. */
function dateOf(groups: Record<string, string | undefined>): [number, number, number] | string {
  const y = +groups.y!;
  if (groups.mon !== undefined) return [y, monthNamed(groups.mon), +groups.d!];
  if (groups.a === undefined) return [y, +groups.m!, +groups.d!];
  const [a, b] = [+groups.a, +groups.b!];
  if (a > 12) return [y, b, a];
  if (b > 12 || a === b) return [y, a, b];
  return "This date can be read as day/month or month/day: write it year first, e.g. 2025-07-28.";
}

/**
 * The value inside the quotes or XML attribute it was copied with; a log line's opening bracket (`[2024-… ] msg`,
 * `[01/Feb/2024:…]`) is dropped, its closing one ends the time (LOG_MESSAGE).
 */
function unwrapped(value: string): string {
  const enclosed = ENCLOSED.exec(value) ?? XML_VALUE.exec(value);
  if (enclosed) return (enclosed[1] ?? enclosed[2]).trim();
  const element = XML_TEXT.exec(value);
  if (element) return element[2].trim();
  return value.startsWith("[") ? value.slice(1) : value;
}

/** The first date in the text, with where it ends; a month-like word that names no month is passed over. */
function firstDate(value: string): { ymd: [number, number, number] | string; end: number } | null {
  for (const start of value.matchAll(DATE_START)) {
    for (const form of DATE_FORMS) {
      form.lastIndex = start.index;
      const date = form.exec(value);
      if (!date || (date.groups!.mon !== undefined && !monthNamed(date.groups!.mon))) continue;
      return { ymd: dateOf(date.groups!), end: form.lastIndex };
    }
  }
  return null;
}

/**
 * `<time> [zone] on <date>` as `<date> <time> [zone]`, and each year written after the zone put before the time: the
 * order the date forms read.
 */
function dateFirst(value: string): string {
  const on = value.toLowerCase().lastIndexOf(" on ");
  if (on > 0 && TIME_FIRST.test(value)) return `${value.slice(on + 4)} ${value.slice(0, on)}`;
  // Every such date, so a second one on the line is read too and the two instants are named, not the first stored.
  return value.replace(YEAR_LAST, (_, month, day, time, zone, year) => `${month} ${day}, ${year} ${time} ${zone}`);
}

/**
 * The zone written after a time, and what follows it in a log line or a sentence. Text that starts with a digit is no
 * zone (Google Groups glues its short date to the time: `11:57:57 AM5/28/21`): it asks for the zone.
 */
function zoneAndAfter(afterTime: string): { zone: string; after: string } {
  const end = AFTER_ZONE.exec(afterTime)?.index ?? afterTime.length;
  const zone = afterTime.slice(0, end).replace(/[.,;:!?]+$/, "");
  return { zone: /^\s*\d/.test(zone) ? "" : zone, after: afterTime.slice(end) };
}

/** A character of a log's source file, thread or level word, never of a zone. */
const LOG_WORD = /[.[\]#*@{}<>=|]/;
/** A log level right after the time (`10:32:53,882 INFO  [org…`): the line has no zone. */
const LOG_LEVEL = /^(?:trace|debug|info|notice|warn|warning|error|fatal|severe|critical)$/i;

/**
 * The zone at the start of what follows a time. Words after it that are no zone are the line's message
 * (`Z b3cd4ea3-… HEAD https://…`, `+00:00 heroku[router`): its first word decides when it is an offset or an
 * abbreviation; a message with no zone first (`DEBUG 3366 ---`) is no zone. A US name is only read whole, so
 * `Central European Time` is not taken for US Central.
 */
function zoneAfter(text: string): ZoneReading {
  const whole = readZone(text);
  const words = text.trim().split(" ");
  // A source file, a thread or a level in brackets (`t2.go:139`, `[pool-2-thread-1`) is a log's, never a zone.
  if (whole.kind === "unknown" && (LOG_WORD.test(words[0]) || LOG_LEVEL.test(words[0]))) return { kind: "none" };
  if (whole.kind !== "unknown" || words.length < 2) return whole;
  const first = readZone(words[0]);
  return first.kind === "offset" || first.kind === "ambiguous" || first.kind === "usStandard"
    ? first
    : { kind: "none" };
}

export function normaliseTimestamp(input: string): TimestampResult {
  const trimmed = input.trim();
  if (!trimmed) return fail("Enter the date and time of the example.");
  if (trimmed.length > MAX_TIMESTAMP_TEXT)
    return fail(
      `This text is too long to read a time from (over ${MAX_TIMESTAMP_TEXT} characters): paste only the line with the time.`,
    );
  const spaced = trimmed.replace(/\s+/g, " ");
  const label = PASTED_LABEL.exec(spaced)?.[0] ?? "";
  const value = dateFirst(unwrapped(spaced.slice(label.length)));
  const epoch = EPOCH.exec(value)?.[1];
  if (epoch) {
    if (ID_OR_CLAIM.test(label)) return fail(NOT_THE_EXAMPLE);
    // Seconds or milliseconds since 1970, from 2000 to tomorrow: a later one is a compact date (2025072815), no epoch.
    const ms = epoch.length === 10 ? +epoch * 1000 : +epoch;
    return ms >= EPOCH_FROM && ms <= Date.now() + DAY_MS ? { ok: true, iso: toIsoUtc(new Date(ms)) } : fail(UNREADABLE);
  }
  const first = zonedLater(value, readInstant(value));
  if (!first.ok) return first.noZone ? { ok: false, message: first.message, noZone: true } : fail(first.message);
  // A second instant on the line (a build stamp, Expires beside Date, a token's exp, a post's own date): which one is
  // the example's cannot be told, so both are named and the user picks — never the first one silently. A second time
  // with no zone is the same one when its clock reads the same second (a wrapper's stamp and the tool's own).
  const second = secondInstant(value.slice(first.end), first.local);
  if (second.ok ? second.iso !== first.iso : second.noZone && !sameSecond(second.local!, first.local))
    return fail(
      `This text names two different times (${first.iso} and ${second.ok ? second.iso : "another one"}): enter only the time of the example.`,
    );
  return first.note ? { ok: true, iso: first.iso, note: first.note } : { ok: true, iso: first.iso };
}

/** Two clock readings in the same second: one stamp may carry milliseconds the other drops. */
const sameSecond = (a: number, b: number): boolean => Math.floor(a / 1000) === Math.floor(b / 1000);

type Reading =
  (Refusal & { local?: number; end?: number }) | { ok: true; iso: string; note?: string; end: number; local: number };

/** A clock standing alone (not in an offset `+05:30`, an address `10.0.0.1:8080` or a longer time). */
const CLOCK = /(?<![\d:.+\-−])\d{1,2}:\d{2}(?!\d)/;

/**
 * A second instant after the first: a date and time, or a zoned clock alone, read on the first one's date
 * (`10:15 CDT / 16:15 UTC`, `10:15 AM CDT, retried 10:45 AM CDT`). A clock alone with no zone is no instant.
 */
function secondInstant(rest: string, firstLocal: number): Reading {
  if (firstDate(rest)) return readInstant(rest);
  const clock = CLOCK.exec(rest);
  if (!clock) return fail(UNREADABLE);
  const day = new Date(firstLocal);
  const ymd: [number, number, number] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const reading = clockOn(ymd, rest.slice(clock.index), clock.index);
  return reading.ok ? reading : fail(UNREADABLE);
}

/**
 * A log's own stamp with no zone, then the zoned time of what it logged at the same second (a Python log line quoting
 * a reply's `'Date': '… GMT'`): the zoned one names the instant.
 */
function zonedLater(value: string, first: Reading): Reading {
  if (first.ok || first.end === undefined) return first;
  const later = readInstant(value.slice(first.end));
  return later.ok && sameSecond(later.local, first.local!) ? { ...later, end: first.end + later.end } : first;
}

/**
 * The first instant in the text, where its time ends and its clock reading (`local`, ms as if UTC); or why it names
 * none, with the clock reading when only the zone is missing.
 */
function readInstant(value: string): Reading {
  const date = firstDate(value);
  if (!date) return fail(UNREADABLE);
  const { ymd } = date;
  if (typeof ymd === "string") return fail(ymd);
  const rest = value.slice(date.end);
  if (!rest.replace(/^[\s,.]+/, ""))
    return fail("Add the time of the example, with its zone: e.g. 2025-07-28T15:21:14Z.");
  return clockOn(ymd, rest, date.end);
}

/**
 * The instant of the clock at the start of `rest` on the date `ymd` (`rest` starts `from` characters into the text),
 * as readInstant gives it.
 */
function clockOn(ymd: [number, number, number], rest: string, from: number): Reading {
  const time = TIME.exec(rest);
  if (!time) return fail(UNREADABLE);
  const [y, mo, d] = ymd;
  const [, hh, mi = "0", ss = "0", decimals, colonMs, meridiem] = time;
  if (time[2] === undefined && !meridiem) return fail(UNREADABLE);
  const fraction = decimals ?? colonMs ?? "";
  let h = +hh;
  if (meridiem) {
    if (h < 1 || h > 12) return fail(NOT_REAL);
    h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  const local = new Date(Date.UTC(y, mo - 1, d, h, +mi, +ss, +fraction.padEnd(3, "0").slice(0, 3)));
  const real = mo >= 1 && local.getUTCMonth() === mo - 1 && local.getUTCDate() === d && h < 24 && +mi < 60 && +ss < 60;
  if (!real || y < 2000 || y > 2099) return fail(NOT_REAL);
  const written = zoneAndAfter(rest.slice(time[0].length));
  if (RANGE.test(written.after))
    return fail("This is a range, not one instant: enter the time of the example itself, e.g. 2025-07-28T15:21:14Z.");
  const zone = zoneAfter(written.zone);
  let offset: number;
  let note: string | undefined;
  switch (zone.kind) {
    case "none":
      return { ok: false, message: NO_ZONE, noZone: true, local: local.getTime(), end: from + time[0].length };
    case "ambiguous":
      return fail(`${zone.name} names more than one time zone: ${WRITE_OFFSET}`);
    case "unknown":
      return fail(`This time zone is not one this form knows: ${WRITE_OFFSET}`);
    case "offset":
      offset = zone.minutes;
      break;
    case "us": {
      // Daylight-saving dates were other ones before 2007; the hour the clocks change names no single instant.
      const daylight = y < 2007 ? "changing" : usDaylight(y, mo, d, h);
      if (daylight === "changing")
        return fail(`This zone's offset at that date and hour is not certain (the clocks change): ${WRITE_OFFSET}`);
      offset = zone.standardMinutes + (daylight ? 60 : 0);
      break;
    }
    case "usStandard":
      // Most people write EST, CST or PST for their local time all year; on a daylight-saving date that is the
      // daylight offset. Read so, and said, so a user who meant the standard offset can write it.
      offset = zone.standardMinutes;
      if (y >= 2007 && usDaylight(y, mo, d, h) === true) {
        offset += 60;
        note = `${zone.name} on a daylight-saving date, read as local time (${zone.daylightName}, UTC${utcOffset(offset)}); if you meant UTC${utcOffset(zone.standardMinutes)}, write that offset.`;
      }
  }
  const iso = toIsoUtc(new Date(local.getTime() - offset * 60_000));
  return { ok: true, iso, note, end: from + time[0].length, local: local.getTime() };
}
