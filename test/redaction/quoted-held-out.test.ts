// Text under line prefixes from a held-out sample of real artifacts (`git show` of a config change, `curl -v` dumps
// kept as `# ` comments in a test script, pull-request review threads quoting diff hunks, a docker compose service's
// log; see test/corpora/real-artifacts, the `quoted-` files): the structure under the prefixes must reach its reader,
// and every prefix must come back byte for byte. Written small with made-up values in the shapes those pastes have.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const PATIENT_JSON = [
  "{",
  '  "resourceType": "Patient",',
  '  "id": "12724066",',
  '  "name": [',
  "    {",
  '      "family": "Quarnby",',
  '      "given": [',
  '        "Ysolde",',
  '        "Maritt"',
  "      ]",
  "    }",
  "  ],",
  '  "meta": {"lastUpdated": "2024-03-05T14:22:09.000Z"}',
  "}",
];

/** Every line of `lines` under the prefix `prefix(k)` gives it. */
const under = (prefix: (k: number) => string, lines: string[]) => lines.map((l, k) => prefix(k) + l + "\n").join("");

/** The prefix of each output line, given the input's prefixes: each must come back as it was. */
function expectPrefixesBack(input: string, out: string, prefixOf: RegExp) {
  const before = input.split("\n").map((l) => prefixOf.exec(l)?.[0] ?? "");
  const after = out.split("\n").map((l) => prefixOf.exec(l)?.[0] ?? "");
  expect(after).toEqual(before);
}

describe("multi-line JSON under a prefix on every line", () => {
  const prefixes: Array<[string, (k: number) => string, RegExp]> = [
    ["an editor's or code review's numbered gutter", (k) => `${String(k + 40).padStart(4)} | `, /^ *\d+ \| /],
    ["cat -n", (k) => `${String(k + 1).padStart(6)}\t`, /^ *\d+\t/],
    ["a docker compose service", () => "fhir-api-1  | ", /^fhir-api-1 {2}\| /],
    ["kubectl logs --prefix", () => "[pod/fhir-api-7d9f8c-x2k/api] ", /^\[pod\/[^\]]+\] /],
    [
      "heroku logs",
      (k) => `2024-03-05T14:22:${String(k).padStart(2, "0")}.118362+00:00 app[web.1]: `,
      /^\S+ app\[web\.1\]: /,
    ],
    ["a capture kept as comments in a script", () => "# ", /^# /],
  ];

  it.each(prefixes)("under %s, a second given name on its own line goes and the prefixes come back", (_n, p, re) => {
    const input = under(p, PATIENT_JSON);
    const out = redact(input);
    gone(out, "Quarnby", "Ysolde", "Maritt");
    kept(out, '"id": "12724066"', "2024-03-05T14:22:09.000Z");
    expectPrefixesBack(input, out, re);
  });

  it("numbers that do not follow each other are no gutter: the lines are read as they stand", () => {
    const input = "12: retried at 14:22\n40: gave up\n";
    expect(redact(input)).toBe(input);
  });
});

