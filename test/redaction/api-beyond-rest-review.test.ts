// Review of the APIs-beyond-REST readers: shapes that still leak or lose a fact. Each is marked `.fails` until mended.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("GraphQL declarations: a `$key: Value` line is not a declaration because the value starts with a capital", () => {
  it("a token under a `$token` key still goes", () => {
    check("$token: Xk9PqLm2ZzT4\n$secret: Hunter2", ["Xk9PqLm2ZzT4", "Hunter2"]);
  });
  it("a `$key` line outside an operation's variable list declares nothing the rest of the text may pass", () => {
    check("$token: Xk9PqLm2ZzT4\npassword: $token, apiKey: AKzq81LmPx0w", ["Xk9PqLm2ZzT4", "$token", "AKzq81LmPx0w"]);
  });
  it("an anonymous operation and one whose list is split over lines still declare", () => {
    const op = "query ($pass: String!) { a(password: $pass) }\nsubscription OnEvent\n(\n  $token: Secret\n) { b }";
    check(op, [], [op]);
  });
});

describe("role name keys: roles that name no person", () => {
  it("a queue subscriber's name, a calling method and a shipping method stay", () => {
    check(
      JSON.stringify({
        subscriber_name: "fhir-encounter-sub",
        callerName: "OAuthHandler.Authorize",
        caller_name: "ValidateToken",
        shipping_name: "UPS Ground",
      }),
      [],
      ["fhir-encounter-sub", "OAuthHandler.Authorize", "ValidateToken", "UPS Ground"],
    );
  });
  it("a person's name under the same keys still goes, a camel-cased surname too", () => {
    check(JSON.stringify({ subscriber_name: "Liam Brown", caller_name: "McDonald", shipping_name: "Mary-Jane Roe" }), [
      "Liam Brown",
      "McDonald",
      "Mary-Jane Roe",
    ]);
  });
  it("the same roles written as an object or first/last name go too", () => {
    check(
      JSON.stringify({ customer: { name: "Sophia Clark" }, customerFirstName: "Ethan", customer_last_name: "Walker" }),
      ["Sophia Clark", "Ethan", "Walker"],
    );
  });
  it("a tree's parent node and a role object's slug name keep their names", () => {
    check(
      JSON.stringify({ parent: { name: "Sophia Clark" }, subscriber: { name: "fhir-encounter-sub" } }),
      [],
      ["Sophia Clark", "fhir-encounter-sub"],
    );
  });
});

describe("credential pairs: an application's name beside its client secret is a fact", () => {
  it("a registration's app name stays; the secret goes", () => {
    check(
      JSON.stringify({
        credentials: {
          name: "Patient Portal Prod",
          client_id: "0oa1b2c3d4e5f6g7h8",
          client_secret: "Zq8LmZ2pWvT9rBxYk3N4",
        },
      }),
      ["Zq8LmZ2pWvT9rBxYk3N4"],
      ["Patient Portal Prod", "0oa1b2c3d4e5f6g7h8"],
    );
  });
  it("an OAuth client's name beside its client secret stays", () => {
    check(
      JSON.stringify({
        oauth: { name: "smart-backend", token_url: "https://auth.example.org/token", client_secret: "Zq8LmZ2pWvT9rBx" },
      }),
      ["Zq8LmZ2pWvT9rBx"],
      ["smart-backend"],
    );
  });
  it("an Authorize.Net login beside its transaction key still goes", () => {
    check(JSON.stringify({ merchantAuthentication: { name: "7QmTz2Lw58Kp", transactionKey: "8f4KQD5137xbnWte" } }), [
      "7QmTz2Lw58Kp",
      "8f4KQD5137xbnWte",
    ]);
  });
  it("a reference to a secret is no secret: the auth object's name stays", () => {
    check(
      JSON.stringify({ auth: { name: "Cerner sandbox", type: "oauth2", secret_ref: "vault://kv/cerner" } }),
      [],
      ["Cerner sandbox"],
    );
  });
  it("Authorize.Net's XML merchantAuthentication loses its login name too", () => {
    check(
      "<merchantAuthentication><name>7QmTz2Lw58Kp</name><transactionKey>8f4KQD5137xbnWte</transactionKey></merchantAuthentication>",
      ["7QmTz2Lw58Kp", "8f4KQD5137xbnWte"],
    );
  });
  it("an indented XML pair loses its login; a holder without a secret, or with a client secret, keeps its name", () => {
    check(
      "<ns:merchantAuthentication>\n  <ns:name>7QmTz2Lw58Kp</ns:name>\n  <ns:transactionKey>8f4KQD5137xbnWte</ns:transactionKey>\n</ns:merchantAuthentication>",
      ["7QmTz2Lw58Kp", "8f4KQD5137xbnWte"],
    );
    check(
      "<auth><name>smart-backend</name><type>oauth2</type></auth>\n<credentials><name>Patient Portal</name><client_secret>Zq8LmZ2pWvT9rBx</client_secret></credentials>",
      ["Zq8LmZ2pWvT9rBx"],
      ["<name>smart-backend</name>", "<name>Patient Portal</name>"],
    );
  });
});

describe("STOMP passcodes outside the frame layouts read", () => {
  it("an escaped quote inside a SockJS passcode does not end it", () => {
    check('["CONNECT\\nlogin:jroe\\npasscode:p@ss\\"word99\\n\\n\\u0000"]', ["word99"]);
  });
  it("`passcode` names a password wherever it stands: Spring's decoded frame, a JSON member, a prompt", () => {
    check(
      'Decoded CONNECT {login=[jroe], passcode=[Kq7ZrT2mWx9]}\n{"passcode": "c0rrect-h0rse-B4ttery"}\nEnter passcode: 482913',
      ["Kq7ZrT2mWx9", "c0rrect-h0rse-B4ttery", "482913"],
    );
  });
  it("a stomp.py headers dict and a JS single-quoted frame lose the passcode", () => {
    check(
      "Sending frame: 'CONNECT', headers={'login': 'jroe', 'passcode': 'Kq7ZrT2mWx9'}\n" +
        "client.send('CONNECT\\nlogin:jroe\\npasscode:Rb4WnX8pQ2z\\n\\n\\0')",
      ["Kq7ZrT2mWx9", "Rb4WnX8pQ2z"],
    );
  });
  // Still open: a `>>> ` line is read as a REPL prompt before the sweep, so the frame reader never sees the command.
  it.fails("a passcode holding a blank loses at least its first word in stomp.js debug lines", () => {
    check(">>> CONNECT\nlogin:jroe\npasscode:Kq7 ZrT2mWx9\n\n", ["Kq7 ZrT2mWx9"]);
  });
});

describe("queue envelopes: a FHIR name inside an escaped SQS body", () => {
  // A HumanName read without its resource (json.ts, isHumanNamePart): the body's patient has no resourceType.
  it("the patient's family and given names go", () => {
    check(
      '{"Messages":[{"MessageId":"a1","Body":"{\\"patient\\":{\\"name\\":[{\\"family\\":\\"Roe\\",\\"given\\":[\\"Jane\\"]}],\\"birthDate\\":\\"1970-03-02\\"}}"}]}',
      ['"Roe', '"Jane'],
    );
  });
});

describe("a greeting that addresses no one", () => {
  it("Hello World, Hi Team, Hello All keep their words; a greeted person still goes", () => {
    check(
      'fmt.Println("Hello World!")\nHi Team, the build is red.\nHello All,\nHello Sophia Clark, your token expired.',
      ["Sophia Clark"],
      ["Hello World!", "Hi Team", "Hello All"],
    );
  });
});
