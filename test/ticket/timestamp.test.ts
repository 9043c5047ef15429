// The date and time of an example, as people write it into the form: copied from a log, a header, a mail client, a
// browser console, or typed from memory in their own zone. Each form is read to the same instant support searches by;
// forms that cannot be read to one instant get a message that says how to write them.
import { describe, expect, it } from "vitest";
import { MAX_TIMESTAMP_TEXT } from "~/ticket/limits";
import { normaliseTimestamp } from "~/ticket/timestamp";

const iso = (input: string) => {
  const result = normaliseTimestamp(input);
  return result.ok ? result.iso : `error: ${result.message}`;
};
const message = (input: string) => {
  const result = normaliseTimestamp(input);
  return result.ok ? `ok: ${result.iso}` : result.message;
};

describe("normaliseTimestamp: the forms people paste", () => {
  it.each([
    // ISO 8601 and its common relatives (log lines, SQL, Java's comma before the milliseconds)
    ["2025-07-29T15:22:10Z", "2025-07-29T15:22:10Z"],
    ["2025-07-29T10:22:10.123-05:00", "2025-07-29T15:22:10.123Z"],
    ["2025-07-29 15:22:10 UTC", "2025-07-29T15:22:10Z"],
    ["2025-07-29 15:22:10,123 UTC", "2025-07-29T15:22:10.123Z"],
    ["2025-07-29 10:22:10 -0500", "2025-07-29T15:22:10Z"],
    ["2025/07/29 10:22:10 -05:00", "2025-07-29T15:22:10Z"],
    ["2025-07-29T17:22:10 GMT+2", "2025-07-29T15:22:10Z"],
    ["2025-07-29 3:22:10 PM UTC", "2025-07-29T15:22:10Z"],
    // HTTP Date header, e-mail (RFC 5322) dates, with and without the weekday
    ["Tue, 29 Jul 2025 15:22:10 GMT", "2025-07-29T15:22:10Z"],
    ["Date: Tue, 29 Jul 2025 15:22:10 GMT", "2025-07-29T15:22:10Z"],
    ["Tue, 29 Jul 2025 10:22:10 -0500", "2025-07-29T15:22:10Z"],
    ["29 Jul 2025 15:22 UTC", "2025-07-29T15:22:00Z"],
    ["29 July 2025, 17:22:10 CEST", "2025-07-29T15:22:10Z"],
    // Month first, as forums and US mail clients print it
    ["Jul 29, 2025, 3:22:10 PM UTC", "2025-07-29T15:22:10Z"],
    ["July 29, 2025 at 10:22 AM CDT", "2025-07-29T15:22:00Z"],
    ["July 29th 2025 10:22am EDT", "2025-07-29T14:22:00Z"],
    ["Dec 3, 2025 9:05 PST", "2025-12-03T17:05:00Z"],
    // A browser console's Date.toString()
    ["Tue Jul 29 2025 10:22:10 GMT-0500 (Central Daylight Time)", "2025-07-29T15:22:10Z"],
    // US zones by name, summer or winter by the US rule
    ["2025-07-29 10:22 Central", "2025-07-29T15:22:00Z"],
    ["2025-01-15 10:22 Central", "2025-01-15T16:22:00Z"],
    ["2025-07-29 11:22 ET", "2025-07-29T15:22:00Z"],
    ["2025-03-09 01:30 ET", "2025-03-09T06:30:00Z"],
    ["2025-03-09 03:30 ET", "2025-03-09T07:30:00Z"],
    ["2025-11-02 00:59 ET", "2025-11-02T04:59:00Z"],
    ["2025-11-02 02:00 ET", "2025-11-02T07:00:00Z"],
    ["2025-11-02 03:00 PT", "2025-11-02T11:00:00Z"],
    ["2025-07-29 10:22 Central Daylight Time", "2025-07-29T15:22:00Z"],
    // Numeric dates whose order only one reading allows
    ["07/29/2025 10:22 AM CDT", "2025-07-29T15:22:00Z"],
    ["29/07/2025 17:22 CEST", "2025-07-29T15:22:00Z"],
    ["29.07.2025 15:22 UTC", "2025-07-29T15:22:00Z"],
    ["07/07/2025 15:22 UTC", "2025-07-07T15:22:00Z"],
    // Epoch seconds and milliseconds (JWT claims, logs)
    ["1753802530", "2025-07-29T15:22:10Z"],
    ["1753802530123", "2025-07-29T15:22:10.123Z"],
  ])("%s → %s", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });
});

