// The readers added for pastes of APIs beyond REST on hostile input: the work grows linearly with the input (counted
// operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
  ["GraphQL declarations and references", "f($pass: String!, $t: [ID!]!) { a(password: $pass, token: $t) }\n"],
  ["references to undeclared variables", "password: $p, token: $q}\n"],
  ["stomp.js CONNECT frames", ">>> CONNECT\nlogin:jroe\npasscode:Kq7ZrT2mWx9\n\n"],
  ["SockJS frames", '["CONNECT\\nlogin:guest\\npasscode:guest\\n\\n\\u0000"]'],
  ["CONNECTED frames", "<<< CONNECTED\nuser-name:jroe\n"],
  ["role name keys", '{"customer_name": "Liam Brown", "cardholderName": "Noah Brown"},\n'],
  ["credential pairs", '{"merchantAuthentication": {"name": "7QmTz2Lw58Kp", "transactionKey": "8f4KQD5137xbnWte"}},\n'],
];

describe("hostile input for the APIs-beyond-REST readers", () => {
  itGrowsLinearly(UNITS);

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["a declaration's `$` run", "password: " + "$".repeat(MB)],
    ["declarations never closed", "($p: String".repeat(MB / 11)],
    ["a frame of one endless header", '"CONNECT\\nlogin:' + "a".repeat(MB)],
    ["escaped breaks after one CONNECT", '"CONNECT' + "\\n".repeat(MB / 2)],
    ["CONNECT words on one line", "CONNECT\\n".repeat(MB / 9)],
    ["header lines without a blank line", ">>> CONNECT\n" + "login:a\n".repeat(MB / 8)],
    ["a role name key of a megabyte", '{"' + "customer_".repeat(MB / 9) + 'name": "Liam Brown"}'],
    ["an authentication object of many names", '{"auth": {' + '"name": "a", '.repeat(MB / 13) + '"password": "x"}}'],
  ];
  itFinishes(megabytes);
});
