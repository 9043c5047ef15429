// Shapes where a second redaction found something the first had left: each one is a counterexample of a property
// (test/redaction/properties*.test.ts), shrunk, with the seed that found it. A second pass that changes the text means
// the first pass either leaked or will remove something on the next save: each case checks both passes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";

const redact = (text: string, environment: Environment = "client-prod") =>
  createRedactor({ environment, terms: ["acme"], restored: [] }).redact({ id: "e1", kind: detectKind(text), text })
    .text;

/** The first pass, after checking that a second pass leaves it as it is. */
const stable = (text: string, environment?: Environment) => {
  const once = redact(text, environment);
  expect(redact(once, environment), "a second pass changed the text").toBe(once);
  return once;
};

describe("a line that continues a secret goes with it, however the secret was found", () => {
  // Seeds 1749159922, -2121442652, 584084784: the value under `X-Api-Key:` (or a JSON string broken by a line break)
  // is a secret, so its second occurrence is replaced by the pass over known secrets — after the pass that drops a
  // token's continuation lines had run, so the token-like line under it stayed, and a second pass dropped it.
  it("under a secret replaced by the pass over known secrets", () => {
    const out = stable("X-Api-Key: \npassword=\npassword=\nabc123XYZ789");
    expect(out).toBe("X-Api-Key: \n[REDACTED:secret#1]\n[REDACTED:secret#1]\n");
  });

  it("under a JSON string broken by a line break, repeated", () => {
    const wrapped = "Zq8WpL3vNx0RtY6uE2aSk";
    const out = stable(`"access_token":"\n${wrapped}\n${wrapped}\nabc123XYZ789`);
    expect(out).not.toContain(wrapped);
    expect(out).not.toContain("abc123XYZ789");
  });

  it("a person segment at a line's start under it is read as a segment, on the first pass as on the second", () => {
    const pid = "PID|||4455667^^^H^MR||ROE^RICHARD||19800202|M";
    const out = stable(`"access_token":"\n${pid}\n${pid}\nabc123XYZ789`);
    for (const value of ["4455667", "ROE", "RICHARD", "19800202"]) expect(out).not.toContain(value);
  });
});

describe("a line is not a token's continuation because it follows one", () => {
  // Found by test/redaction/properties-shapes.test.ts (seed -957564100): the .env line under a secret was taken for
  // the secret's wrapped continuation and dropped, with the client ID the ticket needs.
  it("the next assignment of a .env file stays", () => {
    const out = stable(
      "CLIENT_SECRET=AAAAAAAAAAnhTLi9jAAB\nCLIENT_ID=00000000-0000-4000-8000-000000000000\nFHIR_TENANT=ec2458f2-1e24-41c8-b71b-0e701af7583d",
      "sandbox",
    );
    expect(out).toBe(
      "CLIENT_SECRET=[REDACTED:client_secret#1]\nCLIENT_ID=00000000-0000-4000-8000-000000000000\nFHIR_TENANT=ec2458f2-1e24-41c8-b71b-0e701af7583d",
    );
  });

  it("a request ID or correlation ID alone on the line under a token stays", () => {
    for (const id of [
      "77b40819-d130-4d45-8625-3f37ab6566a6",
      "78a19072002b8651623351cfedaffe70",
      "/111E46CEFF0401849C7E4BE23BD040DB/0F3FC6820610AF53B335716D8CE084D4",
    ]) {
      const out = stable(`Authorization: Bearer Zq8WpL3vNx0RtY6uE2aS\n${id}`, "sandbox");
      expect(out).toBe(`Authorization: Bearer [REDACTED:access_token#1]\n${id}`);
    }
  });

  it("a wrapped token's continuation still goes", () => {
    const out = stable("token=Zq8WpL3vNx0RtY6uE2aSZq8WpL3vNx0R\ntY6uE2aSkLmN0pQ4rStUvWx==\nnext line", "sandbox");
    expect(out).toBe("token=[REDACTED:token#1]\n\nnext line");
  });
});

describe("what follows an HTTP start line on the same line is read like any other text", () => {
  // Found by the fragments idempotence property (seed 1896065726): curl -i output pasted with its line breaks lost
  // puts a body on the status line, where only the secret patterns ran — a {key, value} pair and JSON key tied to a
  // secret survived, and a second pass (no longer a status line) removed them.
  it("JSON on a status line", () => {
    const out = stable('HTTP/1.1 200 OK {"key":"clientSecret","value":"hunter2"}', "sandbox");
    expect(out).not.toContain("hunter2");
    expect(out).toContain("HTTP/1.1 200 OK");
  });

  it("JSON on a request line", () => {
    const out = stable(
      'POST /token HTTP/1.1 Content-Type: application/json {"name":"token","valueString":"abcDEF123456ghiJKL"}',
      "sandbox",
    );
    expect(out).not.toContain("abcDEF123456ghiJKL");
    expect(out).toContain("POST /token HTTP/1.1");
  });
});

