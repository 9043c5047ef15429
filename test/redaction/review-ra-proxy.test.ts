// Review RA (proxy / packet-capture batch): findings written as tests that fail today (`it.fails`). When a fix lands,
// the test starts passing, vitest reports it, and the `.fails` goes.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const hex = (b: number) => b.toString(16).padStart(2, "0");
const shown = (b: number) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".");
const b64 = (s: string) => Buffer.from(s, "latin1").toString("base64");

/** `xxd`: `00000070: 204a 5345 ...  JSESSIONID=8A1F` (a space byte is shown as a space). */
function xxd(msg: string): string {
  const bytes = [...Buffer.from(msg, "latin1")];
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.slice(at, at + 16);
    const groups: string[] = [];
    for (let i = 0; i < row.length; i += 2)
      groups.push(
        row
          .slice(i, i + 2)
          .map(hex)
          .join(""),
      );
    lines.push(`${at.toString(16).padStart(8, "0")}: ${groups.join(" ").padEnd(39)}  ${row.map(shown).join("")}`);
  }
  return lines.join("\n") + "\n";
}

/** Wireshark's "Copy as Hex + ASCII Dump" / `tshark -x`: `0070  20 4a 53 45 ...   JSESSIONID=8A1F`. */
function wireshark(msg: string): string {
  const bytes = [...Buffer.from(msg, "latin1")];
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.slice(at, at + 16);
    lines.push(
      `${at.toString(16).padStart(4, "0")}  ${row.map(hex).join(" ").padEnd(47)}   ${row.map(shown).join("")}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** PowerShell 7 `Format-Hex`: a 16-digit offset, one space each side of the hex, `\uFFFD` for a byte it cannot print. */
function formatHex(msg: string): string {
  const bytes = [...Buffer.from(msg, "latin1")];
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.slice(at, at + 16);
    const hexes = row.map((b) => hex(b).toUpperCase()).join(" ");
    const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : "\uFFFD")).join("");
    lines.push(`${at.toString(16).toUpperCase().padStart(16, "0")} ${hexes.padEnd(47)} ${ascii}`);
  }
  return lines.join("\n") + "\n";
}

/** `od -A x -t x1z`: a 6-digit offset, the bytes, and the ASCII column between `>` and `<`. */
function od(msg: string): string {
  const bytes = [...Buffer.from(msg, "latin1")];
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.slice(at, at + 16);
    lines.push(
      `${at.toString(16).padStart(6, "0")} ${row.map(hex).join(" ").padEnd(47)}  >${row.map(shown).join("")}<`,
    );
  }
  return lines.join("\n") + "\n";
}

// Row 0x70 starts with the space after "Cookie:", so its ASCII column starts with a space.
const LOGIN =
  "POST /token HTTP/1.1\r\nHost: authorization.cerner.com\r\nAuthorization: Basic YWxpY2U6aHVudGVyMmh1bnRlcjI=\r\n" +
  "Cookie: JSESSIONID=8A1F22C0B9D4E7F10A2B3C4D5E6F7081\r\n\r\ngrant_type=password&username=alice.smith&password=Hunter2Hunter2";

describe("review RA: hex + ASCII dumps", () => {
  it("xxd: a row whose first byte is a space still belongs to the dump (the cookie after it goes)", () => {
    const out = redact(xxd(LOGIN));
    gone(out, "JSESSIONID=8A1F", "22C0B9D4E7F10A2B", "3841 3146");
  });

  it("Wireshark's layout: the same row is read, so its hex does not come out as phone numbers", () => {
    const out = redact(wireshark(LOGIN));
    gone(out, "JSESSIONID=8A1F", "22C0B9D4E7F10A2B", "38 41 31 46");
    kept(out, "POST /token HTTP", "Cookie:");
    if (out.includes("[REDACTED:phone")) throw new Error("hex read as a phone number");
  });

  it("PowerShell 7's Format-Hex and od -A x -t x1z are read as dumps: the credentials go, the request line stays", () => {
    for (const dump of [formatHex(LOGIN), od(LOGIN)]) {
      const out = redact(dump);
      gone(out, "Basic YWxpY", "JSESSIONID=8A1F", "Hunter2Hunter2", "8A1F22C0");
      kept(out, "POST /token HTTP", "Cookie:");
      if (out.includes("[REDACTED:phone")) throw new Error("hex read as a phone number");
    }
  });

  it("hostile: a 1 MB dump with a replaced value every 24 bytes finishes, and every password goes", () => {
    const body = "password=Hunter2Hunter2&".repeat(10_000);
    const out = redact(xxd("POST /token HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n" + body));
    expect(out.length).toBeGreaterThan(1_000_000);
    gone(out, "Hunter2");
  });

  it("hostile: 1 MB of 16-digit-offset rows whose hex-looking column never fits finishes", () => {
    const row = "0000000000000000 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd x\n";
    expect(redact(row.repeat(Math.ceil(1_000_000 / row.length))).length).toBeGreaterThan(0);
  });

  it("hostile: 1 MB of rows whose ASCII column opens with a long run of spaces and never fits finishes", () => {
    const row = "00000070: 2020 2020 2020 2020 2020 2020 2020 2041" + " ".repeat(40) + "x\n";
    const out = redact(row.repeat(Math.ceil(1_000_000 / row.length)));
    kept(out, "00000070: 2020");
  });
});

describe("review RA: base64 HTTP messages (Burp saved items)", () => {
  it("a token endpoint's response carries the access token in its JSON body, not in a header", () => {
    const response =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" +
      '{"access_token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl","token_type":"Bearer"}';
    gone(redact(`<response base64="true"><![CDATA[${b64(response)}]]></response>\n`), b64(response));
  });

  it("a FHIR Patient read's response body (names, birth date, phone) does not survive in base64", () => {
    const response =
      "HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\n\r\n" +
      '{"resourceType":"Patient","id":"12724066","name":[{"family":"Smartsonian","given":["Nancy"]}],"birthDate":"1990-09-15"}';
    gone(redact(`<response base64="true"><![CDATA[${b64(response)}]]></response>\n`), b64(response));
  });

  it("base64 wrapped at 76 columns (`base64` CLI, MIME): the line holding the bearer token goes", () => {
    const request =
      "GET /r4/Patient/12724066 HTTP/1.1\r\nHost: fhir-ehr-code.cerner.com\r\nAccept: application/fhir+json\r\n" +
      "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36\r\n" +
      "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl\r\n\r\n";
    const lines = b64(request).match(/.{1,76}/g)!;
    const out = redact("request:\n" + lines.join("\n") + "\n");
    for (const line of lines.slice(3)) gone(out, line);
  });
});

describe("review RA: base64 wrapped at a fixed width", () => {
  it("a wrapped message without a credential, and wrapped binary, are kept line for line", () => {
    const plain =
      "GET /r4/metadata HTTP/1.1\r\nHost: fhir-ehr-code.cerner.com\r\nAccept: application/fhir+json\r\n\r\n";
    const binary = Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37) % 256)).toString("base64");
    for (const token of [b64(plain), binary]) {
      const lines = token.match(/.{1,64}/g)!;
      const out = redact("capture:\n" + lines.join("\n") + "\n");
      kept(out, ...lines);
    }
  });

  it("hostile: 1 MB of 76-column lines opening a header section that never ends finishes", () => {
    const endless = b64("GET / HTTP/1.1\r\n" + "X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(20_000));
    const text = endless.match(/.{1,76}/g)!.join("\n") + "\n";
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(redact(text).length).toBeGreaterThan(0);
  });
});

describe("review RA: base64 HTTP message bodies that hold nothing", () => {
  it("a response whose body holds no secret and no person is kept as it was", () => {
    for (const body of [
      '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden"}]}',
      '{"token_type":"Bearer","expires_in":570,"scope":"patient/Patient.read launch"}',
    ]) {
      const response = "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n" + body;
      kept(redact(`<response base64="true"><![CDATA[${b64(response)}]]></response>\n`), b64(response));
    }
  });

  it('hostile: a 1 MB base64 response whose body is `"access_token":"` fragments without a closing quote finishes', () => {
    const response = "HTTP/1.1 200 OK\r\n\r\n" + '{"access_token":"'.repeat(40_000) + "x".repeat(300_000);
    const token = b64(response);
    expect(token.length).toBeGreaterThan(1_000_000);
    expect(redact(`<response base64="true"><![CDATA[${token}]]></response>\n`).length).toBeGreaterThan(0);
  });
});

