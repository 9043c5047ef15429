// A mail's source pasted as it was sent (Outlook's "View source", Gmail's "Show original", a .eml file): a body in
// quoted-printable writes `=` as `=3D`, breaks lines over 76 characters with a soft `=` at the end, and writes every
// non-ASCII byte as `=XX`. The body is read decoded, so a token written `access_token=3Deyj…` or split by a soft break
// goes whole, and it is shown decoded (readable); other parts and the headers stay as they were written.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";
import { createRedactor } from "~/redaction/redact";

// Synthetic values, not real credentials or people.
const TOKEN =
  "eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjUtMDEtMDEifQ.eyJzdWIiOiJwb3J0YWwtdXNlci00NDIxIiwic2NvcGUiOiJwYXRpZW50L1BhdGllbnQucmVhZCJ9.c2lnbmF0dXJlLW5vdC1yZWFs";
const SECRET = "Qv7xK2mN9pL4rT8wZ3bC6dF1gH5jS0aE";

/** Quoted-printable as a mail client writes it: `=` as `=3D`, lines cut at 75 characters with a soft break. */
function qp(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let line = "";
  const out: string[] = [];
  for (const b of bytes) {
    if (b === 10) {
      out.push(line + "\n");
      line = "";
      continue;
    }
    const piece = b === 61 || b > 126 ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b);
    if (line.length + piece.length > 75) {
      out.push(line + "=\n");
      line = "";
    }
    line += piece;
  }
  return out.join("") + line;
}

const HEADERS = [
  "From: Tamsin Quarrie <tq@acme.example>",
  "To: support@vendor.example",
  "Subject: 403 on Patient.read",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "",
].join("\n");

const BODY = [
  "Hi team,",
  "",
  "We’re getting a 403 insufficient_scope after the launch. The call was:",
  "",
  `GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066?access_token=${TOKEN}`,
  "",
  `Our client_secret=${SECRET} (rotated since).`,
  "X-Request-Id: 77b40819-d130-4d45-8625-3f37ab6566a6",
  "",
].join("\n");

describe("a quoted-printable mail body", () => {
  it("is read decoded: values behind `=3D` or split by a soft break go, the request ID stays", () => {
    const source = [
      'Content-Type: text/plain; charset="utf-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Hi team, the 403 came for this patient:",
      'Patient name=3D"Odessa Quillfeather"; birthDate=3D1980-02-03; ssn=3D123-45-6789',
      "Her daughter Marisol Fenwick called from 555=",
      "-201-3344 about it. client_secret=3DQv7xK2mN9pL4r=",
      "T8wZ3bC6dF1gH5jS0aE",
      "X-Request-Id: 77b40819-d130-4d45-8625-3f37ab6566a6",
      "",
    ].join("\n");
    const out = redact(source);
    gone(
      out,
      "Quillfeather",
      "Odessa",
      "1980-02-03",
      "123-45-6789",
      "201-3344",
      "Qv7xK2mN9pL4r",
      "T8wZ3bC6dF1gH5jS0aE",
    );
    kept(out, "77b40819-d130-4d45-8625-3f37ab6566a6", "the 403 came for this patient:");
  });

  it("a token behind `=3D`, cut by soft breaks, goes whole", () => {
    const source = HEADERS + qp(BODY);
    expect(source).not.toContain(TOKEN);
    expect(source).toContain("access_token=3DeyJ");
    const out = redact(source);
    for (const piece of [TOKEN.slice(0, 40), TOKEN.slice(40, 80), TOKEN.slice(-30), SECRET]) gone(out, piece);
    kept(out, "77b40819-d130-4d45-8625-3f37ab6566a6", "403 insufficient_scope", "Subject: 403 on Patient.read");
  });

  it("is shown decoded: readable, its typographic quotes back, the mail's headers as written", () => {
    const out = redact(HEADERS + qp(BODY));
    kept(out, "We’re getting a 403", "Content-Transfer-Encoding: quoted-printable", "/Patient/12724066?access_token=");
    expect(out).not.toMatch(/=\n|=3D|=E2=80=99/);
  });

  it("only the quoted-printable part of a multipart mail is decoded; the part after its boundary stays as written", () => {
    const source = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b1_9f3c"',
      "",
      "--b1_9f3c",
      'Content-Type: text/plain; charset="utf-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(`Our client_secret=${SECRET} was sent by mistake.`),
      "--b1_9f3c",
      'Content-Type: text/plain; charset="us-ascii"',
      "Content-Transfer-Encoding: 7bit",
      "",
      "A literal =3D stays here: this part is not encoded.",
      "--b1_9f3c--",
      "",
    ].join("\n");
    const out = redact(source);
    gone(out, SECRET);
    kept(out, "--b1_9f3c\n", "A literal =3D stays here: this part is not encoded.", "--b1_9f3c--");
  });

  it("a Latin-1 body is decoded in its own charset", () => {
    const source = [
      "Content-Type: text/plain; charset=iso-8859-1",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Gr=FC=DFe aus M=FCnchen. client_secret=3D" + SECRET.slice(0, 20) + "=",
      SECRET.slice(20),
      "",
    ].join("\n");
    const out = redact(source);
    gone(out, SECRET.slice(0, 12), SECRET.slice(20));
    kept(out, "Grüße aus München.");
  });

  it("a body with a stray `=` (one quoted-printable never writes) still has its escapes and soft breaks decoded", () => {
    const source = [
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "client_secret=3DSuperSecretValue123=",
      "456",
      "x =3D y, launch=1 scope=patient/Patient.read",
      "",
    ].join("\n");
    const once = redact(source);
    gone(once, "SuperSecretValue123", "456");
    kept(once, "x = y, launch=1 scope=patient/Patient.read");
    expect(redact(once)).toBe(once);
  });

  it("a folded encoding header (`Content-Transfer-Encoding:` with its value on the next line) is read", () => {
    const source = "Content-Transfer-Encoding:\n quoted-printable\n\nclient_secret=3DSuperSecretValue123=\n456\n";
    gone(redact(source), "SuperSecretValue123", "456");
  });

  it("a body whose decoding would decode again (`=3D41`) is left as written: a second redaction changes nothing", () => {
    const source = "Content-Transfer-Encoding: quoted-printable\n\nlaunch=1 A=3D41 note\n";
    const once = redact(source);
    kept(once, "A=3D41 note");
    expect(redact(once)).toBe(once);
  });

  it("a second redaction changes nothing", () => {
    const once = redact(HEADERS + qp(BODY));
    expect(redact(once)).toBe(once);
  });

  it("says that the body is shown decoded", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    const item = redactor.redact({ id: "mail", kind: "text", text: HEADERS + qp(BODY) });
    expect(item.warnings.join(" ")).toMatch(/quoted-printable/i);
  });
});
