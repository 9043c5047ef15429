import { describe, expect, it } from "vitest";
import {
  SANDBOX_TENANT,
  aboutSchema,
  applicationSchema,
  evidenceSchema,
  exampleSchema,
  examplesSchema,
  fieldErrors,
  problemSchema,
  ticketSchema,
} from "~/ticket/schema";

const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) =>
  result.success ? {} : fieldErrors(result.error!);

const about = {
  opnMember: "no",
  healthcareDeveloperTrack: "no",
  codeProgramMember: "yes",
  marketplacePresence: "no",
  onBehalfOfClient: "yes",
  clientName: "LifeBridge Health",
};

const application = {
  appId: "c388f6bf-1c33-4566-a5bc-249e990ea2bf",
  clientId: "b1e2a292-fbe4-460a-be33-582e572abbbe",
  appType: "system",
  smartVersion: "v1",
  environment: "client-nonprod",
  tenantId: "1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  fhirBaseUrl: "",
  requestedScopes: "",
  grantedScopes: "",
  scopesChangedAt: "",
};

const example = {
  xRequestId: "e1234567-89ab-4cde-8f12-3456789abcde",
  cernerCorrelationId: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
  opcRequestId: "",
  occurredAt: "Mon, 28 Jul 2025 15:21:14 GMT",
  method: "GET",
  url: "https://fhir-ehr-code.cerner.com/r4/1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d/Specimen?_id=123",
  status: "403",
};

describe("about you", () => {
  it("accepts four Yes/No answers and a named client", () => {
    expect(aboutSchema.safeParse(about).success).toBe(true);
  });
  it("asks for each unanswered Yes/No question by its text", () => {
    const errors = errorsOf(aboutSchema.safeParse({ ...about, opnMember: undefined, marketplacePresence: "maybe" }));
    expect(errors.opnMember).toMatch(/Answer Yes or No: are you an OPN member\?/);
    expect(errors.marketplacePresence).toMatch(/Marketplace/);
  });
  it("requires the client's name only when developing on behalf of a client", () => {
    expect(errorsOf(aboutSchema.safeParse({ ...about, clientName: "  " })).clientName).toMatch(
      /Name the Oracle Health client/,
    );
    expect(aboutSchema.safeParse({ ...about, onBehalfOfClient: "no", clientName: "" }).success).toBe(true);
  });
});

