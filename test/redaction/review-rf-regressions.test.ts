// Shapes the s14-F keep-rules opened or broke. Each test is marked `.fails`: it states what a user needs and fails
// until that rule is mended (then drop `.fails`).
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const fence = (yaml: string) => "Notes from the call\n```\n" + yaml + "```\n";

describe("a person's name under a name key whose parent is not on the person-word list", () => {
  it("guardians, provider, a nested patient section", () => {
    check(fence("guardians:\n  - name: eva kleist\n"), ["kleist"]);
    check(fence("provider:\n  name: eva kleist\n  npi: 1234567890\n"), ["kleist"]);
    check(fence("patient:\n  demographics:\n    name: eva kleist\n"), ["kleist"]);
  });
  it("a name with an inner capital after a name label", () => {
    check("Patient name: deShawn\n", ["deShawn"]);
  });
});

describe("an expiry beside a name does not make an app's or a token's name a card holder's", () => {
  it("token, key and app objects", () => {
    check('{"token":{"name":"Refresh Token","expiry":3600},"client_id":"abc"}', [], ["Refresh Token"]);
    check('{"app":{"name":"Smart Launcher","expiration_date":"2026-01-01"}}', [], ["Smart Launcher"]);
  });
  it("a card holder in Adyen's layout", () => {
    check('{"card":{"name":"Eva Kleist","expiryMonth":"03","expiryYear":"2030"}}', ["Kleist"]);
  });
});

describe("lower-case signatures and hyphenated mentions", () => {
  it("a sign-off in a CRLF paste", () => {
    check("Please help.\r\n\r\nThanks,\r\nkevin\r\n", ["kevin"]);
  });
  it("a header name keeps its parts", () => {
    check("From: Chase Miller\nThe X-Chase-Request header\n", ["Miller"], ["X-Chase-Request"]);
  });
});
