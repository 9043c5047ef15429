// Synthetic evidence for the Evidence step's tests: a JWT built here (base64url JSON + a fake signature), a token
// response carrying it, and an Oracle Health style 403 with X-Request-Id, opc-request-id and Date headers.
export const SANDBOX_TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
export const CLIENT_ID = "b1e2a292-fbe4-460a-be33-582e572abbbe";
export const X_REQUEST_ID = "78a19072002b8651623351cfedaffe70";
export const OPC_REQUEST_ID = "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A";

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function makeJwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: "RS384", typ: "JWT", kid: "synthetic" })}.${b64url(claims)}.U3ludGhldGljU2lnbmF0dXJlX25vdF9yZWFs`;
}

export const ACCESS_TOKEN = makeJwt({
  iss: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}`,
  aud: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
  azp: CLIENT_ID,
  iat: 1753802529,
  exp: 1753803099,
  "urn:com:cerner:authorization:claims": {
    ver: "1.0",
    tnt: SANDBOX_TENANT,
    azs: "system/Patient.read system/Encounter.read",
  },
});
/** The part of the token that must never appear anywhere once redacted. */
export const TOKEN_PAYLOAD = ACCESS_TOKEN.split(".")[1];

export const GRANTED = "system/Condition.read system/Encounter.read system/Observation.read system/Patient.read";

export const TOKEN_RESPONSE = JSON.stringify(
  { access_token: ACCESS_TOKEN, scope: GRANTED, token_type: "Bearer", expires_in: 570 },
  null,
  2,
);

export const FORBIDDEN_403 = [
  `GET /r4/${SANDBOX_TENANT}/Specimen?_id=12345 HTTP/1.1`,
  "Host: fhir-ehr-code.cerner.com",
  "Accept: application/fhir+json",
  `Authorization: Bearer ${ACCESS_TOKEN}`,
  "",
  "HTTP/1.1 403 Forbidden",
  "Date: Tue, 29 Jul 2025 15:22:10 GMT",
  "Content-Type: application/json",
  `X-Request-Id: ${X_REQUEST_ID}`,
  `opc-request-id: ${OPC_REQUEST_ID}`,
  'WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"',
  "",
  '{"code":403,"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\""}',
].join("\n");

/** Free text with personal data (restorable) and a secret (never restorable). */
export const NOTE_WITH_PHI = `Patient: Jane Doe called 555-123-4567 about it.\nclient_secret=synthetic-secret-for-tests`;