describe("application", () => {
  it("accepts the seed ticket's application", () => {
    const result = applicationSchema.safeParse(application);
    expect(result.success).toBe(true);
    expect(result.data?.fhirBaseUrl).toBeUndefined();
  });
  it("refuses an App ID that is not a UUID, and calls out a placeholder", () => {
    expect(errorsOf(applicationSchema.safeParse({ ...application, appId: "my-app" })).appId).toMatch(
      /App ID is a UUID/,
    );
    expect(errorsOf(applicationSchema.safeParse({ ...application, appId: "<app id>" })).appId).toMatch(/placeholder/);
  });
  it("refuses an App ID equal to the Client ID", () => {
    const errors = errorsOf(applicationSchema.safeParse({ ...application, clientId: application.appId.toUpperCase() }));
    expect(errors.clientId).toMatch(/equals the App ID/);
  });
  it("says a client ID that looks like a token, a Basic header or a secret is not a client ID", () => {
    const jwt = "eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
    expect(errorsOf(applicationSchema.safeParse({ ...application, clientId: jwt })).clientId).toMatch(
      /access token, not a client ID/,
    );
    expect(errorsOf(applicationSchema.safeParse({ ...application, clientId: "Basic YWJjOmRlZg==" })).clientId).toMatch(
      /credential/,
    );
    expect(
      errorsOf(applicationSchema.safeParse({ ...application, clientId: "Zq8vT2mXr4Lp9sKw3NbYc7HdJf6GaE1u" })).clientId,
    ).toMatch(/client secret/);
    expect(errorsOf(applicationSchema.safeParse({ ...application, clientId: "12345" })).clientId).toMatch(
      /client ID is a UUID/,
    );
  });
  it("requires app type, SMART version and environment from their lists", () => {
    const errors = errorsOf(
      applicationSchema.safeParse({ ...application, appType: "bulk", smartVersion: "", environment: undefined }),
    );
    expect(errors.appType).toMatch(/System, Provider or Patient/);
    expect(errors.smartVersion).toMatch(/v1 or v2/);
    expect(errors.environment).toMatch(/public sandbox or a client domain/);
  });
  it("refuses the public sandbox tenant for a client domain but accepts it for the sandbox", () => {
    expect(errorsOf(applicationSchema.safeParse({ ...application, tenantId: SANDBOX_TENANT })).tenantId).toMatch(
      /public sandbox tenant/,
    );
    expect(
      applicationSchema.safeParse({ ...application, environment: "sandbox", tenantId: SANDBOX_TENANT }).success,
    ).toBe(true);
  });
  it("accepts a FHIR base and refuses request URLs, the authorization server, legacy hosts and DSTU2", () => {
    const base = `https://fhir-ehr-code.cerner.com/r4/${application.tenantId}`;
    expect(applicationSchema.safeParse({ ...application, fhirBaseUrl: base }).success).toBe(true);
    const problem = (fhirBaseUrl: string) =>
      errorsOf(applicationSchema.safeParse({ ...application, fhirBaseUrl })).fhirBaseUrl;
    expect(problem(`${base}/Specimen/123`)).toMatch(/request URL, not the FHIR base/);
    expect(problem(`${base}/metadata`)).toMatch(/request URL/);
    expect(
      problem(
        `https://authorization.cerner.com/tenants/${application.tenantId}/protocols/oauth2/profiles/smart-v1/token`,
      ),
    ).toMatch(/authorization server/);
    expect(problem(`https://fhir-myrecord.sandboxcerner.com/r4/${application.tenantId}`)).toMatch(/legacy/);
    expect(problem(`https://fhir-ehr-code.cerner.com/dstu2/${application.tenantId}`)).toMatch(/DSTU2/);
    expect(problem(`http://fhir-ehr-code.cerner.com/r4/${application.tenantId}`)).toMatch(/https/);
    expect(problem("not a url")).toMatch(/full URL/);
  });
  it("calls a documentation page a page, and says DSTU2 or request URL before a legacy host", () => {
    const problem = (fhirBaseUrl: string) =>
      errorsOf(applicationSchema.safeParse({ ...application, fhirBaseUrl })).fhirBaseUrl;
    expect(problem("https://docs.oracle.com/en/industries/health/millennium-platform-apis/mfrap/index.html")).toMatch(
      /web page/,
    );
    expect(problem("https://fhir.cerner.com/millennium/r4/")).toMatch(/web page/);
    expect(problem("https://wiki.example.org/smart/launch.htm")).toMatch(/web page/);
    const legacy = `https://fhir-ehr.sandboxcerner.com`;
    expect(problem(`${legacy}/dstu2/${application.tenantId}`)).toMatch(/DSTU2.*legacy/);
    expect(problem(`${legacy}/r4/${application.tenantId}/Observation/12`)).toMatch(/request URL.*legacy/);
  });
  it("flags a FHIR base whose tenant differs from the tenant ID", () => {
    const errors = errorsOf(
      applicationSchema.safeParse({
        ...application,
        fhirBaseUrl: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
      }),
    );
    expect(errors.fhirBaseUrl).toMatch(/differs from the tenant ID/);
  });
  it("tells a System app that fhir-open enforces no scopes", () => {
    const errors = errorsOf(
      applicationSchema.safeParse({
        ...application,
        environment: "sandbox",
        tenantId: SANDBOX_TENANT,
        fhirBaseUrl: `https://fhir-open.cerner.com/r4/${SANDBOX_TENANT}`,
      }),
    );
    expect(errors.fhirBaseUrl).toMatch(/enforces no scopes/);
  });
  it("normalises when the scopes were changed, and refuses a time without a zone", () => {
    expect(
      applicationSchema.safeParse({ ...application, scopesChangedAt: "2025-07-28T10:00:00-05:00" }).data
        ?.scopesChangedAt,
    ).toBe("2025-07-28T15:00:00Z");
    expect(
      errorsOf(applicationSchema.safeParse({ ...application, scopesChangedAt: "2025-07-28 10:00" })).scopesChangedAt,
    ).toMatch(/no time zone/);
  });
});

