// The prose sweep's detectors skip a text that lacks what every match of theirs holds: a shell prompt's `@`, `$` or
// Kali's `㉿`, a keyed phone's seven digits in a row, a claim's `=`, `:` or `：`, a signature's dash or contact
// line's colon, an attendee list's heading word. On generated texts of the pieces those shapes are made of: adding
// the missing character on a line of its own (where it can start no match) lets the detector read the text, and it
// finds nothing more in the text than it did without — skipping changed no output.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { PhiSpan } from "~/redaction/detectors/phi-span";
import { findPromptLogins } from "~/redaction/detectors/prompt-logins";
import { findKeyedPhones } from "~/redaction/detectors/phi-phones";
import { CLAIM_SEPARATORS, findClaimValues } from "~/redaction/detectors/phi-claims";
import { findAddresses } from "~/redaction/detectors/phi-addresses";
import { findSignatures } from "~/redaction/detectors/phi-signatures";
import { ATTENDEE_HEADING, HEADING_WORD, attendeeItems } from "~/redaction/detectors/phi-attendee-lists";
import { mixedText } from "./lib/mixed-text";

const spans = (find: (text: string, out: PhiSpan[]) => void, text: string) => {
  const out: PhiSpan[] = [];
  find(text, out);
  return out;
};
/** The spans `find` reports inside the first `length` characters. */
const within = (found: PhiSpan[], length: number) => found.filter((s) => s.end <= length);

/** `find` on `text` and on `text` plus a line that opens its gate: the same spans inside `text`. */
function sameWithGateOpen(find: (text: string, out: PhiSpan[]) => void, text: string, opener: string) {
  expect(within(spans(find, text + opener), text.length)).toEqual(spans(find, text));
}

describe("prose sweep gates", () => {
  it("a shell prompt's login is found only in a text holding its pattern's character", () => {
    const pieces = ["jdoe", "jörg", "@", "host", "box.local", ":", "~/app", "$", "#", "%", ">", "❯", " ", "\n", "["];
    const more = ["]", "MINGW64", "┌──(", "㉿", "kali", ")", "-", "2024-01-02T03:04:05Z ", "web-1  | ", "(venv) ", "x"];
    fc.assert(
      fc.property(mixedText([...pieces, ...more], 3, 14), (text) =>
        sameWithGateOpen(findPromptLogins, text, "\n@$㉿\n"),
      ),
      { numRuns: 3000 },
    );
  });

  it("a keyed phone is found only in a text holding seven digits in a row", () => {
    const pieces = ["phone", "mobile", "msisdn", "To", ":", "=", '"', "'", " ", "\t", "[", ",", "+", "\n", "-", "_"];
    const digits = ["1", "12", "555", "0123", "123456", "："];
    fc.assert(
      fc.property(mixedText([...pieces, ...digits], 3, 14), (text) =>
        sameWithGateOpen(findKeyedPhones, text, "\n0000000"),
      ),
      { numRuns: 3000 },
    );
    expect(spans(findKeyedPhones, "mobile: 5551234").map((s) => s.start)).toEqual([8]);
  });

  it("a claim is found only in a text holding one of its separators", () => {
    const pieces = ["name", "displayName", "email", "username", "login", "city", "openid", "Jane", "Roe", "jroe"];
    const more = ["@", ".", " ", '"', "'", ",", "\n", "{", "}", "=", ":", "：", "1", "x"];
    fc.assert(
      fc.property(mixedText([...pieces, ...more], 3, 14), (text) =>
        sameWithGateOpen(findClaimValues, text, `\n${CLAIM_SEPARATORS.join("")}\n`),
      ),
      { numRuns: 3000 },
    );
  });

  it("a signature's dash line or contact block is read only in a text holding a dash mark or a colon", () => {
    const pieces = [
      "Thanks,",
      "Regards",
      "Jane",
      "Roe",
      "J.",
      "Acme",
      "Support",
      "Phone",
      "Email",
      "e",
      ":",
      "-",
      "--",
    ];
    const more = ["—", "–", "~", ",", "|", " ", "\n", "\n\n", "+1 555 123 4567", "jroe@example.org", "x"];
    fc.assert(
      fc.property(mixedText([...pieces, ...more], 3, 16), (text) =>
        sameWithGateOpen(findSignatures, text, "\n--\n:\n"),
      ),
      { numRuns: 3000 },
    );
    const found = (text: string) => spans(findSignatures, text).map((s) => text.slice(s.start, s.end));
    expect(found("See you.\n— Jane Roe, Acme")).toEqual(["Jane Roe"]);
    expect(found("Hi\n\nJane Roe\nAcme Corp\nPhone: +1 555 123 4567\n")).toEqual(["Jane Roe"]);
  });

  it("an attendee list is read line by line only in a text holding a heading's word", () => {
    const pieces = ["Attendees", "ATTENDANCE", "Participants", "Present", "In attendance", "Who attended", ":", "#"];
    const headings = ["## Present", "**Who attended:**", "People present", "__Participants__ :"];
    const more = ["**", "- ", "* ", "1. ", "Jane Roe", "Agenda", " ", "\n", "\n\n", "\r\n", "x"];
    fc.assert(
      fc.property(mixedText([...pieces, ...headings, ...more], 3, 16), (text) => {
        expect(attendeeItems(text + "\npresent")).toEqual(attendeeItems(text));
        // Each line read as a heading holds the word the gate looks for.
        for (const line of text.split("\n"))
          if (ATTENDEE_HEADING.test(line)) expect(HEADING_WORD.test(line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    const text = "## Attendees\n- Jane Roe\n- John Doe\n";
    expect(attendeeItems(text).map((i) => text.slice(i.start, i.end))).toEqual(["Jane Roe", "John Doe"]);
  });

  it("an address is still found when its only digit is its house number, or with no digit at a corner", () => {
    const found = (text: string) => spans(findAddresses, text).map((s) => text.slice(s.start, s.end));
    expect(found("She lives at 12 Oak Street now")).toContain("12 Oak Street");
    expect(found("meet at the corner of Main Street and Elm Avenue").join(" ")).toContain("Main Street");
  });

  it("finishes on a megabyte of the gated shapes' characters", () => {
    const inputs = [
      "jdoe@host:~/app".repeat(70_000),
      "a@b ".repeat(260_000),
      "$".repeat(1 << 20),
      "phone: 123456 ".repeat(75_000),
      "1234567".repeat(150_000),
      "name=".repeat(210_000),
      ":".repeat(1 << 20),
      "：".repeat(1 << 20),
      "mobile：13812345678 ".repeat(52_000),
      '"nickname"："'.repeat(80_000),
      "12 Oak ".repeat(150_000),
      "-- Jane Roe\n".repeat(90_000),
      "Phone: 5\n".repeat(110_000),
      "Attendees:\n- a\n".repeat(60_000),
      "present\n".repeat(130_000),
    ];
    for (const text of inputs) {
      expect(Array.isArray(spans(findPromptLogins, text))).toBe(true);
      expect(Array.isArray(spans(findKeyedPhones, text))).toBe(true);
      expect(Array.isArray(spans(findClaimValues, text))).toBe(true);
      expect(Array.isArray(spans(findAddresses, text))).toBe(true);
      expect(Array.isArray(spans(findSignatures, text))).toBe(true);
      expect(Array.isArray(attendeeItems(text))).toBe(true);
    }
  });
});
