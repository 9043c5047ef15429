// FHIR XML as it reaches a ticket rather than as a server wrote it: cut off mid-resource by a log or a terminal, its
// namespace bound to a prefix, CDATA inside, wrapped in a SOAP envelope, or logged on one line after a log prefix. Each
// case is the shape of a leak found in a real artifact (fhir-formats and HAPI issues in test/corpora/real-artifacts),
// written small with made-up values: before, each was swept as text, where values under `value="…"` stayed.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const PATIENT_BODY = [
  '  <identifier><system value="urn:oid:1.2.36.146.595.217.0.1"/><value value="Zq4471"/></identifier>',
  '  <name><family value="Quillfeather"/><given value="Odessa"/></name>',
  '  <telecom><system value="phone"/><value value="(425) 444-5555"/></telecom>',
  '  <gender value="female"/>',
  '  <birthDate value="1954-03-12"/>',
  '  <address><line value="12 Wren Lane"/><city value="Marlow"/><state value="VA"/></address>',
];
const VALUES = ["Zq4471", "Quillfeather", "Odessa", "(425) 444-5555", "1954-03-12", "12 Wren Lane", "Marlow"];

describe("FHIR XML cut off", () => {
  it("a Patient cut off after its address (no end tag): read element by element up to where it stops", () => {
    const out = redact(
      ['<?xml version="1.0"?>', '<Patient xmlns="http://hl7.org/fhir">', ...PATIENT_BODY, ""].join("\n"),
    );
    gone(out, ...VALUES);
    kept(out, '<Patient xmlns="http://hl7.org/fhir">', "urn:oid:1.2.36.146.595.217.0.1", '<gender value="female"/>');
    kept(out, '<state value="VA"/>', '<system value="phone"/>');
  });

  it("cut inside a start tag or an attribute value: the value that was cut goes too", () => {
    for (const cut of ['  <name><family value="Quillfea', '  <name><family value="Quillfeather"/><given value="Ode']) {
      const out = redact(['<Patient xmlns="http://hl7.org/fhir">', PATIENT_BODY[0], cut].join("\n"));
      gone(out, "Zq4471", "Quillfea", "Ode");
      kept(out, "<name><family value=");
    }
  });

  it("a cut-off Bundle followed by other evidence: the evidence after it is still read as what it is", () => {
    const out = redact(
      [
        '<Bundle xmlns="http://hl7.org/fhir"><type value="searchset"/><entry><resource><Patient>',
        ...PATIENT_BODY,
        "... (response truncated, 18 KB)",
        "",
        "HTTP/1.1 403 Forbidden",
        "opc-request-id: 0A1B2C3D4E5F",
        "",
        '{"error":"insufficient_scope","access_token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl"}',
      ].join("\n"),
    );
    gone(out, ...VALUES, "eyJhbGciOiJSUzI1NiJ9");
    kept(
      out,
      '<type value="searchset"/>',
      "HTTP/1.1 403 Forbidden",
      "opc-request-id: 0A1B2C3D4E5F",
      "insufficient_scope",
    );
  });
});