describe("headers written on one line are each read as a header", () => {
  // Seeds 720817081 and -211791063 (`Authorization:  Bearer  Bearer  Cookie: a=b; c=d`): in text, only the first word
  // after the scheme is the credential and the rest of the line was swept for secret patterns only, so a Cookie
  // header after it kept its values — and a second pass, finding the credential already replaced, read the cookie.
  it("a Cookie after an Authorization header on the same line loses its values", () => {
    const out = stable(
      "Authorization: Bearer Zq8WpL3vNx0RtY6uE2aS Cookie: sid=Qm9vTmV3U2Vzc2lvbjEy; c=dark",
      "sandbox",
    );
    expect(out).not.toContain("Zq8WpL3vNx0RtY6uE2aS");
    expect(out).not.toContain("Qm9vTmV3U2Vzc2lvbjEy");
    expect(out).toContain("Authorization: Bearer [REDACTED:");
    expect(out).toContain(" Cookie: sid=[REDACTED:");
  });

  it("the same after a credential already redacted", () => {
    const out = stable("Authorization: Bearer [REDACTED:access_token#1] Cookie: sid=Qm9vTmV3U2Vzc2lvbjEy", "sandbox");
    expect(out).not.toContain("Qm9vTmV3U2Vzc2lvbjEy");
  });

  it("prose after the credential is still prose", () => {
    const out = stable("Authorization: Bearer Zq8WpL3vNx0RtY6uE2aS was sent and the server said 403", "sandbox");
    expect(out).toBe("Authorization: Bearer [REDACTED:access_token#1] was sent and the server said 403");
  });
});

describe("a credential header is not continued by the line under it when that line is not a token", () => {
  // Found by test/redaction/properties-shapes.test.ts (seed 712360134): under a credential header, a line of token
  // characters was taken for the credential wrapped by the terminal and joined to it — a form body written with no
  // blank line (grant_type, which the diagnosis reads), a .env line with a client ID, a request ID.
  it("a form body right under an Authorization header stays", () => {
    const out = stable(
      "POST /tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token HTTP/1.1\nAuthorization: Basic YjFlMmEyOTItZmJlNC00NjBhLWJlMzMtNTgyZTU3MmFiYmJlOnN5bnRoZXRpYy1zZWNyZXQtZm9yLXRlc3Rz\ngrant_type=client_credentials",
      "sandbox",
    );
    expect(out.split("\n")).toHaveLength(3);
    expect(out).toMatch(/\ngrant_type=client_credentials$/);
    expect(out).not.toContain("YjFlMmEyOTItZmJlNC00NjBhLWJlMzMtNTgyZTU3MmFiYmJl");
  });

  it("a request ID under an API key header stays on its line", () => {
    const out = stable(
      "GET /r4/Patient HTTP/1.1\nX-Api-Key: AbCdEf123456GhIjKl\n77b40819-d130-4d45-8625-3f37ab6566a6",
      "sandbox",
    );
    expect(out).toBe("GET /r4/Patient HTTP/1.1\nX-Api-Key: [REDACTED:api_key#1]\n77b40819-d130-4d45-8625-3f37ab6566a6");
  });

  it("a wrapped bearer token is still joined", () => {
    const out = stable(
      "GET /r4/Patient HTTP/1.1\nAuthorization: Bearer Zq8WpL3vNx0RtY6uE2aSZq8WpL3v\nNx0RtY6uE2aSkLmN0pQ",
      "sandbox",
    );
    expect(out).toBe("GET /r4/Patient HTTP/1.1\nAuthorization: Bearer [REDACTED:access_token#1]");
  });
});

describe("a curl command and its output pasted as one item", () => {
  // Found by test/redaction/properties-shapes.test.ts (seeds -1674960028, -1134166445, 1417376462): an item that
  // starts with `curl` was swept for secret patterns only, so its output lost none of what JSON structure decides —
  // a FHIR Parameters token, a Postman {key, value} secret.
  it("the response under the command is read as text: JSON by its keys", () => {
    const out = stable(
      `curl -H 'Authorization: Bearer Zq8WpL3vNx0RtY6uE2aS' https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066\n{"resourceType":"Parameters","parameter":[{"name":"token","valueString":"AAAA6AAAAAAAAynjToic"}]}\n{"key":"clientSecret","value":"AAAAAAAA2AATiAvLqAMc","type":"string"}`,
      "sandbox",
    );
    expect(out).not.toContain("Zq8WpL3vNx0RtY6uE2aS");
    expect(out).not.toContain("AAAA6AAAAAAAAynjToic");
    expect(out).not.toContain("AAAAAAAA2AATiAvLqAMc");
    expect(out).toContain("https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066\n");
  });
});

describe("an HL7 message in the body of an HTTP message", () => {
  // Found by test/redaction/properties-shapes.test.ts (seeds -615786588, -1443688822): under a request line and a
  // blank line, everything is the request's body, and a body that was neither JSON nor a form was swept as prose —
  // the HL7 message in it kept the patient's MRN, name and birth date.
  it("is read as HL7, segment by segment", () => {
    const out = stable(
      "POST https://interface.example.org/hl7 HTTP/1.1\nContent-Type: x-application/hl7-v2+er7\n\nMSH|^~\\&|A|B|C|D|20240101||ADT^A01|77|P|2.5\nPID|||4455667^^^HOSP^MR||ROE^RICHARD||19800202|M\n",
      "sandbox",
    );
    for (const v of ["4455667", "ROE", "RICHARD", "19800202"]) expect(out).not.toContain(v);
    expect(out).toContain("ADT^A01|77|P|2.5");
  });
});
