// Retention: evidence written from the shapes in docs/platform.md (synthetic values only) whose diagnostic facts —
// correlation and request IDs, tenant, client and app IDs, scopes, error codes, URNs, statuses — must survive
// redaction untouched, while the credentials in the same evidence go.
import type { RedactedItem, RedactionPolicy } from "~/redaction/types";
import type { Environment, EvidenceKind } from "~/ticket/schema";

export type MakeRedactor = (policy: RedactionPolicy) => {
  redact(item: { id: string; kind: EvidenceKind; text: string }): RedactedItem;
};

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const CLIENT = "b1e2a292-fbe4-460a-be33-582e572abbbe";
const APP = "c388f6bf-1c33-4566-a5bc-249e990ea2bf";
const CORRELATION = "5718aeb9-3fef-470f-8562-5ccbc97b4fe5";
const REQUEST_ID = "ecd13b72-4fde-11e9-8674-8b0a57a130fd";
const REQUEST_ID_HEX = "78a19072002b8651623351cfedaffe70";
const OPC = "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A";
const INSTANCE = "65b0a9f4-782f-49a4-947f-e0a875ce5f67";
const GRANTED = [
  "system/Condition.read",
  "system/DocumentReference.read",
  "system/Encounter.read",
  "system/Observation.read",
  "system/Patient.read",
  "system/Procedure.read",
];
const REQUESTED = [...GRANTED, "system/Specimen.read"];
const URN_403 = "urn:cerner:error:oauth2:resource-access:insufficient-scopes";
const URN_SCOPE = "urn:cerner:error:authorization-server:oauth2:token:empty-scopes";
// Synthetic credentials (random-looking, not real): these must go.
const SECRET = "Zk3pQ9vX2mW7rT5yB8nC4";
const ACCESS = "ZmFrZS1hY2Nlc3MtdG9rZW4tZm9yLXRlc3Rz.q7Lw2Rt9Yp";

const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
export const SYNTHETIC_JWT = [
  b64url({ alg: "RS384", kid: "2025-07-01T00:00:00.000.ec", typ: "JWT" }),
  b64url({
    iss: `https://authorization.cerner.com/tenants/${TENANT}`,
    aud: `https://fhir-ehr-code.cerner.com/r4/${TENANT}`,
    azp: CLIENT,
    sub: CLIENT,
    exp: 1753716644,
    iat: 1753716074,
    scope: GRANTED.join(" "),
    "urn:com:cerner:authorization:claims": { ver: "1.0", tnt: TENANT, azs: GRANTED.join(" ") },
  }),
  "c2lnbmF0dXJlLW5vdC1yZWFsLWp1c3QtZm9yLXRlc3Rz",
].join(".");

export interface RetentionCase {
  name: string;
  kind: EvidenceKind;
  text: string;
  keep: string[];
  gone: string[];
}

const tokenBody = `grant_type=client_credentials&scope=${REQUESTED.map(encodeURIComponent).join("+")}`;
const tokenResponse = JSON.stringify({
  access_token: SYNTHETIC_JWT,
  scope: GRANTED.join(" "),
  token_type: "Bearer",
  expires_in: 570,
});
const forbidden = `{"code":403,"message":"code=\\"${URN_403}\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\""}`;
const errorUri = `https://authorization.cerner.com/errors/${encodeURIComponent(URN_SCOPE)}/instances/${INSTANCE}?client=${CLIENT}&tenant=${TENANT}`;