describe("what happened", () => {
  const problem = {
    workflow: "client_credentials token, then GET Specimen",
    background: "",
    expected: "200",
    actual: "403",
  };
  it("accepts the three required texts and an empty background", () => {
    expect(problemSchema.safeParse(problem).data).toEqual({ ...problem, background: undefined });
  });
  it("explains each missing text", () => {
    const errors = errorsOf(problemSchema.safeParse({ ...problem, workflow: " ", actual: "" }));
    expect(errors.workflow).toMatch(/Enter the workflow or API calls/);
    expect(errors.actual).toMatch(/Quote the HTTP status and error body/);
  });
  it("sends long material to Evidence", () => {
    expect(errorsOf(problemSchema.safeParse({ ...problem, expected: "x".repeat(5001) })).expected).toMatch(
      /put long material in Evidence/,
    );
  });
});

describe("examples", () => {
  it("accepts an example and stores its HTTP date as ISO 8601 UTC, its status as a number", () => {
    const result = exampleSchema.safeParse(example);
    expect(result.data).toMatchObject({ occurredAt: "2025-07-28T15:21:14Z", status: 403, opcRequestId: undefined });
  });
  it("accepts ISO 8601 with an offset and normalises it to UTC", () => {
    expect(exampleSchema.safeParse({ ...example, occurredAt: "2025-07-29T17:22:10+02:00" }).data?.occurredAt).toBe(
      "2025-07-29T15:22:10Z",
    );
  });
  it("refuses a time without a zone, with the fix in the message", () => {
    const errors = errorsOf(exampleSchema.safeParse({ ...example, occurredAt: "2025-07-29T15:22:10" }));
    expect(errors.occurredAt).toMatch(/no time zone.*Add Z for UTC/);
  });
  it("refuses an impossible date and an unknown format", () => {
    expect(
      errorsOf(exampleSchema.safeParse({ ...example, occurredAt: "Mon, 31 Feb 2025 15:21:14 GMT" })).occurredAt,
    ).toMatch(/not a real date/);
    expect(errorsOf(exampleSchema.safeParse({ ...example, occurredAt: "yesterday" })).occurredAt).toMatch(/ISO 8601/);
  });
  it("calls the seed's correlation ID a placeholder support cannot trace", () => {
    const errors = errorsOf(
      exampleSchema.safeParse({ ...example, cernerCorrelationId: "abc12345-def6-7890-ghij-klmnopqrstuv" }),
    );
    expect(errors.cernerCorrelationId).toMatch(/placeholder.*not hexadecimal.*support cannot trace it/);
  });
  it("requires opc-request-id in /<32 hex>/<32 hex> form and calls the seed's a placeholder", () => {
    const ok = "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A";
    expect(exampleSchema.safeParse({ ...example, opcRequestId: ok }).success).toBe(true);
    const seed = errorsOf(
      exampleSchema.safeParse({ ...example, opcRequestId: "opc-4567abcd-89ef-0123-ghij-456789klmnop" }),
    );
    expect(seed.opcRequestId).toMatch(/placeholder.*\/<32 hex>\/<32 hex>/);
    expect(errorsOf(exampleSchema.safeParse({ ...example, opcRequestId: "/4B7BCF04/A326F573" })).opcRequestId).toMatch(
      /<32 hex>/,
    );
  });
  it("accepts an X-Request-Id as a UUID or 32 hex characters, nothing else", () => {
    expect(exampleSchema.safeParse({ ...example, xRequestId: "78a19072002b8651623351cfedaffe70" }).success).toBe(true);
    expect(errorsOf(exampleSchema.safeParse({ ...example, xRequestId: "req-1" })).xRequestId).toMatch(
      /UUID .* or 32 hexadecimal/,
    );
    expect(errorsOf(exampleSchema.safeParse({ ...example, xRequestId: "xxxx" })).xRequestId).toMatch(/placeholder/);
  });
  it("calls an all-zero or repeated-digit ID a dummy", () => {
    expect(
      errorsOf(exampleSchema.safeParse({ ...example, cernerCorrelationId: "00000000-0000-0000-0000-000000000000" }))
        .cernerCorrelationId,
    ).toMatch(/dummy/);
  });
  it("requires at least one of the three request identifiers", () => {
    const errors = errorsOf(exampleSchema.safeParse({ ...example, xRequestId: "", cernerCorrelationId: " " }));
    expect(errors.xRequestId).toMatch(/at least one of X-Request-Id, Cerner-Correlation-Id or opc-request-id/);
  });
  it("checks the optional method, URL and status", () => {
    const errors = errorsOf(
      exampleSchema.safeParse({ ...example, method: "FETCH", url: "Specimen?_id=1", status: "4o3" }),
    );
    expect(errors.method).toMatch(/HTTP method/);
    expect(errors.url).toMatch(/full request URL/);
    expect(errors.status).toMatch(/number such as 403/);
    expect(errorsOf(exampleSchema.safeParse({ ...example, status: "700" })).status).toMatch(/between 100 and 599/);
    expect(errorsOf(exampleSchema.safeParse({ ...example, url: "https://user:pw@fhir.example.org/r4" })).url).toMatch(
      /user name and password/,
    );
    expect(exampleSchema.safeParse({ ...example, method: "", url: "", status: "" }).success).toBe(true);
  });
  it("requires at least one example", () => {
    expect(errorsOf(examplesSchema.safeParse({ examples: [] })).examples).toMatch(/at least one example/);
  });
});

