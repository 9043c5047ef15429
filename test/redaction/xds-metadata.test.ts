// IHE XDS.b metadata pasted from SOAP traffic (Provide and Register, Stored Query): the patient stands in slot values
// written as HL7 v2 fields and in CX ids. Each case is the shape of a leak found in real artifacts
// (test/corpora/real-artifacts/soap-*: the NIST toolkit's Axis2 dump, a Swiss EPR projectathon's ITI-41), written
// small with made-up values.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const SLOT = (name: string, ...values: string[]) =>
  `<rim:Slot name="${name}"><rim:ValueList>${values.map((v) => `<rim:Value>${v}</rim:Value>`).join("")}</rim:ValueList></rim:Slot>`;

describe("XDS.b metadata read by slot", () => {
  it("sourcePatientInfo: the PID fields' person values go, sex stays; a one-line Axis2 dump is read the same", () => {
    const text =
      '<rim:ExtrinsicObject id="Document01" mimeType="text/xml">' +
      SLOT("creationTime", "20240105") +
      SLOT("sourcePatientId", "Zq88471b^^^&amp;1.3.6.1.4.1.21367.2005.3.7&amp;ISO") +
      SLOT(
        "sourcePatientInfo",
        "PID-3|Zq88471b^^^&amp;1.3.6.1.4.1.21367.2005.3.7&amp;ISO",
        "PID-5|Quillfeather^Odessa^^^",
        "PID-7|19611107",
        "PID-8|F",
        "PID-11|12 Wren Lane^^Marlow^VA^23223^USA",
        "PID-13|^PRN^PH^^1^425^4445555",
      ) +
      SLOT("repositoryUniqueId", "1.19.6.24.109.42.1") +
      "</rim:ExtrinsicObject>";
    const out = redact(text);
    gone(out, "Zq88471b", "Quillfeather", "Odessa", "19611107", "12 Wren Lane", "Marlow", "23223", "4445555");
    kept(out, "^^^&amp;1.3.6.1.4.1.21367.2005.3.7&amp;ISO", "PID-8|F", "1.19.6.24.109.42.1", "20240105", "^VA^");
  });

  it("an author's names go and their id stays; a patient-id ExternalIdentifier and a stored query keep the domain", () => {
    const text = [
      '<Classification classificationScheme="urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d">',
      SLOT("authorPerson", "7788^Wexley^Bertrand^^^Dr."),
      SLOT("authorInstitution", "Marlow Clinic"),
      "</Classification>",
      '<ExternalIdentifier identificationScheme="urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427"',
      '  value="CHPAM7712^^^&amp;1.3.6.1.4.1.12559.11.20.1&amp;ISO" id="urn:uuid:3dbba224-a981-47a9-9da5-6979d16bfe91">',
      "</ExternalIdentifier>",
      '<ExternalIdentifier identificationScheme="urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab" value="2.25.2672413">',
      "</ExternalIdentifier>",
      SLOT("$XDSDocumentEntryPatientId", "'CHPAM7712^^^&amp;1.3.6.1.4.1.12559.11.20.1&amp;ISO'"),
      SLOT("$XDSDocumentEntryStatus", "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')"),
    ].join("\n");
    const out = redact(text);
    gone(out, "Wexley", "Bertrand", "CHPAM7712");
    kept(
      out,
      "7788^",
      "Marlow Clinic",
      "2.25.2672413",
      "^^^&amp;1.3.6.1.4.1.12559.11.20.1&amp;ISO'",
      "StatusType:Approved",
    );
    kept(out, "urn:uuid:3dbba224-a981-47a9-9da5-6979d16bfe91");
  });

  it("finishes on a megabyte of slots that are never closed and of patient-id ExternalIdentifiers", () => {
    const slots = '<rim:Slot name="sourcePatientInfo"><rim:Value>PID-5|Ann^Bo</rim:Value>\n'.repeat(15000);
    expect(redact(slots)).not.toContain("PID-5|Ann^Bo");
    const ids =
      '<ExternalIdentifier identificationScheme="urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427" value="Qx1^^^&amp;1&amp;ISO">\n'.repeat(
        9000,
      );
    expect(redact(ids)).not.toContain('"Qx1^');
  });

  it("finishes on a megabyte of slots never closed, each under a prefix of its own", () => {
    let text = "";
    for (let i = 0; text.length < 1_000_000; i++)
      text += `<p${i}:Slot name="sourcePatientInfo"><p${i}:Value>PID-5|Quill${i}x^Bo</p${i}:Value>\n`;
    gone(redact(text), "Quill7x", "Quill20000x");
  });
});

