// Shapes from pastes of APIs beyond REST (test/corpora/real-artifacts api-*: GraphQL calls and errors, grpcurl output,
// STOMP frames, queue envelopes). Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("GraphQL operations: declared variables and the references to them are no values", () => {
  it("a login mutation in a curl body keeps its operation; the variables' values go", () => {
    check(
      `curl -s https://api.example.org/graphql -d '{"query":"mutation Login($email: String!, $pass: String!) { login(email: $email, password: $pass) { token } }","variables":{"email":"jroe@example.org","password":"Kq7ZrT2mWx9"}}'`,
      ["jroe@example.org", "Kq7ZrT2mWx9"],
      ["mutation Login($email: String!, $pass: String!) { login(email: $email, password: $pass) { token } }"],
    );
  });

  it("an operation written over lines, with list and input types and a default, is kept whole", () => {
    const op = [
      "mutation SignIn(",
      "  $password: String!",
      "  $secret: [ID!]!",
      "  $token: TokenInput = null",
      ") {",
      "  signIn(password: $password, secret: $secret, token: $token) { accessToken }",
      "}",
    ].join("\n");
    check(op, [], [op]);
  });

  it("a literal argument still goes, and so does a `$`-word that no operation declares", () => {
    check(
      'mutation { login(username: "jroe", password: "S3cret!") { token } }\npassword: $ecretWord9',
      ["S3cret!", "$ecretWord9"],
      ["mutation { login(username: "],
    );
  });
});

describe("STOMP frames: a CONNECT frame's login and passcode, a CONNECTED frame's user", () => {
  it("stomp.js debug lines lose the passcode and the login; the broker, session and destinations stay", () => {
    check(
      [
        "Web Socket Opened...",
        ">>> CONNECT",
        "login:jroe",
        "passcode:Kq7ZrT2mWx9",
        "accept-version:1.2,1.1,1.0",
        "heart-beat:10000,10000",
        "",
        "<<< CONNECTED",
        "server:RabbitMQ/3.6.11",
        "session:session-VM8CVl4jZjPP8baZAR0jKA",
        "user-name:marta.quist",
        "",
        ">>> SUBSCRIBE",
        "destination:/queue/orders.746",
      ].join("\n"),
      ["Kq7ZrT2mWx9", "jroe", "marta.quist"],
      ["server:RabbitMQ/3.6.11", "accept-version:1.2,1.1,1.0", "destination:/queue/orders.746"],
    );
  });

  it("SockJS frames, each STOMP frame a JSON string with escaped line breaks, lose the same values", () => {
    check(
      [
        '发起连接：["CONNECT\\nlogin:jroe\\npasscode:Kq7ZrT2mWx9\\naccept-version:1.1,1.0\\n\\n\\u0000"]',
        '连接返回：a["CONNECTED\\nversion:1.1\\nheart-beat:0,0\\nuser-name:marta.quist\\n\\n\\u0000"]',
      ].join("\n"),
      ["Kq7ZrT2mWx9", "jroe", "marta.quist"],
      ["accept-version:1.1,1.0", "heart-beat:0,0"],
    );
  });

  it("a frame parsed out of JSON (the string holds real line breaks) loses them too", () => {
    check('["CONNECT\\nlogin:jroe\\npasscode:Kq7ZrT2mWx9\\n\\n\\u0000"]', ["Kq7ZrT2mWx9", "jroe"], ["CONNECT"]);
  });
});

describe("a STOMP login that is also the passcode", () => {
  it("RabbitMQ's guest/guest: the login goes with the passcode it repeats; a guest login alone stays", () => {
    check('["CONNECT\\nlogin:guest\\npasscode:guest\\n\\n\\u0000"]', ["guest"], ['["CONNECT\\nlogin:']);
    check(">>> CONNECT\nlogin:guest\npasscode:Kq7ZrT2mWx9\n\n", ["Kq7ZrT2mWx9"], ["login:guest"]);
  });
});

describe("a name under a key that says whose it is (`customer_name`, `cardholderName`, `billing_name`)", () => {
  it("in a JSON request body the person's name goes; an app's client_name and a tenant's name stay", () => {
    check(
      JSON.stringify({
        merchant_customer_id: "mcui_dbbb62379df3",
        customer_name: "Liam Brown",
        card: { cardholderName: "Noah Brown", card_type: "credit" },
        billing_name: "Mia Johnson",
        client_name: "Patient Read App",
        tenant_name: "Acme Health",
      }),
      ["Liam Brown", "Noah Brown", "Mia Johnson"],
      ["mcui_dbbb62379df3", "Patient Read App", "Acme Health", "credit"],
    );
  });

  it("in a grpcurl heredoc body (JSON over lines inside a shell command) it goes too", () => {
    check(
      [
        "grpcurl -plaintext \\",
        '  -H "x-request-id: create_customer_req" \\',
        "  -d @ localhost:8000 types.CustomerService/Create <<'JSON'",
        "{",
        '  "merchant_customer_id": "mcui_dbbb62379df3",',
        '  "customer_name": "Liam Brown",',
        '  "test_mode": true',
        "}",
        "JSON",
      ].join("\n"),
      ["Liam Brown"],
      ["types.CustomerService/Create", "create_customer_req", "mcui_dbbb62379df3"],
    );
  });
});

describe("the login half of a credential pair in an authentication object", () => {
  it("Authorize.Net's merchantAuthentication name goes with its transactionKey; an object without a secret keeps its name", () => {
    check(
      JSON.stringify({
        createTransactionRequest: {
          merchantAuthentication: { name: "7QmTz2Lw58Kp", transactionKey: "8f4KQD5137xbnWte" },
          refId: "ref-123",
        },
        auth: { name: "oauth2", type: "bearer" },
      }),
      ["7QmTz2Lw58Kp", "8f4KQD5137xbnWte"],
      ["ref-123", '"name":"oauth2"'],
    );
  });
});
