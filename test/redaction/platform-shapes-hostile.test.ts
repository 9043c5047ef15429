// The readers added for the `platform-` shapes on hostile input: a megabyte of repeated fragments of each shape, quotes
// left open and long runs of the trigger characters finishes and is redacted. No timing is asserted (the times were
// taken by hand: see the commit messages).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const MB = 1 << 20;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "h", kind: "text", text }).text;

describe("hostile input for the platform shapes", () => {
  it.each([
    ["a curl body opened and never closed", "note\ncurl -d '{\n" + fill('  "LastName": "Roe",\n')],
    ["curl bodies opened on every line", "note\n" + fill("curl -d '{\n")],
    ["curl bodies closed on the next line, back to back", "note\n" + fill("curl -H 'a\nb' x\n")],
    ["a double-quoted body of escaped quotes", 'note\ncurl --data "' + fill('\\"a\\" \\\n')],
    ["continuation marks without an end", "note\ncurl -d '" + fill("\\\n")],
    ["caller addresses back to back (JSON)", "[" + fill('{"sourceIPAddress": "203.0.113.7"},') + "{}]"],
    ["a caller address of a megabyte of digits and colons", '{"callerIp": "' + fill("1:") + '"}'],
    ["bare-key pairs back to back", fill('{  callerIp: "12.586.9.1",  a: "b" }  ')],
    ["blanks and braces without a key", fill("{  ,  ")],
    [
      "a patient's identifiers by the thousand",
      '{"Patient": {"Identifiers": [' + fill('{"ID": "0000000001", "IDType": "MR"}, ') + "{}]}}",
    ],
  ])("%s finishes", (_name, text) => {
    expect(redact(text).length).toBeGreaterThan(0);
  });
});
