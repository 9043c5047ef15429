// Review findings on the mobile-log readers, each mended: a code beside a non-OAuth state, nested, single-quoted and
// escaped Swift optionals, an upper-case CODE=, the OAuth companions beyond state, a percent-encoded code.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const TOKEN = "8f14e45fceea167a5a36dedd4bea2543";

describe("review: Optional wrappers of other shapes", () => {
  it('a doubly wrapped Optional(Optional("…")) loses its token', () => {
    expect(redact(`Access token: Optional(Optional("${TOKEN}"))`)).not.toContain(TOKEN);
  });
  it("a single-quoted Optional('…') loses its token, and the wrapper elsewhere is untouched", () => {
    const out = redact(`Access token: Optional('${TOKEN}')\nresult: Optional(Optional(42))`);
    expect(out).not.toContain(TOKEN);
    expect(out).toContain("result: Optional(Optional(42))");
  });
  it("a nested wrapper's label keeps its wrapper and no stray quote is taken as the token", () => {
    const out = redact(`Access token: Optional(Optional("${TOKEN}"))\nstatus: Optional(Optional("ok"))`);
    expect(out).toContain("Access token: Optional(Optional(");
    expect(out).toContain('status: Optional(Optional("ok"))');
  });
  it('a surname inside an escaped Optional(\\"…\\") goes', () => {
    expect(redact('{\\"name\\": Optional(\\"Jane Roe\\")}')).not.toContain("Roe");
  });
  it("a surname at the end of an escaped string goes, with or without Optional", () => {
    const out = redact('log: {\\"name\\": \\"Jane Roe\\", \\"id\\": \\"12724066\\"}');
    expect(out).not.toContain("Roe");
    expect(out).toContain('\\"id\\": \\"12724066\\"}');
  });
});

describe("review: OAuth form runs", () => {
  it("an upper-case CODE=…&STATE=… loses its code", () => {
    expect(redact("I/flutter: CODE=Zx81kQpLmN0aTy7&STATE=af0ifjsldkj")).not.toContain("Zx81kQpLmN0aTy7");
  });
  it("a code beside session_state (Keycloak) or iss (RFC 9207) goes", () => {
    expect(redact("redirect: code=Zx81kQpLmN0aTy7&session_state=5d2c9b1e")).not.toContain("Zx81kQpLmN0aTy7");
  });
  it("an error code beside state stays, here and in the JSON error below it", () => {
    const out = redact('E/Auth: state=xyz&code=invalid_request\n{"error":"invalid_request"}');
    expect(out).toContain('{"error":"invalid_request"}');
  });
  it("a status code beside a job state stays", () => {
    expect(redact("W/Sync: code=500&state=error&message=timeout")).toContain("code=500");
  });
  it("an order code, a failed status or a postal code beside a state stays", () => {
    for (const line of [
      "code=404&state=failed",
      "order code=ORD-12345&state=shipped",
      "state=CA&zip_code=90210&code=94103",
    ])
      expect(redact(line)).toBe(line);
  });
  it("a code beside iss (RFC 9207), scope, or client_id and code_challenge goes", () => {
    for (const line of [
      "code=Zx81kQpLmN0aTy7&iss=https%3A%2F%2Fauthorization.cerner.com%2F",
      "code=Zx81kQpLmN0aTy7&scope=openid%20profile",
      "client_id=my-app&code=Zx81kQpLmN0aTy7&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    ])
      expect(redact(line)).not.toContain("Zx81kQpLmN0aTy7");
  });
});

describe("review: a percent-encoded code is no template", () => {
  it("a code whose encoded form starts with %7B or %24 goes, in a URL and in a bare OAuth run", () => {
    for (const line of [
      "GET https://app.example.com/cb?code=%7Bb3f1c2d4e5a6b7c8d9e0&state=1",
      "D/OkHttp: grant_type=authorization_code&code=%24b3f1c2d4e5a6b7c8d9e0&redirect_uri=x",
    ])
      expect(redact(line)).not.toContain("b3f1c2d4e5a6b7c8d9e0");
  });
  it("a template written literally still stays", () => {
    expect(redact("grant_type=authorization_code&code={code}&redirect_uri=x")).toContain("code={code}&");
  });
});
