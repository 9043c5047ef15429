import { describe, expect, it } from "vitest";
import { detectKind } from "~/evidence/detect";
import { ACCESS_TOKEN, SEED, b64url, fixture } from "./helpers";

describe("detectKind", () => {
  it.each([
    ["session.har", "har"],
    ["token-request.http", "http"],
    ["fhir-403.http", "http"],
    ["curl-verbose.txt", "curl-verbose"],
    ["curl-command.sh", "curl-command"],
    ["token-response.json", "token-response"],
    ["token-error.json", "token-response"],
    ["oracle-403.json", "fhir-json"],
    ["operation-outcome.json", "fhir-json"],
    ["patient-bundle.json", "fhir-json"],
    ["app.log", "log"],
  ])("%s is %s", (name, kind) => {
    expect(detectKind(fixture(name))).toBe(kind);
  });

  it("recognises a JWT, a Bearer-prefixed JWT and a base64-encoded JWT", () => {
    expect(detectKind(ACCESS_TOKEN)).toBe("jwt");
    expect(detectKind(`  ${ACCESS_TOKEN}\n`)).toBe("jwt");
    expect(detectKind(`Bearer ${ACCESS_TOKEN}`)).toBe("jwt");
    expect(detectKind(Buffer.from(ACCESS_TOKEN).toString("base64"))).toBe("jwt");
  });

  it("does not take a random base64url word for a JWT", () => {
    expect(detectKind(`${b64url("not json")}.${b64url("x")}.sig`)).not.toBe("jwt");
  });

  it("recognises a form body and plain text", () => {
    expect(detectKind("grant_type=client_credentials&scope=system%2FSpecimen.read")).toBe("form");
    expect(detectKind(SEED)).toBe("text");
    expect(detectKind("The token has no Specimen scope.")).toBe("text");
    expect(detectKind("")).toBe("text");
  });

  it("reads a truncated HAR as a HAR and truncated FHIR JSON as FHIR JSON", () => {
    const har = fixture("session.har");
    expect(detectKind(har.slice(0, 3000))).toBe("har");
    expect(detectKind(fixture("patient-bundle.json").slice(0, 500))).toBe("fhir-json");
  });

  it("reads any other JSON document as JSON, however deep, and a one-line JSON log entry as a log", () => {
    expect(detectKind('{"a":'.repeat(10_000) + "1" + "}".repeat(10_000))).toBe("fhir-json");
    expect(detectKind("[".repeat(10_000) + "]".repeat(10_000))).toBe("fhir-json");
    expect(detectKind('{\n  "clientName": "demo",\n  "redirectUris": ["https://app.example.test/cb"]\n}')).toBe(
      "fhir-json",
    );
    expect(detectKind('{"level":"info","time":"2025-07-29T15:22:10Z","msg":"token refreshed"}')).toBe("log");
  });

  it("does not take one pasted key ending in base64 padding for a form body", () => {
    expect(detectKind("QmVkcm9ja0FQSUtleS1zeW50aGV0aWMtdmFsdWUtZm9yLXRlc3Rz=")).toBe("text");
    expect(detectKind("a=1&b=")).toBe("form");
  });

  it("reads FHIR NDJSON as FHIR JSON and headers alone as HTTP", () => {
    expect(detectKind('{"resourceType":"Patient","id":"1"}\n{"resourceType":"Patient","id":"2"}\n')).toBe("fhir-json");
    expect(detectKind("X-Request-Id: 78a19072002b8651623351cfedaffe70\nDate: Tue, 29 Jul 2025 15:22:10 GMT")).toBe(
      "http",
    );
  });
});
