// What developers paste from their identity provider: a private key's base64 body without its PEM lines, SAML
// attribute values read by the attribute's Name, a user account's display name in a directory or audit-log object.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

// A 512-bit PKCS#1 test key (public unit-test fixture), its PKCS#8 form's first line, and a certificate's first line.
const PKCS1 = [
  "MIIBOwIBAAJBAKb5uPq5PeX0R2jepo/GZxbu5tEWTNCv05pQ/VOQODiCHRBT1SCR",
  "KrtFFc4m8QcZzmJC+VF4TGcaxKZiErv4vgcCAwEAAQJADQeLkbUGyXzoXZySLsHy",
  "pW17AXHWCKrPvkj3m5+zY2VTUKxJaY7hQrt6HiiDMgC59rOCbFpk4zUT7v8Yc/lN",
  "0QIhAOm+YKyN8SJqXhDh81iFUQWW2uOr/QT6lan1AAjPuI/LAiEAtt/WBSOUk//F",
  "PLTOG+9qrP2Xe9+COaCuy8v2cLCXyzUCIDmRfuPgzavpQKOt0q5Rn2PeBKkgOd/Z",
  "C7VhNxH0fwNDAiEAsRtKfKOey06TyF0al3dhCrR2NuOZjRIO9xRLUYvVFlkCIQDV",
  "Kw7759Uo+Iw1uAXTtFKDcm4HFOTNtLPtegq6kNRY/g==",
];
const CERT_LINE = "MIICvDCCAaQCCQCs5W7k3tXQlzANBgkqhkiG9w0BAQsFADAlMSMwIQYDVQQDDBpT";

describe("a private key's body pasted without its BEGIN/END lines", () => {
  it("goes whole in a template literal, in an .env value and in a JSON string", () => {
    const literal = redact(`export const testPrivKey = \`\n${PKCS1.join("\n")}\`;\n`);
    for (const line of PKCS1) expect(literal).not.toContain(line);
    expect(literal).toContain("export const testPrivKey");
    const env = redact(`JWT_ALG=RS256\nJWT_PRIVATE_KEY=${PKCS1.join("")}\nJWT_KID=sig-1686381758\n`);
    expect(env).not.toContain(PKCS1[0].slice(0, 30));
    expect(env).toContain("JWT_KID=sig-1686381758");
    const json = redact(`{"kid": "k1", "alg": "RS256", "signing": "${PKCS1.join("\\n")}"}`);
    expect(json).not.toContain(PKCS1[2]);
    expect(json).toContain('"kid": "k1"');
  });

  it("a PKCS#8 key body goes too, a certificate's body stays (it is public and says which key signed)", () => {
    const pkcs8 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC+e+9cTDxlcEby";
    expect(redact(`key:\n${pkcs8}\nlWDEO23Gafa442J20OAfV/NGu0dNoRimktep77XqKnDfa4LzDuHT2QbJLeE+OVEW\n`)).not.toContain(
      pkcs8,
    );
    const cert = `-----BEGIN CERTIFICATE-----\n${CERT_LINE}\nQU1MIENlcnRpZmljYXRlIEF1dGhvcml0eTAeFw0xNTA1MDExMjU4MzFaFw0xNTA1\n-----END CERTIFICATE-----\n`;
    expect(redact(cert)).toContain(CERT_LINE);
  });
});

describe("SAML attribute values, read by the attribute's Name", () => {
  const attribute = (name: string, value: string) =>
    `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">\n` +
    `  <saml:AttributeValue xsi:type="xs:string">\n      ${value}\n  </saml:AttributeValue>\n</saml:Attribute>`;
  const assertion = (body: string) =>
    `<saml:Assertion ID="_4356" IssueInstant="2020-02-26T07:27:42Z" Version="2.0">\n<saml:AttributeStatement>\n${body}\n</saml:AttributeStatement>\n</saml:Assertion>`;

  it("a person's given and family names go, under SPID's, Entra's claim-URI and LDAP OID names", () => {
    const out = redact(
      assertion(
        [
          attribute("name", "Quilla"),
          attribute("familyName", "Brantwood"),
          attribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", "Orsolya"),
          attribute("urn:oid:2.5.4.4", "Vantongeren"),
          attribute("http://schemas.microsoft.com/identity/claims/displayname", "Orsolya Vantongeren"),
        ].join("\n"),
      ),
    );
    for (const v of ["Quilla", "Brantwood", "Orsolya", "Vantongeren"]) expect(out).not.toContain(v);
    expect(out).toContain('Name="familyName"');
    expect(out).toContain('IssueInstant="2020-02-26T07:27:42Z"');
  });

  it("an attribute that names no person (tenant, role, authentication method) keeps its value", () => {
    const out = redact(
      assertion(
        [
          attribute("http://schemas.microsoft.com/identity/claims/tenantid", "21ea916b-d92f-47f0-bd65-c67b972e65ae"),
          attribute("Role", "Clinician"),
          attribute("spidCode", "SPID-0023"),
        ].join("\n"),
      ),
    );
    expect(out).toContain("21ea916b-d92f-47f0-bd65-c67b972e65ae");
    expect(out).toContain("Clinician");
    expect(out).toContain("SPID-0023");
  });

  it("a login under an unspecified NameID goes; a transient one stays", () => {
    const out = redact(
      `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified">qbrantwood</saml:NameID></saml:Subject>\n` +
        `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_61c0122d-5e8e</saml:NameID></saml:Subject>`,
    );
    expect(out).not.toContain("qbrantwood");
    expect(out).toContain("_61c0122d-5e8e");
  });
});

describe("a user account's displayName in a directory or audit-log object", () => {
  it("goes beside the account's e-mail or a User type; an app's display name stays", () => {
    const okta = redact(
      JSON.stringify(
        {
          actor: { id: "00uttidj01jqL21aM1d6", type: "User", alternateId: "jdoe@example.com", displayName: "Jane Roe" },
          target: [
            {
              id: "0oatxlef9sQvvqInq5d6",
              type: "AppInstance",
              alternateId: "Okta Admin Console",
              displayName: "Okta Admin Console",
            },
          ],
        },
        null,
        2,
      ),
    );
    expect(okta).not.toContain("Jane Roe");
    expect(okta).toContain('"displayName": "Okta Admin Console"');
    expect(okta).toContain("00uttidj01jqL21aM1d6");
    const graph = redact('{"displayName":"Adele Vance","userPrincipalName":"AdeleV@contoso.example","id":"87d349ed"}');
    expect(graph).not.toContain("Adele Vance");
    const group = redact('{"displayName":"Cardiology Staff","mail":"cardio@contoso.example","securityEnabled":true}');
    expect(group).toContain("Cardiology Staff");
  });
});
