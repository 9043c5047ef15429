// X12 pasted without its ISA header in another element separator (`|`, `^`), with another segment terminator, in
// lower case; and a PER contact judged by the loop it stands in (a payer's help desk stays, a person goes).
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("X12 without an ISA header, other separators", () => {
  it("a 270 with `|` elements and `?` terminators, one segment a line", () => {
    expectRedacted(
      "ST|270|0001|005010X279A1?\nHL|1||20|1?\nNM1|PR|2|ACME HEALTH|||||PI|12345?\nNM1|IL|1|QUILLFEATHER|ODESSA||||MI|W81244731?\n" +
        "N3|14 ELM ROAD?\nDMG|D8|19540312?\nEQ|30?\nSE|8|0001?",
      ["QUILLFEATHER", "ODESSA", "W81244731", "14 ELM ROAD", "19540312"],
      ["ST|270|0001|005010X279A1?", "NM1|PR|2|ACME HEALTH|||||PI|12345?", "EQ|30?"],
    );
  });
  it("a loop on one line with `|` or `^` elements and `~` ends", () => {
    expectRedacted("Payer says: NM1|IL|1|Quillfeather|Odessa||||MI|W81244731~DMG|D8|19540312~", [
      "Quillfeather",
      "W81244731",
      "19540312",
    ]);
    expectRedacted("NM1^IL^1^QUILLFEATHER^ODESSA^^^^MI^W81244731~DMG^D8^19540312^F~", ["QUILLFEATHER", "19540312"]);
  });
  it("segments in lower case, bare and in an interchange", () => {
    expectRedacted("st*270*0001~nm1*il*1*quillfeather*odessa****mi*w81244731~dmg*d8*19540312~se*4*0001~", [
      "quillfeather",
      "w81244731",
      "19540312",
    ]);
    expectRedacted(
      "isa*00*          *01*zq4pw81klm*zz*submitter01    *zz*payer0042      *240101*1200*^*00501*000000905*0*p*:~" +
        "nm1*il*1*quillfeather*odessa****mi*w81244731~iea*1*000000905~",
      ["quillfeather", "zq4pw81klm"],
      ["submitter01", "000000905"],
    );
  });
  it("HL7 v2 and Markdown tables with bars are no X12", () => {
    expectRedacted(
      "MSH|^~\\&|LAB|HOSP|||20240115||ORU^R01|MSG00001|P|2.5\n| ST | 270 | eligibility |\nOBX|1|ST|NM1^Code||270|",
      [],
      ["| ST | 270 | eligibility |", "OBX|1|ST|NM1^Code||270|"],
    );
  });
});

describe("X12 PER contacts by their loop", () => {
  it("a payer's contact (after NM1*PR) stays, a submitter's person goes", () => {
    expectRedacted(
      "ST*271*0001~NM1*PR*2*ACME HEALTH*****PI*12345~PER*IC*PROVIDER SERVICES*TE*8005551234*UR*https://payer.example.com~" +
        "NM1*41*2*PREMIER BILLING*****46*TGJ23~PER*IC*JERRY QUILLFEATHER*TE*3055552222*EM*jerry@premierbilling.example~SE*6*0001~",
      ["JERRY QUILLFEATHER", "3055552222", "jerry@premierbilling.example"],
      ["PER*IC*PROVIDER SERVICES*TE*8005551234*UR*https://payer.example.com~"],
    );
  });
});
