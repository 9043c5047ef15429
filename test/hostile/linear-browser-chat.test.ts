// Hostile forms of what is copied out of the browser and out of chat: author lines one after another, names above
// time lines, voice tags that never close, WebVTT cues of a million lines, runs of capitalised words and handles after
// a speaker was found, PowerShell cookie calls, avatar URLs, signature-named keys. The work grows linearly (see
// work-meter.ts), 1 MB finishes, and a real speaker or secret after the run still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
/** Distinct two-word names, one per line, each followed by `tail`. */
const distinctNames = (tail: string) => (size: number) => {
  let s = "";
  for (let i = 0; s.length < size; i++) s += `Ab${i.toString(36)} Cd${i.toString(36)}${tail}`;
  return s.slice(0, size);
};

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */
const SPEAKER = "\nOdessa Quillfeather  9:10 AM\nthe token lacks launch/patient\n";

const shapes: Array<[string, (size: number) => string]> = [
  ["author lines of one name, one after another", repeat("Ann Lee  9:10 AM\n")],
  ["author lines of distinct names", distinctNames("  9:10 AM\nhi\n")],
  ["names above indented time lines", distinctNames("\n  9:10 AM\n")],
  ["a line of clock times", repeat("9:10 ")],
  ["voice tags that never close", repeat("<v Ann Lee\n")],
  ["voice tags on one line", repeat("<v Ann Lee>x</v>")],
  ["WebVTT cues with a Meet speaker each", repeat("00:00:08.000 --> 00:00:12.000\n(Ann Lee)\nx\n")],
  ["one cue timing, then a million short lines", (n) => "00:00:08.000 --> 00:00:12.000\n" + repeat("x\n")(n)],
  ["capitalised words after a speaker was found", (n) => "<v Ann Lee>x</v>\n" + repeat("Ann Lee Ann ")(n)],
  ["handles after a speaker was found", (n) => "<v Ann Lee>x</v>\n" + repeat("@ann.lee @annlee ")(n)],
  ["a line of PowerShell cookie calls", repeat('System.Net.Cookie("a", "b')],
  ["a PowerShell cookie call whose value never closes", (n) => 'System.Net.Cookie("a", "' + repeat("b")(n)],
  ["a line of password words and dashes", repeat("password - ")],
  ["a line of passwords given in prose", repeat("password is aB1cD2eF3g ")],
  ["password words with a long stretch before the dash", repeat("password " + "x".repeat(59) + " - Kq7ZrT2mWx9 ")],
  ["avatar URLs", repeat("https://secure.gravatar.com/avatar/e1d7533e265a9208a5db0dbf6047a882.jpg ")],
  ["an avatar path of hex digits", (n) => "gravatar.com/avatar/" + repeat("0a")(n)],
  ["a signature header's list of items", (n) => "Stripe-Signature: t=1" + repeat(",v1=ab12cd v1,Zm9v")(n)],
  ["Remote Address lines with no General block", repeat("Remote Address: 198.51.100.7\n")],
  ["Remote Address lines inside a General block", repeat("Status Code: 403\nRemote Address: 185.199.110.153:443\n")],
  ["PowerShell cookie calls with doubled quotes", repeat("[System.Net.Cookie]::new('a''b', 'c''")],
  ["password words, each before an `is` of a later clause", repeat("pw reset - the id is ")],
  ["old-form avatar URLs", repeat("gravatar.com/avatar.php?s=1&gravatar_id=e1d7533e265a9208a5db0dbf6047a882 ")],
  ["profile-like phrases above time lines", repeat("Patient Read\n  9:10 AM\n")],
  [
    "JSON keys ending in -signature",
    (n) => "{" + repeat('"x-a-signature": "v0=abcdef0123456789abcdef0123456789", ')(n) + '"z": 1}',
  ],
];

describe("browser and chat pastes on hostile input", () => {
  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, a speaker after it still goes`, () => {
      expect(growth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      const out = redact(make(64_000) + SPEAKER);
      expect(out).not.toContain("Odessa Quillfeather");
    });
  }

  it.each([
    ["distinct author lines", distinctNames("  9:10 AM\nhi\n")(1_000_000)],
    ["capitalised words after a speaker", "<v Ann Lee>x</v>\n" + repeat("Ann Lee Ann ")(1_000_000)],
    ["a key named for a signature, 1 MB long", `{"${repeat("a-")(1_000_000)}x": "v"}`],
    ["one cue timing over 1 MB of lines", "00:00:08.000 --> 00:00:12.000\n" + repeat("(x)\n")(1_000_000)],
  ])("1 MB of %s finishes, a speaker after it still goes", (_name, text) => {
    expect(redact(text + SPEAKER)).not.toContain("Odessa Quillfeather");
  });
});
