// Hostile forms of code pasted into a report: person setters and initialisers again and again, strings that never
// close, collection openings with nothing in them, identifier systems without a value, code expressions under secret
// names (setters, conversions, environment look-ups and their fallbacks) by the thousand. The work (counted operations, see work-meter.ts) grows linearly, and a real name after the
// run still goes.
import { describe, expect, it } from "vitest";
import { redact as redactAs } from "../redaction/lib/redact-text";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) => redactAs(text, "sandbox", "text");

describe("code's person fields and secret names on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["setters chained on one line", repeat('.setFamily("Ab").addGiven("Cd")')],
    ["a setter's string that never closes", (n) => 'name.setFamily("' + repeat("a")(n)],
    ["setter openings without a string", repeat(".setFamily(new DateType(")],
    ["identifier systems and values", repeat('.setSystem("http://a.example/x").setValue("12345");')],
    ["identifier systems without a value", repeat('System = "x", ')],
    ["a list of given names that runs on", (n) => "given: ['Ab'" + repeat(", 'Cd'")(n)],
    ["collection openings again and again", repeat("Given = new List<string> { ")],
    ["keyed fields on one line", repeat("family='Ab', birthDate='1990-01-01', ")],
    ["member expressions under secret names", repeat("token = $a->b; ")],
    ["constructors under secret names", repeat("api_key = new Foo(")],
    ["constant names under secret names", repeat("{'x-api-key': API_KEY}, ")],
    ["an identifier after a run without statement ends", (n) => repeat("a")(n) + 'System = "s", Value = "v1"'],
    ["identifier values before their systems", repeat('.setValue("12345").setSystem("http://a.example/x"); value: ')],
    ["member assignments of person fields", repeat('patient.name[0].given = ["Ab"]; p.birthDate = ')],
    ["secret-named setters and builder steps", repeat('.setClientSecret("abcd").password(')],
    ["environment look-ups and fallbacks", repeat('password = os.getenv("PW") or ENV.fetch("PW", ')],
    ["conversions under secret names on one line", repeat('client_secret = SecretStr(String::from(new ApiKey("')],
  ];

  itStaysLinear(shapes, redact);

  it("after 1 MB of setters without strings, a real family name still goes", () => {
    const out = redact(repeat(".setFamily(")(1_000_000) + '\nname.setFamily("Quillfeather").addGiven("Ormond");\n');
    expect(out).not.toContain("Quillfeather");
    expect(out).not.toContain("Ormond");
  });
});