describe("evidence", () => {
  it("accepts items of known kinds and defaults the redaction terms", () => {
    expect(evidenceSchema.safeParse({ evidence: [{ id: "e1", kind: "har", text: "{}" }] }).data?.redactTerms).toEqual(
      [],
    );
  });
  it("refuses an unknown kind", () => {
    expect(
      errorsOf(evidenceSchema.safeParse({ evidence: [{ id: "e1", kind: "pcap", text: "" }] }))["evidence.0.kind"],
    ).toMatch(/kind of evidence/);
  });
});

describe("the whole ticket", () => {
  it("is the sum of the steps, with error paths that name the section", () => {
    const ticket = {
      about,
      application,
      problem: { workflow: "w", expected: "e", actual: "a" },
      examples: [example],
      evidence: [],
    };
    expect(ticketSchema.safeParse(ticket).success).toBe(true);
    const errors = errorsOf(ticketSchema.safeParse({ ...ticket, examples: [{ ...example, occurredAt: "" }] }));
    expect(errors["examples.0.occurredAt"]).toMatch(/Enter the date and time of this example/);
  });
  it("reports a wrong shape without throwing", () => {
    expect(ticketSchema.safeParse("not an object").success).toBe(false);
    expect(ticketSchema.safeParse({ about: [], application: 3 }).success).toBe(false);
  });
});

describe("cross-field rules show at the first attempt", () => {
  it("names the missing client while other answers are still missing", () => {
    const errors = errorsOf(aboutSchema.safeParse({ onBehalfOfClient: "yes" }));
    expect(errors.clientName).toMatch(/Name the Oracle Health client/);
    expect(errors.opnMember).toBeDefined();
  });
  it("flags App ID = Client ID while the app type is still missing", () => {
    const errors = errorsOf(
      applicationSchema.safeParse({ ...application, appType: undefined, clientId: application.appId }),
    );
    expect(errors.clientId).toMatch(/equals the App ID/);
    expect(errors.appType).toBeDefined();
  });
  it("asks for an identifier while the time is still missing", () => {
    const errors = errorsOf(exampleSchema.safeParse({ occurredAt: "" }));
    expect(errors.xRequestId).toMatch(/at least one of/);
    expect(errors.occurredAt).toBeDefined();
  });
  it("refuses an empty evidence item", () => {
    expect(
      errorsOf(evidenceSchema.safeParse({ evidence: [{ id: "e1", kind: "text", text: "" }] }))["evidence.0.text"],
    ).toMatch(/Paste the evidence/);
  });
});

