// The readers skip what cannot start their shape before reading it further: a hex dump's line starts (after its
// blanks) with a hex digit, a curl trace's title holds " bytes (0x", a data frame's header starts with a blank, and a
// known secret's piece is read again for a cut mark only when it holds a character a mark starts with. Each check is
// implied by the reader's own first pattern; these tests hold the readers to that, and feed each 1 MB of its trigger.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ItemContext, RedactorState } from "~/redaction/context";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readDumpLine, redactHexDumps, startsHex } from "~/redaction/hex-dumps";
import { mayBeTitle, redactCurlTraces, titleLead } from "~/redaction/curl-trace";
import { redactDataFrames } from "~/redaction/data-frames";
import { redactCsvSecrets } from "~/redaction/csv";
import { replaceKnownValues } from "~/redaction/known-secrets";
import type { KnownValue } from "~/redaction/context";

const ctx = () => new ItemContext(new RedactorState(), { environment: "sandbox", terms: [], restored: [] });
const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
/** Every line of every real artifact: the gates must let through each line their reader reads. */
const CORPUS = join(__dirname, "../corpora/real-artifacts");
const corpusLines = () =>
  readdirSync(CORPUS)
    .filter((f) => !/^(?:README|labels)\./.test(f))
    .flatMap((f) => readFileSync(join(CORPUS, f), "utf8").split("\n"));

describe("the hex-dump reader's line check", () => {
  // Pieces of every dump layout (tcpdump -X, xxd, hexdump -C, Format-Hex, a numbered paste) and of what is not one.
  // Blanks the gate skips and other white space it does not (a vertical tab, a form feed, a no-break space, a quote's
  // `> ` or `| `), offsets of every layout, hex groups and text.
  const PIECES = ["\t", " ", "  ", "\v", "\f", "\u00a0", "\u3000", "> ", "| ", "0x0010:", "00000010", "0010", "12 "];
  PIECES.push("4745", "5420", "47", "GET /", ":", "x", ".");
  it("lets through every line the dump reader reads (startsHex, on generated lines)", () => {
    let turnedAway = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const line = pieces.join("");
        if (!startsHex(line)) turnedAway++;
        if (readDumpLine(line) !== null) expect(startsHex(line)).toBe(true);
      }),
      { numRuns: 2000, seed: 16 },
    );
    expect(turnedAway).toBeGreaterThan(500);
  });

  it("lets through every line the dump reader reads in the real artifacts", () => {
    for (const line of corpusLines()) if (readDumpLine(line) !== null) expect(startsHex(line)).toBe(true);
  });

  it("still reads a dump after tabs or blanks", () => {
    const sweep = (payload: string) => payload.replace("GET", "\x81\x90\x82");
    for (const lead of ["\t", "   ", " \t"]) {
      const dump = `${lead}0x0000:  4745 5420 2f20 4854 5450  GET / HTTP\n${lead}0x000a:  2f31 2e31 0d0a  /1.1..\n`;
      expect(redactHexDumps(dump, sweep)).not.toContain("4745 54");
    }
  });

  it("reads 1 MB of lines of blanks, of hex runs, and of near-dump lines to the end", () => {
    for (const unit of ["  x\n", "    \t\n", "0x00:  47  \n", "4745 5420  GE\n", "  zz  \n"])
      expect(typeof redactHexDumps(fill(unit), (p) => p)).toBe("string");
  });
});

