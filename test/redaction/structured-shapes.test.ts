// Structured evidence as it reaches a ticket from real artifacts (test/corpora/real-artifacts): HL7 v2 mangled by the
// page or editor it was copied from, FHIR resources in XML, API-client files (Bruno, Postman auth arrays). Each case
// is the shape of a leak found in a real file, written small; the real files are scored in `npm run eval:redaction`.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const PID = "PID|1||Zq4471^^^H^MR||Quillfeather^Odessa||19540312|F|||12 Wren Lane^^Marlow^VA^23223||(425)444-5555";

describe("HL7 v2 whose encoding characters the page or editor changed", () => {
  it("MSH-2 with Markdown escapes (`^\\~\\&`, as a Markdown file writes `~`) is still read as a message", () => {
    const out = redact(
      ["```", "MSH|^\\~\\&|ACME|Hotel||IRIS|20200228150014|HJ1|ORM^O01|20200228150014|T|2.4 ", PID, "```"].join("\n"),
    );
    gone(out, "Zq4471", "Quillfeather", "Odessa", "19540312", "12 Wren Lane", "Marlow", "23223", "(425)444-5555");
    kept(out, "ORM^O01", "20200228150014", "MSH|^\\~\\&|ACME");
  });

  it("MSH-2 that lost its escape character (`^~&`, a web page ate the backslash) is still read as a message", () => {
    const out = redact(["MSH|^~&|EPIC|EPICADT|SMS|SMSADT|199912271408|CH|ADT^A04|1817457|D|2.5|", PID].join("\n"));
    gone(out, "Zq4471", "Quillfeather", "Odessa", "19540312", "Marlow", "(425)444-5555");
    kept(out, "ADT^A04", "1817457");
  });

  it("segments separated by blank lines (a blog or mail client spacing them out) stay one message", () => {
    const out = redact(
      [
        "Example HL7 message:",
        "",
        "MSH|^~\\&|EPIC|EPICADT|SMS|SMSADT|199912271408|CH|ADT^A04|1817457|D|2.5|",
        "",
        PID,
        "",
        "NK1||Quillfeather^Bertrand^^^^|SPO||(216)123-4567||EC",
        "",
        "PV1||O|168^^^^^^^^^||||277^Pennywhistle^Agatha^^^^||||||||||||2688684",
        "",
        "Message details: each segment is one line.",
      ].join("\n"),
    );
    gone(out, "Zq4471", "Odessa", "Bertrand", "(216)123-4567", "Pennywhistle", "Agatha", "2688684");
    kept(out, "ADT^A04", "Example HL7 message:", "Message details: each segment is one line.");
  });
});

describe("HL7 v2 fields off their standard place", () => {
  it("MSH-8 (Security) goes: interfaces put a user or a password there", () => {
    const out = redact("MSH|^~\\&|EPIC|EPICADT|SMS|SMSADT|199912271408|CHARRIS|ADT^A04|1817457|D|2.5|\n" + PID);
    gone(out, "CHARRIS");
    kept(out, "MSH|^~\\&|EPIC|EPICADT|SMS|SMSADT|199912271408|", "|ADT^A04|1817457|D|2.5|");
  });

  it("an identifier-shaped value in a patient or visit field without a rule goes (a field one place off)", () => {
    const out = redact(
      [
        "MSH|^~\\&|SendingApp|SendingFac|ReceivingApp|ReceivingFac|20240101120000||MDM^T02^MDM_T02|MSG001|P|2.5",
        PID,
        "PV1|1|I|ICU^101^A|||DOC001^Snodgrass^Ima^MD|||SUR|||||||||V123456789|||A||||||||||||||||||||||20240101120000",
      ].join("\n"),
    );
    gone(out, "V123456789");
    kept(out, "ICU^101^A", "|A|", "20240101120000", "MSG001");
  });

  it("a removed identifier repeated in a kept component of its own field (an assigning authority's id) goes there too", () => {
    const out = redact(
      [
        "MSH|^~\\&|App|Fac|TLR|TLRfac|20260106134418||ORM^O01^ORM_O01|20260106134418|P|2.5.1",
        "PV1||O|||||||||||||||||000897406^^^CHU-X&000897406&M^VN^^20210409|",
      ].join("\n"),
    );
    gone(out, "000897406");
    kept(out, "^^^CHU-X&", "&M^VN^^20210409|");
  });

  it("a coded value (its third component an HL7 table) in a field read as a person stays", () => {
    const out = redact(
      [
        "MSH|^~\\&|SendingApp|SendingFac|ReceivingApp|ReceivingFac|20240101120000||MDM^T02^MDM_T02|MSG001|P|2.5",
        "TXA|1|DOC^Document^HL70019|TEXT^Plain Text^HL70019|20240101120000|DOC001^Snodgrass^Ima^MD|||20240101120000|||COMP^Complete^HL70272|DOC123",
      ].join("\n"),
    );
    gone(out, "Snodgrass", "Ima^");
    kept(out, "COMP^Complete^HL70272");
  });
});