export const CASES: RetentionCase[] = [
  {
    name: "token request and response (raw HTTP)",
    kind: "http",
    text: [
      `POST /tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token HTTP/1.1`,
      "Host: authorization.cerner.com",
      `Authorization: Basic ${btoa(`${CLIENT}:${SECRET}`)}`,
      "Content-Type: application/x-www-form-urlencoded",
      "",
      tokenBody,
      "",
      "HTTP/1.1 200 OK",
      "Content-Type: application/json",
      "Date: Mon, 28 Jul 2025 15:21:14 GMT",
      `Cerner-Correlation-Id: ${CORRELATION}`,
      "",
      tokenResponse,
    ].join("\n"),
    keep: [
      TENANT,
      CORRELATION,
      "Mon, 28 Jul 2025 15:21:14 GMT",
      "authorization.cerner.com",
      "Bearer",
      "570",
      "200",
      ...GRANTED,
    ],
    gone: [SECRET, SYNTHETIC_JWT],
  },
  {
    name: "403 from the FHIR API (curl -v)",
    kind: "curl-verbose",
    text: [
      `> GET /r4/${TENANT}/Specimen?_id=12345 HTTP/1.1`,
      "> Host: fhir-ehr-code.cerner.com",
      `> Authorization: Bearer ${SYNTHETIC_JWT}`,
      "> Accept: application/fhir+json",
      ">",
      "< HTTP/1.1 403 Forbidden",
      "< Date: Mon, 28 Jul 2025 15:22:10 GMT",
      `< X-Request-Id: ${REQUEST_ID}`,
      `< opc-request-id: ${OPC}`,
      '< WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"',
      "<",
      forbidden,
    ].join("\n"),
    keep: [
      TENANT,
      REQUEST_ID,
      OPC,
      URN_403,
      "insufficient_scope",
      "no_scope_for_resource_path",
      "403",
      "Specimen",
      "fhir-ehr-code.cerner.com",
      'realm="fhir-ehr-code.cerner.com"',
    ],
    gone: [SYNTHETIC_JWT],
  },
  {
    name: "token error with error_uri (JSON)",
    kind: "token-response",
    text: JSON.stringify({ error: "invalid_scope", error_uri: errorUri }, null, 2),
    keep: ["invalid_scope", INSTANCE, CLIENT, TENANT, encodeURIComponent(URN_SCOPE)],
    gone: [],
  },
  {
    name: "curl command with client credentials",
    kind: "curl-command",
    text: `curl -s -X POST 'https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token' -u '${CLIENT}:${SECRET}' -H 'Accept: application/json' -d 'grant_type=client_credentials&scope=${REQUESTED.join("%20")}'`,
    keep: [TENANT, CLIENT, ...REQUESTED],
    gone: [SECRET],
  },
  {
    name: "OperationOutcome (older 401 form)",
    kind: "fhir-json",
    text: JSON.stringify(
      {
        resourceType: "OperationOutcome",
        issue: [
          {
            severity: "error",
            code: "forbidden",
            diagnostics: 'Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"',
          },
        ],
      },
      null,
      2,
    ),
    // In JSON the quotes of the WWW-Authenticate value are escaped.
    keep: ["OperationOutcome", "forbidden", "insufficient_scope", 'realm=\\"fhir-ehr-code.cerner.com\\"'],
    gone: [],
  },
  {
    name: "application log lines",
    kind: "log",
    text: [
      `2025-07-28T15:21:14.101Z INFO  token request client_id=${CLIENT} scope="${REQUESTED.join(" ")}"`,
      `2025-07-28T15:21:14.320Z INFO  token granted scope="${GRANTED.join(" ")}" expires_in=570 cerner-correlation-id=${CORRELATION}`,
      `2025-07-28T15:22:10.004Z WARN  GET https://fhir-ehr-code.cerner.com/r4/${TENANT}/Specimen?_id=12345 -> 403 X-Request-Id=${REQUEST_ID_HEX} access_token=${ACCESS}`,
      `2025-07-28T15:22:10.005Z ERROR ${forbidden}`,
    ].join("\n"),
    keep: [
      CLIENT,
      CORRELATION,
      REQUEST_ID_HEX,
      TENANT,
      URN_403,
      "insufficient_scope",
      "403",
      "2025-07-28T15:22:10.004Z",
      ...REQUESTED,
    ],
    gone: [ACCESS],
  },
  {
    name: "HAR with the failing call",
    kind: "har",
    text: JSON.stringify({
      log: {
        version: "1.2",
        creator: { name: "Firefox", version: "128.0" },
        entries: [
          {
            startedDateTime: "2025-07-28T15:22:10.000Z",
            time: 95,
            request: {
              method: "GET",
              url: `https://fhir-ehr-code.cerner.com/r4/${TENANT}/Specimen?_id=12345`,
              httpVersion: "HTTP/1.1",
              headers: [
                { name: "Authorization", value: `Bearer ${SYNTHETIC_JWT}` },
                { name: "Cookie", value: `session=${SECRET}` },
              ],
              queryString: [],
              cookies: [{ name: "session", value: SECRET }],
              headersSize: -1,
              bodySize: 0,
            },
            response: {
              status: 403,
              statusText: "Forbidden",
              httpVersion: "HTTP/1.1",
              headers: [
                { name: "X-Request-Id", value: REQUEST_ID },
                { name: "opc-request-id", value: OPC },
                { name: "Date", value: "Mon, 28 Jul 2025 15:22:10 GMT" },
              ],
              cookies: [],
              content: { size: forbidden.length, mimeType: "application/json", text: forbidden },
              redirectURL: "",
              headersSize: -1,
              bodySize: forbidden.length,
            },
            cache: {},
            timings: { send: 1, wait: 90, receive: 4 },
          },
        ],
      },
    }),
    keep: [
      TENANT,
      REQUEST_ID,
      OPC,
      "Mon, 28 Jul 2025 15:22:10 GMT",
      "insufficient_scope",
      "no_scope_for_resource_path",
      "Specimen",
    ],
    gone: [SYNTHETIC_JWT, SECRET],
  },
  {
    name: "token response JSON with a JWT access token",
    kind: "token-response",
    text: tokenResponse,
    keep: ["Bearer", "570", ...GRANTED],
    gone: [SYNTHETIC_JWT],
  },
  {
    name: "a bare JWT (claims kept in the annotation)",
    kind: "jwt",
    text: SYNTHETIC_JWT,
    keep: [CLIENT, TENANT, ...GRANTED],
    gone: [SYNTHETIC_JWT],
  },
  {
    name: "plain text from the ticket",
    kind: "text",
    text: [
      `App ID: ${APP}`,
      `Client ID: ${CLIENT}`,
      `Tenant: ${TENANT}`,
      `X-Request-Id: ${REQUEST_ID}`,
      `Cerner-Correlation-Id: ${CORRELATION}`,
      `opc-request-id: ${OPC}`,
      "Timestamp (UTC): 2025-07-29T15:22:10Z",
      "We requested system/Specimen.read but the token's scope lacks it; the FHIR call returns 403 insufficient_scope.",
    ].join("\n"),
    keep: [
      APP,
      CLIENT,
      TENANT,
      REQUEST_ID,
      CORRELATION,
      OPC,
      "2025-07-29T15:22:10Z",
      "system/Specimen.read",
      "403",
      "insufficient_scope",
    ],
    gone: [],
  },
];

