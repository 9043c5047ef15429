// Review r21-f of s21-F (the form on a third held-out batch): expected failures, one per defect found.
import { describe, expect, it } from "vitest";
import { applicationSchema, exampleSchema } from "~/ticket/schema";
import { normaliseTimestamp } from "~/ticket/timestamp";

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const BASE = `https://fhir-ehr-code.cerner.com/r4/${TENANT}`;
const REQUEST = `${BASE}/Patient/12724066`;
const REQUEST_ID = "7a2b3c4d-1111-2222-3333-444455556666";
/** What a field stores, or "refused: <message>" when it asks the user instead. */
const read = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: unknown } }) => {
  return (text: string) => {
    const result = schema.safeParse(text) as
      { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } };
    return result.success ? result.data : `refused: ${result.error.issues[0].message}`;
  };
};
const status = read(exampleSchema.shape.status);
const requestUrl = read(exampleSchema.shape.url);
const xRequestId = read(exampleSchema.shape.xRequestId);
const fhirBase = read(applicationSchema.shape.fhirBaseUrl);
const storedTime = (text: string) => {
  const result = normaliseTimestamp(text);
  return result.ok ? result.iso : `refused: ${result.message}`;
};

describe("r21-f: a count after a verb is read as the status", () => {
  // VERB_THEN_CODE takes any 3-digit number after got/returned/received, and BARE_CODE drops the other number when
  // it follows "expected"/"instead of": a count of results beside an expected count is now stored as the status
  // (main before F refused these as naming two numbers).
  it("a number of results compared with the number expected is never stored as the status", () => {
    for (const note of [
      "the search returned 100 patients instead of 250",
      "Patient search returned 100 entries, expected 250",
      "we got 200 results but expected 500",
    ])
      expect(String(status(note)), note).toMatch(/^refused/);
  });
});

describe("r21-f: the year-last date (unix date, Java Date.toString) in a line with two instants", () => {
  // dateFirst rewrites only the first YEAR_LAST match, so a second date of the same form is unreadable and the
  // two-instants check never sees it: the first of two different times is stored silently.
  it("two different unix/Java dates on a line are named to the user, never the first stored", () => {
    for (const line of [
      "Thu Mar 02 10:15:00 CET 2023 - request failed, retry at Thu Mar 02 11:15:00 CET 2023",
      "token issued Wed Jul 30 09:00:00 CDT 2025, rejected Wed Jul 30 10:05:12 CDT 2025",
    ])
      expect(storedTime(line), line).toMatch(/^refused/);
  });
});

describe("r21-f: times in prose", () => {
  // A second clock without its own date (`/ 16:15 UTC`, `, retried 10:45 AM CDT`) is never read, so the first time is
  // stored even when the second contradicts it (10:15 CDT is 15:15 UTC). Older than F, in the class F was given.
  it("a second clock on the same line that names another instant is not dropped silently", () => {
    for (const line of ["2025-07-29 10:15 CDT / 16:15 UTC", "Jul 29, 2025 10:15 AM CDT, retried 10:45 AM CDT"])
      expect(storedTime(line), line).toMatch(/^refused/);
  });

  // "3pm" (an hour and its meridiem, no minutes) is how people say a time: refused as unreadable with a date and a
  // known zone beside it (the task's own "yesterday around 3pm ET" class).
  it("an hour with am/pm and no minutes is read", () => {
    expect(storedTime("2025-07-28 3pm ET")).toBe("2025-07-28T19:00:00Z");
    expect(storedTime("Jul 28, 2025 at 3 PM CDT")).toBe("2025-07-28T20:00:00Z");
  });
});