describe("XDS.b slots beyond the patient's own", () => {
  it("a stored query's author pattern without components loses the name, keeps its wildcards", () => {
    const out = redact(SLOT("$XDSDocumentEntryAuthorPerson", "('Quarterm%')"));
    gone(out, "Quarterm");
    kept(out, "%')</rim:Value>");
  });

  it("an author's telecom and an intended recipient's telecom go, the organisation stays", () => {
    const out = redact(
      SLOT("authorTelecommunication", "^PRN^PH^^1^425^4445555") +
        SLOT("intendedRecipient", "Marlow Clinic^^^^^^^^^1.2.3|^Wel^Marcus^^^Dr^MD|^^Internet^mwel@example.org"),
    );
    gone(out, "4445555", "Wel^", "Marcus", "mwel@example.org");
    kept(out, "^PRN^PH^^1^", "Marlow Clinic^^^^^^^^^1.2.3|", "^^Internet^");
  });

  it("PID-12 (county) goes with the other places", () => {
    gone(redact(SLOT("sourcePatientInfo", "PID-12|Fairfax County")), "Fairfax");
  });
});

describe("XDS.b metadata a log wrote escaped", () => {
  it("a CXF log's entity-escaped sourcePatientInfo loses the patient", () => {
    const text =
      "INFO [org.apache.cxf.services.DocumentRepository] Payload: &lt;rim:Slot name=&quot;sourcePatientInfo&quot;&gt;" +
      "&lt;rim:ValueList&gt;&lt;rim:Value&gt;PID-5|Quartermain^Ezekiel^^^&lt;/rim:Value&gt;&lt;rim:Value&gt;PID-7|19560527" +
      "&lt;/rim:Value&gt;&lt;/rim:ValueList&gt;&lt;/rim:Slot&gt;";
    const out = redact(text);
    gone(out, "Quartermain", "Ezekiel", "19560527");
    kept(
      out,
      "Payload: &lt;rim:Slot name=&quot;sourcePatientInfo&quot;&gt;&lt;rim:ValueList&gt;&lt;rim:Value&gt;PID-5|",
    );
  });

  it("a JSON log line's escaped slot loses the patient id and keeps the domain and the line's JSON", () => {
    const text = JSON.stringify({
      level: "info",
      payload: '<rim:Slot name="sourcePatientId"><rim:ValueList><rim:Value>7391q^^^&amp;1.3.6&amp;ISO</rim:Value>',
    });
    const out = redact(text);
    gone(out, "7391q");
    kept(out, '{"level":"info","payload":"<rim:Slot name=\\"sourcePatientId\\">', "^^^&amp;1.3.6&amp;ISO");
  });

  it("finishes on a megabyte of escaped slots never closed, one per line and all on one line", () => {
    const line = "&lt;rim:Slot name=&quot;sourcePatientInfo&quot;&gt;&lt;rim:Value&gt;PID-5|Quill^Bo&lt;/rim:Value&gt;";
    gone(redact(`${line}\n`.repeat(11000)), "Quill");
    const json = '{"p":"<rim:Slot name=\\"sourcePatientId\\"><rim:Value>Qx1^^^&1&ISO</rim:Value> \\"'.repeat(16000);
    expect(redact(json).length).toBeGreaterThan(0);
  });
});
