// Review r19-g of the API-client GUI batch (merge 72a1208): defects shown on new inputs of the same class, each an
// expected failure until fixed.
import { describe, it } from "vitest";
import { gone, kept, redact } from "../redaction/lib/redact-text";

describe("r19-g: Postman-Token kept by its name alone", () => {
  // Wrong: CLIENT_NONCE_NAME keeps any value under the name, so an env var holding a Postman API token leaks (base removed it).
  it("an env file's POSTMAN_TOKEN secret goes", () => {
    gone(
      redact("export POSTMAN_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc\n"),
      "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc",
    );
  });

  // Wrong: the nonce is always a UUID; an opaque mixed-case value under the header is now kept (base removed it).
  it("a Postman-Token header that is not a UUID goes", () => {
    gone(
      redact("GET /r4/Patient HTTP/1.1\nPostman-Token: 7fQx2LmNpRz8KvTw3YbHs9JdUc4EaGi6\n"),
      "7fQx2LmNpRz8KvTw3YbHs9JdUc4EaGi6",
    );
  });
});

describe("r19-g: connect lines read from a bare `* ` bullet", () => {
  // Wrong: CONNECT_LINE takes any Markdown bullet starting "Connected to x (" or "Trying " as curl's; the client's
  // own addresses written in a bullet list now survive (base removed them).
  it("a person's addresses in Markdown bullets still go", () => {
    const out = redact(
      "Steps I tried:\n* Connected to homevpn (203.0.113.50) and got 401\n* Trying 198.51.100.77 from the clinic network fails too\n",
    );
    gone(out, "203.0.113.50", "198.51.100.77");
  });
});

describe("r19-g: IPv6 server address kept on one connect line, removed on the other", () => {
  // Wrong: curl writes `Trying [v6]:443...` with brackets, which CONNECT_LINE misses, so the same address is both
  // removed (a known value) and printed on the Connected line — the ticket contradicts itself and the leak check can stop it.
  it("curl's IPv6 Trying line keeps the server's address like the Connected line", () => {
    const v6 = "2600:1f18:24e6:b900:1c2d:3e4f:5a6b:7c8d";
    const out = redact(
      `*   Trying [${v6}]:443...\n* Connected to fhir.example.com (${v6}) port 443 (#0)\n> GET /r4/Patient HTTP/1.1\n`,
    );
    kept(out, `Trying [${v6}]:443...`);
  });
});

describe("r19-g: IAM users in ARNs still leak", () => {
  // Wrong: a dotted login right after `user/` (no path) survives, though the same login under a path goes.
  it("an AccessDenied message's IAM user jane.roe without a path goes", () => {
    gone(redact("User: arn:aws:iam::123456789012:user/jane.roe is not authorized\n"), "jane.roe");
  });

  // Wrong: the JSON string rule replaces only sessions[0]; the second user in the same string survives.
  it("every IAM user in one JSON string goes", () => {
    const out = redact(
      JSON.stringify({ message: "arn:aws:iam::123456789012:user/jroe and arn:aws:iam::123456789012:user/asmith" }),
    );
    gone(out, "jroe", "asmith");
  });

  // Wrong: STS federated users (`federated-user/<name>`, GetFederationToken) name a person too and are not read.
  it("an STS federated user's name goes", () => {
    gone(
      redact("User: arn:aws:sts::123456789012:federated-user/jroe is not authorized to perform: execute-api:Invoke\n"),
      "jroe",
    );
  });
});

describe("r19-g: a wrapped token's continuation read as a header name", () => {
  // Wrong: HEADER_NAME_OR_MEDIA_TYPE ends a wrapped token at any line of one-case letter words joined by `-`/`.`/`/`,
  // so a base64url piece of that shape now survives after the token (base joined and removed it). Low odds per token.
  it("a JWT's wrapped last line of hyphen-joined letters goes with the token", () => {
    const jwt =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMxMjMiLCJzY29wZSI6InBhdGllbnQvT2JzZXJ2YXRpb24ucmVhZCJ9.Zk9xQm1pY3VoVGJ5Y0FyNHdHb0hZVjRkM2tN";
    gone(redact(`Authorization: Bearer ${jwt}\nqwertyuiopasdf-ZXCVBNMLKJ-hgfd\nAccept: */*\n`), "ZXCVBNMLKJ");
  });
});
