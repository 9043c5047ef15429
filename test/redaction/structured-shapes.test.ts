// Structured evidence as it reaches a ticket from real artifacts (test/corpora/real-artifacts): HL7 v2 mangled by the
// page or editor it was copied from, FHIR resources in XML, API-client files (Bruno, Postman auth arrays). Each case
// is the shape of a leak found in a real file, written small; the real files are scored in `npm run eval:redaction`.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/evidence/model";
import type { Environment } from "~/ticket/schema";

const redact = (text: string, environment: Environment = "sandbox", kind: EvidenceKind = detectKind(text)) =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind, text }).text;

const gone = (out: string, ...values: string[]) => {
  for (const v of values) expect(out, `"${v}" survived`).not.toContain(v);
};
const kept = (out: string, ...values: string[]) => {
  for (const v of values) expect(out, `"${v}" was lost`).toContain(v);
};

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