export interface RetentionResult {
  markdown: string;
  kept: number;
  total: number;
  lost: string[];
  leaked: string[];
}

export function evaluateRetention(
  createRedactor: MakeRedactor,
  environments: Environment[] = ["sandbox", "client-prod"],
): RetentionResult {
  const lines = [
    "| evidence | kind | environment | diagnostic values | kept | credentials | removed |",
    "|---|---|---|---:|---:|---:|---:|",
  ];
  let kept = 0;
  let total = 0;
  const lost: string[] = [];
  const leaked: string[] = [];
  for (const environment of environments) {
    for (const c of CASES) {
      let output = "";
      try {
        output = createRedactor({ environment, terms: [], restored: [] }).redact({
          id: c.name,
          kind: c.kind,
          text: c.text,
        }).text;
      } catch (e) {
        lost.push(`${c.name} (${environment}): redactor threw ${(e as Error).name}`);
      }
      const keepHere = [...new Set(c.keep)];
      const k = keepHere.filter((v) => output.includes(v));
      for (const v of keepHere)
        if (!output.includes(v))
          lost.push(`${c.name} (${environment}): \`${v.length > 70 ? v.slice(0, 70) + "…" : v}\``);
      const removed = c.gone.filter((v) => !output.includes(v));
      for (const v of c.gone) if (output.includes(v)) leaked.push(`${c.name} (${environment}): a credential survived`);
      kept += k.length;
      total += keepHere.length;
      lines.push(
        `| ${c.name} | ${c.kind} | ${environment} | ${keepHere.length} | ${k.length} | ${c.gone.length} | ${removed.length} |`,
      );
    }
  }
  lines.push(`| **all** | | | **${total}** | **${kept} (${((100 * kept) / Math.max(1, total)).toFixed(1)} %)** | | |`);
  if (lost.length) lines.push("", "Values lost:", "", ...lost.map((l) => `- ${l}`));
  if (leaked.length) lines.push("", "Credentials that survived:", "", ...leaked.map((l) => `- ${l}`));
  return { markdown: lines.join("\n"), kept, total, lost, leaked };
}
