// Gravatar's old URL form carries the e-mail hash in a query parameter (review RB, L3).
import { expect, it } from "vitest";
import { redact } from "./lib/redact-text";

it("the old avatar.php?gravatar_id=<md5> form loses its hash, in text and in JSON", () => {
  const hash = "205e460b479e2e5b48aec07710c08d50";
  for (const text of [
    `avatar: https://www.gravatar.com/avatar.php?gravatar_id=${hash}&size=40`,
    `{"image":"https:\\/\\/www.gravatar.com\\/avatar.php?gravatar_id=${hash}&s=72"}`,
  ]) {
    const out = redact(text);
    expect(out, text).not.toContain(hash);
    expect(out, text).toContain("gravatar.com");
  }
});
