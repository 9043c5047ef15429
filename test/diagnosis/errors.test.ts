import { describe, expect, it } from "vitest";
import { parseErrorBody, parseErrorUri, parseWwwAuthenticate } from "~/diagnosis/errors";

describe("error responses", () => {
  it('reads Oracle\'s {code, message} 403 with key="value" pairs', () => {
    const body =
      '{"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\"","code":403}';
    const [e] = parseErrorBody(body);
    expect(e).toMatchObject({
      shape: "oracle-message",
      status: 403,
      urn: "urn:cerner:error:oauth2:resource-access:insufficient-scopes",
      error: "insufficient_scope",
      subcode: "no_scope_for_resource_path",
    });
  });

  it("reads an RFC 6750 challenge with its description and scope", () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope", scope="system/Specimen.read"',
      ),
    ).toEqual({
      scheme: "Bearer",
      params: { realm: "fhir-ehr-code.cerner.com", error: "insufficient_scope", scope: "system/Specimen.read" },
    });
    const [e] = parseErrorBody("", {
      status: 401,
      wwwAuthenticate:
        'Bearer realm="x", error="invalid_token", error_description="Invalid issuer. Expected a, received b"',
    });
    expect(e).toMatchObject({
      shape: "www-authenticate",
      error: "invalid_token",
      description: "Invalid issuer. Expected a, received b",
      status: 401,
    });
  });

  it("reads an OperationOutcome whose diagnostics hold the challenge", () => {
    const oo = {
      resourceType: "OperationOutcome",
      issue: [
        {
          severity: "error",
          code: "forbidden",
          diagnostics: 'Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"',
        },
      ],
    };
    expect(parseErrorBody(JSON.stringify(oo), { status: 403 })[0]).toMatchObject({
      shape: "operation-outcome",
      error: "insufficient_scope",
      realm: "fhir-ehr-code.cerner.com",
    });
  });

  it("reads the token endpoint's {error, error_uri}: URN decoded, instance, client, tenant", () => {
    const uri =
      "https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Ainvalid-tenant/instances/65b0a9f4-782f-49a4-947f-e0a875ce5f67?persona=system&client=b1e2a292-fbe4-460a-be33-582e572abbbe&tenant=ec2458f2-1e24-41c8-b71b-0e701af7583d";
    expect(parseErrorUri(uri)).toEqual({
      urn: "urn:cerner:error:authorization-server:oauth2:token:invalid-tenant",
      instance: "65b0a9f4-782f-49a4-947f-e0a875ce5f67",
      client: "b1e2a292-fbe4-460a-be33-582e572abbbe",
      tenant: "ec2458f2-1e24-41c8-b71b-0e701af7583d",
      persona: "system",
    });
    expect(parseErrorBody({ error: "invalid_grant", error_uri: uri }, { status: 400 })[0]).toMatchObject({
      shape: "token-endpoint",
      error: "invalid_grant",
      client: "b1e2a292-fbe4-460a-be33-582e572abbbe",
    });
  });

  it("reads 'Tenant not valid or accessible' in any of its shapes", () => {
    expect(parseErrorBody("Tenant not valid or accessible", { status: 403 })[0]).toMatchObject({
      tenantInvalid: true,
      status: 403,
    });
    const oo = {
      resourceType: "OperationOutcome",
      issue: [{ severity: "error", code: "forbidden", diagnostics: "Tenant not valid or accessible" }],
    };
    expect(parseErrorBody(oo, { status: 403 })[0]).toMatchObject({ shape: "tenant-invalid", tenantInvalid: true });
  });

  it("finds nothing in a body that is not an error", () => {
    expect(parseErrorBody('{"resourceType":"Patient","id":"1"}')).toEqual([]);
    expect(parseErrorBody("")).toEqual([]);
    expect(parseErrorBody("{not json")).toEqual([]);
  });
});
