// A generated HAR of `entries` entries, for the benchmark and a scale test: one client_credentials token call, then
// FHIR calls across types (every 25th refused with Oracle's insufficient-scopes 403), with a synthetic JWT sent on
// each call. Synthetic data only.
const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const BASE = `https://fhir-ehr-code.cerner.com/r4/${TENANT}`;
const GRANTED = "system/Patient.read system/Observation.read system/Encounter.read system/Condition.read";

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
const JWT = [
  b64({ alg: "RS384", typ: "JWT" }),
  b64({
    iss: `https://authorization.cerner.com/tenants/${TENANT}`,
    azp: "0f6b2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4",
    "urn:com:cerner:authorization:claims": { ver: "1.0", tnt: TENANT, azs: GRANTED },
    iat: 1753716074,
    exp: 1753716644,
  }),
  "c3ludGhldGljLXNpZ25hdHVyZQ",
].join(".");

const TYPES = ["Patient", "Observation", "Encounter", "Condition"];

const header = (name: string, value: string) => ({ name, value });

export function bigHar(entries = 500): string {
  const list: unknown[] = [];
  const start = Date.UTC(2025, 6, 28, 15, 21, 14);
  list.push({
    startedDateTime: new Date(start).toISOString(),
    time: 120,
    request: {
      method: "POST",
      url: `https://authorization.cerner.com/tenants/${TENANT}/hosts/fhir-ehr-code.cerner.com/protocols/oauth2/profiles/smart-v1/token`,
      headers: [header("Content-Type", "application/x-www-form-urlencoded")],
      postData: {
        mimeType: "application/x-www-form-urlencoded",
        text: `grant_type=client_credentials&scope=${encodeURIComponent(`${GRANTED} system/Specimen.read`)}`,
      },
    },
    response: {
      status: 200,
      statusText: "OK",
      headers: [
        header("Content-Type", "application/json"),
        header("Cerner-Correlation-Id", "5718aeb9-3fef-470f-8562-5ccbc97b4fe5"),
      ],
      content: {
        mimeType: "application/json",
        text: JSON.stringify({ access_token: JWT, scope: GRANTED, token_type: "Bearer", expires_in: 570 }),
      },
    },
  });
  for (let i = 1; i < entries; i++) {
    const refused = i % 25 === 0;
    const type = refused ? "Specimen" : TYPES[i % TYPES.length];
    const id = String(12724066 + i);
    list.push({
      startedDateTime: new Date(start + i * 200).toISOString(),
      time: 80,
      request: {
        method: "GET",
        url: refused ? `${BASE}/Specimen?_id=${id}` : `${BASE}/${type}/${id}`,
        headers: [header("Authorization", `Bearer ${JWT}`), header("Accept", "application/fhir+json")],
      },
      response: {
        status: refused ? 403 : 200,
        statusText: refused ? "Forbidden" : "OK",
        headers: [
          header("Content-Type", "application/json"),
          header("X-Request-Id", (i.toString(16) + "0".repeat(32)).slice(0, 32)),
        ],
        content: {
          mimeType: "application/json",
          text: refused
            ? JSON.stringify({
                message:
                  'code="urn:cerner:error:oauth2:resource-access:insufficient-scopes", error="insufficient_scope", subcode="no_scope_for_resource_path"',
                code: 403,
              })
            : JSON.stringify({ resourceType: type, id, meta: { versionId: "1" }, status: "final" }),
        },
      },
    });
  }
  return JSON.stringify(
    { log: { version: "1.2", creator: { name: "synthetic", version: "1" }, entries: list } },
    null,
    2,
  );
}
