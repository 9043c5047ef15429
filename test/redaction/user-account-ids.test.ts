// An error tracker's user (Sentry's `user` / `sentry.interfaces.User`: {id, username, email, ip_address}) names the
// person the event happened to: the account's id goes with its mailbox, written small with made-up values.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("a user account's id beside its mailbox", () => {
  it("goes under `user` and `sentry.interfaces.User`; the event's own ids stay", () => {
    const event = (holder: string) =>
      `{"event_id":"f5dd88e612bc406ba89dfebd09120769","project":112734598,` +
      `"${holder}":{"id":"80417","username":"jroe","email":"jane.roe@example.org"}}`;
    for (const holder of ["user", "sentry.interfaces.User"]) {
      const out = redact(event(holder));
      gone(out, '"80417"', "jane.roe@example.org");
      kept(out, "f5dd88e612bc406ba89dfebd09120769", "112734598");
    }
  });

  it("Sentry's `sentry:user` tag loses the id, login or mailbox after its prefix; other tags stay", () => {
    const out = redact(
      '{"tags":[["browser","Chrome 48.0"],["sentry:user","id:80417"],["sentry:user","username:jroe"],' +
        '["sentry:release","e1b5d1900526feaf20fe2bc9cad83d392136030a"]]}',
    );
    gone(out, "80417", "jroe");
    kept(out, '["browser","Chrome 48.0"]', '"e1b5d1900526feaf20fe2bc9cad83d392136030a"', '"id:', '"username:');
  });

  it("an id under `user` with no person's cue beside it stays (a GitHub user's public id)", () => {
    kept(redact('{"user":{"login":"octocat","id":"583231","type":"User"},"number":1347}'), '"583231"');
  });

  it("hostile: 1 MB of user tags and user objects finishes", () => {
    const piece = '["sentry:user","id:1"],["sentry:user","x"],{"user":{"id":"2","email":"a@b.c"}},';
    const text = `{"tags":[${piece.repeat(Math.ceil(1_000_000 / piece.length))}[]]}`;
    expect(redact(text).length).toBeGreaterThan(0);
  });
});