describe("FHIR resources in XML", () => {
  const PATIENT_XML = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Patient xmlns="http://hl7.org/fhir">',
    '  <id value="f001"/>',
    "  <identifier>",
    '    <system value="urn:oid:2.16.840.1.113883.2.4.6.3"/>',
    "    <!--  BSN of Hendrika Zwaluwstaart  -->",
    '    <value value="738472983"/>',
    "  </identifier>",
    '  <active value="true"/>',
    '  <name><use value="usual"/><family value="van der Zwaluwstaart"/><given value="Hendrika"/></name>',
    '  <telecom><system value="phone"/><value value="0648352638"/></telecom>',
    '  <telecom><system value="email"/><value value="h.zwaluw@example.nl"/></telecom>',
    '  <gender value="female"/>',
    '  <birthDate value="1944-11-17"><extension url="http://hl7.org/fhir/StructureDefinition/patient-birthTime"><valueDateTime value="1944-11-17T14:35:45+01:00"/></extension></birthDate>',
    '  <address><line value="Keizersgracht &amp; 23"/><city value="Zwolle"/><postalCode value="1024 RJ"/><country value="NLD"/></address>',
    '  <managingOrganization><reference value="Organization/f001"/><display value="Burgers University Medical Centre"/></managingOrganization>',
    "</Patient>",
    "",
  ].join("\n");

  it("a Patient's name, identifier, telecom, address and full birth date go; codes, systems and tags stay", () => {
    const out = redact(PATIENT_XML);
    gone(
      out,
      "738472983",
      "Zwaluwstaart",
      "Hendrika",
      "0648352638",
      "h.zwaluw@example.nl",
      "1944-11-17",
      "Keizersgracht",
      "Zwolle",
      "1024 RJ",
    );
    kept(
      out,
      '<Patient xmlns="http://hl7.org/fhir">',
      "urn:oid:2.16.840.1.113883.2.4.6.3",
      '<gender value="female"/>',
      '<birthDate value="1944">',
      "Burgers University Medical Centre",
      '<active value="true"/>',
      "</Patient>\n",
    );
    // Still the same elements, in the same order: only attribute values changed.
    expect(out.replace(/value="[^"]*"/g, "").replace(/<!--[^]*?-->/g, "")).toBe(
      PATIENT_XML.replace(/value="[^"]*"/g, "").replace(/<!--[^]*?-->/g, ""),
    );
  });

  it("in a client domain the resource keeps its shape and stays well-formed XML", () => {
    const out = redact(PATIENT_XML, "client-prod");
    gone(out, "738472983", "Zwaluwstaart", "Hendrika", "0648352638", "1944", "Zwolle");
    kept(out, '<active value="true"/>', "<address>", "</Patient>");
    expect(out.match(/<[A-Za-z]/g)?.length).toBe(PATIENT_XML.match(/<[A-Za-z]/g)?.length);
  });

  it("the Patients of a transaction Bundle, and the identifier and name its conditional requests search by, go", () => {
    const bundle = [
      '<Bundle xmlns="http://hl7.org/fhir">',
      '  <type value="transaction"/>',
      "  <entry>",
      '    <fullUrl value="urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a"/>',
      "    <resource>",
      "      <Patient>",
      '        <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">Peregrine <b>Chalmerston</b></div></text>',
      '        <name><family value="Chalmerston"/><given value="Peregrine"/></name>',
      '        <birthDate value="1974-12-25"/>',
      "      </Patient>",
      "    </resource>",
      '    <request><method value="POST"/><url value="Patient"/><ifNoneExist value="identifier=234234"/></request>',
      "  </entry>",
      '  <entry><request><method value="GET"/><url value="Patient?name=peregrine&amp;birthdate=1974-12-25"/></request></entry>',
      "</Bundle>",
    ].join("\n");
    const out = redact(bundle);
    gone(out, "Chalmerston", "Peregrine", "peregrine", "1974-12-25", "234234");
    kept(
      out,
      '<type value="transaction"/>',
      "urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a",
      '<url value="Patient"/>',
      "ifNoneExist",
      "Patient?name=",
    );
  });

  it("XML that is not FHIR, and FHIR XML that never closes, are read as text as before", () => {
    const soap = "<Envelope><Body><client_secret>s3cr3t-Value-778899</client_secret></Body></Envelope>";
    const out = redact(soap);
    gone(out, "s3cr3t-Value-778899");
    kept(out, "<Envelope><Body><client_secret>");
    const open =
      '<Patient xmlns="http://hl7.org/fhir">\n  <name><family value="Zwaluwstaart"/>\nand then the paste ends';
    expect(() => redact(open)).not.toThrow();
  });
});

