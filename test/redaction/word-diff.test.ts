// `git diff --word-diff` lines: each side read in its place and the line put back with its markers; a side whose
// reading changed the shared text goes out as both readings; text with no hunk header is read as written.
import { describe, expect, it } from "vitest";
import { redactWordDiff } from "~/redaction/word-diff";
import { expectRedacted } from "./lib/redact-text";

const upper = (seen: string[]) => (t: string) => {
  seen.push(t);
  return t.replace(/secret-\w+/g, (s) => s.toUpperCase());
};

describe("git diff --word-diff", () => {
  it("reads the old and the new side and puts each change back between the shared text", () => {
    const seen: string[] = [];
    const out = redactWordDiff("@@ -1 +1 @@\nkey: [-secret-a-]{+secret-b+} end\nplain\n", upper(seen));
    expect(seen).toEqual(["@@ -1 +1 @@\nkey: secret-a end\nplain\n", "@@ -1 +1 @@\nkey: secret-b end\nplain\n"]);
    expect(out).toBe("@@ -1 +1 @@\nkey: [-SECRET-A-]{+SECRET-B+} end\nplain\n");
  });

  it("gives both readings whole when a reading changed the shared text, and reads unmarked text once", () => {
    const seen: string[] = [];
    expect(redactWordDiff("@@ -1 +1 @@\n[-secret-a-] x {+secret-b+}\n", upper(seen))).toBe(
      "@@ -1 +1 @@\n[-SECRET-A x -]{+ x SECRET-B+}\n",
    );
    const plain: string[] = [];
    redactWordDiff("a[-1-] and {+2+} without a hunk header\n", upper(plain));
    expect(plain).toEqual(["a[-1-] and {+2+} without a hunk header\n"]);
  });

  it("a pull request's word diff of a settings file keeps no password and no patient name", () => {
    expectRedacted(
      "@@ -12,3 +12,3 @@ spring:\n    password: [-Pa55w0rdXyz!-]{+Hunter2Secret!+}\n" +
        '  "given": [{+"Ormond", +}"Tamsin"]\n',
      ["Pa55w0rdXyz!", "Hunter2Secret!", "Ormond"],
      ["@@ -12,3 +12,3 @@ spring:", "password: [-", "-]{+"],
    );
  });
});
