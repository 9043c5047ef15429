// Secrets pasted as tables: a Markdown table in an issue, rows copied from a web console, a spreadsheet's cells, a
// Confluence table, `kubectl get`-style aligned columns. A cell goes when the cell to its left, or its column's
// header, names a secret — judged as a `key: value` pair's key is; the IDs a ticket needs stay.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/evidence/model";

const redact = (text: string, kind: EvidenceKind = "text") =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "t", kind, text }).text;

const gone = (out: string, ...values: string[]) => {
  for (const v of values) expect(out, `"${v}" survived`).not.toContain(v);
};
const kept = (out: string, ...values: string[]) => {
  for (const v of values) expect(out, `"${v}" was lost`).toContain(v);
};

const SECRET = "Zx9vQ2mLp4Rt7Wk1s";
const CLIENT_ID = "3f2a9c1e-1111-2222-3333-444455556666";

describe("a cell whose left neighbour names a secret", () => {
  it("a Markdown key/value table: the secret goes, the client id and the labels stay", () => {
    const out = redact(
      ["| key | value |", "|---|---|", `| client_secret | ${SECRET} |`, `| client_id | ${CLIENT_ID} |`].join("\n"),
    );
    gone(out, SECRET);
    kept(out, "| client_secret |", `| client_id | ${CLIENT_ID} |`, "| key | value |", "|---|---|");
  });

  it("one table row alone, with and without its outer bars", () => {
    gone(redact("| client_secret | hunter2hunter2xyz |"), "hunter2hunter2xyz");
    gone(redact(`client_secret | ${SECRET}`), SECRET);
  });

  it("a password row: the label decides, whatever the value looks like", () => {
    const out = redact("| password | Tr0ub4dor&3 |");
    gone(out, "Tr0ub4dor&3");
    kept(out, "| password |");
  });

  it("a console's labelled field copied with a third cell: only the secret cell goes", () => {
    const out = redact(`Client Secret | ${SECRET} | used for token`);
    gone(out, SECRET);
    kept(out, "Client Secret |", "| used for token");
  });

  it("spreadsheet cells separated by a tab", () => {
    const out = redact(`client_secret\t${SECRET}`);
    gone(out, SECRET);
    kept(out, "client_secret\t");
  });

  it("a word under a secret label goes", () => {
    const out = redact(
      ["| Setting | Value |", "| --- | --- |", "| Password | hunter |", "| Scope | launch |"].join("\n"),
    );
    gone(out, "hunter");
    kept(out, "| Password |", "| Scope | launch |");
  });

  it("a value in back-quotes loses its content, the quotes stay", () => {
    const out = redact(`| \`client_secret\` | \`${SECRET}\` |`);
    gone(out, SECRET);
    kept(out, "`client_secret`");
  });

  it("a Confluence table", () => {
    const out = redact(["||Field||Value||", `|Client Secret|${SECRET}|`, `|Client Id|${CLIENT_ID}|`].join("\n"));
    gone(out, SECRET);
    kept(out, "||Field||Value||", CLIENT_ID);
  });
});

describe("cells in a column whose header names a secret", () => {
  it("a Markdown table with a client_secret column", () => {
    const out = redact(
      [
        "| app | client_id | client_secret |",
        "|-----|-----------|---------------|",
        `| prod | ${CLIENT_ID} | ${SECRET} |`,
        "| test | 0b1c2d3e-aaaa-bbbb-cccc-ddddeeeeffff | hunter2hunter2xyz |",
      ].join("\n"),
    );
    gone(out, SECRET, "hunter2hunter2xyz");
    kept(out, "| app | client_id | client_secret |", CLIENT_ID, "0b1c2d3e-aaaa-bbbb-cccc-ddddeeeeffff", "| prod |");
  });

  it("tab-separated rows with a header row", () => {
    const out = redact(["name\tclient_id\tclient_secret", `My App\t${CLIENT_ID}\t${SECRET}`].join("\n"));
    gone(out, SECRET);
    kept(out, "name\tclient_id\tclient_secret", `My App\t${CLIENT_ID}\t`);
  });

  it("kubectl-style aligned columns", () => {
    const row = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd([12, 39, 20][i]) : c)).join("");
    const out = redact(
      [row(["NAME", "CLIENT_ID", "CLIENT_SECRET", "AGE"]), row(["smart-app", CLIENT_ID, SECRET, "5d"])].join("\n"),
    );
    gone(out, SECRET);
    kept(out, "CLIENT_SECRET", CLIENT_ID, "smart-app", "5d");
  });

  it("a console's labelled fields aligned with spaces", () => {
    const out = redact(
      [`Client Id        ${CLIENT_ID}`, `Client Secret    ${SECRET}`, "Redirect URI     https://app.example/cb"].join(
        "\n",
      ),
    );
    gone(out, SECRET);
    kept(out, CLIENT_ID, "Client Secret", "https://app.example/cb");
  });
});