describe("review RA: name:value payload lines", () => {
  it("a scope line (a value with spaces) inside the form does not end the OAuth block", () => {
    const out = redact(
      "grant_type: authorization_code\nscope: launch/patient openid fhirUser\ncode: SplxlOBeZQQYbYS6WxSbIA\nclient_id: app-123\n",
    );
    gone(out, "SplxlOBeZQQYbYS6WxSbIA");
    kept(out, "scope: launch/patient openid fhirUser", "client_id: app-123");
  });

  it("a tab between name and value (a Payload view copied as a table) is the same form", () => {
    const out = redact("grant_type\tauthorization_code\ncode\tSplxlOBeZQQYbYS6WxSbIA\nclient_id\tapp-123\n");
    gone(out, "SplxlOBeZQQYbYS6WxSbIA");
    kept(out, "client_id\tapp-123");
  });

  it("a short state, a value with colons and a Markdown list keep the block; an error code under `code` stays", () => {
    const out = redact("grant_type: authorization_code\nstate: x1\ncode: Splx:lOBeZQQ:YbYS6WxSbIA\n");
    gone(out, "lOBeZQQ");
    kept(out, "state: x1");
    gone(redact("- grant_type: authorization_code\n- code: SplxlOBeZQQYbYS6WxSbIA\n"), "SplxlOBeZQQYbYS6WxSbIA");
    kept(redact("response_type: code\ncode: invalid_request\n"), "code: invalid_request");
  });

  it("hostile: 1 MB of form lines with long blank runs in their values finishes", () => {
    const line = "grant_type: " + "a ".repeat(500) + " ".repeat(1000) + "b\ncode:" + "\t".repeat(1500) + "x\n";
    const out = redact(line.repeat(Math.ceil(1_000_000 / line.length)));
    expect(out.length).toBeGreaterThan(0);
  });
});
