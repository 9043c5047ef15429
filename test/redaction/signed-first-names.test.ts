// A forum post or mail signed with a first name in lower case under its sign-off ("Thanks," then "kevin"), and the
// last author line of a Google Groups thread copied up to it ("Jane Roe (Cerner)" with nothing under it): the
// layout says each is a person. A word under a sign-off that is no given name ("team", "devops") stays.
import { describe, expect, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";
import { findNames } from "~/redaction/detectors/phi-names";
import type { PhiSpan } from "~/redaction/detectors/phi-span";

const post = "Anyone else having same issue with the new sandbox using fhir-client v2?\n\n";

describe("a first name signed in lower case", () => {
  it("right under the sign-off, in both environments", () => {
    for (const env of ["sandbox", "client-prod"] as const)
      check(
        `${post}Thanks,\nkevin\n\n**vlad-ignatov** commented\n`,
        ["kevin"],
        ["vlad-ignatov", "fhir-client v2"],
        env,
      );
  });
  it("after a blank line, at the end of the paste, under other sign-offs", () => {
    check(`${post}Regards,\n\nmaria`, ["maria"]);
    check(`${post}Cheers\njohn\n`, ["john"]);
  });
  it("a word that is no given name stays", () => {
    check(`${post}Thanks,\nteam\n`, [], ["team"]);
    check(`${post}Thanks,\ninvalid_grant\n`, [], ["invalid_grant"]);
  });
  it("a given name in prose, not under a sign-off, is not taken for a signature", () => {
    check(`${post}the sandbox patient is\nkevin-test-app\n`, [], ["kevin-test-app"]);
  });
});

describe("the last author line of a Google Groups thread", () => {
  const thread =
    "Andrew Hosokawa\n\nunread,\nAug 26, 2021, 1:55:30 PM8/26/21\nto Cerner FHIR Developers\n" +
    "Wondering if anyone from Cerner could weigh in.\n\n";
  it("with the employer in brackets and nothing under it", () => {
    check(`${thread}Fenil Desani (Cerner)\n`, ["Fenil", "Desani"], ["Cerner FHIR Developers"]);
    check(`${thread}Fenil Desani (Cerner)`, ["Fenil", "Desani"]);
  });
  it("a product line in brackets at the end stays", () => {
    check(`${thread}Patient Portal (Cerner)\n`, [], ["Patient Portal (Cerner)"]);
  });
});

describe("hostile inputs finish (linear work)", () => {
  it("a megabyte of sign-off lines and lower-case words", () => {
    const text = "Thanks,\nkevin\n".repeat(80_000) + "Fenil Desani (Cerner)\n".repeat(20_000);
    const out: PhiSpan[] = [];
    findNames(text, out);
    expect(out.length).toBeGreaterThan(0);
  });
  it("a megabyte of hyphenated compounds of a found name, and one unbroken compound", () => {
    for (const tail of ["Nancy-Timmy-Rowley-x ".repeat(50_000), "Nancy-".repeat(200_000)]) {
      const out: PhiSpan[] = [];
      findNames("Mrs. Nancy Rowley\n" + tail, out);
      expect(out.length).toBeGreaterThan(0);
    }
  });
});

describe("a name found in the text goes inside a hyphenated compound too", () => {
  it("the proxy's name joined to the patient's (`Nancy-Timmy RelatedPerson`)", () => {
    const out = check(
      "Dear all,\nthe proxy Mrs. Nancy Rowley is choosing a patient. There is no resource id for the Nancy-Timmy " +
        "RelatedPerson resource, and Rowley-Smith is her alias.\n",
      ["Nancy", "Rowley"],
      ["RelatedPerson", "-Timmy"],
    );
    expect(out).not.toMatch(/\bNancy\b/);
  });
  it("a compound whose parts are no found name stays", () => {
    check(
      "Mrs. Nancy Rowley uses the Read-Only scope and Smart-on-FHIR.\n",
      ["Rowley"],
      ["Read-Only", "Smart-on-FHIR"],
    );
  });
});
