// A packet pasted as a hex + ASCII dump (`tcpdump -X`, `xxd`, `hexdump -C`, Wireshark's "Copy as Hex + ASCII"): the
// HTTP message is cut into 16-byte lines, so a token is split across lines with an offset and its hex in between, and
// the hex columns look like phone or card numbers to the free-text detectors. The dump is read back into its bytes, the
// message redacted as HTTP text, and the redacted bytes masked in both columns; the layout, the offsets and the other
// bytes stay. The shape of a leak found in a real artifact (a tcpdump -X paste in test/corpora/real-artifacts), written
// small with made-up values.
import { describe, expect, it } from "vitest";

import { redactHexDumps } from "~/redaction/hex-dumps";
import { gone, kept, redact } from "./lib/redact-text";

const hex = (b: number) => b.toString(16).padStart(2, "0");
const shown = (b: number) => (b > 0x20 && b < 0x7f ? String.fromCharCode(b) : ".");
const bytesOf = (s: string) => [...Buffer.from(s, "latin1")];

/** `tcpdump -X`: `\t0x0010:  4745 5420 ...  GET ...`, two bytes a group. */
function tcpdumpX(bytes: number[], prefix = "\t"): string[] {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.slice(at, at + 16);
    const groups: string[] = [];
    for (let i = 0; i < row.length; i += 2)
      groups.push(
        row
          .slice(i, i + 2)
          .map(hex)
          .join(""),
      );
    lines.push(
      `${prefix}0x${at.toString(16).padStart(4, "0")}:  ${groups.join(" ").padEnd(39)}  ${row.map(shown).join("")}`,
    );
  }
  return lines;
}

/** `hexdump -C`: `00000010  47 45 54 20 ...  ... |GET ...|`, a gap after eight bytes. */
function hexdumpC(bytes: number[]): string[] {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.slice(at, at + 16);
    const left = row.slice(0, 8).map(hex).join(" ");
    const right = row.slice(8).map(hex).join(" ");
    const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${at.toString(16).padStart(8, "0")}  ${`${left}  ${right}`.padEnd(48)}  |${ascii}|`);
  }
  return lines;
}

const IP_HEADER = [0x45, 0x00, 0x03, 0x2e, 0x67, 0x65, 0x40, 0x00, 0x40, 0x06, 0xd2, 0x62, 0x7f, 0x00, 0x00, 0x01];
const REQUEST =
  "GET /r4/Patient/12724066 HTTP/1.1\r\nHost: fhir.example.org\r\nAuthorization: Bearer kq83HDn2LpW0vXz19TrMEa7yQuT5\r\n" +
  "Cookie: sid=7Hq2xPzL0aV93mWcRt; theme=dark\r\nX-Request-Id: 5f0c2a1e-77aa-4c1b-9d3e-0b6a2f1c9e44\r\n\r\n";

describe("hex + ASCII packet dumps", () => {
  it("tcpdump -X: the token and the cookie are masked in both columns, the request line and ids stay", () => {
    const lines = tcpdumpX([...IP_HEADER, ...bytesOf(REQUEST)]);
    const out = redact(
      ["18:14:02.373374 IP 10.0.0.5.36814 > 10.0.0.9.80: Flags [P.], length 210", ...lines, ""].join("\n"),
    );
    // Every 16-byte piece of the token and of the cookie is gone from the ASCII column, and the token's hex with it.
    for (const piece of ["kq83HDn2LpW0", "vXz19TrMEa7yQuT5", "7Hq2xPzL0aV93mWc"])
      expect(out).not.toContain(piece.slice(4, 12));
    gone(out, "6b71 3833", "3748 7132");
    kept(out, "18:14:02.373374 IP 10.0.0.5.36814 > 10.0.0.9.80", "\t0x0000:  4500 032e 6765 4000 4006 d262 7f00 0001");
    kept(out, "GET./r4/Patient/", "rization:.Bearer", "ookie:.sid=", "uest-Id:.5f0c2a1", "e-77aa-4c1b-9d3e");
    // The hex columns are no phone number and no card number.
    expect(out).not.toMatch(/REDACTED:(?:phone|credit_card)/);
    // Layout kept: as many lines, each as long as before.
    const before = lines.map((l) => l.length);
    const after = out
      .split("\n")
      .slice(1, 1 + lines.length)
      .map((l) => l.length);
    expect(after).toEqual(before);
  });

  it("editor line numbers before the offsets (a dump pasted from a numbered view) are read the same", () => {
    const lines = tcpdumpX(bytesOf(REQUEST), "").map((l, i) => `${String(i + 12).padStart(3)}         ${l}`);
    const out = redact(lines.join("\n"));
    gone(out, "HDn2LpW0", "TrMEa7yQ", "L0aV93mW");
    kept(out, " 12         0x0000:  4745 5420 2f72 342f 5061 7469 656e 742f  GET./r4/Patient/");
  });

  it("hexdump -C (two-digit groups, a gap, |ASCII|): the same", () => {
    const out = redact(hexdumpC(bytesOf(REQUEST)).join("\n"));
    gone(out, "HDn2LpW0", "TrMEa7yQ", "L0aV93mW");
    kept(out, "00000000  47 45 54 20 2f 72 34 2f  50 61 74 69 65 6e 74 2f  |GET /r4/Patient/|");
  });

  it("a dump of a harmless request is left exactly as it was", () => {
    const text = tcpdumpX(bytesOf("GET /metadata HTTP/1.1\r\nHost: fhir.example.org\r\nAccept: */*\r\n\r\n")).join(
      "\n",
    );
    expect(redactHexDumps(text, (payload) => payload)).toBe(text);
    expect(redact(text)).toBe(text);
  });

  it("lines whose ASCII column does not match their hex are no dump and are left to the other readers", () => {
    const text = "0x0010:  4745 5420 2f72 3466  NOT-THE-SAME\n0x0020:  dead beef  cafe";
    expect(redactHexDumps(text, () => "changed")).toBe(text);
  });

  it("hostile: 1 MB of dump-like lines, long hex runs and unterminated rows finish", () => {
    const row = tcpdumpX(bytesOf(REQUEST)).join("\n") + "\n";
    const junk = "\t0x0000:  " + "4745 ".repeat(4000) + "\n" + "0x00:".repeat(5000) + "\n";
    const text = (row + junk).repeat(Math.ceil(1_000_000 / (row.length + junk.length)));
    const out = redact(text);
    expect(out).not.toContain("HDn2LpW0");
  });
});