describe("notPersonalData", () => {
  it("defaults to an empty list and trims the values the user restored, in the step and the ticket", () => {
    expect(evidenceSchema.safeParse({ evidence: [] }).data?.notPersonalData).toEqual([]);
    expect(evidenceSchema.safeParse({ evidence: [], notPersonalData: ["  Jane Doe "] }).data?.notPersonalData).toEqual([
      "Jane Doe",
    ]);
    expect(ticketSchema.shape.notPersonalData).toBe(evidenceSchema.shape.notPersonalData);
  });
  it("refuses blank, over-long and too many values", () => {
    expect(evidenceSchema.safeParse({ evidence: [], notPersonalData: ["  "] }).success).toBe(false);
    expect(evidenceSchema.safeParse({ evidence: [], notPersonalData: ["x".repeat(501)] }).success).toBe(false);
    expect(
      evidenceSchema.safeParse({ evidence: [], notPersonalData: Array.from({ length: 101 }, (_, i) => `v${i}`) })
        .success,
    ).toBe(false);
  });
});

describe("zod's own messages", () => {
  // The schema is written in zod/mini, which carries no messages of its own: without the English locale these would
  // all read "Invalid input", in the browser's error summary and in the API's field errors alike.
  it("say in English what is wrong with a field the schema gives no message for", () => {
    const errors = errorsOf(
      ticketSchema.safeParse({
        about,
        application,
        problem: { workflow: "token, then GET", expected: "200", actual: "403" },
        examples: [example],
        evidence: [{ id: "", kind: "text", text: "x" }],
        redactTerms: ["x".repeat(501), 7],
      }),
    );
    expect(errors["evidence.0.id"]).toBe("Too small: expected string to have >=1 characters");
    expect(errors["redactTerms.0"]).toBe("Too big: expected string to have <=500 characters");
    expect(errors["redactTerms.1"]).toBe("Invalid input: expected string, received number");
  });
});

