// Identifiers people paste inside what carried them: a launch or authorize URL, a log line's key=value pairs, JSON
// quoted inside a JSON string; and the stand-ins that must be called so (a variable or masked segment in a URL, a
// "my-…-id" dummy). Written for this class, with values of its own.
import { describe, expect, it } from "vitest";
import { applicationSchema, exampleSchema, fieldErrors, SANDBOX_TENANT } from "~/ticket/schema";

const APP = "3f2b9c1e-7d4a-4e8b-9c2d-5a6b7c8d9e0f";
const CLIENT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const REQUEST = "7e6d5c4b-3a2f-4e1d-8c0b-9a8f7e6d5c4b";
const application = {
  appId: APP,
  clientId: CLIENT,
  appType: "provider",
  smartVersion: "v1",
  environment: "sandbox",
  tenantId: SANDBOX_TENANT,
};
const example = { xRequestId: REQUEST, occurredAt: "2025-07-28T15:21:14Z" };

const app = (field: string, text: string) => {
  const r = applicationSchema.safeParse({ ...application, [field]: text });
  return r.success ? (r.data as Record<string, unknown>)[field] : fieldErrors(r.error)[field];
};
const ex = (field: string, text: string) => {
  const r = exampleSchema.safeParse({ ...example, [field]: text });
  return r.success ? (r.data as Record<string, unknown>)[field] : fieldErrors(r.error)[field];
};

describe("identifiers inside the URL or line they came in", () => {
  it("reads the client ID from an authorize URL's query, and the App ID from a launch URL's path", () => {
    expect(app("clientId", `https://auth.example.org/authorize?response_type=code&client_id=${CLIENT}&state=x`)).toBe(
      CLIENT,
    );
    expect(app("appId", `https://smart.cerner.com/smart/${SANDBOX_TENANT}/apps/${APP}?PAT_PersonId=1`)).toBe(APP);
  });
  it("reads the tenant from a session realm URL", () => {
    expect(app("tenantId", `https://authorization.cerner.com/session-api/realm/${SANDBOX_TENANT}?to=x`)).toBe(
      SANDBOX_TENANT,
    );
  });
  it("reads an X-Request-Id logged as request_id=, and JSON quoted inside a string", () => {
    expect(ex("xRequestId", `at=info method=GET path="/r4/Patient" request_id=${REQUEST} status=200`)).toBe(REQUEST);
    expect(app("clientId", `{\\"client_id\\":\\"${CLIENT}\\"}`)).toBe(CLIENT);
  });
  it("does not pick between two different values under the field's key", () => {
    expect(app("clientId", `a?client_id=${CLIENT}&x=1 b?client_id=${APP}`)).toMatch(/client ID/i);
  });
});

describe("stand-ins in what was pasted", () => {
  it("calls a variable in a URL's path a placeholder", () => {
    expect(app("tenantId", "https://fhir.example.org/r4/{{tenant}}/Patient")).toMatch(/placeholder/);
    expect(app("tenantId", "https://login.example.org/${TENANT_ID}/oauth2/token")).toMatch(/placeholder/);
  });
  it("calls a my-…-id value a placeholder, but not an app's name", () => {
    expect(app("clientId", "my_client_id")).toMatch(/placeholder/);
    expect(app("appId", "my-app")).toMatch(/App ID is a UUID/);
  });
  it("refuses a request URL with a masked segment, saying it is masked", () => {
    expect(ex("url", "https://fhir.example.org/r4/Observation/xxxxxx?category=labs")).toMatch(/masked placeholder/);
  });
});
