// C-CDA / CDA documents (`<ClinicalDocument xmlns="urn:hl7-org:v3">`), which Oracle Health's DocumentReference and
// Binary return and developers paste — whole or cut off by a log. Each case is the shape of a leak found in a real
// artifact (HL7's C-CDA examples and a HAPI issue in test/corpora/real-artifacts), written small with made-up values:
// before, the document was swept as text, where names in `<given>`/`<family>` and values in attributes stayed.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">',
  '  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>',
  '  <id extension="DOC-88231" root="2.16.840.1.113883.19.5.99999.1"/>',
  '  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>',
  "  <title>Summary for Odessa Quillfeather</title>",
  '  <effectiveTime value="20250102100001-0500"/>',
];
const RECORD_TARGET = [
  "  <recordTarget>",
  "    <patientRole>",
  '      <id extension="Zq4471" root="2.16.840.1.113883.4.1"/>',
  '      <addr use="HP"><streetAddressLine>12 Wren Lane</streetAddressLine><city>Marlow</city><state>VA</state>',
  "        <postalCode>23223</postalCode><country>US</country></addr>",
  '      <telecom value="tel:+1(425)444-5555" use="HP"/>',
  '      <telecom value="mailto:odessa.q@example.com"/>',
  "      <patient>",
  '        <name use="L"><given>Odessa</given><given qualifier="CL">Dessie</given><family>Quillfeather</family></name>',
  '        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>',
  '        <birthTime value="19540312"/>',
  "        <guardian><guardianPerson><name><given>Bertrand</given><family>Quillfeather</family></name></guardianPerson></guardian>",
  "      </patient>",
  "      <providerOrganization>",
  "        <name>Good Health Clinic</name>",
  '        <telecom value="tel:+1(555)555-5000" use="WP"/>',
  "        <addr><streetAddressLine>1007 Health Drive</streetAddressLine><city>Portland</city></addr>",
  "      </providerOrganization>",
  "    </patientRole>",
  "  </recordTarget>",
];
const VALUES = [
  "Zq4471",
  "12 Wren Lane",
  "Marlow",
  "23223",
  "(425)444-5555",
  "odessa.q@example.com",
  "Odessa",
  "Dessie",
  "Quillfeather",
  "19540312",
  "Bertrand",
];
const FACTS = [
  "urn:hl7-org:v3",
  "DOC-88231",
  "34133-9",
  "Summary of episode note",
  "20250102100001-0500",
  "<state>VA</state>",
  'root="2.16.840.1.113883.4.1"',
  "Good Health Clinic",
  "1007 Health Drive",
];

describe("C-CDA read by structure", () => {
  it("a whole document: the patient's ids, address, telecom, names and birth time go; codes and the clinic stay", () => {
    const out = redact([...HEADER, ...RECORD_TARGET, "</ClinicalDocument>", ""].join("\n"));
    gone(out, ...VALUES);
    kept(out, ...FACTS, "<given>", "</family>", "</ClinicalDocument>");
  });

  it("a document cut off inside the patient (a log truncated it): read up to where it stops", () => {
    const cut = RECORD_TARGET.slice(0, 9).join("\n") + "\n        <name><given>Odessa</given><family>Quill";
    const out = redact([...HEADER, cut].join("\n"));
    gone(out, "Zq4471", "12 Wren Lane", "Marlow", "(425)444-5555", "Odessa", "Quill");
    kept(out, "DOC-88231", "34133-9", "<state>VA</state>");
  });

  it("authors and other people keep no name; a prefixed namespace (`cda:`) is read the same", () => {
    const out = redact(
      [
        '<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3">',
        "  <cda:author><cda:assignedAuthor>",
        '    <cda:id extension="5555555555" root="2.16.840.1.113883.4.6"/>',
        "    <cda:assignedPerson><cda:name><cda:given>Agatha</cda:given><cda:family>Pennywhistle</cda:family>",
        '      <cda:suffix qualifier="AC">M.D.</cda:suffix></cda:name></cda:assignedPerson>',
        "  </cda:assignedAuthor></cda:author>",
        "  <cda:informant><cda:relatedEntity><cda:relatedPerson><cda:name>Bertrand Quillfeather</cda:name>",
        "  </cda:relatedPerson></cda:relatedEntity></cda:informant>",
        "</cda:ClinicalDocument>",
        "",
      ].join("\n"),
    );
    gone(out, "Agatha", "Pennywhistle", "Bertrand", "Quillfeather");
    kept(out, "5555555555", "M.D.", "<cda:given>", "</cda:ClinicalDocument>");
  });
  it("a name set apart by blanks or line breaks inside its element is replaced once, the layout kept", () => {
    const doc = [
      '<ClinicalDocument xmlns="urn:hl7-org:v3">',
      "  <recordTarget><patientRole><patient><name>",
      "    <given>",
      "      Ellaria",
      "    </given>",
      "    <family> Sandoval </family>",
      "  </name></patient></patientRole></recordTarget>",
      "</ClinicalDocument>",
      "",
    ].join("\n");
    const out = redact(doc);
    gone(out, "Ellaria", "Sandoval");
    // Each value once, where it stood: no second placeholder, no repeated line break.
    expect(out.match(/\[REDACTED:name#\d+\]/g)).toHaveLength(2);
    expect(out.replace(/\[REDACTED:name#\d+\]/g, "X")).toBe(doc.replace("Ellaria", "X").replace("Sandoval", "X"));
  });
  it("finishes on a megabyte of names padded by blanks, each beside a comment", () => {
    const names = "<given> Ann </given><!-- x -->\n".repeat((1 << 20) / 32);
    const out = redact('<ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><patient><name>' + names);
    gone(out, " Ann ");
  });
});