describe("diff hunks", () => {
  const HL7_HUNK =
    "@@ -1,3 +1,3 @@\n" +
    " MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240305142209||ADT^A08|MSG00417|P|2.5\n" +
    "-PID|1||88120457^^^HOSP^MR||QUARNBY^YSOLDE^M||19720315|F|||41 Wexcombe Lane^^Harrowgate^IL^62704\n" +
    "+PID|1||88120457^^^HOSP^MR||QUARNBY^YSOLDE^M||19720316|F|||41 Wexcombe Lane^^Harrowgate^IL^62704\n" +
    " PV1|1|I|W^389^1\n";

  it("an HL7 v2 message under a hunk's markers is read as HL7: the patient goes, the markers come back", () => {
    const out = redact(`diff --git a/fixtures/adt.hl7 b/fixtures/adt.hl7\n${HL7_HUNK}`);
    gone(out, "QUARNBY", "YSOLDE", "19720315", "19720316", "Wexcombe", "88120457");
    kept(out, "MSG00417", "20240305142209", "ADT^A08");
    expectPrefixesBack(HL7_HUNK, out.slice(out.indexOf("@@")), /^(?:@@|[ +-])/);
  });

  it("a ```diff block without a hunk header is read the same way", () => {
    const out = redact("```diff\n" + HL7_HUNK.slice(HL7_HUNK.indexOf("\n") + 1) + "```\n");
    gone(out, "QUARNBY", "YSOLDE", "19720315");
    kept(out, "MSG00417");
  });

  it("a context line after a changed header is no folded continuation of it: it keeps its own line", () => {
    const input =
      "@@ -1,4 +1,4 @@\n" +
      " POST /tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token HTTP/1.1\n" +
      "-Authorization: Basic bXktYXBwOm15LWFwcC1zZWNyZXQtMTIz\n" +
      "+Authorization: Basic bXktYXBwOm15LWFwcC1zZWNyZXQtOTg3\n" +
      " Content-Type: application/x-www-form-urlencoded\n";
    const out = redact(input);
    gone(out, "bXktYXBwOm15LWFwcC1zZWNyZXQtMTIz", "bXktYXBwOm15LWFwcC1zZWNyZXQtOTg3");
    kept(out, "\n Content-Type: application/x-www-form-urlencoded\n", "ec2458f2-1e24-41c8-b71b-0e701af7583d");
    expectPrefixesBack(input, out, /^(?:@@|[ +-])/);
  });
});

describe("prefixes under prefixes", () => {
  it("a diff quoted in an e-mail reply: both prefixes come off, the HL7 patient goes, both come back", () => {
    const input =
      "On Tue, Mar 5, 2024 the interface team wrote:\n" +
      "> @@ -1,2 +1,2 @@\n" +
      ">  MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240305142209||ADT^A08|MSG00417|P|2.5\n" +
      "> -PID|1||88120457^^^HOSP^MR||QUARNBY^YSOLDE^M||19720315|F\n" +
      "> +PID|1||88120457^^^HOSP^MR||QUARNBY^YSOLDE^M||19720316|F\n";
    const out = redact(input);
    gone(out, "QUARNBY", "YSOLDE", "19720315", "19720316");
    kept(out, "MSG00417");
    expectPrefixesBack(input, out, /^(?:> (?:@@|[ +-])|On )/);
  });

  // The answer's pretty-printed body puts a given name alone on its line: only the JSON reader, which sees the body
  // only with the `# ` taken off, knows it is one.
  it("a curl -v dump kept as `# > ` comments: the request's Basic credentials and the answer's names go", () => {
    const out = redact(
      "# > POST /token HTTP/1.1\n# > Host: localhost:8000\n# > Authorization: Basic bXktYXBwOm15LWFwcC1zZWNyZXQtOTg3\n" +
        '#\n# < HTTP/1.1 400 Bad Request\n# {"error":"invalid_client",\n#  "patient": {\n#   "given": [\n' +
        '#     "Johnathan"\n#   ]}}\n',
    );
    gone(out, "bXktYXBwOm15LWFwcC1zZWNyZXQtOTg3", "Johnathan");
    kept(out, "# > POST /token HTTP/1.1\n", "# < HTTP/1.1 400 Bad Request\n", "invalid_client");
  });

  // A session token answered as a bare JSON string (`"5a9y1ojhbec0"`) by a login call has no key and no token shape:
  // nothing in the response says what it is, prefixed or not (the `quoted-shell-comment-curl-authenticate-user.sh`
  // artifact). Left: it would take reading the request path (`/users/auth`) into the body's meaning.
  it.fails("a login response's body that is a bare JSON string token goes", () => {
    const out = redact(
      "# > POST /users/auth HTTP/1.1\n# > Host: localhost:8000\n# > Content-Type: application/json\n#\n" +
        '# < HTTP/1.1 200 OK\n# < Content-Type: application/json; charset=utf-8\n#\n# "q7wz2k0xbn4m"\n',
    );
    gone(out, "q7wz2k0xbn4m");
  });
});
