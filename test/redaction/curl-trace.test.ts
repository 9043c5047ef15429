// `curl --trace-ascii` / `--trace` dumps pasted into a ticket: each block of sent or received bytes is printed as lines
// of 64 characters (16 bytes in hex + ASCII for --trace) after an offset, and a line also ends where the data had CRLF,
// so a token, a header or a form body is cut across lines. The layouts are curl's own (tool_cb_dbg.c's dump(); the
// same as "Everything curl"'s trace chapter and curl issue #1704 show), written here with made-up values.
import { describe, expect, it } from "vitest";

import { redactCurlTraces } from "~/redaction/curl-trace";
import { gone, kept, redact } from "./lib/redact-text";

/** What curl --trace-ascii prints for one block: 64 bytes a line, a new line after each CRLF (not shown). */
function traceAscii(title: string, data: string): string {
  let out = `${title}, ${data.length} bytes (0x${data.length.toString(16)})\n`;
  for (let i = 0; i < data.length; i += 64) {
    out += `${i.toString(16).padStart(4, "0")}: `;
    for (let c = 0; c < 64 && i + c < data.length; c++) {
      if (i + c + 1 < data.length && data[i + c] === "\r" && data[i + c + 1] === "\n") {
        i += c + 2 - 64;
        break;
      }
      out += data[i + c];
      if (i + c + 2 < data.length && data[i + c + 1] === "\r" && data[i + c + 2] === "\n") {
        i += c + 3 - 64;
        break;
      }
    }
    out += "\n";
  }
  return out;
}

/** What curl --trace prints for one block: 16 bytes a line in hex, then the same bytes as ASCII. */
function traceHex(title: string, data: string): string {
  let out = `${title}, ${data.length} bytes (0x${data.length.toString(16)})\n`;
  for (let i = 0; i < data.length; i += 16) {
    out += `${i.toString(16).padStart(4, "0")}: `;
    for (let c = 0; c < 16; c++)
      out +=
        i + c < data.length
          ? data
              .charCodeAt(i + c)
              .toString(16)
              .padStart(2, "0") + " "
          : "   ";
    for (let c = 0; c < 16 && i + c < data.length; c++) {
      const b = data.charCodeAt(i + c);
      out += b >= 0x20 && b < 0x80 ? data[i + c] : ".";
    }
    out += "\n";
  }
  return out;
}

const SECRET = "Qm9zY29lU2VjcmV0VmFsdWUxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo";
const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzdWIiOiJwb3J0YWwtdXNlci0xMjM0NTY3IiwiZXhwIjoxOTk5OTk5OTk5fQ.";
const header =
  "POST /tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token HTTP/1.1\r\n" +
  "Host: authorization.cerner.com\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n" +
  "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 190\r\n\r\n";
const form = `grant_type=client_credentials&client_id=0fab9b20-adc8-4940-bbf6-82034d0d4f7e&client_secret=${SECRET}&scope=system%2FPatient.read`;
const reply = `{"access_token":"${TOKEN}","scope":"system/Patient.read","token_type":"Bearer","expires_in":570}`;

const session =
  "== Info: Connected to authorization.cerner.com port 443\n" +
  traceAscii("=> Send header", header) +
  traceAscii("=> Send data", form) +
  "== Info: upload completely sent off: 190 bytes\n" +
  traceAscii("<= Recv header", "HTTP/1.1 200 OK\r\n") +
  traceAscii(
    "<= Recv header",
    "Set-Cookie: JSESSIONID=5F1B2C3D4E5F60718293A4B5C6D7E8F9A0B1C2D3E4F5; Path=/; Secure\r\n",
  ) +
  traceAscii("<= Recv data", reply);

describe("curl --trace-ascii dumps", () => {
  it("a client secret, a cookie and an access token cut across lines are gone; the facts stay", () => {
    const out = redact(session);
    gone(out, SECRET.slice(0, 20), SECRET.slice(-20), TOKEN.slice(0, 20), TOKEN.slice(-20), "5F1B2C3D4E5F6071");
    // Each piece that lands on its own line is gone too.
    for (const line of session.split("\n"))
      for (const part of line.slice(6).split(/[^A-Za-z0-9]+/))
        if (part.length >= 12 && (SECRET.includes(part) || TOKEN.includes(part))) gone(out, part);
    // Every line that holds no piece of a secret comes back byte for byte (the request line, Host, client_id, scope…).
    const COOKIE = "5F1B2C3D4E5F60718293A4B5C6D7E8F9A0B1C2D3E4F5";
    const holdsSecret = (line: string) =>
      [SECRET, TOKEN, COOKIE].some((s) =>
        [...line].some((_, k) => k + 3 <= line.length && s.includes(line.slice(k, k + 3))),
      );
    const clean = session.split("\n").filter((l) => l && !holdsSecret(l));
    expect(clean.length).toBeGreaterThan(10);
    kept(out, ...clean);
    kept(out, "0000: grant_type=client_credentials&client_id=0fab9b20-adc8-4940-bbf6-", '"expires_in":570');
  });

  it("keeps the layout: every line keeps its offset, the block titles stay", () => {
    const out = redact(session);
    const offsets = (t: string) => t.split("\n").map((l) => /^[0-9a-f]{4}:|^[=<][=>] [A-Z][a-z]+/.exec(l)?.[0] ?? "");
    expect(offsets(out)).toEqual(offsets(session));
  });

  it("reads `--trace-time` titles and a `[0-0]` connection id", () => {
    const dump = traceAscii("05:29:33.546379 [0-0] => Send data", form);
    const out = redact(`== Info: sending\n${dump}`);
    gone(out, SECRET.slice(0, 20), SECRET.slice(-20));
    kept(out, "0000: grant_type=client_credentials&client_id=0fab9b20-adc8-4940-bbf6-");
  });

  it("a curl --trace (hex + ASCII) block: the secret goes in both columns", () => {
    const out = redact(traceHex("=> Send header", header) + traceHex("=> Send data", form));
    gone(out, SECRET.slice(0, 12), SECRET.slice(20, 32), SECRET.slice(-12));
    kept(out, "0000: 50 4f 53 54 20 2f 74 65 6e 61 6e 74 73 2f 65 63 POST /tenants/ec");
  });

  it("a dump with nothing to redact comes back as it was", () => {
    const plain = traceAscii("<= Recv header", "HTTP/2 404 \r\n") + traceAscii("<= Recv data", '{"error":"not found"}');
    expect(redactCurlTraces(plain, (p) => p)).toBe(plain);
  });

  it("hostile: 1 MB of block titles, offset lines and titles with no data finish", () => {
    const junk =
      "=> Send data, 64 bytes (0x40)\n" +
      "0000: a=b&".repeat(3) +
      "\n" +
      "0040: " +
      "x".repeat(64) +
      "\n" +
      "<= Recv header, 1 bytes (0x1)\n".repeat(3) +
      "0000:\n".repeat(5);
    const text = junk.repeat(Math.ceil(1_000_000 / junk.length));
    expect(redactCurlTraces(text, (p) => p.replace(/x+/g, "\x81\x90\x82")).length).toBeGreaterThan(0);
  });
});
