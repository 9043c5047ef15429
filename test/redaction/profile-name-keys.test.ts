// `display_name` and `real_name` are a chat member's names in a Slack export, but an app registration names the app
// with them too: the value goes only when it reads as a person's name (review RB, L4).
import { expect, it } from "vitest";
import { redact } from "./lib/redact-text";

it("an app's display or real name stays; a member's goes", () => {
  const app = '{"display_name":"Patient Read App","client_id":"0oa1b2c3d4e5","real_name":"My Sandbox App"}';
  expect(redact(app)).toBe(app);
  const member = redact('{"user_profile":{"real_name":"Tamsin Quarrie","display_name":"Tamsin"}}');
  expect(member).not.toContain("Tamsin");
});

it("a member's display name that is no plain name (a pronoun note) still goes", () => {
  expect(redact('{"user_profile":{"real_name":"Tamsin Quarrie","display_name":"Tamsin (she/her)"}}')).not.toContain(
    "Tamsin",
  );
});
