// WS-Security UsernameTokens pasted from SOAP traffic (a SoapUI request, a Spring-WS trace line, a .NET question, a
// test fixture for an STS): the login, the password — plain text or a digest, a dictionary word or not — and the nonce.
// Each case is the shape of a leak found in real artifacts (test/corpora/real-artifacts/soap-*), with made-up values.
import { describe, expect, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const NS =
  'xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" ' +
  'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"';
const TYPE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";

describe("WS-Security UsernameToken", () => {
  it("a word as a PasswordText password, the login and the nonce go; the token's id, type and time stay", () => {
    const text =
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><wsse:Security ${NS}>` +
      `<wsse:UsernameToken wsu:Id="UsernameToken-77"><wsse:Username>qfeather77</wsse:Username>` +
      `<wsse:Password Type="${TYPE}#PasswordText">marmalade</wsse:Password>` +
      `<wsse:Nonce EncodingType="…#Base64Binary">Zk9xQ2hUa2N3Lz0=</wsse:Nonce>` +
      `<wsu:Created>2024-01-05T10:15:00Z</wsu:Created></wsse:UsernameToken></wsse:Security></soap:Header>` +
      `<soap:Body/></soap:Envelope>`;
    const out = redact(text);
    gone(out, "qfeather77", "marmalade", "Zk9xQ2hUa2N3Lz0=");
    kept(out, "UsernameToken-77", `${TYPE}#PasswordText`, "2024-01-05T10:15:00Z");
  });

  it("a digest and its nonce in a trace log line, elements on their own lines; placeholders stay", () => {
    const text = [
      "Received request [<SOAP-ENV:Envelope><SOAP-ENV:Header><Security>",
      "  <wsse:UsernameToken>",
      "    <wsse:Username>424242</wsse:Username>",
      `    <wsse:Password Type="${TYPE}#PasswordDigest">q7Xz2bN0c9vLk1mP3sT5uW8yA0=</wsse:Password>`,
      "    <wsse:Nonce>c2VjcmV0bm9uY2U=</wsse:Nonce>",
      "  </wsse:UsernameToken>",
      "</Security></SOAP-ENV:Header></SOAP-ENV:Envelope>]",
      "<wsse:UsernameToken><wsse:Username>${USERNAME}</wsse:Username><wsse:Password>${PASSWORD}</wsse:Password></wsse:UsernameToken>",
    ].join("\n");
    const out = redact(text);
    gone(out, "424242", "q7Xz2bN0c9vLk1mP3sT5uW8yA0=", "c2VjcmV0bm9uY2U=");
    kept(out, "Received request [", "${USERNAME}", "${PASSWORD}");
  });

  it("finishes on a megabyte of tokens never closed and of passwords without a token around them", () => {
    const open = "<wsse:UsernameToken><wsse:Password>abc</wsse:Password>\n".repeat(20000);
    expect(redact(open)).not.toContain(">abc<");
    const bare = "<wsse:Password>x".repeat(60000);
    expect(redact(bare).length).toBeGreaterThan(0);
  });

  it("finishes on a megabyte of tokens never closed, each under a prefix of its own", () => {
    let text = "";
    for (let i = 0; text.length < 1_000_000; i++)
      text += `<p${i}:UsernameToken><p${i}:Username>login${i}x</p${i}:Username>\n`;
    const out = redact(text);
    gone(out, ">login7x<", ">login20000x<");
  });
});

describe("a PIN sent to a SOAP service", () => {
  it("an encrypted pinCode goes; a postal code under the same name stays", () => {
    const pin = "bG9uZ2VuY3J5cHRlZHBpbmJsb2JmcjBtYXJzYTJrZXk0MDk2Yml0cytwYWRkaW5nL3dpdGgvc2xhc2hlcz0=";
    const out = redact(
      `<com:Richiesta xmlns:com="http://example.it/x"><com:pinCode>${pin}</com:pinCode><com:RuoloUtente>DRS</com:RuoloUtente></com:Richiesta>\n` +
        '{"address": {"city": "Bengaluru", "pincode": "560001"}}',
    );
    gone(out, pin);
    kept(out, "<com:RuoloUtente>DRS</com:RuoloUtente>", '"pincode": "560001"');
  });
});
