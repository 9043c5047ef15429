// A URL's query written one parameter a line in the other layouts people paste: shell `\` continuations, a blank line
// between the pairs, Markdown list items. Each pair is judged as the URL's own parameters are: an OAuth code goes, the
// state and the layout stay.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

const CODE = "Zx81kQpLmN0aB7cD6eF5gH4iJ3";

describe("a query one parameter a line", () => {
  it("with shell continuations", () => {
    const out = redact(
      `curl "https://fhir-ehr-code.cerner.com/r4/ec2458f2/oauth2/callback?\\\n  code=${CODE}&\\\n  state=abc123"\n`,
    );
    gone(out, CODE);
    kept(out, "callback?\\\n  code=", '&\\\n  state=abc123"');
  });

  it("with a blank line between pairs", () => {
    const out = redact(`The browser landed on\nhttps://app.example.com/callback\n?state=98a7b6\n\n&code=${CODE}\n`);
    gone(out, CODE);
    kept(out, "?state=98a7b6\n\n&code=");
  });

  it("as Markdown list items under the URL", () => {
    for (const marker of ["- ", "* ", "1. "]) {
      const out = redact(
        `Redirected to https://app.example.com/callback?\n${marker}state=98a7b6\n${marker}code=${CODE}\n${marker}session_state=e3cbfdca\n`,
      );
      gone(out, CODE);
      kept(out, `${marker}state=98a7b6`, `${marker}session_state=e3cbfdca`);
    }
  });

  it("leaves a list of settings that hangs under no URL alone, and a FHIR search's code", () => {
    const settings = `Settings:\n- code=${CODE}\n- state=on\n`;
    expect(redact(settings)).toBe(settings);
    const search = "GET https://fhir.example.org/r4/Observation?\n- patient=12724066\n- code=http://loinc.org|8867-4\n";
    kept(redact(search), "code=http://loinc.org|8867-4");
  });

  it("finishes on 1 MB of pair lines, blank lines, inline code items and continuation marks", () => {
    const more = ["- `code=x`\n", "code=x^\n", "https://a.b/c?`\n", "https://a.b/cb?a=1\n\n"];
    for (const unit of ["https://a.b/cb?\n", "- code=x\n", "\n\n", "&a=b\\\n", "https://a.b/c?\\\n\n", ...more]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof redact(text, "sandbox", "text")).toBe("string");
    }
  });
});
