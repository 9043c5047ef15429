// Shapes the round-17 review found over-redacted: a word an authentication log puts where the account stands
// (`login`, `deploy`, `support`) carried into the rest of the ticket, and a carried login replaced inside a
// service's unit name, a system path, a SMART scope or a URL's host. Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a dictionary or placeholder word where a log puts the login is nobody's", () => {
  it("sudo's `login : TTY=…` keeps the word login in the rest of the ticket", () => {
    check(
      "sudo:   login : TTY=pts/0 ; PWD=/tmp ; USER=root ; COMMAND=/bin/ls\nSpring log: /login?code=abc and a JSON login body, type=LOGIN_ERROR",
      [],
      ["/login?code", "JSON login body", "type=LOGIN_ERROR"],
    );
  });

  it("deploy, support, access and accounts stay words", () => {
    check(
      [
        "sudo:   deploy : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls",
        "Connection closed by authenticating user support 10.1.1.1 port 22 [preauth]",
        "Failed password for access from 10.0.0.1 port 22 ssh2",
        "Failed password for accounts from 10.0.0.1 port 22 ssh2",
        "the deploy pipeline; ticket opened with Oracle Health support; the access token; /accounts/list",
      ].join("\n"),
      [],
      ["the deploy pipeline", "Oracle Health support", "the access token", "/accounts/list"],
    );
  });

  it("a person's login in the same log still goes everywhere", () => {
    check(
      "Failed password for jkowalski from 10.0.0.1 port 22 ssh2\nsee /home/jkowalski/.ssh",
      ["jkowalski"],
      ["port 22 ssh2"],
    );
  });
});
