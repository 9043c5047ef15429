// The readers added for the held-out mobile-log sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth } from "../hostile/work-meter";

// Whole units only: a unit cut in the middle of its value (`CODE=Zx8`) would let the text's size decide how its last
// pair reads, and a growth step would measure that switch rather than the readers.
const repeat = (unit: string) => (size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const LINEAR = 5;

const UNITS: Array<[string, string]> = [
  ["OAuth form runs", "grant_type=authorization_code&code=Zx81kQpLmN0a&state=1&"],
  ["code runs beside no OAuth pair", "code=Zx81kQpLmN0a&code=Qm7xT2pL&"],
  ["logcat lines of OAuth forms", "D/OkHttp: grant_type=a&code=Zx81kQpLmN0a&redirect_uri=x\n"],
  ["Optional wrappers after secret labels", 'token: Optional("Zx81kQpLmN0a") '],
  ["nested Optional wrappers after secret labels", "token: Optional(Optional('Zx81kQpLmN0a')) "],
  ["upper-case code runs beside session_state", "CODE=Zx81kQpLmN0a&SESSION_STATE=5d2c&"],
  ["Optional wrappers never closed", 'access token: Optional("Zx81kQpLmN0a '],
  ["claims in Optionals", 'name: Optional("Jane Doe"), email: Optional("j@x.org"), nickname: jdoe77, '],
  ["expiry keys", '"accessTokenExpirationDate": "2024-01-02T10:21:12Z", '],
];

describe("hostile input for the held-out mobile-log readers", () => {
  for (const [name, unit] of UNITS)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    });

  const mb = 1 << 20;
  const megabytes: Array<[string, string]> = [
    ...UNITS.map(([name, unit]): [string, string] => [name, repeat(unit)(mb)]),
    ["one form run of code pairs", "state=1" + "&code=a".repeat(mb / 7)],
    ["Optional( without a quote, repeated", "token: " + "Optional(".repeat(mb / 9)],
    ["Optional( repeated, then a quote never closed", "token: " + "Optional(".repeat(mb / 9) + '"' + "a".repeat(9)],
    ["one Optional string never closed", 'token: Optional("' + "a".repeat(mb)],
  ];
  for (const [name, text] of megabytes)
    it(`a megabyte of ${name} finishes`, () => {
      expect(redact(text).length).toBeGreaterThan(0);
    });
});
