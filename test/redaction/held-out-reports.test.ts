// Shapes from a held-out sample of support reports and Q&A posts (test/corpora/real-artifacts/report-*): what people
// paste into a forum post. Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

// An identity provider's opaque code: dot-separated random parts, then `~~` and a hex tail (Azure AD writes them so).
const CODE_HEAD = "0.AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB.AgABAAIAAAD--DLA3VO7QrddgJg7WevrPq_zX8cV5bN3mL1kJ9hG7fD";
const CODE_TAIL = "4f1c2a9e8b7d6c5a4f1c2a9e8b7d6c5a4f1c2a9e8b7d6c5a";
const CODE = `${CODE_HEAD}~~${CODE_TAIL}`;

describe("an opaque token of dot-separated random parts, pasted alone in a post", () => {
  it("goes whole on its own line under the sentence that names it", () => {
    check(
      `Torin,\n\nI forgot to paste the authorization code:\n\n${CODE}\n\nFrom: support`,
      [CODE_HEAD.slice(0, 24), "DLA3VO7QrddgJg7Wevr", CODE_TAIL],
      ["I forgot to paste the authorization code:"],
    );
  });

  it("goes inside a sentence and in backticks, with the sentence's full stop kept", () => {
    const out = check(
      `the code was ${CODE}. Then \`${CODE}\` again`,
      [CODE_HEAD.slice(0, 24), CODE_TAIL],
      ["the code was ", ". Then `"],
    );
    void out;
  });

  it("Google's ya29. access token goes", () => {
    check(
      "token ya29.a0AfH6SMBx7Qw3rTyUiOp4sDfGhJkL5zXcVbNm6Lp0 expired",
      ["a0AfH6SMBx7Qw3rTyUiOp4sDfGhJkL5z"],
      ["token ", " expired"],
    );
  });

  it("dotted names, OIDs, host names and hex ids stay", () => {
    const facts = [
      "org.springframework.security.oauth2.server.resource.InvalidBearerTokenException",
      "2.16.840.1.113883.2.9.2.90999.248d9f9d99406d6cba77f7cbdf30b56d45a42e6ed22624770a88872aa3bfbadd.060a272e94",
      "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq",
      "fhir-ehr-code.cerner.com",
      // An Epic sandbox patient's FHIR id: a dot between random parts, but an id support needs.
      "Tbt3KuCY0B5PSrJvCu2j-PlK.aiHsu2xUjUM8bWpetXoB",
    ];
    check(facts.join("\n"), [], facts);
  });
});

describe("a C-CDA header's patient part pasted without its document (from <recordTarget> or <patientRole>)", () => {
  const FRAGMENT = [
    "<recordTarget>",
    "  <patientRole>",
    '    <id root="2.16.840.1.113883.2.9.4.3.2" extension="RSSMRA80A01H501U" assigningAuthorityName="MEF"/>',
    '    <id root="2.16.840.1.113883.2.9.2.10209.4.1" extension="7731954" assigningAuthorityName="ASL 1"/>',
    '    <addr use="H"><city>BORGOMANERO</city><censusTract>003024</censusTract><postalCode>28021</postalCode>' +
      "<streetAddressLine>VIA ROMA 12</streetAddressLine></addr>",
    '    <telecom value="tel:3471234567" use="HP"/>',
    "    <patient>",
    "      <name><given>GIUSEPPINA</given><family>ROSSETTI</family></name>",
    '      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1" displayName="Female"/>',
    '      <birthTime value="19510622"/>',
  ];
  const PERSON = ["7731954", "BORGOMANERO", "003024", "28021", "VIA ROMA 12", "3471234567", "GIUSEPPINA", "ROSSETTI"];
  const FACTS = ['root="2.16.840.1.113883.2.9.4.3.2"', 'displayName="Female"', 'assigningAuthorityName="ASL 1"'];

  it("is read by its elements: the patient's ids, address, phone, name and birth date go", () => {
    check(["Nel CDA la sezione relativa al paziente è:", "", ...FRAGMENT].join("\n"), [...PERSON, "19510622"], FACTS);
  });

  it("also with a docker-compose log prefix on every line", () => {
    check(
      ["Nel CDA:", "", ...FRAGMENT.map((l) => `cda_1  |   ${l}`)].join("\n"),
      [...PERSON, "19510622"],
      [...FACTS, "cda_1  |"],
    );
  });

  it("a <patientRole> named in backticks in prose opens nothing", () => {
    check("the `<patientRole>` element holds the ids, see <patientRole> docs", [], ["`<patientRole>`"]);
  });
});

describe("a credential written as the words that describe it (a placeholder in a vendor's answer)", () => {
  it("`Bearer Base64EncodedClientID:ClientSecret` stays as written: it is the mistake being explained", () => {
    check(
      'Change FROM:\nrequest.AddHeader("Authorization", "Bearer Base64EncodedClientID:ClientSecret");\n' +
        'Change TO:\nrequest.AddHeader("Authorization", "Basic ClientId:ClientSecret");',
      [],
      ["Bearer Base64EncodedClientID:ClientSecret", "Basic ClientId:ClientSecret"],
    );
  });

  it("a real credential in the same place goes, and so does a secret spelled from words", () => {
    check(
      'request.AddHeader("Authorization", "Bearer Qw3rTyUiOp4sDfGhJkL5zXcVbNm6");\npassword: MyClientPassword\n' +
        "client_secret=SecretKey\ntokenSecret: token-secret-value",
      ["Qw3rTyUiOp4sDfGhJkL5zXcVbNm6", "MyClientPassword", "SecretKey", "token-secret-value"],
    );
  });
});

describe("a person's name written `Last, First` in a quoted claim of a partial token pasted in prose", () => {
  it("goes whole, both parts", () => {
    check(
      'Pasted a partial example:\n\n{\n   ...\n   "name":"SMART, NANCY",\n   "exp":1629402200,\n   "email":"he...@a.com"\n}',
      ["SMART", "NANCY"],
      ['"exp":1629402200'],
    );
  });

  it("an unquoted name stops at its comma (the next pair is no part of it)", () => {
    check("sub=jroe@example.org, displayName=Jane Roe, role=Admin", ["Jane Roe"], ["role=Admin"]);
  });
});
