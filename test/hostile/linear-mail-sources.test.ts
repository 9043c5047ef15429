// Hostile forms of a raw mail source and a mail server's log, for the readers of the mime- batch: Message-ID keys
// before long local parts (message-ids.ts), server names before bracketed addresses (mail-server-addresses.ts),
// `+`/`=` chains before an `@` (the VERP reading of phi-emails.ts), masked domains, and RFC 2047 encoded words in
// address headers, closed and unclosed (encoded-words.ts). The work and the characters cut grow linearly, a secret
// after the run still goes, and 1 MB of each finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const shapes: Array<[string, (size: number) => string]> = [
  ["message-id keys before addresses, one line", repeat("message-id=<a1.b2@mx.example.org> ")],
  ["a message-id key before a local part of `=` and `$` with no end", (n) => "Message-ID: <" + repeat("a=$")(n)],
  ["local parts of `=` and `!` glued before each `@`", repeat("x=y!z@a.example.org>")],
  ["relay names before bracketed addresses, one line", repeat("relay=mx.example.org[198.51.100.7]:25, ")],
  ["a host name's characters, then one bracket, over and over", repeat("a.b-c.d" + "[")],
  ["Received hops whose greeting and lookup differ", repeat("from a.example.org (b.example.org [198.51.100.8]) ")],
  ["VERP tags: `+` and `=` chains before `@`", repeat("bounce+1-a=b.c+")],
  ["VERP addresses glued together", repeat("bounce+3-jroe=gmail.com@send.example.net")],
  ["masked domains after local parts", repeat("jroe@****.****.com ")],
  ["an `@` before stars, over and over", repeat("a@**")],
  ["encoded words in a To: line", (n) => "Date: x\nTo: " + repeat("=?UTF-8?Q?Jane_Roe?= <j@x.org>, ")(n)],
  [
    "encoded and plain words mixed in a From: line",
    (n) => "Date: x\nFrom: " + repeat("=?UTF-8?Q?J=C3=B6rg?= Schmidt =?")(n),
  ],
  ["encoded names before addresses in JSON", repeat('{"from":"=?UTF-8?B?SmFuZSBSb2U=?= a b c <j@x.org>"},')],
  ["encoded words with no address after them", repeat("=?UTF-8?Q?J?= a b c ")],
  [
    "reset links with token-shaped segments, one path",
    (n) => "https://x.example/" + repeat("reset/Mg/a1b2c3d4e5f6a7b8c9/")(n),
  ],
  [
    "percent-encoded addresses as path segments",
    (n) => "https://x.example/" + repeat("a.b%40c.example.org/%40%40/")(n),
  ],
  ["a MessageId column, then rows", (n) => "Status,MessageId\n" + repeat('Delivered,"<a1@mx.example.org>"\n')(n)],
  ["a MessageId header of many cells and unclosed quotes", (n) => "MessageId" + repeat(',"a@b.org')(n)],
  ["unclosed encoded words in a From: line", (n) => "Date: x\nFrom: " + repeat("=?UTF-8?Q?J")(n)],
  ["a DKIM h= list of header names", (n) => "DKIM-Signature: h=" + repeat("from:to:subject-line:")(n)],
];

describe("mail sources and mail-server logs on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });
});
