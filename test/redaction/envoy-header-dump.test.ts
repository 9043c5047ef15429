// Envoy (and Istio's sidecar) at debug level prints a request's or a response's headers one a line as `'name', 'value'`
// under "request headers complete", "router decoding headers:" or "upstream response headers:". Each such line is
// judged as the header it is: the credential of `authorization`, every cookie value, API-key headers go; request ids,
// paths and hosts stay, and the lines keep their layout. The shape of a leak found in a real artifact (an Istio issue
// in test/corpora/real-artifacts), written small with made-up values.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const PREFIX = "2022-08-03T09:55:28.790069Z\tdebug\tenvoy http\t[C164193][S1831850714426026] request headers complete:";

describe("Envoy's header dump, one `'name', 'value'` a line", () => {
  it("the authorization credential and the cookie values go; ids, paths and hosts stay", () => {
    const out = redact(
      [
        PREFIX,
        "':authority', 'api.example.org'",
        "':path', '/r4/Patient/12724066'",
        "':method', 'POST'",
        "'authorization', 'Bearer kq83HDn2LpW0vXz19TrMEa7yQ'",
        "'cookie', 'sid=7Hq2xPzL0aV93mWc; theme=dark'",
        "'x-api-key', 'Lr8vKq2TzW9xN4cB7mYp'",
        "'x-request-id', 'aaa01a39-3a55-1111-9eeb-6ac8ba337c2a'",
        "'content-length', '43'",
        "",
      ].join("\n"),
    );
    gone(out, "kq83HDn2LpW0vXz19TrMEa7yQ", "7Hq2xPzL0aV93mWc", "Lr8vKq2TzW9xN4cB7mYp");
    kept(
      out,
      "':path', '/r4/Patient/12724066'",
      "':authority', 'api.example.org'",
      "'x-request-id', 'aaa01a39-3a55-1111-9eeb-6ac8ba337c2a'",
      "'authorization', 'Bearer ",
      "'cookie', 'sid=",
      "'content-length', '43'",
      PREFIX,
    );
  });

  it("an opaque token with no scheme, indented lines, a response's set-cookie", () => {
    const out = redact(
      [
        "[2025-02-06 17:51:13.582][1][trace][router] upstream response headers:",
        "  ':status', '401'",
        "  'authorization', '05b94781f5000001d3e8a61c27b94f0e5a'",
        "  'set-cookie', 'JSESSIONID=0E4CAACA6BDE74BD91EF6DAAA659DDFA; Path=/; HttpOnly'",
        "  'www-authenticate', 'Bearer error=\"invalid_token\"'",
        "",
      ].join("\n"),
    );
    gone(out, "05b94781f5000001d3e8a61c27b94f0e5a", "0E4CAACA6BDE74BD91EF6DAAA659DDFA");
    kept(out, "':status', '401'", "Path=/; HttpOnly'", 'error="invalid_token"');
  });

  it("prose that lists quoted words, and a Python list of strings, stay as written", () => {
    const text = "Pick 'json', 'xml' or 'csv'.\nformats = ['json', 'xml']\n'token', 'is the word we use'\n";
    kept(redact(text), text);
  });

  it("a megabyte of header-like lines, of an unclosed pair, or of quotes and commas finishes", () => {
    const MB = 1 << 20;
    for (const text of [
      "'authorization', 'Bearer abcdefgh12345678'\n".repeat(MB / 44),
      "'cookie', '" + "a=b; ".repeat(MB / 5),
      "', '".repeat(MB / 4),
      "'".repeat(MB),
    ]) {
      const out = redact(text);
      gone(out, "abcdefgh12345678");
    }
  });
});