describe("identifiers as people paste them", () => {
  const uuid = "0b2b1a7c-3c1d-4a6e-9b8f-1f2e3d4c5b6a";
  const opc = "/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A";
  const stored = (field: keyof typeof example, value: string) => {
    const result = exampleSchema.safeParse({ ...example, [field]: value });
    return result.success ? result.data[field] : errorsOf(result)[field];
  };

  it("takes the value out of a header line copied whole, in any case, with a colon or an equals sign", () => {
    expect(stored("xRequestId", `X-Request-Id: ${uuid}`)).toBe(uuid);
    expect(stored("xRequestId", `x-request-id=${uuid}`)).toBe(uuid);
    expect(stored("cernerCorrelationId", `Cerner-Correlation-Id:${uuid}`)).toBe(uuid);
    expect(stored("opcRequestId", `opc-request-id: ${opc}`)).toBe(opc);
  });
  it("drops quotes, backticks and a trailing comma picked up from JSON or Markdown", () => {
    expect(stored("xRequestId", `"${uuid}",`)).toBe(uuid);
    expect(stored("cernerCorrelationId", `\`${uuid}\``)).toBe(uuid);
    expect(stored("xRequestId", `'x-request-id': '${uuid}'`)).toBe(uuid);
  });
  it("reads a UUID written as a URN or in a GUID's braces", () => {
    expect(stored("cernerCorrelationId", `urn:uuid:${uuid}`)).toBe(uuid);
    const app = applicationSchema.safeParse({ ...application, appId: `{${uuid.toUpperCase()}}` });
    expect(app.success && app.data.appId).toBe(uuid.toUpperCase());
    const client = applicationSchema.safeParse({ ...application, clientId: `client_id=${application.clientId}` });
    expect(client.success && client.data.clientId).toBe(application.clientId);
  });
  it("takes a value only under the field's own name: a secret's key or another ID's header is judged whole", () => {
    for (const pasted of [`client_secret=${application.clientId}`, `"client_secret": "${application.clientId}"`]) {
      const app = applicationSchema.safeParse({ ...application, clientId: pasted });
      expect(errorsOf(app).clientId).toMatch(/credential/);
    }
    const app = applicationSchema.safeParse({ ...application, clientId: `App ID: ${application.clientId}` });
    expect(errorsOf(app).clientId).toMatch(/labelled App ID, not Client ID/);
    expect(stored("xRequestId", `Cerner-Correlation-Id: ${uuid}`)).toMatch(
      /labelled Cerner-Correlation-Id, not X-Request-Id/,
    );
    expect(stored("cernerCorrelationId", `correlation_id=${uuid}`)).toBe(uuid);
  });
  it("takes a value under its label in other words: a list item, no colon, a sentence, a script, markdown", () => {
    const app = (fields: Record<string, string>) => {
      const result = applicationSchema.safeParse({ ...application, ...fields });
      return result.success ? result.data : errorsOf(result);
    };
    const appId = application.appId;
    const clientId = application.clientId;
    expect(app({ appId: `  - Our application id ${appId}.` })).toMatchObject({ appId });
    expect(app({ appId: `(App_ID=${appId});` })).toMatchObject({ appId });
    expect(app({ clientId: `export CLIENT_ID='${clientId}'` })).toMatchObject({ clientId });
    expect(app({ clientId: `* \`system account: ${clientId}\`` })).toMatchObject({ clientId });
    expect(stored("xRequestId", `X-Request-Id →${uuid}`)).toBe(uuid);
    expect(stored("cernerCorrelationId", `the correlation id of that call was ${uuid}.`)).toBe(uuid);
    expect(stored("cernerCorrelationId", `Cerner-Correlation-Id\n${uuid}`)).toBe(uuid);
    expect(
      stored(
        "opcRequestId",
        `X-Request-Id / Cerner-Correlation-Id / opc-request-id: /${"a".repeat(32)}/${"b".repeat(32)}`,
      ),
    ).toBe(`/${"a".repeat(32)}/${"b".repeat(32)}`);
  });
  it("says which field a value labelled for another one belongs to", () => {
    const result = applicationSchema.safeParse({ ...application, appId: `• Client Id: ${application.clientId}` });
    expect(errorsOf(result).appId).toMatch(/labelled Client ID, not App ID/);
    expect(stored("opcRequestId", `x-request-id: ${uuid}`)).toMatch(/labelled X-Request-Id, not opc-request-id/);
  });
  it("takes the tenant from a URL and the correlation id from an error_uri", () => {
    const tenant = "1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    const result = applicationSchema.safeParse({
      ...application,
      tenantId: `GET https://fhir-ehr.cerner.com/r4/${tenant}/Patient?_id=1 HTTP/1.1`,
    });
    expect(result.success && result.data.tenantId).toBe(tenant);
    const uri = `https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Ax/instances/${uuid}?client=unknown&tenant=${tenant}`;
    expect(stored("cernerCorrelationId", `"error_uri": "${uri}"`)).toBe(uuid);
  });
  it("calls shell, batch and documentation variables placeholders, in an ID field or a URL", () => {
    for (const value of ["$CLIENT_ID", "${CLIENT_ID}", "%CLIENT_ID%"]) {
      const result = applicationSchema.safeParse({ ...application, clientId: value });
      expect(errorsOf(result).clientId).toMatch(/placeholder/);
    }
    expect(stored("url", "https://fhir-ehr.cerner.com/r4/{tenant_id}/Patient/{id}")).toMatch(/variable/);
  });
  it("reads a status from a note that names one, an OCI opc-request-id, and Yes or No in any case", () => {
    expect(stored("status", "we get a 403 back")).toBe(403);
    expect(stored("status", '"status": 422,')).toBe(422);
    expect(stored("status", "got 401 at first, then 403")).toMatch(/more than one status/);
    const oci = `${"A".repeat(32)}/${"B".repeat(32)}/${"C".repeat(32)}`;
    expect(stored("opcRequestId", `opc-request-id: ${oci}`)).toBe(oci);
    const about = aboutSchema.safeParse({
      opnMember: "Yes",
      healthcareDeveloperTrack: " NO ",
      codeProgramMember: "no",
      marketplacePresence: "No",
      onBehalfOfClient: "no",
    });
    expect(about.success && about.data).toMatchObject({ opnMember: "yes", healthcareDeveloperTrack: "no" });
  });
  it("reads the one status of a log line, not its clock's milliseconds, a size in B nor the code expected", () => {
    expect(stored("status", "12:01:44,512 token call → 403")).toBe(403);
    expect(stored("status", "upload refused 413 after 250 B")).toBe(413);
    expect(stored("status", "_expected 201, but received 409_")).toBe(409);
    expect(stored("status", "expected 201 got 409 then 500")).toMatch(/more than one status/);
    const nginx = `2025/01/02 03:04:05 [error] 7#7: *9 upstream status 502, "/token?${"x=1&".repeat(80)}"`;
    expect(stored("status", nginx)).toBe(502);
  });
  it("reads the one URL of a sentence, a curl command or a markdown link, and refuses two", () => {
    const token =
      "https://authorization.cerner.com/tenants/0b2b1a7c-3c1d-4a6e-9b8f-1f2e3d4c5b6a/protocols/oauth2/token";
    expect(stored("url", `we POST to ${token}.`)).toBe(token);
    expect(stored("url", `curl -sS -X POST "${token}" -H 'Accept: application/json'`)).toBe(token);
    expect(stored("url", `the [token endpoint](${token}) answers`)).toBe(token);
    expect(stored("url", `${token}\ngrant_type=client_credentials&redirect_uri=https%3A%2F%2Fapp%2Fcb`)).toBe(token);
    expect(stored("url", `POST ${token}, redirect_uri=https://app.example/cb`)).toBe(token);
    expect(stored("url", `first ${token} then https://fhir-ehr-code.cerner.com/r4/x/Patient`)).toMatch(
      /more than one URL/,
    );
  });
  it("reads an id named inside a long log line, or below another header, and calls a variable's name a variable", () => {
    const line = `2025-01-02 03:04:05,006 - INFO - ${"call ".repeat(40)}with opc-request-id: ${opc}; headers {'opc-request-id': '${opc}'}`;
    expect(stored("opcRequestId", line)).toBe(opc);
    expect(stored("opcRequestId", `X-Request-Id: ${uuid}\nopc-request-id: ${opc}`)).toBe(opc);
    expect(
      stored(
        "opcRequestId",
        `${"a ".repeat(100)}opc-request-id: ${opc}; opc-request-id: /${"C".repeat(32)}/${"D".repeat(32)}`,
      ),
    ).toMatch(/opc-request-id looks like/);
    const app = (clientId: string) => errorsOf(applicationSchema.safeParse({ ...application, clientId })).clientId;
    expect(app("* ORACLE_CLIENT_ID")).toMatch(/name of a variable/);
    expect(app("we export CERNER_CLIENT_ID in the CI settings")).toMatch(/name of a variable/);
  });
  it("still calls a placeholder a placeholder when it comes with its header name", () => {
    expect(stored("xRequestId", "X-Request-Id: <X-Request-Id>")).toMatch(/placeholder/);
    expect(stored("xRequestId", "X-Request-Id: <your request id>")).toMatch(/placeholder/);
    expect(stored("cernerCorrelationId", "Cerner-Correlation-Id: abc12345-def6-7890-ghij-klmnopqrstuv")).toMatch(
      /placeholder/,
    );
    expect(stored("xRequestId", "X-Request-Id: 1234")).toMatch(/X-Request-Id is a UUID/);
    const braces = applicationSchema.safeParse({ ...application, appId: "{app-id}" });
    expect(errorsOf(braces).appId).toMatch(/placeholder/);
  });
  it("reads a FHIR base in angle brackets or quotes", () => {
    const base = "https://fhir-ehr-code.cerner.com/r4/1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    for (const pasted of [`<${base}>`, `"${base}"`]) {
      const app = applicationSchema.safeParse({ ...application, fhirBaseUrl: pasted });
      expect(app.success && app.data.fhirBaseUrl).toBe(base);
    }
  });
  it("leaves URLs alone: a scheme is not a label", () => {
    const app = applicationSchema.safeParse({
      ...application,
      fhirBaseUrl: "https://fhir-ehr-code.cerner.com/r4/1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
    });
    expect(app.success && app.data.fhirBaseUrl).toBe(
      "https://fhir-ehr-code.cerner.com/r4/1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
    );
  });
});

