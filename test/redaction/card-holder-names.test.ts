// A payment card written as JSON (a gateway's request or answer in an HTTP client's debug output, an escaped body on
// a Ruby `Net::HTTP` wire line, a logged object) holds its holder's name under a bare `name`: beside the card's
// expiry or security code that `name` is a person's, not a product's or an app's. A `name` in an object without them
// (a product, an app registration) stays.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, redact } from "./lib/redact-text";

describe("a card holder's name beside the card's details", () => {
  it("in an escaped JSON body on a Net::HTTP wire line, in both environments", () => {
    const line =
      '<- "{\\"amount\\":\\"1.00\\",\\"card\\":{\\"number\\":\\"4000100011112224\\",\\"expMonth\\":\\"09\\",' +
      '\\"expYear\\":2020,\\"cvc\\":\\"123\\",\\"name\\":\\"Quilla Brantwood\\"},\\"capture\\":\\"true\\"}"\n';
    for (const env of ["sandbox", "client-prod"] as const)
      check(`opening connection to api.example.com:443...\n${line}`, ["Quilla", "Brantwood"], ['\\"capture\\"'], env);
  });
  it("in a gateway's JSON answer, the number masked, snake_case keys", () => {
    check(
      '{"status":"CAPTURED","card":{"number":"xxxxxxxxxxxx2224","name":"Quilla Brantwood","exp_month":"09","exp_year":"2020"},"id":"ES2Q849Y8KQ9"}',
      ["Quilla", "Brantwood"],
      ["ES2Q849Y8KQ9", "CAPTURED"],
    );
  });
  it("a product's or an app's name stays", () => {
    check(
      '{"product":{"name":"Growth Chart","sku":"GC-1"},"app":{"name":"Patient Read App","expires_in":3600}}',
      [],
      ["Growth Chart", "Patient Read App"],
    );
  });
});

describe("hostile inputs finish (linear work)", () => {
  it("one object of many name and expiry keys", () => {
    const body = `{${'"name":"Ab Cd","exp_month":"09",'.repeat(30_000)}"cvc":"1"}`;
    const out = redact(body);
    expect(out).not.toContain("Ab Cd");
  });
});