describe("FHIR XML in other clothes", () => {
  it("the FHIR namespace bound to a prefix (`<fhir:Patient xmlns:fhir=…>`): read by structure, prefixes kept", () => {
    const body = PATIENT_BODY.map((l) => l.replace(/<(\/?)(?=[a-z])/g, "<$1fhir:"));
    const out = redact(['<fhir:Patient xmlns:fhir="http://hl7.org/fhir">', ...body, "</fhir:Patient>", ""].join("\n"));
    gone(out, ...VALUES);
    kept(
      out,
      '<fhir:gender value="female"/>',
      '<fhir:family value="',
      "</fhir:Patient>",
      "urn:oid:1.2.36.146.595.217.0.1",
    );
  });

  it("a prefix bound to another namespace is not FHIR", () => {
    const text = '<x:Patient xmlns:x="urn:example:other"><x:family value="Quillfeather"/></x:Patient>\n';
    expect(redact(text)).toBe(text);
  });

  it("CDATA inside a document is read as text: a name or a phone in it goes, the document is still read", () => {
    const out = redact(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- exported by the interface engine -->",
        '<Patient xmlns="http://hl7.org/fhir">',
        ...PATIENT_BODY,
        "  <!-- note: <![CDATA[ caller Odessa Quillfeather, call back on (425) 444-5555 ]]> -->",
        '  <extension url="http://example.org/note"><valueString value="see below"/></extension>',
        "  <![CDATA[ Odessa Quillfeather asked for a copy; reach her at odessa.q@example.com ]]>",
        "</Patient>",
        "",
      ].join("\n"),
    );
    gone(out, ...VALUES, "odessa.q@example.com");
    kept(out, "<![CDATA[", "]]>", "</Patient>", "exported by the interface engine");
  });

  it("a Bundle inside a SOAP envelope, on separate lines or on one line", () => {
    const bundle = `<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/><entry><resource><Patient>${PATIENT_BODY.join("")}</Patient></resource></entry></Bundle>`;
    const lines = [
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">',
      "<soap:Body>",
      bundle,
      "</soap:Body>",
      "</soap:Envelope>",
      "",
    ];
    for (const text of [lines.join("\n"), lines.join("")]) {
      const out = redact(text);
      gone(out, ...VALUES);
      kept(out, "<soap:Body>", "</soap:Envelope>", '<type value="collection"/>');
    }
  });

  it("a resource logged on one line after a log prefix, and one cut by the log's line limit", () => {
    const doc = `<Patient xmlns="http://hl7.org/fhir">${PATIENT_BODY.join("")}</Patient>`;
    const out = redact(
      [
        `2025-01-02 10:00:01,120 DEBUG [http-nio-8080-exec-3] o.a.FhirClient - response body: ${doc} (200 OK, 812 ms)`,
        `2025-01-02 10:00:02,004 DEBUG [http-nio-8080-exec-4] o.a.FhirClient - response body: ${doc.slice(0, 300)}`,
        "2025-01-02 10:00:02,010 INFO  [http-nio-8080-exec-4] o.a.FhirClient - done",
      ].join("\n"),
    );
    gone(out, ...VALUES);
    kept(out, "o.a.FhirClient - response body: <Patient", "(200 OK, 812 ms)", "o.a.FhirClient - done");
  });
});

describe("FHIR XML named in prose", () => {
  it("a tag quoted as code in a sentence opens no document: the prose around it is read as prose", () => {
    const text =
      'Post the resource as `<Patient xmlns="http://hl7.org/fhir">` with <b>Content-Type</b> application/fhir+xml.\n' +
      "Thanks,\nOdessa Quillfeather\n";
    const out = redact(text);
    kept(out, '`<Patient xmlns="http://hl7.org/fhir">`', "<b>Content-Type</b>");
    gone(out, "Quillfeather");
  });
});

describe("FHIR XML beside escaped JSON", () => {
  const ESCAPED =
    "log: {&quot;client_secret&quot;:&quot;Zq8pLr2mXw7vNt4k&quot;,&quot;name&quot;:[{&quot;family&quot;:&quot;Quillfeather&quot;," +
    "&quot;given&quot;:[&quot;Odessa&quot;]}],&quot;password&quot;:&quot;hunter2hunter2&quot;}";

  it("&quot;-escaped JSON after an XML document is still decoded and read: its secrets and names go", () => {
    const out = redact(`<Patient xmlns="http://hl7.org/fhir"><id value="12724066"/></Patient>\n${ESCAPED}\n`);
    gone(out, "Zq8pLr2mXw7vNt4k", "hunter2hunter2", "Quillfeather", "Odessa");
    kept(out, '<Patient xmlns="http://hl7.org/fhir">', "&quot;client_secret&quot;");
  });

  it("an XML start tag mentioned in a sentence does not turn off decoding of the escaped JSON below it", () => {
    const out = redact(`We sent <Patient xmlns="http://hl7.org/fhir"> and got a 403.\n${ESCAPED}\n`);
    gone(out, "Zq8pLr2mXw7vNt4k", "hunter2hunter2", "Quillfeather", "Odessa");
  });

  it("&quot; inside the XML document stays XML's own escape: the document is read as XML", () => {
    const out = redact(
      '<Patient xmlns="http://hl7.org/fhir"><name><family value="Quillfeather"/><given value="Odessa &quot;Dessa&quot;"/></name></Patient>\n',
    );
    gone(out, "Quillfeather", "Odessa");
    kept(out, '<Patient xmlns="http://hl7.org/fhir">', "</Patient>");
  });
});

