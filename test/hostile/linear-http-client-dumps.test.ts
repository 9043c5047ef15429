// Hostile forms of HTTP client dumps: a line of quoted cookie values, a cookie quote that never closes, escaped line
// ends by the million, backslashes before an `r`, masked tokens with a long tail, home-directory paths one after
// another, user headers glued to longer names, logins found under keys and searched for again. The work (counted
// operations and the characters of the pieces cut, see work-meter.ts) grows linearly, and a real secret after the
// run still goes.
import { describe, expect, it } from "vitest";
import { redact as redactAs } from "../redaction/lib/redact-text";
import { itStaysLinear, repeat } from "./work-meter";
import { createRedactor } from "~/redaction/redact";

const redact = (text: string) => redactAs(text, "sandbox", "text");

describe("HTTP client dumps on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["a line of quoted cookie values", (n) => "Cookie: " + repeat('a="bcdefgh"; ')(n)],
    ["a cookie quote that never closes, then a long line", (n) => 'Set-Cookie: a="' + repeat("b")(n)],
    ["cookie headers with an open quote, line after line", repeat('cookie: a="b\n')],
    ["a line of Set-Cookie headers each opening a quote", repeat('Set-Cookie: a="')],
    ["a header block of escaped line ends", repeat("Authorization: Bearer abcdefgh12\\r\\n")],
    ["escaped line ends alone", repeat("\\r\\n")],
    ["backslashes before an r after a header", (n) => "cookie: a=" + repeat("\\")(n) + "r"],
    ["Bearer then a mask and a long digit run", (n) => "Bearer XXXXXXXX" + repeat("1")(n)],
    ["a value masked again and again with letters between", (n) => "token: " + repeat("XXXXXXXXab1")(n)],
    ["home-directory paths one after another", repeat(" /home/tquarrie/")],
    ["Windows profile paths, JSON-escaped", repeat('"C:\\\\Users\\\\tquarrie\\\\a" ')],
    ["a path of /home/ segments", (n) => repeat("/home/a")(n) + "/"],
    ["user headers glued to longer names", repeat("max-user: 5 x-user-agent: a ")],
    ["user headers after escaped line ends", repeat("\\r\\nend-user: tquarrie")],
    ["usernames under keys, each searched for again", (n) => repeat('"username": "tquarrie", ')(n) + " tquarrie"],
    ["distinct logins under keys", (n) => Array.from({ length: n / 24 }, (_, i) => `username=user${i}abc, `).join("")],
    ["URL authorities with secret-sounding hosts", repeat("http://auth-server:9000/x ")],
    ["underscore-prefixed person keys", repeat('"_firstName":"Tamsin",')],
    ["Ruby cookie lists that never close", repeat('"Set-Cookie"=>["a=b", "')],
    ["a Ruby cookie list of quotes of both kinds", (n) => '"Set-Cookie"=>[' + repeat(`'"`)(n) + "]"],
    ["Java cookie lists at each line's start", repeat("Set-Cookie=[a=b\n")],
  ];

  itStaysLinear(shapes, redact);

  // work-meter.ts counts regular expressions and indexOf, not hand-written loops: these read the new loops' worst
  // cases at 1 MB (a quadratic loop would not finish in the test's time).
  it.each([
    ["a cookie line of quoted values with ; inside", "Cookie: " + repeat('a="b;c"; ')(1_000_000)],
    ["a cookie line of `=` each opening a quote that closes at the end", "Cookie: a=" + repeat('="')(500_000)],
    ["JSON-escaped quoted cookies in a string", '"cookie": "' + repeat('sid=\\"qzmb5wr2\\"; ')(1_000_000) + '"'],
    ["user headers each followed by another", repeat("X-Forwarded-User: tquarrie Host: a ")(1_000_000)],
    ["a user header whose word runs 1 MB", "X-Forwarded-User: " + repeat("a")(1_000_000) + " Host: a"],
    ["a login found under its key, then 1 MB of pieces", "username: tquarrie\n" + repeat("tquarri ")(1_000_000)],
  ])("1 MB of %s finishes", (_name, text) => {
    expect(typeof redact(text)).toBe("string");
  });

  it("1 MB of items settled against a login found in a later one finishes, the login gone", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    const [first] = redactor.redactItems([
      { id: "a", kind: "text", text: repeat("/icon/tquarrie/128 ")(1_000_000) },
      { id: "b", kind: "text", text: "username: tquarrie" },
    ]);
    expect(first.text).not.toContain("tquarrie");
  });

  it("1 MB of home-directory paths finishes, every user name gone", () => {
    const text = repeat('  File "/home/tquarrie/app/x.py", line 26\n')(1_000_000);
    const out = redact(text);
    expect(out).not.toContain("tquarrie");
    expect(out).toContain('/app/x.py", line 26');
  });

  it("1 MB of an escaped header block finishes, its line ends kept", () => {
    const text = "send: b'" + repeat("cookie: sid=abcdefgh12345\\r\\n")(1_000_000) + "'";
    const out = redact(text);
    expect(out).not.toContain("abcdefgh12345");
    expect(out.split("\\r\\n").length).toBe(text.split("\\r\\n").length);
  });
});
