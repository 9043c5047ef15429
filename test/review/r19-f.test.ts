// Review r19-f of s19-F (the form and its suggestions on real input): expected failures, one per defect found.
import { describe, expect, it } from "vitest";
import { extractSuggestions, LABELLED_IDS, TEXT_PATTERNS } from "~/evidence/extract";
import { parseEvidence } from "~/evidence/parse";
import { pastedIdentifier, pastedStatus } from "~/ticket/pasted-values";
import { normaliseTimestamp } from "~/ticket/timestamp";

const CLIENT = "7a2b3c4d-1111-2222-3333-444455556666";
const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const SECRET = "9a2b3c4d-1111-2222-3333-444455556666";

const suggest = (text: string) => extractSuggestions([parseEvidence({ id: "e1", kind: "text", text })]);

describe("r19-f: values read from the wrong word or label", () => {
  // labelledValue takes the LAST word under any label naming the field: the tenant after the client id becomes it.
  it("a Client ID followed by the tenant on the same line is not read as the tenant", () => {
    expect(pastedIdentifier("clientId", `Client ID ${CLIENT} tenant ${TENANT}`)).not.toBe(TENANT);
  });

  // Same class: a second ID after the X-Request-Id (here another hex id) is silently taken, and passes the check.
  it("an X-Request-Id followed by another id on the line keeps the X-Request-Id", () => {
    const hex = "3f1c2b7a9d8e4f60a1b2c3d4e5f60718";
    expect(pastedIdentifier("xRequestId", `X-Request-Id ${hex} patient 0123456789abcdef0123456789abcdef`)).toBe(hex);
  });

  // STATUS_WORD takes any lone 1xx–5xx number of a short note: a FHIR resource id in a path becomes the status.
  it("a resource id in a short note (Patient/123, Encounter/404) is not taken as the HTTP status", () => {
    expect(pastedStatus("Patient/123 not found")).not.toBe("123");
    expect(pastedStatus("got an error on Encounter/404")).not.toBe("404");
    expect(pastedStatus("retried after 300 seconds")).not.toBe("300");
    expect(pastedStatus("Getting 401 UnAuthourized")).toBe("401");
  });

  // LABELLED allows any parenthesised note after `client`: `client (secret): <uuid>` suggests the secret as client id.
  it("a secret under `client (secret):` is never suggested as the client id", () => {
    expect(suggest(`client (secret): ${SECRET}`).clientId?.value).toBeUndefined();
  });
});

describe("r19-f: a value followed by a comment", () => {
  // After the field's own key, a value with a note (`(prod)`, `// prod`) is judged whole: a real UUID is refused
  // with "The App ID is a UUID such as …", which does not say what is wrong.
  it("`App ID: <uuid> (prod)` and `Client ID = <uuid> // prod` give the UUID", () => {
    expect(pastedIdentifier("appId", `App ID: ${CLIENT} (prod)`)).toBe(CLIENT);
    expect(pastedIdentifier("clientId", `Client ID = ${CLIENT} // prod`)).toBe(CLIENT);
  });
});

describe("r19-f: time messages", () => {
  // LOG_MESSAGE cuts at the first `]`, leaving `EST [ERROR` as the zone: a known zone is called unknown.
  it("a log line `… 14:15:00 EST [ERROR] …` reads EST, not 'a zone this form does not know'", () => {
    // 14 March 2023 is after the clocks changed: EST is read as the local time people mean, and the note says so.
    const result = normaliseTimestamp("2023-03-14 14:15:00 EST [ERROR] token refused");
    expect(result).toMatchObject({ ok: true, iso: "2023-03-14T18:15:00Z", note: /EDT/ });
    expect(normaliseTimestamp("2023-03-14 14:15:00 -0500 [worker] done")).toEqual({
      ok: true,
      iso: "2023-03-14T19:15:00Z",
    });
  });
});

describe("r19-f: hostile evidence lines", () => {
  // LABELLED("client…") matched a bare `client` followed by `\s*(\(…\))?\s*[:=→]?\s*`: three adjacent unbounded
  // blank runs backtrack cubically on one line (`client` + 4,000 blanks took 219 s). The work meter counts execs, not
  // backtracking steps, so the bound is checked on the patterns' shape: every blank run has an upper bound, and the
  // line itself (far longer than any bound) gives no suggestion, whatever follows it.
  it("the label patterns of evidence lines have only bounded blank runs", () => {
    const sources = [...Object.values(LABELLED_IDS), ...TEXT_PATTERNS.map((p) => p.re)].map((re) => re.source);
    for (const source of sources) expect(source).not.toMatch(/\\s(?:[*+]|\{\d+,\})/);
    expect(suggest("client" + " ".repeat(100_000) + CLIENT).clientId).toBeUndefined();
  });
});
