// An access log whose format prints the Authorization header's value without its name (nginx's `$http_authorization`,
// a logger that writes `token <key>` beside the time): the credential after the `token` scheme (Django REST
// framework's and GitHub's `Authorization: Token …`) is a secret like the one after `Bearer`. The shape of a leak found
// in a real artifact (a baselayer pull request in test/corpora/real-artifacts), written small with made-up values.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("the `token` scheme's credential written in a log line without its header", () => {
  it("a UUID, a hex key, a long key, bracketed or not, goes; the request line stays", () => {
    const out = redact(
      [
        '127.0.0.1 - - token 5d1c09f2-77ab-4e0c-9a13-2f6b8e0d4c21 [20/Jul/2021:13:02:49 -0700] "GET /api/sysin HTTP/1.1" 400 110',
        '127.0.0.1 - - [token 5d1c09f2] [20/Jul/2021:14:59:50 -0700] "GET /api/sysin HTTP/1.1" 400 110',
        '10.0.0.7 - - [02/Jan/2025:10:00:01 +0000] "GET /api/items HTTP/1.1" 200 18 "Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"',
        "auth=Token r8KqZ2xVt0LmW4pNc7YbHs1D",
      ].join("\n"),
    );
    gone(out, "5d1c09f2-77ab-4e0c-9a13-2f6b8e0d4c21", "5d1c09f2", "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b");
    gone(out, "r8KqZ2xVt0LmW4pNc7YbHs1D");
    kept(out, '"GET /api/sysin HTTP/1.1" 400 110', "[20/Jul/2021:13:02:49 -0700]", '"Token ', "127.0.0.1 - - token ");
  });

  it("the word token before a time, a parameter, a version or a word stays as written", () => {
    const text = [
      "refreshing token 2025-01-02T10:00:00Z",
      "got token expires_in=3600 scope=patient/*.read",
      "token v2.1 deprecated; token endpoint https://auth.example.org/token",
      "cancellation token deadbeef was set",
    ].join("\n");
    kept(redact(text), text);
  });

  it("a UUID or hex after the word token in a sentence is an id (a tenant, a commit, a request) and stays", () => {
    const text = [
      "Cerner tenant token ec2458f2-1e24-41c8-b71b-0e701af7583d",
      "commit token 1a2b3c4d5e6f deployed",
      "request failed for token 5d1c09f2-77ab-4e0c-9a13-2f6b8e0d4c21 at 10:00",
    ].join("\n");
    kept(redact(text), text);
  });

  it("a mixed-case key with dots or dashes after Token goes wherever it stands", () => {
    const out = redact("sent Token sl.BxYz12_AbCdEf-GhIjKl34MnOp in body\nuse Token Ab12Cd34Ef56Gh78 now");
    gone(out, "sl.BxYz12_AbCdEf-GhIjKl34MnOp", "Ab12Cd34Ef56Gh78");
    kept(out, "sent Token ", " in body");
  });

  it("a megabyte of the word token, or of one credential-like run after it, finishes", () => {
    const MB = 1 << 20;
    for (const text of [
      "token ".repeat(MB / 6),
      "token " + "a".repeat(MB),
      "token " + "ab1".repeat(MB / 3),
      "token 0".repeat(MB / 7),
      "- - token 1a2b3c4d ".repeat(MB / 19),
      (" ".repeat(10) + "token sl.BxYz12_AbCdEf-GhIj").repeat(MB / 37),
    ])
      kept(redact(text), "token ");
  });
});
