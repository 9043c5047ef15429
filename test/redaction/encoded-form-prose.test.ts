// A free-text value in a query or a form body with its blanks written as `+` or `%20` (an SMS API's `Body=Hi+John+…`,
// a `message=` parameter): the person's details in it go, the rest of the value keeps its encoding byte for byte.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";
import { sweepEncodedValue } from "~/redaction/detectors/encoded-values";

describe("a form or query value written with + or %20 for its blanks", () => {
  it("loses a name in a quoted wire-line form and keeps the encoding around it", () => {
    const out = redact('>> "To=%2B18015550199&Body=Hi+John+Smith,+your+visit+is+confirmed"');
    gone(out, "Smith", "18015550199");
    kept(out, "Body=Hi+", ",+your+visit+is+confirmed");
  });

  it("does the same for %20 and in a URL's query", () => {
    gone(redact('>> "To=%2B18015550199&Body=Hi%20John%20Smith"'), "Smith");
    const out = redact("GET https://api.example.com/v1/notify?channel=sms&message=Hello+Jane+Roe+your+results+are+in");
    gone(out, "Roe");
    kept(out, "channel=sms&message=Hello+", "+your+results+are+in");
  });

  it("finds an e-mail address whose @ was percent-encoded among blanks", () => {
    const out = redact(
      "GET https://api.example.com/feedback?subject=Access&text=Please+mail+jane.roe%40example.com+the+report",
    );
    gone(out, "jane.roe");
    kept(out, "subject=Access", "text=Please+mail+");
  });

  it("keeps values with nothing personal unchanged, a base64 value with + too", () => {
    for (const text of [
      "GET /cb?state=ab+cd/ef%3D%3D&scope=launch+openid+fhirUser&x=1",
      '>> "grant_type=client_credentials&scope=system%2FObservation.read+system%2FPatient.read"',
    ])
      expect(redact(text)).toBe(text);
  });

  it("maps the sweep's change back onto the raw value", () => {
    const sweep = (v: string) => v.replace("John Smith", "[N]");
    expect(sweepEncodedValue("Hi+John+Smith%2C+thanks", sweep)).toBe("Hi+[N]%2C+thanks");
    expect(sweepEncodedValue("Hi%20John%20Smith", sweep)).toBe("Hi%20[N]");
    // Nothing encoded: the raw value is swept as it is.
    expect(sweepEncodedValue("John Smith", sweep)).toBe("[N]");
    // A malformed escape stays as written.
    expect(sweepEncodedValue("%ZZ+John+Smith", sweep)).toBe("%ZZ+[N]");
  });

  it("finishes on 1 MB of escapes, pluses and lone percent signs", () => {
    const sweep = (v: string) => v;
    for (const unit of ["%2", "+%E2%80", "%%+", "a+%41", "j%40e.", "Hi%C2%A0John%C2%A0Smith%C2%A0"]) {
      const raw = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(sweepEncodedValue(raw, sweep).length).toBe(raw.length);
    }
  }, 60_000);

  it("finishes on 1 MB of a bare form's encoded pairs in a log line (each value read once)", () => {
    const text = "INFO POST /notify body=" + "m=Hi+John+Smith&".repeat(62_500);
    const out = redact(text, "sandbox", "text");
    gone(out, "Smith");
    kept(out, "INFO POST /notify body=m=Hi+");
  }, 60_000);
});
