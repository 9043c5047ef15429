// The readers added for the API-client GUI batch (`gui-…`) on hostile input: the ARN reader (an IAM user under a path),
// curl's connect lines before an address, header names and media types ending a wrapped token. The work grows linearly
// with the input (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
  ["IAM user ARNs under a path", "User: arn:aws:iam::123456789012:user/a/b/c/jroe is not authorized\n"],
  ["IAM user ARNs whose path never ends", "arn:aws:iam::123456789012:user/" + "ab/".repeat(12) + " "],
  ["assumed-role ARNs", "arn:aws:sts::123456789012:assumed-role/Admin/jroe "],
  ["curl connect lines", "*   Trying 34.239.100.11...\n* Connected to h.example.com (34.239.100.11) port 443 (#0)\n"],
  ["connect lines without an address", "* Connected to h.example.com (x) port 443\n*   Trying \n"],
  [
    "header tables after a credential",
    "authorization\nBearer 7fQx2LmNpRz8KvTw3YbHs9Jd\ncontent-type\napplication/json\n",
  ],
  ["Postman-Token headers", "Postman-Token: 268094c6-8cc1-4698-b4b6-46164256b905\n"],
  [
    "IPv6 connect lines",
    "*   Trying [2600:1f18::1]:443...\n* Connected to h.example.com (2600:1f18::1) port 443 (#0)\n",
  ],
  ["Markdown bullets opening like connect lines", "* Connected to homevpn (203.0.113.50) and got 401\n"],
  ["federated-user ARNs", "arn:aws:sts::123456789012:federated-user/jroe "],
  ["header tables of capitalised names", "Authorization\nBearer 7fQx2LmNpRz8KvTw3YbHs9Jd\nX-Request-ID\ntext/plain\n"],
];

describe("hostile input for the API-client GUI readers", () => {
  itGrowsLinearly(UNITS);

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["one IAM path of a megabyte of parts", "arn:aws:iam::123456789012:user/" + "a/".repeat(MB / 2)],
    ["one IAM user name of a megabyte", "arn:aws:iam::123456789012:user/" + "a".repeat(MB)],
    ["a connect line with a megabyte-long host", "* Connected to " + "h".repeat(MB) + " (34.239.100.11) port 443\n"],
    ["a megabyte of connect-line openings", "* Connected to (".repeat(MB / 16) + "34.239.100.11"],
    [
      "a token followed by a megabyte of header-name lines",
      "Bearer 7fQx2LmNpRz8KvTw3YbHs9Jd\n" + "Content-Type\n".repeat(MB / 13),
    ],
    [
      "a token followed by one megabyte-long hyphenated word",
      "Bearer 7fQx2LmNpRz8KvTw3YbHs9Jd\n" + "Ab-".repeat(MB / 3) + "9",
    ],
    [
      "one JSON string naming a megabyte of IAM users",
      JSON.stringify({ message: "arn:aws:iam::123456789012:user/jroe ".repeat(MB / 40) }),
    ],
    ["a megabyte of bracketed Trying openings", "*   Trying [".repeat(MB / 12) + "2600:1f18::1]:443..."],
    ["a token followed by a megabyte-long media type", "Bearer 7fQx2LmNpRz8KvTw3YbHs9Jd\ntext/" + "a".repeat(MB)],
    ["a token followed by a megabyte of capitals", "Bearer 7fQx2LmNpRz8KvTw3YbHs9Jd\n" + "A".repeat(MB) + "-"],
  ];
  itFinishes(megabytes);
});
