// The readers added for the held-out mobile-log sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes. Units are repeated
// whole (wholeUnits): a value cut at the end would make the size decide how the last pair reads.
import { describe } from "vitest";
import { itIsLinearAndFinishes, MB, wholeUnits, type NamedMaker } from "../hostile/lib/hostile-tables";

const UNITS: NamedMaker[] = (
  [
    ["OAuth form runs", "grant_type=authorization_code&code=Zx81kQpLmN0a&state=1&"],
    ["code runs beside no OAuth pair", "code=Zx81kQpLmN0a&code=Qm7xT2pL&"],
    ["logcat lines of OAuth forms", "D/OkHttp: grant_type=a&code=Zx81kQpLmN0a&redirect_uri=x\n"],
    ["Optional wrappers after secret labels", 'token: Optional("Zx81kQpLmN0a") '],
    ["nested Optional wrappers after secret labels", "token: Optional(Optional('Zx81kQpLmN0a')) "],
    ["upper-case code runs beside session_state", "CODE=Zx81kQpLmN0a&SESSION_STATE=5d2c&"],
    ["Optional wrappers never closed", 'access token: Optional("Zx81kQpLmN0a '],
    ["claims in Optionals", 'name: Optional("Jane Doe"), email: Optional("j@x.org"), nickname: jdoe77, '],
    ["expiry keys", '"accessTokenExpirationDate": "2024-01-02T10:21:12Z", '],
  ] as const
).map(([name, unit]): NamedMaker => [name, wholeUnits(unit)]);

describe("hostile input for the held-out mobile-log readers", () => {
  itIsLinearAndFinishes(UNITS, [
    ["one form run of code pairs", "state=1" + "&code=a".repeat(MB / 7)],
    ["Optional( without a quote, repeated", "token: " + "Optional(".repeat(MB / 9)],
    ["Optional( repeated, then a quote never closed", "token: " + "Optional(".repeat(MB / 9) + '"' + "a".repeat(9)],
    ["one Optional string never closed", 'token: Optional("' + "a".repeat(MB)],
  ]);
});
