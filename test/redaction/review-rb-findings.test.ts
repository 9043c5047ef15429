// Review RB (adversarial review of the held-out support-report batch): each test proves one finding of that review
// (a leak or a lost fact it found), mended since.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const CODE =
  "0.AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB.AgABAAIAAAD--DLA3VO7QrddgJg7WevrPq_zX8cV5bN3mL1kJ9hG7fD~~4f1c2a9e8b7d";
const FRAGMENT = [
  "<recordTarget><patientRole>",
  '<id root="2.16.840.1.113883.4.1" extension="999887777"/>',
  '<addr><city>Springfield</city><postalCode>62704</postalCode></addr><telecom value="tel:+1-555-867-5309"/>',
  '<patient><name><given>Aurelio</given><family>Bramante</family></name><birthTime value="19620914"/></patient>',
  "</patientRole></recordTarget>",
].join("");
const PERSON = ["999887777", "Springfield", "62704", "555-867-5309", "Aurelio", "Bramante", "19620914"];

describe("RB-1: words that describe a credential are taken for a placeholder under any key, password too", () => {
  it("a password spelled from the describing words goes (it did before the batch)", () => {
    check("password: ClientSecret\npassword=YourClientSecret\npassword: EncodedKey\ndb_password=AccessKeyEncoded", [
      "ClientSecret",
      "YourClientSecret",
      "EncodedKey",
      "AccessKeyEncoded",
    ]);
  });
  it("a client secret / api key value spelled from those words goes (it did before the batch)", () => {
    check("client_secret=app-client-secret\napi_key: AppKeyEncoded\n-u ClientId:ClientSecretProd1x https://x", [
      "app-client-secret",
      "AppKeyEncoded",
      "ClientSecretProd1x",
    ]);
  });
  it("under any secret's key, however spelled, the described value goes (the password of curl's -u too)", () => {
    check("PASSWORD: client-secret\nclient_secret: client-secret-id\ncurl -u ClientId:ClientSecret https://x", [
      "client-secret",
      "-u ClientId:ClientSecret",
    ]);
  });
});

describe("RB-2: a C-CDA patient fragment with a namespace prefix (cda:, v3:) is not read", () => {
  it("the prefixed fragment's patient values go", () => {
    const prefixed = FRAGMENT.replace(/<(\/?)/g, "<$1cda:");
    check(`Our header:\n\n${prefixed}`, PERSON);
  });
});

describe("RB-3: a second CDA fragment on the same line is not read", () => {
  it("both fragments' patient values go", () => {
    check(`a=${FRAGMENT.replace(/Aurelio/, "Ottavia")} b=${FRAGMENT}`, ["Ottavia", ...PERSON]);
  });
});

describe("RB-4: a fragment after the same tag quoted in backticks on its line is not read", () => {
  it("the patient values go", () => {
    check("`<patientRole>` is the element; here: " + FRAGMENT.replace("<recordTarget>", ""), PERSON);
  });
});

describe("RB-5: a dotted opaque code after a label no reader knows ('code:', 'Code =') is skipped", () => {
  it("the code goes", () => {
    check(`authorization code: ${CODE}\nCode = ${CODE}`, ["AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8", "4f1c2a9e8b7d"]);
  });
});

describe("RB-6 (review finding 6a): a dotted code under 100 characters, of several random parts, is kept", () => {
  const SHORT = "0.AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB.AgABAAIAAAD--DLA3VO7QrddgJg7WevrPq_zX8cV5bN3mL1kJ9hG7fD";
  it("a 94-character code of two random parts goes; Epic's two-part FHIR id (46) stays", () => {
    check(
      `the code is ${SHORT} ok\nPatient id Tbt3KuCY0B5PSrJvCu2j-PlK.aiHsu2xUjUM8bWpetXoB works`,
      ["AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB", "DLA3VO7QrddgJg7WevrPq_zX8cV5bN3mL1kJ9hG7fD"],
      ["Tbt3KuCY0B5PSrJvCu2j-PlK.aiHsu2xUjUM8bWpetXoB"],
    );
  });
});

describe("RB-6: a quoted 'LAST,FIRST' without the blank keeps the given name", () => {
  it("both parts go", () => {
    check('Pasted:\n{\n ...\n "sub":"12345",\n "name":"SMART,NANCY",\n "exp":1629402200\n}', ["NANCY", "SMART"]);
  });
});
