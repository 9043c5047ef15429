import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeShareFragment, encodeShareFragment, isSealedFragment, shareUrl } from "~/share/share-link";

const seed = readFileSync("test/fixtures/seed-ticket.json", "utf8");

describe("share link fragment", () => {
  it("round-trips the ticket, compressed well below its JSON size", async () => {
    const fragment = await encodeShareFragment(seed);
    expect(fragment.length).toBeLessThan(seed.length * 0.6);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, json: JSON.parse(seed) });
  });

  it("with a passphrase, reveals nothing without it and refuses a wrong one", async () => {
    const fragment = await encodeShareFragment(seed, "correct horse battery");
    expect(isSealedFragment(fragment)).toBe(true);
    expect(fragment).not.toContain(await encodeShareFragment(seed));
    expect((await decodeShareFragment(fragment)).ok).toBe(false);
    expect(await decodeShareFragment(fragment)).toMatchObject({ reason: "passphrase-needed" });
    expect(await decodeShareFragment(fragment, "wrong")).toMatchObject({ reason: "wrong-passphrase" });
    expect(await decodeShareFragment(fragment, "correct horse battery")).toEqual({ ok: true, json: JSON.parse(seed) });
  });

  it("says a cut or altered link is damaged, without echoing it", async () => {
    const fragment = await encodeShareFragment(seed);
    for (const bad of [
      fragment.slice(0, fragment.length / 2),
      `${fragment}<script>`,
      "v1.",
      "v9.abc",
      "x".repeat(70_000),
    ]) {
      const result = await decodeShareFragment(bad);
      expect(result.ok).toBe(false);
      if (!result.ok && bad.length > 8) expect(result.message).not.toContain(bad.slice(3, 20));
    }
    expect(await decodeShareFragment("")).toMatchObject({ reason: "empty" });
  });

  it("refuses to make a link past the stated limit", () => {
    expect(shareUrl("https://x.test", "v1.abc")).toEqual({ ok: true, url: "https://x.test/share#v1.abc" });
    expect(shareUrl("https://x.test", `v1.${"a".repeat(20_000)}`)).toMatchObject({ ok: false });
  });
});
