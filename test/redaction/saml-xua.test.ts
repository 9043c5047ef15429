// IHE XUA assertions in a SOAP header (a Swiss EPR projectathon's ITI-41 and WS-Trust requests in
// test/corpora/real-artifacts/soap-*): a health professional's GLN as the subject's NameID or as an attribute, and the
// patient's id in CX form as the XACML resource-id. Made-up values.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("XUA assertions", () => {
  it("a GLN NameID, a GLN attribute and the resource-id's patient id go; the domain and the audience stay", () => {
    const text = [
      '<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a1">',
      "<saml2:Subject>",
      '<saml2:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" NameQualifier="urn:gs1:gln">7601000123456</saml2:NameID>',
      "</saml2:Subject>",
      "<saml2:Conditions><saml2:AudienceRestriction><saml2:Audience>urn:e-health-suisse:token-audience:all-communities</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions>",
      "<saml2:AttributeStatement>",
      '<saml2:Attribute Name="GLN"><saml2:AttributeValue>7601000654321</saml2:AttributeValue></saml2:Attribute>',
      '<saml2:Attribute Name="urn:oasis:names:tc:xacml:2.0:resource:resource-id">',
      "<saml2:AttributeValue>761337619988776655^^^&amp;2.16.756.5.30.1.127.3.10.3&amp;ISO</saml2:AttributeValue>",
      "</saml2:Attribute>",
      '<saml2:Attribute Name="urn:oasis:names:tc:xspa:1.0:subject:organization-id"><saml2:AttributeValue>urn:oid:1.3.6.1.4.1.21367.2017.2.6.19</saml2:AttributeValue></saml2:Attribute>',
      "</saml2:AttributeStatement></saml2:Assertion>",
    ].join("\n");
    const out = redact(text);
    gone(out, "7601000123456", "7601000654321", "761337619988776655");
    kept(out, "^^^&amp;2.16.756.5.30.1.127.3.10.3&amp;ISO", "all-communities", "urn:oid:1.3.6.1.4.1.21367.2017.2.6.19");
  });
});

describe("XUA assertions: more person attributes, escaped, other resource-ids", () => {
  const attr = (name: string, v: string) =>
    `<saml2:Attribute Name="${name}"><saml2:AttributeValue>${v}</saml2:AttributeValue></saml2:Attribute>`;
  const assertion = (body: string) =>
    '<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion"><saml2:AttributeStatement>' +
    body +
    "</saml2:AttributeStatement></saml2:Assertion>";

  it("a GLN NameID goes whatever the case of its qualifier; the EPR principal-id goes", () => {
    const out = redact(
      assertion(
        attr("urn:e-health-suisse:principal-id", "7601000050999") +
          "</saml2:AttributeStatement><saml2:Subject><saml2:NameID NameQualifier='URN:GS1:GLN' " +
          'Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">7601000050717</saml2:NameID></saml2:Subject>' +
          "<saml2:AttributeStatement>",
      ),
    );
    gone(out, "7601000050999", "7601000050717");
  });

  it("an XACML resource-id that is no CX (no assigning authority) keeps its bytes", () => {
    const out = redact(
      assertion(
        attr("urn:oasis:names:tc:xacml:1.0:resource:resource-id", "Patient^read^v1") +
          attr("urn:oasis:names:tc:xacml:2.0:resource:resource-id", "8812q^^^&amp;1.2.3&amp;ISO") +
          attr("urn:oasis:names:tc:xacml:2.0:resource:resource-id", "7613q^^^SPID&amp;2.16.756&amp;ISO"),
      ),
    );
    kept(out, ">Patient^read^v1<", "^^^&amp;1.2.3&amp;ISO");
    gone(out, "8812q", "7613q");
  });

  it("an assertion a log wrote entity-escaped loses the person's values", () => {
    const text =
      "DEBUG inbound: " +
      assertion(attr("urn:oasis:names:tc:xspa:1.0:subject:subject-id", "Ezekiel Quartermain"))
        .split("<")
        .join("&lt;")
        .split(">")
        .join("&gt;")
        .split('"')
        .join("&quot;");
    const out = redact(text);
    gone(out, "Quartermain");
    kept(out, "DEBUG inbound: &lt;saml2:Assertion xmlns:saml2=&quot;urn:oasis:names:tc:SAML:2.0:assertion&quot;&gt;");
  });
});

describe("a persistent NameID names the same person in every session", () => {
  const subject = (value: string, format: string) =>
    '<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion"><saml2:Subject>' +
    `<saml2:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:${format}">${value}</saml2:NameID>` +
    "</saml2:Subject></saml2:Assertion>";

  it("a hashed or numeric persistent id goes without a qualifier; a transient one stays", () => {
    const hashed = "7e1f09b2c44d3a8b5f6e0d1c2b3a49587f6e5d4c3b2a19087e6f5d4c3b2a1908";
    const out = redact(subject(hashed, "persistent") + "\n" + subject("7601000050717", "persistent"));
    gone(out, hashed, "7601000050717");
    kept(redact(subject("_61c0122d-5e8e4f7a9b", "transient")), ">_61c0122d-5e8e4f7a9b<");
  });
});
