import { describe, expect, it } from "vitest";
import { parseEvidence } from "~/evidence/parse";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/evidence/model";
import { EVIDENCE_KINDS } from "~/ticket/choices";
import { ACCESS_CLAIMS, ACCESS_TOKEN, CLIENT_ID, SANDBOX_TENANT, fixture } from "./helpers";

const parse = (text: string, kind: EvidenceKind = detectKind(text)) => parseEvidence({ id: "e1", kind, text });

describe("parseEvidence", () => {
  it("reads a raw HTTP exchange: request, response, headers, body, time from the Date header", () => {
    const p = parse(fixture("token-request.http"));
    expect(p.exchanges).toHaveLength(1);
    const [ex] = p.exchanges;
    expect(ex.request?.method).toBe("POST");
    expect(ex.request?.url).toBe(
      `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}/protocols/oauth2/profiles/smart-v1/token`,
    );
    expect(ex.request?.body).toContain("grant_type=client_credentials");
    expect(ex.response?.status).toBe(200);
    expect(ex.response?.headers.find((h) => h.name === "Cerner-Correlation-Id")?.value).toBe(
      "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
    );
    expect(ex.time).toBe("2025-07-28T15:21:14Z");
    expect(p.tokens[0].claims.azp).toBe(CLIENT_ID);
  });

  it("reads a HAR: one exchange per entry, base64 bodies decoded, the bearer token decoded", () => {
    const p = parse(fixture("session.har"));
    expect(p.exchanges).toHaveLength(9);
    const forbidden = p.exchanges.find((e) => e.response?.status === 403)!;
    expect(forbidden.response?.body).toContain("insufficient-scopes");
    expect(forbidden.time).toBe("2025-07-29T15:22:10.101Z");
    expect(forbidden.source.location).toBe("entry 7");
    expect(p.tokens.some((t) => t.claims.azp === CLIENT_ID && t.role === "access_token")).toBe(true);
  });

  it("reads curl -v output: request and response lines, the absolute URL, the body", () => {
    const p = parse(fixture("curl-verbose.txt"));
    expect(p.exchanges).toHaveLength(1);
    const [ex] = p.exchanges;
    expect(ex.request?.url).toBe(`https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}/Specimen?_id=12345`);
    expect(ex.response?.status).toBe(403);
    expect(ex.response?.body).toMatch(/^\{"code":403/);
    expect(ex.response?.headers.map((h) => h.name)).toContain("opc-request-id");
  });

  it("reads a curl command: method, URL, -u as Basic, --data-urlencode encoded", () => {
    const p = parse(fixture("curl-command.sh"));
    const req = p.exchanges[0].request!;
    expect(req.method).toBe("POST");
    expect(req.headers.find((h) => h.name === "Authorization")?.value).toMatch(/^Basic /);
    expect(req.body).toBe(
      "scope=system%2FSpecimen.read%20system%2FPatient.read&grant_type=client_credentials".replace("%20", "+"),
    );
  });

  it("decodes a JWT without verifying it, also base64-encoded", () => {
    expect(parse(ACCESS_TOKEN).tokens[0].claims).toEqual(ACCESS_CLAIMS);
    expect(parse(Buffer.from(ACCESS_TOKEN).toString("base64"), "jwt").tokens[0].claims.azp).toBe(CLIENT_ID);
  });

  it("parses JSON held in a JSON string", () => {
    const inner = JSON.stringify({ access_token: ACCESS_TOKEN, scope: "system/Patient.read", token_type: "Bearer" });
    const p = parse(JSON.stringify({ "Response Body": inner }), "token-response");
    expect(p.documents).toHaveLength(2);
    expect(p.documents[1].value).toMatchObject({ scope: "system/Patient.read" });
    expect(p.tokens[0].role).toBe("access_token");
  });

  it("reads a form body as a document", () => {
    expect(
      parse("grant_type=client_credentials&scope=system%2FPatient.read+system%2FSpecimen.read").documents[0].value,
    ).toEqual({
      grant_type: "client_credentials",
      scope: "system/Patient.read system/Specimen.read",
    });
  });

  it("reads a truncated HAR or JSON as text with a warning, never throwing", () => {
    const har = parse(fixture("session.har").slice(0, 5000), "har");
    expect(har.warnings.join(" ")).toMatch(/HAR is not valid JSON/);
    expect(har.lines.length).toBeGreaterThan(10);
    const json = parse('{"resourceType":"Patient","name":[{"family":"Qui', "fhir-json");
    expect(json.warnings.join(" ")).toMatch(/not valid/);
    expect(json.warnings.join(" ")).not.toContain("Qui");
  });

  it("warns about binary and invalid UTF-8 input and still reads it", () => {
    const p = parse("X-Request-Id: 78a19072002b8651623351cfedaffe70\u0000\u0001\uFFFD", "text");
    expect(p.warnings).toHaveLength(2);
    expect(p.lines[0]).toContain("X-Request-Id");
  });

  it("never throws on any kind, whatever the text", () => {
    for (const kind of EVIDENCE_KINDS)
      for (const text of ["", "{", "}{", "curl", "> GET", "a=%zz", "eyJ.eyJ.", "\u0000"])
        expect(() => parse(text, kind)).not.toThrow();
  });

  it("walks 10,000-deep JSON without overflowing the stack", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(() => parse(deep, "fhir-json")).not.toThrow();
  });
});