describe("tables that must not change", () => {
  it("a FHIR scope table", () => {
    const text = [
      "| scope | granted |",
      "|---|---|",
      "| patient/Observation.read | yes |",
      "| patient/Patient.read | no |",
      "| launch/patient | yes |",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("an ID table: client id, X-Request-Id, opc-request-id, a hex correlation id", () => {
    const text = [
      "| field | value |",
      "|---|---|",
      `| client_id | ${CLIENT_ID} |`,
      "| X-Request-Id | 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d |",
      "| opc-request-id | 4A1B2C3D4E5F60718293A4B5C6D7E8F9/0123456789ABCDEF0123456789ABCDEF |",
      "| correlation id | 5f3c9a0b7e214d8c9b6a1f2e3d4c5b6a |",
      "| App ID | 7b3e4a59-0c1d-4f2e-9a8b-6c5d4e3f2a1b |",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("a parameter table documenting a secret: the type words stay", () => {
    const text = [
      "| Parameter | Type | Required |",
      "|---|---|---|",
      "| client_secret | string | yes |",
      "| scope | string | no |",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("a shell pipeline is no table", () => {
    for (const text of ["cat password.txt | xargs echo", "cat token | jq", "echo client_secret | base64"])
      expect(redact(text)).toBe(text);
  });
});

describe("real tables", () => {
  // From jrgallelli/documentation_test, source/includes/_getting_started.md (a public API guide; a short excerpt,
  // no licence stated): a header-column table without outer bars. Labelled by hand: the secret goes, the client ids
  // stay.
  it("a test-client table: the Client Secret column goes, the client ids stay", () => {
    const out = redact(
      [
        "Test Client ID | Client Secret",
        "--------------- | -------------",
        "test_csr | weakClientSecret123",
        "test_super_client | weakClientSecret123",
      ].join("\n"),
    );
    gone(out, "weakClientSecret123");
    kept(out, "Test Client ID | Client Secret", "test_csr |", "test_super_client |");
  });

  // The shape of parameter tables in public READMEs (Curity's OpenResty plugin, Sylius's API docs, Azure AD B2C's
  // docs): the cell next to `client_secret` says whether it is required, where it goes, what it is.
  it("parameter tables documenting client_secret stay whole", () => {
    for (const text of [
      ["| Parameter | Required? | Details |", "| --- | --- | --- |", "| client_secret | Yes | The client's secret |"],
      ["| Parameter | Parameter type | Description |", "|---|---|---|", "| client_secret | query | Client secret |"],
      ["| Attribute | Required | Description |", "| --- | --- | --- |", "| client_secret | SÌ | The app's secret |"],
    ].map((rows) => rows.join("\n")))
      expect(redact(text)).toBe(text);
  });
});

describe("HL7 stays HL7's business", () => {
  const MESSAGE = [
    "MSH|^~\\&|SENDER|FACILITY|RECEIVER|FAC|20240101120000||ADT^A01|MSG00001|P|2.5",
    "PID|1||12345^^^MRN^MR||DOE^JANE||19800101|F",
    "PV1|1|O",
  ].join("\n");

  it("an HL7 message is read by the HL7 reader as before: its kind is unchanged, its people go, MSH stays", () => {
    // HL7 has no kind of its own: the text reader finds the message by its MSH segment.
    expect(detectKind(MESSAGE)).toBe("text");
    const out = redact(MESSAGE, detectKind(MESSAGE));
    gone(out, "DOE", "JANE", "19800101");
    kept(out, "MSH|^~\\&|SENDER|FACILITY", "ADT^A01");
  });

  it("segment lines in notes are not read as a table", () => {
    const text = "EVN|A01|20240101120000\nZAU|password|abc123def456";
    // A Z-segment's fields are HL7's to judge, not a key/value table.
    expect(redact(text)).toContain("ZAU|password|abc123def456");
  });
});

describe("property: random tables with planted secrets", () => {
  const LABELS = ["client_secret", "Client Secret", "password", "API Key", "access_token", "Refresh Token"];
  const alnum = fc.string({
    unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".split("")),
    minLength: 20,
    maxLength: 40,
  });
  const uuid = fc.uuid();
  const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef".split("")), minLength: 32, maxLength: 32 });
  const style = fc.constantFrom("markdown", "tab", "confluence", "aligned");

  it("planted secrets under secret labels go, UUID and hex ids stay, a second pass changes nothing", () => {
    fc.assert(
      fc.property(
        style,
        fc.array(fc.tuple(fc.constantFrom(...LABELS), alnum), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom("client_id", "X-Request-Id", "trace id", "App ID"), fc.oneof(uuid, hex)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        (how, secrets, ids, idsFirst) => {
          const rows = idsFirst ? [...ids, ...secrets] : [...secrets, ...ids];
          const text = table(how, rows);
          const out = redact(text);
          for (const [, s] of secrets) expect(out, text).not.toContain(s);
          for (const [, id] of ids) expect(out, text).toContain(id);
          expect(redact(out)).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("a label cell ending in a colon: the cell after it goes, not the bar", () => {
    for (const [text, secret] of [
      ["| password: | hunter2secret |", "hunter2secret"],
      ["Client Secret: | abcDEF123ghiJKL456", "abcDEF123ghiJKL456"],
    ]) {
      const out = redact(text);
      expect(out).not.toContain(secret);
      expect(out.split("|").length).toBe(text.split("|").length);
    }
  });
});

function table(how: string, rows: Array<[string, string]>): string {
  switch (how) {
    case "markdown":
      return ["| key | value |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
    case "tab":
      return rows.map(([k, v]) => `${k}\t${v}`).join("\n");
    case "confluence":
      return ["||key||value||", ...rows.map(([k, v]) => `|${k}|${v}|`)].join("\n");
    default: {
      const width = Math.max(...rows.map(([k]) => k.length)) + 3;
      return rows.map(([k, v]) => k.padEnd(width) + v).join("\n");
    }
  }
}