describe("example requests as people paste them", () => {
  const url = "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066";
  const parsed = (fields: Record<string, string>) => {
    const result = exampleSchema.safeParse({ ...example, ...fields });
    return result.success ? result.data : errorsOf(result);
  };

  it("reads the status code out of a status line or a status with its reason", () => {
    for (const status of ["403 Forbidden", "HTTP/1.1 403 Forbidden", "HTTP/2 403", "403 - insufficient_scope", " 403 "])
      expect(parsed({ status })).toMatchObject({ status: 403 });
    // A reason phrase alone is the status it names.
    expect(parsed({ status: "Forbidden" })).toMatchObject({ status: 403 });
  });
  it("reads the URL out of a request line, angle brackets or quotes", () => {
    for (const pasted of [`GET ${url}`, `GET ${url} HTTP/1.1`, `<${url}>`, `"${url}",`])
      expect(parsed({ url: pasted })).toMatchObject({ url });
  });
  it("takes the method in any case", () => {
    expect(parsed({ method: "get" })).toMatchObject({ method: "GET" });
    expect(parsed({ method: "fetch" })).toMatchObject({ method: "Choose the HTTP method." });
  });
  it("says a URL that still holds a Postman or environment variable is not the URL as sent", () => {
    for (const pasted of [
      "{{baseUrl}}/Patient/12724066",
      "https://{{host}}/r4/{{tenant}}/Patient/1",
      "${FHIR_BASE}/Patient/1",
    ])
      expect(parsed({ url: pasted })).toMatchObject({ url: expect.stringMatching(/variable.*as it was sent/) });
  });
});

describe("the expected and actual results", () => {
  it("leave out the template's own heading pasted with the text", () => {
    const result = problemSchema.safeParse({
      workflow: "standalone launch, then GET Observation",
      expected: "Expected behaviour:\n  the search returns the vital signs",
      actual: "Actual Result: 403 with an empty OperationOutcome",
    });
    expect(result.data).toMatchObject({
      expected: "the search returns the vital signs",
      actual: "403 with an empty OperationOutcome",
    });
    expect(problemSchema.safeParse({ workflow: "x", expected: "Expected result:", actual: "y" }).success).toBe(false);
  });
  it("leave out an issue template's markdown heading on its own line, and keep a sentence that starts with the word", () => {
    const result = problemSchema.safeParse({
      workflow: "refresh after an hour",
      expected: "### Expected Result\n\na new access token",
      actual: "__Actual behavior__\ninvalid_grant",
    });
    expect(result.data).toMatchObject({ expected: "a new access token", actual: "invalid_grant" });
    const sentence = problemSchema.safeParse({ workflow: "x", expected: "Expected a 200", actual: "Actual 403" });
    expect(sentence.data).toMatchObject({ expected: "Expected a 200", actual: "Actual 403" });
  });
});
