// The shell tokenizer behind curl commands: quote removal and spans, as bash reads a pasted command.
import { describe, expect, it } from "vitest";
import { eachShellWord } from "~/evidence/shell-words";

const words = (text: string) => [...eachShellWord(text)].map((w) => (w.separator ? `<${w.value}>` : w.value));

describe("shell words", () => {
  it("removes quotes and escapes as bash does", () => {
    expect(words(`curl -H 'Accept: a' -d "x=\\"1\\" \\q" $'a\\tb' plain\\ word`)).toEqual([
      "curl",
      "-H",
      "Accept: a",
      "-d",
      'x="1" \\q',
      "a\tb",
      "plain word",
    ]);
  });

  it("joins continuation lines and splits on operators", () => {
    expect(words("curl a \\\n  b ^\r\n c && d; e | f\n# note\ng")).toEqual([
      "curl",
      "a",
      "b",
      "c",
      "<&&>",
      "d",
      "<;>",
      "e",
      "<|>",
      "f",
      "<\n>",
      "<\n>",
      "g",
    ]);
  });

  it("keeps each word's span in the text", () => {
    const text = `curl  'https://x.example/a b'  -v`;
    const spans = [...eachShellWord(text)].map((w) => text.slice(w.start, w.end));
    expect(spans).toEqual(["curl", "'https://x.example/a b'", "-v"]);
  });

  it("reads an unclosed quote to the end of the text", () => {
    expect(words(`curl 'abc`)).toEqual(["curl", "abc"]);
    expect(words(`curl "a\\`)).toEqual(["curl", "a\\"]);
  });
});