describe("r21-f: URL fields and Markdown links", () => {
  // URL_IN_TEXT lets `]` and `(` into a URL, so a Markdown link whose text is its URL (`[url](url)`, what many
  // editors write on paste) is one "URL" `…/12724066](https://…)`: stored as the request URL without a message.
  // main before F refused it.
  it("a Markdown link whose text is the URL stores that URL, not both glued together", () => {
    for (const text of [`[${REQUEST}](${REQUEST})`, `See [${REQUEST}](${REQUEST}).`])
      expect(requestUrl(text), text).toBe(REQUEST);
  });

  // A curl line names its request URL as the one argument that is no option's value; a proxy (`-x`), a referer
  // (`-e`, `-H "Referer: …"`) or an Origin header is not the request, yet the line is refused as naming two URLs.
  it("a curl line with a proxy or a referer gives its request URL", () => {
    for (const line of [
      `curl -x http://proxy.corp.example:3128 "${REQUEST}"`,
      `curl -H "Referer: https://myapp.example.com/launch" ${REQUEST}`,
      `curl -H "Authorization: Bearer x" -H "Origin: https://myapp.example.com" ${REQUEST}`,
    ])
      expect(requestUrl(line), line).toBe(REQUEST);
  });

  // The FHIR base field has no "more than one URL" check (the request URL field has one): a base with a docs link in
  // brackets is told "This is a request URL … cut it after the tenant ID", which it already is.
  it("a FHIR base followed by a docs link is not called a request URL", () => {
    const text = `${BASE} (see https://fhir.cerner.com/millennium/r4/)`;
    const result = String(fhirBase(text));
    expect(result === BASE || !/request URL/.test(result), result).toBe(true);
  });
});

describe("r21-f: the FHIR base field and pages that are not a base", () => {
  // A legacy authorization server's URL (authorization.sandboxcerner.com/tenants/…/token) is now "a request URL: cut
  // it after the tenant ID" — cut there it is still the authorization server; its current host is told so.
  it("a legacy authorization server's URL is called the authorization server, not a request URL to cut", () => {
    const token =
      "https://authorization.sandboxcerner.com/tenants/0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca/protocols/oauth2/profiles/smart-v1/token";
    expect(String(fhirBase(token))).toMatch(/^refused: .*authorization server/);
  });

  // DOCUMENTATION_HOSTS lists docs.oracle.com, fhir.cerner.com and engineering.cerner.com only: the Code Console page
  // of the app and Cerner's wiki are stored as the FHIR base without a message.
  it("the Code Console or the wiki page is not stored as the FHIR base", () => {
    for (const page of [
      "https://code.cerner.com/developer/smart-on-fhir/apps/c388f6bf-1c33-4566-a5bc-249e990ea2bf",
      "https://wiki.cerner.com/display/public/reference/FHIR+R4+Overview",
    ])
      expect(String(fhirBase(page)), page).toMatch(/^refused/);
  });
});

describe("r21-f: an id after its field name in a long line", () => {
  // NAME_THEN_VALUE's value class takes `.`, `!` and `?`, so the id that ends a sentence keeps its full stop, is no
  // identifier word, and the field refuses a line that names it plainly.
  it("an X-Request-Id ending a long sentence is read without its full stop", () => {
    const prose = "We retried the Patient read several times from our integration server this morning and ".repeat(2);
    for (const line of [`${prose}our X-Request-Id: ${REQUEST_ID}.`, `${prose}X-Request-Id: ${REQUEST_ID}!`])
      expect(xRequestId(line), line.slice(-60)).toBe(REQUEST_ID);
  });
});

describe("r21-f: a masked value after its field name in a long line (with D's masked placeholders)", () => {
  // NAME_THEN_VALUE wants 8 characters at least, so the usual 6-star mask or a `<unique_ID>` stand-in after the
  // field's name in a long line is not read: the user is told the format, not that they pasted a placeholder (the
  // same value on a short line is called a placeholder).
  it("a masked or stand-in opc-request-id in a long log line is called a placeholder", () => {
    const prose = "Called action 'activate' on the managed instance and the service answered with an error, ".repeat(2);
    const opcRequestId = read(exampleSchema.shape.opcRequestId);
    for (const line of [`${prose}opc-request-id: ******`, `${prose}opc-request-id: <unique_ID>;`])
      expect(String(opcRequestId(line)), line.slice(-30)).toMatch(/placeholder/);
  });
});

describe("r21-f: the 600-character limit of a timestamp's text", () => {
  // A longer line with a plain ISO time is told to "Write the date and time with its zone" — it has one: the
  // message should say the text is too long to read (paste only the line with the time).
  it("a line over the limit is told it is too long, not that it lacks a zone", () => {
    const line = `2025-07-29T15:22:10Z ERROR ${"x".repeat(600)}`;
    expect(storedTime(line)).toMatch(/^refused: .*(long|shorter|characters)/i);
  });
});
