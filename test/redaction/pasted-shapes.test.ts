// The shapes of evidence as people really paste it that used to leak (issue: real artifacts). Each case is a small
// piece of a real artifact's shape; the real files themselves are scored in `npm run eval:redaction`.
import { describe, expect, it } from "vitest";
import { makeJwt } from "../evidence/helpers";
import { gone, kept, redact } from "./lib/redact-text";

const JWT = makeJwt({
  iss: "https://authorization.cerner.com/",
  sub: "synthetic-user-4711",
  scope: "patient/Patient.read",
  exp: 1893456000,
});

describe("HL7 v2 messages, by segment and field", () => {
  const ADT = [
    "MSH|^~\\&|MegaReg|XYZHospC|SuperOE|XYZImgCtr|20060529090131-0500||ADT^A01^ADT_A01|01052901|P|2.5",
    "EVN||200605290901||||",
    "PID|||56782445~58244752^^^UAReg^PI||KLEINSAMPLE^BARRY^Q^JR||19620910|M||2028-9^^HL70005^RA99113^^XYZ|260 GOODWIN CREST DRIVE^^BIRMINGHAM^AL^35209^^M|||||||0105I30001^^^99DEF^AN|123456789",
    "NK1|1|SMITH^OREGANO^K|WI^WIFE||(999)999-1212",
    "PV1||I|W^389^1^UABH^^^^3||||12345^MORGAN^REX^J^^^MD^0010^UAMC^L|||MED",
    "DG1|1||786.50^CHEST PAIN, UNSPECIFIED^I9|||A",
  ].join("\n");

  it("names FAMILY^GIVEN, birth dates, MRNs in PID-3, SSNs without dashes, phones and addresses go", () => {
    const out = redact(ADT);
    gone(
      out,
      "KLEINSAMPLE",
      "BARRY",
      "19620910",
      "56782445",
      "58244752",
      "260 GOODWIN CREST DRIVE",
      "BIRMINGHAM",
      "35209",
      "0105I30001",
      "123456789",
      "OREGANO",
      "(999)999-1212",
      "MORGAN",
      "REX",
    );
  });

  it("the message type, control ID, applications, codes and segment structure stay", () => {
    const out = redact(ADT);
    kept(
      out,
      "MSH|^~\\&|MegaReg|XYZHospC|SuperOE|XYZImgCtr|",
      "ADT^A01^ADT_A01|01052901|P|2.5",
      "786.50^CHEST PAIN, UNSPECIFIED^I9",
      "^^^UAReg^PI",
    );
    expect(out.split("\n").map((l) => l.slice(0, 4))).toEqual(["MSH|", "EVN|", "PID|", "NK1|", "PV1|", "DG1|"]);
    // Field counts are unchanged: a redacted message still parses field by field.
    expect(out.split("\n").map((l) => l.split("|").length)).toEqual(ADT.split("\n").map((l) => l.split("|").length));
  });

  it("uses the encoding characters declared in MSH-2", () => {
    const out = redact(
      "MSH#*~\\&#LAB#HOSP#EHR#HOSP#20240101##ORU*R01#123#P#2.5\nPID#1##998877*^^^HOSP*MR##DOE*JANE##19700101#F",
    );
    gone(out, "998877", "DOE", "JANE", "19700101");
    kept(out, "ORU*R01", "MSH#*~\\&#LAB#HOSP#");
  });

  it("a line broken inside a segment stays with its segment", () => {
    const out = redact(
      "MSH|^~\\&|A|B|C|D|20111105||RSP^K11|1|T|2.5.1\nPID|1||25^^^^SR||FLOYD^FRANK^^^^^L||20030123|M|||612 S WRIGHT CT^^KENNEWICK^WA^99366\n|||(509)421-0355",
    );
    gone(out, "FLOYD", "FRANK", "20030123", "612 S WRIGHT CT", "KENNEWICK", "99366");
  });

  // A line holding `|` right under the message used to be read as a wrapped part of its last segment: its cells
  // became fields of PID (PID-16 and on, which keep their text), a YAML `key: |` lost its key, a log line was cut up.
  const PID_LONG =
    "MSH|^~\\&|SEND|FAC|RCV|FAC|20240101120000||ADT^A01|MSG0001|P|2.5\nPID|1||123456^^^MRN||DOE^JOHN||19580314|M|||12 MAIN ST^^SPRINGFIELD^IL^62701\n";

  it("a Markdown table under the message is read as a table: the person in its cells goes, its labels stay", () => {
    const out = redact(PID_LONG + "| field | value |\n| patient | Jane Smith, DOB 1970-02-03, phone 555-123-4567 |\n");
    gone(out, "123456", "DOE", "JOHN", "19580314", "Jane Smith", "1970-02-03", "555-123-4567");
    kept(out, "| field | value |\n| patient | ");
  });

  it("a YAML `key: |` under the message keeps its key, and the secret on the next line goes", () => {
    const out = redact(PID_LONG + "client_secret: |\n  s3cr3tValueXyz123456\n");
    gone(out, "123456^", "DOE", "s3cr3tValueXyz123456");
    kept(out, "client_secret: ");
  });

  it("a log line with `|` under the message stays a log line: its token goes, its facts stay", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijk";
    const out = redact(PID_LONG + `2024-01-01T10:00:00Z ERROR 403 token=${jwt} | scope=patient/Patient.read\n`);
    gone(out, jwt, "DOE", "19580314");
    kept(out, "\n2024-01-01T10:00:00Z ERROR 403 token=", " | scope=patient/Patient.read\n");
  });

  it("a segment wrapped by a terminal (80 columns) is still one segment", () => {
    const pid =
      "PID|1||25^^^^SR||FLOYD^FRANK^^^^^L||20030123|M|||612 S WRIGHT CT^^KENNEWICK^WA^99366^^M|||(509)421-0355|||||||||||||||||";
    const wrapped = pid.slice(0, 80) + "\n" + pid.slice(80);
    const out = redact("MSH|^~\\&|A|B|C|D|20111105||RSP^K11|1|T|2.5.1\n" + wrapped);
    gone(out, "FLOYD", "FRANK", "20030123", "612 S WRIGHT CT", "KENNEWICK", "99366", "(509)421-0355");
  });

  it("a removed name is taken out of the kept fields, whatever character separates the fields", () => {
    // The kept fields are read word by word; an apostrophe (a word character) as the field separator must not glue
    // a kept field to its neighbours into one word.
    for (const f of ["|", "'", "#"]) {
      const out = redact(
        `MSH${f}^~\\&${f}LAB${f}HOSP${f}EHR${f}HOSP${f}20240101${f}${f}ADT^A01${f}1${f}P${f}2.5\nPID${f}1${f}${f}998877^^^HOSP^MR${f}${f}KOWALCZYK^ANNA${f}${f}19700101${f}F${f}${f}KOWALCZYK${f}`,
      );
      gone(out, "998877", "KOWALCZYK", "ANNA", "19700101");
      kept(out, `ADT^A01${f}1${f}P${f}2.5`);
    }
  });

  it("a free-text observation (OBX-5 of a TX or FT result) is read as prose; a coded one keeps its text", () => {
    const out = redact(
      "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240101||ORU^R01|1|P|2.5\nPID|1||998877^^^HOSP^MR||ROE^RICHARD\n" +
        "OBX|1|TX|NOTE^Note||Spoke with Margaret Thompson, phone 555-201-7788, about the results.||||||F\n" +
        "OBX|2|CE|8302-2^Height^LN||Tall Stature Code||||||F\n",
    );
    gone(out, "Margaret Thompson", "555-201-7788", "ROE", "RICHARD");
    kept(out, "OBX|1|TX|NOTE^Note||Spoke with ", "OBX|2|CE|8302-2^Height^LN||Tall Stature Code||||||F");
  });

  it("segments ended by a carriage return alone (HL7's own terminator, as a raw message file has them) are read", () => {
    // Read as one line before: the PID segment was part of MSH, which stays whole — the MRN, name and birth date
    // survived.
    for (const eol of ["\r", "\r\n", "\n"]) {
      const out = redact(
        [
          "MSH|^~\\&|A|B|C|D|20240101||ADT^A01|77|P|2.5",
          "PID|||4455667^^^HOSP^MR||ROE^RICHARD||19800202|M",
          "PV1||I",
          "",
        ].join(eol),
      );
      gone(out, "4455667", "ROE", "RICHARD", "19800202");
      kept(out, `ADT^A01|77|P|2.5${eol}PID|||`, `^^^HOSP^MR||`, `|M${eol}PV1||I${eol}`);
    }
  });

  it("text after a message whose segments end with a carriage return is read as text, not as a field", () => {
    const out = redact(
      "MSH|^~\\&|A|B|C|D|20240101||ADT^A01|77|P|2.5\rPID|||4455667^^^HOSP^MR||ROE^RICHARD||19800202|M\r" +
        "Note: spoke with Jane Smith, DOB 1970-02-03, about ROE\r",
    );
    gone(out, "4455667", "ROE", "RICHARD", "19800202", "Jane Smith", "1970-02-03");
    kept(out, "|M\rNote: spoke with ");
  });

  it("inside a ticket's notes, the message is still read as HL7", () => {
    const out = redact(
      `The interface sent this:\n\nMSH|^~\\&|A|B|C|D|20240101||ADT^A08|77|P|2.5\nPID|||4455667^^^HOSP^MR||ROE^RICHARD||19800202|M\n\nand then the API said 403.`,
    );
    gone(out, "4455667", "ROE", "RICHARD", "19800202");
    kept(out, "ADT^A08", "and then the API said 403.");
  });
});