describe("FHIR JSON batch requests", () => {
  it("a conditional create's ifNoneExist query is judged by its parameters, like the request URL", () => {
    const bundle = {
      resourceType: "Bundle",
      type: "transaction",
      entry: [
        {
          resource: { resourceType: "Patient", name: [{ family: "Chalmerston" }] },
          request: {
            method: "POST",
            url: "Patient",
            ifNoneExist: "identifier=http://acme.org/mrn|234234&family=Chalmerston",
          },
        },
      ],
    };
    const out = redact(JSON.stringify(bundle, null, 2));
    gone(out, "234234", "Chalmerston");
    kept(out, '"ifNoneExist": "identifier=', '"url": "Patient"');
    expect(() => JSON.parse(out)).not.toThrow();
  });
});

describe("API-client files: signing keys by their names", () => {
  it("a Postman auth.awsv4[] pair keeps its service and region and loses its secret key, access key and token", () => {
    const collection = {
      info: {
        name: "AWS Signature Test",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      item: [
        {
          request: {
            auth: {
              type: "awsv4",
              awsv4: [
                { key: "sessionToken", value: "aws-session-token-value", type: "string" },
                { key: "service", value: "execute-api", type: "string" },
                { key: "region", value: "us-east-1", type: "string" },
                { key: "secretKey", value: "aws-secret-key-value", type: "string" },
                { key: "accessKey", value: "aws-access-key-value", type: "string" },
              ],
            },
          },
        },
      ],
    };
    const out = redact(JSON.stringify(collection, null, 2));
    gone(out, "aws-session-token-value", "aws-secret-key-value", "aws-access-key-value");
    kept(out, "execute-api", "us-east-1", '"key": "secretKey"');
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it("an OAuth 1 consumer key names the client and stays; a variable reference stays; the API key's header name stays", () => {
    const auth = {
      auth: {
        type: "oauth1",
        oauth1: [
          { key: "consumerKey", value: "consumer-key-of-the-app" },
          { key: "consumerSecret", value: "plainwordsecret" },
          { key: "token", value: "{{oauth_token}}" },
        ],
        apikey: [
          { key: "key", value: "X-API-Key" },
          { key: "value", value: "apikeyplainword" },
        ],
      },
    };
    const out = redact(JSON.stringify(auth, null, 2));
    gone(out, "plainwordsecret", "apikeyplainword");
    kept(out, "consumer-key-of-the-app", "{{oauth_token}}", "X-API-Key");
  });

  it("a Bruno auth:awsv4 block loses its access key id, secret access key and session token", () => {
    const bru = [
      "auth:awsv4 {",
      "  accessKeyId: AKIDPLACE12345",
      "  secretAccessKey: thisisasecretvalue",
      "  sessionToken: thisisafakesessiontoken",
      "  service: execute-api",
      "  region: us-east-1",
      "}",
      "auth:oauth2 {",
      "  client_id: client_id_1",
      "  signingKey: wordlikesigningkey",
      "  keyId: 2024-rotation-1",
      "}",
    ].join("\n");
    const out = redact(bru);
    gone(out, "AKIDPLACE12345", "thisisasecretvalue", "thisisafakesessiontoken", "wordlikesigningkey");
    kept(out, "service: execute-api", "region: us-east-1", "client_id: client_id_1", "keyId: 2024-rotation-1");
  });
});

describe("HL7 v2 framed, indented, inline or inside JSON", () => {
  const MSH = "MSH|^~\\&|A|B|C|D|20200101||ADT^A01|77|P|2.5";
  const PEOPLE = ["Zq4471", "Quillfeather", "Odessa", "19540312", "12 Wren Lane", "Marlow"];

  it("an MLLP frame (VT before MSH, CR between segments, FS CR after) is read as the message it frames", () => {
    const out = redact(`\x0b${MSH}\r${PID}\r\x1c\r`);
    gone(out, ...PEOPLE);
    kept(out, `\x0b${MSH}\r`, "\x1c");
  });

  it("segments ended by a written `<cr>` on one line are split there", () => {
    for (const cr of ["<cr>", "<CR>"]) {
      const out = redact(`${MSH}${cr}${PID}${cr}PV1||I${cr}`);
      gone(out, ...PEOPLE);
      kept(out, `${MSH}${cr}PID|1||`, `${cr}PV1||I${cr}`);
    }
  });

  it("an indented message (a Markdown code block, a quoted mail) is read, its indentation kept", () => {
    const out = redact(`Here is the message:\n\n    ${MSH}\n    ${PID}\n\nThanks`);
    gone(out, ...PEOPLE);
    kept(out, `\n    ${MSH}\n    PID|1||`, "Here is the message:", "Thanks");
  });

  it("a segment indented otherwise than MSH (a tab under spaces, none under an indented MSH) is still a segment, each line keeping its own indentation", () => {
    const pid = "PID|1||12345678^^^HOSP^MR||Smith^John^Q||19620314|M";
    for (const [mshIndent, pidIndent] of [
      ["    ", "\t"],
      ["\t", "  "],
      ["    ", ""],
      ["", "    "],
    ]) {
      const out = redact(`${mshIndent}${MSH}\n${pidIndent}${pid}\nPV1||I\n`);
      gone(out, "12345678", "Smith", "John", "19620314");
      kept(out, `${mshIndent}${MSH}\n${pidIndent}PID|1||`, "^^^HOSP^MR||", "\nPV1||I\n");
    }
  });

  it("an indented message whose birth date a wrap broke in two loses it whole, its other lines still indented", () => {
    const out = redact(`    ${MSH}\n    PID|1||Zq4471^^^H^MR||Quillfeather^Odessa||1954\n    0312|F\n    PV1||I\n`);
    gone(out, "Zq4471", "Quillfeather", "1954", "0312");
    kept(out, `    ${MSH}\n    PID|1||`, "|F\n    PV1||I\n");
  });

  it("a message inside a JSON string (a log's payload, an integration engine's API) is read as HL7", () => {
    for (const sep of ["\r", "\n"]) {
      const out = redact(JSON.stringify({ channel: "ADT-IN", message: `${MSH}${sep}${PID}${sep}` }, null, 2));
      gone(out, ...PEOPLE);
      kept(out, "ADT^A01|77", '"channel": "ADT-IN"');
      expect(() => JSON.parse(out)).not.toThrow();
    }
  });
});

describe("FHIR XML inside JSON", () => {
  it("a HAR response whose content is FHIR XML loses the patient and stays a HAR", () => {
    const xml =
      '<Patient xmlns="http://hl7.org/fhir"><name><family value="Quillfeather"/><given value="Odessa"/></name><birthDate value="1954-03-12"/></Patient>';
    const har = {
      log: {
        version: "1.2",
        creator: { name: "x", version: "1" },
        entries: [
          {
            request: { method: "GET", url: "https://fhir.example.org/Patient/1", headers: [] },
            response: {
              status: 200,
              headers: [{ name: "Content-Type", value: "application/fhir+xml" }],
              content: { mimeType: "application/fhir+xml", text: xml },
            },
          },
        ],
      },
    };
    const out = redact(JSON.stringify(har));
    gone(out, "Quillfeather", "Odessa", "1954-03-12");
    kept(out, '<Patient xmlns=\\"http://hl7.org/fhir\\">', '<birthDate value=\\"1954\\"/>');
    expect(() => JSON.parse(out)).not.toThrow();
  });
});

describe("API-client exports: credentials by the export's own structure", () => {
  it("an Insomnia request's authentication object (iam, basic, oauth2) loses its credentials by their names", () => {
    const exp = {
      _type: "export",
      __export_format: 4,
      resources: [
        {
          _type: "request",
          authentication: {
            type: "iam",
            accessKeyId: "AKIDWORDISH",
            secretAccessKey: "plainwordsecretkey",
            sessionToken: "plainsessiontok",
            region: "us-east-1",
          },
        },
      ],
    };
    const out = redact(JSON.stringify(exp, null, 2));
    gone(out, "AKIDWORDISH", "plainwordsecretkey", "plainsessiontok");
    kept(out, '"type": "iam"', '"region": "us-east-1"');
  });

  it('a Postman environment variable marked secret (`"type": "secret"`) loses its value whatever its name', () => {
    const env = {
      name: "env",
      values: [
        { key: "signingMaterial", value: "plainwordvalue", type: "secret", enabled: true },
        { key: "host", value: "example.org", type: "default", enabled: true },
      ],
      _postman_variable_scope: "environment",
    };
    const out = redact(JSON.stringify(env, null, 2));
    gone(out, "plainwordvalue");
    kept(out, "example.org", '"key": "signingMaterial"');
  });
});
