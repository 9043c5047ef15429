// The seed ticket (test/fixtures/seed-ticket.txt) as a user would type it into the wizard. Real IDs from the
// seed; where the seed has a placeholder correlation ID, a real-looking (made-up) one. The token in the evidence is a
// synthetic JWT built here, so the tests can prove it never reaches the finished ticket.
export const SANDBOX_TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";

export const PLACEHOLDER_CORRELATION_ID = "abc12345-def6-7890-ghij-klmnopqrstuv";
export const PLACEHOLDER_OPC_REQUEST_ID = "opc-4567abcd-89ef-0123-ghij-456789klmnop";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
export const SYNTHETIC_JWT = [
  b64({ alg: "RS384", typ: "JWT", kid: "synthetic-key" }),
  b64({
    iss: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}`,
    azp: "b1e2a292-fbe4-460a-be33-582e572abbbe",
    exp: 1753716644,
    "urn:com:cerner:authorization:claims": {
      ver: "1.0",
      tnt: SANDBOX_TENANT,
      azs: "system/Patient.read system/Encounter.read",
    },
  }),
  "U3ludGhldGljU2lnbmF0dXJlTm90QVJlYWxPbmVfMDEyMzQ1Njc4OWFiY2RlZg",
].join(".");

const GRANTED =
  "system/Condition.read system/DocumentReference.read system/DocumentReference.write system/Encounter.read system/MedicationRequest.read system/NutritionOrder.read system/Observation.read system/Observation.write system/Patient.read system/Procedure.read system/ServiceRequest.read";

export const SEED = {
  about: {
    opnMember: "No",
    healthcareDeveloperTrack: "No",
    codeProgramMember: "Yes",
    marketplacePresence: "No",
    onBehalfOfClient: "Yes",
    clientName: "LifeBridge Health",
  },
  application: {
    appId: "c388f6bf-1c33-4566-a5bc-249e990ea2bf",
    clientId: "b1e2a292-fbe4-460a-be33-582e572abbbe",
    appType: "System",
    smartVersion: /SMART v1/,
    environment: "Public sandbox",
    fhirBaseUrl: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
    requestedScopes: "system/Specimen.read system/Patient.read system/Encounter.read",
    grantedScopes: GRANTED,
  },
  problem: {
    workflow:
      "client_credentials token request with system/Specimen.read, then GET Specimen?_id=12345 on the sandbox tenant.",
    background:
      "Specimen.read was added to the app in Code Console; the hospital's analyst does not see it in Cerner Central.",
    expected: "A Specimen resource: system/Specimen.read is in the app's registration.",
    actual:
      '403 Forbidden: {"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\"","code":403}',
  },
  examples: [
    {
      xRequestId: "",
      cernerCorrelationId: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      opcRequestId: "",
      occurredAt: "Mon, 28 Jul 2025 15:21:14 GMT",
      storedAs: "2025-07-28T15:21:14Z",
      method: "POST",
      url: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}/protocols/oauth2/profiles/smart-v1/token`,
      status: "200",
    },
    {
      xRequestId: "e1234567-89ab-4cde-8f12-3456789abcde",
      cernerCorrelationId: "3c6f0a52-8d1e-4b7a-9f25-6e0c4d8b1a73",
      opcRequestId: "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A",
      occurredAt: "2025-07-29T15:22:10Z",
      storedAs: "2025-07-29T15:22:10Z",
      method: "GET",
      url: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}/Specimen?_id=12345`,
      status: "403",
    },
  ],
  evidence: [
    {
      kind: "Token response (JSON)",
      label: "Token response",
      text: JSON.stringify({ access_token: SYNTHETIC_JWT, scope: GRANTED, token_type: "Bearer", expires_in: 570 }),
    },
  ],
};