describe("the curl trace reader's title check", () => {
  // Leads, title heads and tails, whole and with one character changed (a tab, a capital, a missing blank).
  const PIECES = ["", "> ", "12:00:00.000000 ", "[0-1] ", "DEBUG: ", " ", "\t", "=>", "(", ")", "0x42)"];
  PIECES.push("=> Send header, 66", "<= Recv data, 1", "<= Recv SSL data, 5", "=> Send data,66", "<=\tRecv data, 5");
  PIECES.push(" bytes (0x42)", " bytes (0x1)", " bytes(0x42)", " Bytes (0x42)", " bytes (0X42)", "\tbytes (0x42)");
  it("lets through every line read as a title (mayBeTitle, on generated lines)", () => {
    let turnedAway = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), (pieces) => {
        const line = pieces.join("");
        if (!mayBeTitle(line)) turnedAway++;
        if (titleLead(line) !== null) expect(mayBeTitle(line)).toBe(true);
      }),
      { numRuns: 3000, seed: 16 },
    );
    expect(turnedAway).toBeGreaterThan(500);
  });

  it("lets through every line read as a title in the real artifacts", () => {
    for (const line of corpusLines()) if (titleLead(line) !== null) expect(mayBeTitle(line)).toBe(true);
  });

  it("still reads a title after a log prefix and --trace-time's clock", () => {
    const trace = [
      "2024-05-01 DEBUG http: 12:00:00.000000 => Send header, 66 bytes (0x42)",
      "2024-05-01 DEBUG http: 0000: GET /r4/Patient HTTP/1.1",
      "2024-05-01 DEBUG http: 001a: Authorization: Bearer abcdefghijklmnop",
      "",
    ].join("\n");
    const out = redactCurlTraces(trace, (payload) => payload.replace("abcdefghijklmnop", "\x81\x90\x82"));
    expect(out).not.toContain("abcdefghijklmnop");
  });

  it("reads 1 MB of titles without data lines, and of their near misses, to the end", () => {
    for (const unit of ["=> Send data, 5 bytes (0x\n", "<= Recv header, 1 bytes (0x1)\n", " bytes (0x bytes (0x\n"])
      expect(typeof redactCurlTraces(fill(unit), (p) => p)).toBe("string");
  });
});

describe("the data frame reader's header check", () => {
  it("still reads a frame whose header starts with the index column's blank", () => {
    const frame = ["   first_name last_name  birth_date", "0        Jane       Roe  1982-01-23", ""].join("\n");
    const out = redactDataFrames(frame, ctx());
    expect(out).not.toContain("Jane");
    expect(out).not.toContain("1982-01-23");
  });

  it("reads 1 MB of double-spaced lines that start with no blank, and of blank-led ones, to the end", () => {
    for (const unit of ["a  b  c\n", "first_name  last_name\n", "  first_name  last_name\n", "  \n"])
      expect(typeof redactDataFrames(fill(unit), ctx())).toBe("string");
  });
});

describe("the CSV reader's one scan for header words", () => {
  it("still reads an export under a header that names a secret", () => {
    const csv = ["app,client_secret", "demo,Zx8PqR2vLm9TkW4y", ""].join("\n");
    expect(redactCsvSecrets(csv, ctx())).not.toContain("Zx8PqR2vLm9TkW4y");
  });

  it("leaves a text with separators and no header word as it is", () => {
    const text = "a,b;c\n1,2;3\n";
    expect(redactCsvSecrets(text, ctx())).toBe(text);
  });

  it("reads 1 MB of separators, and of header words without rows, to the end", () => {
    for (const unit of [",;", "token,", "secret;patient\n", '"token,"\n'])
      expect(typeof redactCsvSecrets(fill(unit), ctx())).toBe("string");
  });
});

describe("the known secrets' cut-copy check", () => {
  const secret: KnownValue = {
    value: "Zx8PqR2vLm9TkW4yHs3N",
    placeholder: "[REDACTED:client_secret#1]",
    category: "secret",
    type: "client_secret",
  };
  it.each([
    ["a cut mark inside", "Zx8PqR2vLm9TkW4y..."],
    ["an ellipsis", "Zx8PqR2vLm9TkW4yH\u2026"],
    ["an escaped ellipsis", "Zx8PqR2vLm9TkW4yH\\u2026"],
    ["a mark after a blank", "Zx8PqR2vLm9TkW4yHs ..."],
    ["a bracketed mark", "Zx8PqR2vLm9TkW4yHs[...]"],
    ["a full stop", "Zx8PqR2vLm9TkW4yHs3N."],
  ])("replaces a copy with %s", (_name, copy) => {
    const out = replaceKnownValues(`secret was ${copy} here`, ctx(), [secret]);
    expect(out).not.toContain("Zx8PqR2vLm9TkW4y");
  });

  it("leaves a piece with no mark and another value as it is", () => {
    const text = "secret was Zx8PqR2vLm9TkW4yXXXX here";
    expect(replaceKnownValues(text, ctx(), [secret])).toBe(text);
  });

  it("reads 1 MB of dots, ellipses, backslashes and bracketed marks to the end", () => {
    for (const unit of ["Zx8PqR2vLm9TkW4y.", "..\u2026\\", "a [...] ", "Zx8PqR2vLm9TkW4yHs3N\\u2026"])
      expect(typeof replaceKnownValues(fill(unit), ctx(), [secret])).toBe("string");
  });
});