describe("Postman and Insomnia exports: a value is tied to its sibling key", () => {
  it("Postman auth arrays and environments: {key, value} pairs go by their key", () => {
    const collection = {
      info: {
        _postman_id: "7864cdf9-3256-42ce-9afb-1a75fe6555bc",
        name: "Oracle Health",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      auth: {
        type: "oauth2",
        oauth2: [
          { key: "clientSecret", value: "hunter2", type: "string" },
          { key: "accessToken", value: "opaque-token-value-1", type: "string" },
          { key: "clientId", value: "b1e2a292-fbe4-460a-be33-582e572abbbe", type: "string" },
          { key: "addTokenTo", value: "header", type: "string" },
        ],
      },
      item: [
        { request: { auth: { type: "bearer", bearer: [{ key: "token", value: "opaque-bearer-2", type: "string" }] } } },
      ],
      variable: [
        { key: "client_secret", value: "s3cr3t-from-variables" },
        { key: "tokenSecret", value: "token-secret-value" },
      ],
    };
    const out = redact(JSON.stringify(collection, null, 2));
    gone(out, "hunter2", "opaque-token-value-1", "opaque-bearer-2", "s3cr3t-from-variables", "token-secret-value");
    kept(out, "b1e2a292-fbe4-460a-be33-582e572abbbe", '"header"', "7864cdf9-3256-42ce-9afb-1a75fe6555bc");
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it("a Postman environment file", () => {
    const env = {
      id: "fd5ae82a-d4c3-fa38-b53f-cddafb084535",
      name: "Prod",
      values: [
        { key: "password", value: "guest", enabled: true },
        { key: "baseUrl", value: "https://fhir-ehr.cerner.com/r4", enabled: true },
      ],
    };
    const out = redact(JSON.stringify(env));
    gone(out, '"guest"');
    kept(out, "https://fhir-ehr.cerner.com/r4");
  });

  it("Insomnia YAML export: clientSecret under authentication", () => {
    const out = redact(
      'resources:\n  - _id: fld_1\n    authentication:\n      clientId: "authorization_code"\n      clientSecret: "secret"\n      scope: openid offline_access\n',
    );
    gone(out, '"secret"');
    kept(out, "openid offline_access", 'clientId: "authorization_code"');
  });
});

describe("tokens broken across lines", () => {
  const [h, p, s] = JWT.split(".");
  it("a JWT wrapped by the terminal in curl -v output", () => {
    const wrapped = `${JWT.slice(0, 60)}\n${JWT.slice(60, 140)}\n${JWT.slice(140)}`;
    const out = redact(
      `> GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/123 HTTP/1.1\n> Host: fhir-ehr.cerner.com\n> Authorization: Bearer ${wrapped}\n> Accept: application/fhir+json\n>\n< HTTP/1.1 403 Forbidden\n< opc-request-id: /4B7BCF043117301F1B647EF553C7F250\n<`,
    );
    gone(out, JWT.slice(60, 140), JWT.slice(140));
    kept(out, "opc-request-id: /4B7BCF043117301F1B647EF553C7F250", "Accept: application/fhir+json");
  });

  it("a Bearer header continued on the next line", () => {
    const out = redact(
      `GET /r4/Patient/123 HTTP/1.1\nAuthorization: Bearer ${h}.${p}\n  .${s}\nAccept: application/json\n`,
    );
    gone(out, p, s);
    kept(out, "Accept: application/json");
  });

  it("a JSON string value split by a line break", () => {
    const out = redact(
      `the token response was {"access_token": "${JWT.slice(0, 50)}\n${JWT.slice(50)}", "scope": "patient/Patient.read"}`,
    );
    gone(out, JWT.slice(50, 120));
    kept(out, "patient/Patient.read");
  });

  it("a folded Cookie continuation line", () => {
    const out = redact(
      "GET /x HTTP/1.1\nCookie: JSESSIONID=8F3A2C9B1D7E6F5A4B3C2D1E0F9A8B7C;\n  AWSALB=Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5\nAccept: */*\n",
    );
    gone(out, "8F3A2C9B1D7E6F5A4B3C2D1E0F9A8B7C", "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5");
    kept(out, "Accept: */*");
  });
});

describe("encodings: decode and check", () => {
  it("tokens inside URL-encoded and double-encoded query values", () => {
    const out = redact(
      `GET /login?next=%2Fapp%3Faccess_token%3DAbC123xYz987QwErTy654&state=%257B%2522refresh_token%2522%253A%2522RtOk9876zyxwVUTS5432%2522%257D HTTP/1.1\nHost: example.org\n`,
    );
    gone(out, "AbC123xYz987QwErTy654", "RtOk9876zyxwVUTS5432");
  });

  it("a base64 JSON state that holds a token", () => {
    const state = Buffer.from(
      JSON.stringify({ access_token: "opaque-access-4711-abcdef", return_to: "/home" }),
    ).toString("base64url");
    const out = redact(`https://app.example.org/callback?code=ok&state=${state}`);
    gone(out, state);
  });

  it("base64 client_id:secret without the word Basic", () => {
    const creds = Buffer.from("demo_app_whatever:secret-key-1234567890").toString("base64");
    const out = redact(`We encode our credentials as ${creds} and send them.`);
    gone(out, creds);
  });

  it("the decoded client secret elsewhere in the same text goes too", () => {
    const out = redact(
      "Prepare a header by base64 encoding `demo_app_whatever:secret-key-1234567890`:\n\n    Authorization: Basic ZGVtb19hcHBfd2hhdGV2ZXI6c2VjcmV0LWtleS0xMjM0NTY3ODkw\n",
    );
    gone(out, "secret-key-1234567890", "ZGVtb19hcHBfd2hhdGV2ZXI6c2VjcmV0LWtleS0xMjM0NTY3ODkw");
    kept(out, "demo_app_whatever");
  });

  it("a Kubernetes Secret in flow style with a .dockercfg", () => {
    const out = redact(
      '---\n{\n  apiVersion: "v1",\n  kind: "Secret",\n  type: "kubernetes.io/dockercfg",\n  data: {\n    ".dockercfg": "eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=",\n  },\n}\n',
    );
    gone(out, "eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=");
    kept(out, "kubernetes.io/dockercfg");
  });

  it("HAR content with encoding base64 is decoded and redacted", () => {
    const body = Buffer.from(
      JSON.stringify({ access_token: "opaque-access-in-har-99", token_type: "Bearer" }),
    ).toString("base64");
    const har = {
      log: {
        version: "1.2",
        creator: { name: "x", version: "1" },
        entries: [
          {
            request: { method: "POST", url: "https://authorization.cerner.com/token", headers: [] },
            response: {
              status: 200,
              headers: [],
              content: { mimeType: "application/json", encoding: "base64", text: body },
            },
          },
        ],
      },
    };
    const out = redact(JSON.stringify(har));
    gone(out, body, "opaque-access-in-har-99");
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it("a base64 value that decodes to a harmless config stays (the FHIR base URL of a simulator)", () => {
    const url =
      "https://smart.argo.run/v/r4/sim/eyJtIjoiMSIsImsiOiIxIiwiaSI6IjEiLCJqIjoiMSIsImIiOiI4N2EzMzlkMC04Y2FlLTQxOGUtODljNy04NjUxZTZhYWIzYzYifQ/fhir";
    kept(redact(`The base URL is:\n\n    ${url}\n`), url);
  });
});

describe("other syntaxes", () => {
  it("YAML block scalars", () => {
    const out = redact(
      "spring:\n  security:\n    client_secret: |\n      Zq8WpL3vNx0RtY6uE2aS\n    client_id: my-app\n",
    );
    gone(out, "Zq8WpL3vNx0RtY6uE2aS");
    kept(out, "client_id: my-app");
  });

  it("XML elements", () => {
    const out = redact(
      "<config>\n  <client_id>my-app</client_id>\n  <client_secret>hunter2</client_secret>\n  <password>correct horse</password>\n</config>",
    );
    gone(out, "hunter2", "correct horse");
    kept(out, "<client_id>my-app</client_id>");
  });

  it("FHIR Parameters: {name: token, valueString: …}", () => {
    const out = redact(
      JSON.stringify({
        resourceType: "Parameters",
        parameter: [
          { name: "token", valueString: "opaque-fhir-param-77" },
          { name: "client_secret", valueString: "hunter2" },
          { name: "scope", valueString: "system/Patient.read" },
        ],
      }),
    );
    gone(out, "opaque-fhir-param-77", "hunter2");
    kept(out, "system/Patient.read");
  });

  it('"here is the access token:" followed by the token on the next line', () => {
    const out = redact(
      "Here is the access token:\nQk9HVVMtb3BhcXVlLWFjY2Vzcy10b2tlbi12YWx1ZQ\nand the app's client_secret has been registered as:\n\n    secret-key-1234567890\n\nand the client_id of:\n\n    demo_app_whatever\n",
    );
    gone(out, "Qk9HVVMtb3BhcXVlLWFjY2Vzcy10b2tlbi12YWx1ZQ", "secret-key-1234567890");
    kept(out, "demo_app_whatever");
  });

  it("a form body directly under the headers, with no blank line", () => {
    const out = redact(
      "I post the following:\nPOST https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nclient_id=abc&client_secret=hunter2&code=420ff8d4-95e4-4b5b-a168-9bf94d30bad6&grant_type=authorization_code&scope=launch+user%2F%2A.read\nHere is the response:\n",
    );
    gone(out, "hunter2", "420ff8d4-95e4-4b5b-a168-9bf94d30bad6");
    kept(out, "scope=launch+user%2F%2A.read", "grant_type=authorization_code", "Here is the response:");
  });
  it("a URL on the line right under a status line is a URL, not a header named https", () => {
    for (const text of [
      "HTTP/1.1 200 OK\nhttps://u:hunter2@h.example/cb?code=SplxlOBeZQQYbYS6WxSbIA&name=Rosalind&state=1",
      "HTTP/1.1 302 Found\nAuthorization: \nhttps://h.example/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=1",
    ]) {
      const out = redact(text, "client-prod");
      gone(out, "hunter2", "SplxlOBeZQQYbYS6WxSbIA", "Rosalind");
      kept(out, "HTTP/1.1", "https://", "state=1");
      expect(redact(out, "client-prod"), "a second pass finds nothing more").toBe(out);
    }
  });
});

describe("the label or the shape decides", () => {
  it("a word after a secret label goes (Client secret: hunter2)", () => {
    gone(redact("Client secret: hunter2\nPassword = swordfish"), "hunter2", "swordfish");
  });

  it("a variable whose name contains _PUBLIC_ is no exemption when it names a secret", () => {
    gone(
      redact("NEXT_PUBLIC_CLIENT_SECRET=Zq8WpL3vNx0RtY6uE2aS\nVITE_PUBLIC_API_TOKEN=tok_9f8e7d6c5b4a3f2e1d0c"),
      "Zq8WpL3vNx0RtY6uE2aS",
      "tok_9f8e7d6c5b4a3f2e1d0c",
    );
  });

  it("a standalone 32-character random string of mixed case and digits goes; UUIDs, hex ids and opc-request-id stay", () => {
    const out = redact(
      "Our key is aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY and it fails.\ncorrelation 5718aeb9-3fef-470f-8562-5ccbc97b4fe5 id 78a19072002b8651623351cfedaffe70\nopc-request-id: /4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A\n(the private key parameter d is WcrTiYk8jbI-Sd1sKNpqGmELWGG08bf_y9SSlnC4cpAl5GRdHHN9gKYlPvMFqiJ5.)",
    );
    gone(out, "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY", "WcrTiYk8jbI-Sd1sKNpqGmELWGG08bf_y9SSlnC4cpAl5GRdHHN9gKYlPvMFqiJ5");
    kept(
      out,
      "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      "78a19072002b8651623351cfedaffe70",
      "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A",
    );
  });
});

describe("person data outside FHIR names", () => {
  it("phones in FHIR telecom extension valueUrl / valueString", () => {
    const patient = {
      resourceType: "Patient",
      id: "12724066",
      telecom: [
        {
          system: "phone",
          value: "8168888886",
          extension: [
            { url: "http://hl7.org/fhir/StructureDefinition/iso21090-TEL-address", valueUrl: "(816)888-8886" },
            { url: "http://hl7.org/fhir/StructureDefinition/contactpoint-extension", valueString: "345" },
          ],
        },
      ],
    };
    gone(redact(JSON.stringify(patient)), "(816)888-8886", "8168888886", '"345"');
  });

  it("firstName / lastName / dob / email keys in any JSON", () => {
    const out = redact(
      JSON.stringify({
        user: {
          firstName: "Dulcinea",
          lastName: "Toboso",
          dob: "1970-01-02",
          email: "dulcinea@example.org",
          role: "nurse",
        },
      }),
    );
    gone(out, "Dulcinea", "Toboso", "1970-01-02", "dulcinea@example.org");
    kept(out, '"nurse"');
  });

  it("FHIR batch entry request urls in a client domain: search parameters that name a person", () => {
    const batch = {
      resourceType: "Bundle",
      type: "batch",
      entry: [
        { request: { method: "GET", url: "Patient?family=Toboso&given=Dulcinea&birthdate=1970-01-02&_count=5" } },
      ],
    };
    const out = redact(JSON.stringify(batch), "client-prod");
    gone(out, "Toboso", "Dulcinea", "1970-01-02");
    kept(out, "_count=5", '"batch"');
  });

  it("Coverage subscriber ids go", () => {
    gone(
      redact(
        JSON.stringify({
          resourceType: "Coverage",
          id: "1",
          subscriberId: "A-778899",
          dependent: "12345",
          status: "active",
        }),
      ),
      "A-778899",
      '"12345"',
    );
  });
});

describe("client-domain FHIR keeps its value types and what is not personal", () => {
  const patient = {
    resourceType: "Patient",
    id: "12724066",
    active: true,
    name: [{ use: "official", family: "Toboso", given: ["Dulcinea"] }],
    telecom: [{ system: "phone", value: "8168888886", rank: 1 }],
    maritalStatus: {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/v3-NullFlavor",
          code: "UNK",
          display: "Unknown",
          userSelected: false,
        },
      ],
      text: "Unknown",
    },
    communication: [
      {
        language: { coding: [{ system: "urn:ietf:bcp:47", code: "en", display: "English" }], text: "English" },
        preferred: true,
      },
    ],
    gender: "female",
    extension: [
      {
        url: "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
        extension: [
          {
            url: "ombCategory",
            valueCoding: {
              system: "urn:oid:2.16.840.1.113883.6.238",
              code: "2186-5",
              display: "Non Hispanic or Latino",
            },
          },
        ],
      },
    ],
    birthDate: "1970-01-02",
  };
  it("booleans and numbers stay booleans and numbers; codes and displays stay; names, phones, dates go", () => {
    const out = redact(JSON.stringify(patient, null, 2), "client-prod");
    const parsed = JSON.parse(out);
    expect(parsed.active).toBe(true);
    expect(parsed.telecom[0].rank).toBe(1);
    expect(parsed.communication[0].preferred).toBe(true);
    expect(parsed.maritalStatus.coding[0].userSelected).toBe(false);
    expect(parsed.maritalStatus.coding[0].code).toBe("UNK");
    expect(parsed.communication[0].language.text).toBe("English");
    gone(out, "Toboso", "Dulcinea", "8168888886", "1970-01-02", "female", "Non Hispanic or Latino", "2186-5");
  });
});

describe("the pass over known secrets", () => {
  it("never takes scraps of punctuation left between placeholders for a secret (redacting twice changes nothing)", () => {
    const text =
      'https://u:p@h.example/Patient/123?code=abc&name=Bob&state=1 "access_token":" https://u:p@h.example/Patient/123?code=abc&name=Bob&state=1 {"key":"clientSecret","value":"hunter2"}';
    const once = redact(text, "client-prod", "text");
    expect(redact(once, "client-prod", "text")).toBe(once);
  });
});