describe("normaliseTimestamp: forms that do not name one instant say how to write them", () => {
  it("a time with no zone asks for the zone, in every form", () => {
    for (const input of ["2025-07-29T15:22:10", "Jul 29, 2025, 3:22:10 PM", "29/07/2025 17:22", "29 Jul 2025 15:22"])
      expect(message(input)).toMatch(/no time zone/);
  });
  it("a numeric date that reads both ways asks for the year first", () => {
    expect(message("03/05/2025 2:22 PM UTC")).toMatch(/day\/month or month\/day.*year first/);
  });
  it("a zone abbreviation with several meanings asks for the offset", () => {
    expect(message("2025-07-29 20:52 IST")).toMatch(/IST.*more than one.*offset/);
  });
  it("a US zone name at an hour the clocks skip or repeat asks for the offset", () => {
    expect(message("Mar 9, 2025 2:30 AM Central")).toMatch(/clocks change.*offset/);
    expect(message("Nov 2, 2025 1:30 AM Central")).toMatch(/clocks change.*offset/);
    expect(message("Nov 2, 2025 1:30 AM CDT")).toBe("ok: 2025-11-02T06:30:00Z");
  });
  it("a US zone name before 2007 (other daylight-saving dates) asks for the offset", () => {
    expect(message("Mar 20, 2006 10:00 AM Central")).toMatch(/offset/);
    expect(message("Mar 20, 2006 10:00 AM CST")).toBe("ok: 2006-03-20T16:00:00Z");
  });
  it("an epoch value in the future is not read as a time (a compact date is no epoch)", () => {
    expect(message("2025072815")).toMatch(/ISO 8601/);
  });
  it("an unknown zone word asks for an offset or UTC", () => {
    expect(message("2025-07-29 15:22 Mars")).toMatch(/time zone.*not one this form knows/);
  });
  it("a date alone asks for the time", () => {
    expect(message("2025-07-29")).toMatch(/Add the time/);
    expect(message("Jul 29, 2025")).toMatch(/Add the time/);
  });
  it("an impossible date or time is named as such", () => {
    for (const input of [
      "Mon, 31 Feb 2025 15:21:14 GMT",
      "2025-02-30 10:00 UTC",
      "2025-07-29 25:00 UTC",
      "2025-07-29 13:22 PM UTC",
      "Jun 31, 2025 10:00 UTC",
    ])
      expect(message(input)).toMatch(/not a real date and time/);
    expect(message("13 PM")).toMatch(/ISO 8601/);
  });
  it("words that are no time at all get the formats it reads", () => {
    for (const input of ["yesterday", "about 3pm", "", "   "])
      expect(message(input)).toMatch(/ISO 8601|Enter the date/);
  });
  it("a long paste is refused at once, without being echoed", () => {
    const result = normaliseTimestamp("2025-07-29 ".repeat(100_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toContain("2025-07-29");
  });
  it("epoch values outside 2000–2099 are not read as times", () => {
    expect(message("9999999999")).toMatch(/ISO 8601/);
    expect(message("0946684799")).toMatch(/ISO 8601/);
  });
});

describe("normaliseTimestamp: times as copied from posts, logs and documents", () => {
  it.each([
    // A label with `/`, or the label on the line above and only its colon left on this one
    ["Time/date of the call: 2024-02-01T09:00:00Z", "2024-02-01T09:00:00Z"],
    [": Mon, 05 Feb 2024 09:00:00 GMT", "2024-02-05T09:00:00Z"],
    ["When it failed\n: 2024-02-01T09:00:00Z", "2024-02-01T09:00:00Z"],
    // Postman's `Header →value`, a JSON, Perl or YAML key and its quotes, FHIR XML's value attribute
    ["Date →Mon, 05 Feb 2024 09:00:00 GMT", "2024-02-05T09:00:00Z"],
    ['"issued": "2024-02-01T09:00:00.250Z",', "2024-02-01T09:00:00.250Z"],
    ["'created_at' => '2024-02-01T10:00:00+0100',", "2024-02-01T09:00:00Z"],
    ['<issued value="2024-02-01T10:00:00+01:00"/>', "2024-02-01T09:00:00Z"],
    // An access log's date, in its brackets; a comment after the offset
    ["[01/Feb/2024:04:00:00 -0500]", "2024-02-01T09:00:00Z"],
    ["01/Feb/2024:09:00:00 +0000", "2024-02-01T09:00:00Z"],
    ["2024-02-01 04:00:00 -0500 (Thu, 01 Feb 2024)", "2024-02-01T09:00:00Z"],
    // A notice's order, the time before its date (Central time in July is CDT)
    ["9:30 a.m. CT on July 10, 2024", "2024-07-10T14:30:00Z"],
    ["14:30 UTC on 10 Jul 2024", "2024-07-10T14:30:00Z"],
  ])("%j → %s", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    ["[2024-02-01 09:00:00,123: WARNING/Worker-1] retrying"],
    ["2024-02-01 09:00:00 | app | GET /r4/Patient"],
    ["Feb 1, 2024, 9:00:00 AM2/1/24"],
  ])("a log line or a glued display date with no zone asks for the zone: %j", (input) => {
    const result = normaliseTimestamp(input);
    expect(result).toMatchObject({ ok: false, noZone: true });
  });
});

it.each([["from 9:30 a.m. to 11 a.m. CT on July 10, 2024"], ["around 9:30 a.m. ET"], ["3 hours ago"]])(
  "a range, a time without its date or a relative time is refused, never read as one end: %j",
  (input) => {
    expect(normaliseTimestamp(input).ok).toBe(false);
  },
);

describe("normaliseTimestamp: a time inside the line it was copied with", () => {
  it.each([
    // The first date of a log line, whatever comes before it
    ["[WARN] 2024-02-11T08:15:03.250Z 9f1c… GET https://fhir-ehr.cerner.com/r4/…", "2024-02-11T08:15:03.250Z"],
    ["<134>1 2024-02-11T09:15:03.25+01:00 host app - - token refused", "2024-02-11T08:15:03.250Z"],
    ["0042: Date: Sun, 11 Feb 2024 08:15:03 GMT", "2024-02-11T08:15:03Z"],
    ['{ "when": "2024-02-11T08:15:03.1234567Z", "level": "Error" }', "2024-02-11T08:15:03.123Z"],
    ["2024-02-11T08:15:03.998877-00:00 router[web.1]: at=error status=502", "2024-02-11T08:15:03.998Z"],
    // Milliseconds after a colon, a zone before the message in brackets
    ["2024/02/11 03:15:03:250 EST [INFO] wire - >> POST /token", "2024-02-11T08:15:03.250Z"],
    // A mail's reply line; a unix `date`; a day with its ordinal and a.m. with dots
    ["On Sun Feb 11, 2024 at 7:15 PM AEDT, Someone wrote:", "2024-02-11T08:15:00Z"],
    ["Sun 11 Feb 2024 09:15:03 CET", "2024-02-11T08:15:03Z"],
    ["the 11th February 2024, 8:15 a.m. GMT.", "2024-02-11T08:15:00Z"],
    // A forum's glued byline keeps asking for the time
    // Epoch seconds with a fraction, as chat exports and stream records write them
    ['"created": "1707639303.000400",', "2024-02-11T08:15:03Z"],
    ["'Created': 1707639303.0, 'Next': 1", "2024-02-11T08:15:03Z"],
  ])("%s → %s", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it("a log line or a reply line with no zone asks for the zone, not for a zone it does not know", () => {
    for (const input of [
      "2024-02-11 08:15:03.250 INFO 4242 --- [main] o.a.h.headers : << HTTP/1.1 401",
      "| 2024-02-11 08:15:03.250 | END RequestId: 1f2e… |",
      "On Sunday, February 11th, 2024 at 08:15, Someone <a@b.c> wrote:",
    ])
      expect(message(input)).toMatch(/no time zone/);
  });

  it("a glued forum byline with a date and no time asks for the time", () => {
    expect(message("Jane DoeFeb 11 2024")).toMatch(/add the time/i);
  });

  it("a range is refused, not read as its start", () => {
    expect(message("2024-02-11 08:15 UTC - 09:40 UTC")).toMatch(/range/);
    expect(message("Feb 11, 2024 8:15 AM to 9:40 AM CST")).toMatch(/range/);
  });

  it("a longer text than a line is refused without being read", () => {
    expect(message(`2024-02-11T08:15:03Z ${"x".repeat(MAX_TIMESTAMP_TEXT)}`)).toMatch(
      /too long.*only the line with the time/,
    );
  });
});

describe("normaliseTimestamp: EST, CST and PST on a daylight-saving date", () => {
  it("reads them as the local time people mean, and says so", () => {
    const summer = normaliseTimestamp("Aug 14, 2024 10:00 a.m. CST");
    expect(summer).toEqual({
      ok: true,
      iso: "2024-08-14T15:00:00Z",
      note: "CST on a daylight-saving date, read as local time (CDT, UTC−05:00); if you meant UTC−06:00, write that offset.",
    });
    expect(normaliseTimestamp("2024-07-01 09:00 EST")).toMatchObject({ iso: "2024-07-01T13:00:00Z", note: /EDT/ });
  });
  it("in winter, and where the clocks change, they are read as written, with no note", () => {
    expect(normaliseTimestamp("Jan 14, 2024 10:00 a.m. CST")).toEqual({ ok: true, iso: "2024-01-14T16:00:00Z" });
    // 01:30 happens twice on 3 Nov 2024: CST names the second one.
    expect(normaliseTimestamp("Nov 3, 2024 1:30 AM CST")).toEqual({ ok: true, iso: "2024-11-03T07:30:00Z" });
  });
  it("MST stays literal all year (Arizona keeps it in summer)", () => {
    expect(normaliseTimestamp("Aug 14, 2024 10:00 MST")).toEqual({ ok: true, iso: "2024-08-14T17:00:00Z" });
  });
});

describe("normaliseTimestamp: the year after the zone, and log lines' own words", () => {
  it("reads unix date and Java's Date.toString(), which write the year after the time and its zone", () => {
    expect(normaliseTimestamp("Fri Feb 14 09:05:00 UTC 2025")).toEqual({ ok: true, iso: "2025-02-14T09:05:00Z" });
    expect(normaliseTimestamp("Mon Nov 04 11:20:00 CET 2024 Exception in thread main")).toEqual({
      ok: true,
      iso: "2024-11-04T10:20:00Z",
    });
    expect(normaliseTimestamp("Sat Jul  5 02:10:00 PM CEST 2025")).toEqual({ ok: true, iso: "2025-07-05T12:10:00Z" });
  });

  it("reads the text of an XML element", () => {
    expect(normaliseTimestamp("<created>2024-05-06T07:08:09Z</created>")).toEqual({
      ok: true,
      iso: "2024-05-06T07:08:09Z",
    });
  });

  it("asks for the zone when a log's thread, level or source file follows the time, never calls them a zone", () => {
    for (const line of [
      "2025-02-14 09:05:00,120 [main] ERROR c.e.Client - refused",
      "2025/02/14 09:05:00 [error] 12#12: *7 upstream timed out",
      "2025/02/14 09:05:00.123456 main.go:42: dial tcp: i/o timeout",
      "2025-02-14 09:05:00,120 WARN  [com.example.Sync] (worker-3) retry",
    ])
      expect(normaliseTimestamp(line)).toMatchObject({ ok: false, noZone: true });
  });

  it("takes the zoned time a log line quotes at its own stamp's second, and only then", () => {
    const quoted = "2025-02-14 09:05:00,120 - DEBUG - reply headers {'date': 'Fri, 14 Feb 2025 09:05:00 GMT'}";
    expect(normaliseTimestamp(quoted)).toEqual({ ok: true, iso: "2025-02-14T09:05:00Z" });
    const later = "2025-02-14 09:05:00,120 - DEBUG - reply headers {'date': 'Fri, 14 Feb 2025 09:07:00 GMT'}";
    expect(normaliseTimestamp(later)).toMatchObject({ ok: false, noZone: true });
  });
});

describe("normaliseTimestamp: a US standard time spelled out on a summer date", () => {
  it("is read as the local time people mean, as its abbreviation is, and says so", () => {
    const summer = normaliseTimestamp("July 9, 2024 at 2:30 PM Eastern Standard Time");
    expect(summer).toMatchObject({ ok: true, iso: "2024-07-09T18:30:00Z" });
    expect(summer.ok && summer.note).toMatch(/Eastern Standard Time on a daylight-saving date.*Eastern Daylight Time/);
    expect(normaliseTimestamp("Jan 9, 2024 2:30 PM Central Standard Time")).toEqual({
      ok: true,
      iso: "2024-01-09T20:30:00Z",
    });
    // Arizona keeps Mountain Standard Time all year: read as written.
    expect(normaliseTimestamp("July 9, 2024 2:30 PM Mountain Standard Time")).toEqual({
      ok: true,
      iso: "2024-07-09T21:30:00Z",
    });
  });
});