describe("FHIR XML shapes the review left", () => {
  it("two FHIR documents on one log line: the second is read by structure too, not swept as prose", () => {
    const out = redact(
      '2024-01-01 INFO a=<Patient xmlns="http://hl7.org/fhir"><id value="1"/></Patient> b=<Patient xmlns="http://hl7.org/fhir">' +
        '<name><family value="Quillfeather"/><given value="Odessa"/></name><birthDate value="1980-02-03"/></Patient>\n',
    );
    gone(out, "Quillfeather", "Odessa", "1980-02-03");
    kept(out, "2024-01-01 INFO a=", ' b=<Patient xmlns="http://hl7.org/fhir"><name><family value=', "</Patient>");
  });
});

describe("a root tag whose namespace declaration is on the next line", () => {
  for (const [open, close] of [
    ['<Patient\n  xmlns="http://hl7.org/fhir">', "</Patient>"],
    ['<x:Patient\n xmlns:x="http://hl7.org/fhir">', "</x:Patient>"],
  ]) {
    it(`${open.replace("\n", "⏎")}: read by structure, its values gone`, () => {
      const family = open.startsWith("<x:") ? "x:family" : "family";
      const given = open.startsWith("<x:") ? "x:given" : "given";
      const out = redact(
        `${open}\n  <${family.replace("family", "name")}><${family} value="Quillfeather"/><${given} value="Odessa"/></${family.replace("family", "name")}>\n</${close.slice(2)}\n`,
      );
      gone(out, "Quillfeather", "Odessa");
      kept(out, open, close);
    });
  }
  it("with a log prefix before the tag", () => {
    const out = redact(
      '2024-01-01 INFO body=<Patient\n  xmlns="http://hl7.org/fhir"><birthDate value="1980-02-03"/><name><family value="Quillfeather"/></name></Patient>\n',
    );
    gone(out, "Quillfeather", "1980-02-03");
    kept(out, "2024-01-01 INFO body=<Patient");
  });
});

describe("an XML document inside a JSON string", () => {
  const CDA =
    '<ClinicalDocument xmlns=\\"urn:hl7-org:v3\\"><recordTarget><patientRole><patient><name><given>Odessa</given>' +
    '<family>Quillfeather</family></name><birthTime value=\\"19540312\\"/></patient></patientRole></recordTarget></ClinicalDocument>';

  it("a C-CDA in a JSON string is read as a CDA document: names and birth time gone, its structure kept", () => {
    const out = redact(`{"body":"${CDA}"}\n`, "sandbox", "fhir-json");
    gone(out, "Odessa", "Quillfeather", "19540312");
    kept(out, '{"body":"<ClinicalDocument xmlns=\\"urn:hl7-org:v3\\"><recordTarget>', "</ClinicalDocument>");
  });

  it("a FHIR document bound to a prefix, or after its prolog, in a JSON string: read as FHIR XML", () => {
    for (const doc of [
      '<f:Patient xmlns:f=\\"http://hl7.org/fhir\\"><f:name><f:family value=\\"Quillfeather\\"/></f:name></f:Patient>',
      '<?xml version=\\"1.0\\"?><Patient xmlns=\\"http://hl7.org/fhir\\"><name><family value=\\"Quillfeather\\"/></name></Patient>',
    ]) {
      const out = redact(`{"payload":"${doc}"}\n`, "sandbox", "fhir-json");
      gone(out, "Quillfeather");
      kept(out, "Patient xmlns");
    }
  });
});
