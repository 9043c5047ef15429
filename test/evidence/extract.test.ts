import { describe, expect, it } from "vitest";
import { extractSuggestions, normaliseScopes } from "~/evidence/extract";
import { parseEvidence } from "~/evidence/parse";
import { detectKind } from "~/evidence/detect";
import { CLIENT_ID, CLIENT_SECRET, SANDBOX_TENANT, SEED, fixture } from "./helpers";

const suggest = (...texts: string[]) =>
  extractSuggestions(texts.map((text, i) => parseEvidence({ id: `e${i + 1}`, kind: detectKind(text), text })));

describe("extractSuggestions", () => {
  it("suggests the seed ticket's IDs, times, client, scopes and the 403 status, failures first", () => {
    const s = suggest(SEED);
    expect(s.examples).toHaveLength(2);
    const [failed, token] = s.examples;
    expect(failed.xRequestId?.value).toBe("e1234567-89ab-4cde-8f12-3456789abcde");
    expect(failed.cernerCorrelationId?.value).toBe("abc12345-def6-7890-ghij-klmnopqrstuv");
    expect(failed.opcRequestId?.value).toBe("opc-4567abcd-89ef-0123-ghij-456789klmnop");
    expect(failed.status?.value).toBe(403);
    expect(failed.occurredAt?.value).toBe("2025-07-29T15:22:10Z");
    expect(token.cernerCorrelationId?.value).toBe("5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
    expect(token.occurredAt?.value).toBe("2025-07-28T15:21:14Z");
    expect(s.clientId?.value).toBe(CLIENT_ID);
    expect(s.appId?.value).toBe("c388f6bf-1c33-4566-a5bc-249e990ea2bf");
    expect(s.grantedScopes?.value.split(" ")).toHaveLength(11);
    expect(s.grantedScopes?.value).not.toContain("Specimen");
    expect(failed.xRequestId?.source).toEqual({ itemId: "e1", location: "line 42" });
  });

  it("takes the client ID from the user part of a Basic header, never the secret", () => {
    const s = suggest(fixture("token-request.http"));
    expect(s.clientId?.value).toBe(CLIENT_ID);
    expect(JSON.stringify(s)).not.toContain(CLIENT_SECRET);
    expect(s.requestedScopes?.value).toBe("system/Specimen.read system/Patient.read system/Encounter.read");
    expect(s.grantedScopes?.value).toBe("system/Patient.read system/Encounter.read");
    expect(s.tenantId?.value).toBe(SANDBOX_TENANT);
    expect(s.examples[0]).toMatchObject({
      cernerCorrelationId: { value: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5" },
      method: { value: "POST" },
      status: { value: 200 },
      occurredAt: { value: "2025-07-28T15:21:14Z" },
    });
  });

  it("from a HAR: the failing FHIR call first, with its IDs, URL, method, status and time", () => {
    const s = suggest(fixture("session.har"));
    const [first] = s.examples;
    expect(first.status?.value).toBe(403);
    expect(first.xRequestId?.value).toBe("78a19072002b8651623351cfedaffe70");
    expect(first.opcRequestId?.value).toBe("/4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A");
    expect(first.url?.value).toBe(`https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}/Specimen?_id=12345`);
    expect(first.method?.value).toBe("GET");
    expect(first.occurredAt?.value).toBe("2025-07-29T15:22:10.101Z");
    expect(s.fhirBaseUrl?.value).toBe(`https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`);
    expect(s.clientId?.value).toBe(CLIENT_ID);
    expect(s.requestedScopes?.value).toBe("system/Specimen.read system/Patient.read");
    expect(s.grantedScopes?.value).toBe("system/Patient.read");
  });

  it("takes the correlation ID, client and tenant from a token error's error_uri", () => {
    const s = suggest(fixture("token-error.json"));
    expect(s.examples[0].cernerCorrelationId?.value).toBe("65b0a9f4-782f-49a4-947f-e0a875ce5f67");
    expect(s.tenantId?.value).toBe(SANDBOX_TENANT);
    expect(s.clientId).toBeUndefined(); // client=unknown is not a client ID
  });

  it("takes granted scopes and tenant from the token's claims when there is no token response", () => {
    const s = suggest(fixture("curl-verbose.txt"));
    expect(s.grantedScopes?.value).toBe("system/Patient.read system/Encounter.read");
    expect(s.tenantId?.value).toBe(SANDBOX_TENANT);
    expect(s.examples[0].xRequestId?.value).toBe("ecd13b72-4fde-11e9-8674-8b0a57a130fd");
    expect(s.examples[0].occurredAt?.value).toBe("2025-07-29T15:22:10Z");
  });

  it("takes requested scopes from a curl command's --data-urlencode and IDs from log lines", () => {
    expect(suggest(fixture("curl-command.sh")).requestedScopes?.value).toBe("system/Specimen.read system/Patient.read");
    const log = suggest(fixture("app.log"));
    expect(log.examples[0].xRequestId?.value).toBe("78a19072002b8651623351cfedaffe70");
    expect(log.examples[0].status?.value).toBe(403);
  });

  it("normalises scope strings from forms and escaped JSON", () => {
    expect(normaliseScopes("system%2FPatient.read+system%2FSpecimen.read")).toBe(
      "system/Patient.read system/Specimen.read",
    );
    expect(normaliseScopes("system\\/Patient.read  launch")).toBe("system/Patient.read launch");
  });
});

describe("extractSuggestions on labels in other words", () => {
  const uuid = "5d1f9a3c-2b4e-4c6d-8e0f-1a2b3c4d5e6f";
  it("reads a request ID under the forum template's combined label, a Correlation ID or an Error Instance label", () => {
    expect(suggest(`X-Request-Id / Cerner-Correlation-Id / opc-request-id: ${uuid}`).examples[0]).toMatchObject({
      xRequestId: { value: uuid },
    });
    expect(suggest(`Correlation ID:${uuid}`).examples[0]?.cernerCorrelationId?.value).toBe(uuid);
    expect(suggest(`  • Error Instance: ${uuid}`).examples[0]?.cernerCorrelationId?.value).toBe(uuid);
    expect(suggest(`The correlation id in the response was ${uuid}.`).examples[0]?.cernerCorrelationId?.value).toBe(
      uuid,
    );
  });
  it("reads Postman's `Header →value` lines", () => {
    const s = suggest(`Date →Mon, 05 Feb 2024 09:00:00 GMT\nX-Request-Id →${uuid}`);
    expect(s.examples[0]).toMatchObject({ xRequestId: { value: uuid }, occurredAt: { value: "2024-02-05T09:00:00Z" } });
  });
  it("reads a client ID after a shell export, a JS key or a query's client=", () => {
    for (const line of [`export MY_APP_CLIENT_ID="${uuid}"`, `  clientId :'${uuid}',`, `\`client=${uuid}\``])
      expect(suggest(line).clientId?.value).toBe(uuid);
    expect(suggest(`client_secret=${uuid}`).clientId).toBeUndefined();
  });
  it("reads a markdown-escaped error\\_uri, and never a cut instance, an unknown client or a mistyped tenant", () => {
    const uri = `https://authorization.cerner.com/errors/urn%3Acerner%3Aerror/instances/${uuid}?client=unknown&tenant=${SANDBOX_TENANT}x`;
    const s = suggest(`"error\\_uri": "${uri}"`);
    expect(s.examples[0]?.cernerCorrelationId?.value).toBe(uuid);
    expect(s.clientId).toBeUndefined();
    expect(s.tenantId).toBeUndefined();
    const cut = suggest(
      `callback?error_uri=https://x/errors/e/instances/4b945ceb-...?client=${uuid}&tenant=${SANDBOX_TENANT}`,
    );
    expect(cut.examples.some((e) => e.cernerCorrelationId)).toBe(false);
    expect(cut).toMatchObject({ clientId: { value: uuid }, tenantId: { value: SANDBOX_TENANT } });
  });
});

describe("granted scopes", () => {
  it("come from the token response's scope, not from the token's own claims, when both are pasted", async () => {
    const { makeJwt } = await import("./helpers");
    const token = makeJwt({
      iss: "https://authorization.cerner.com/tenants/" + SANDBOX_TENANT,
      scope: "system/Patient.read",
    });
    const response = JSON.stringify({
      access_token: token,
      scope: "system/Patient.read system/Encounter.read",
      token_type: "Bearer",
      expires_in: 570,
    });
    const item = { id: "e1", kind: detectKind(response), text: response };
    expect(extractSuggestions([parseEvidence(item)]).grantedScopes?.value).toBe(
      "system/Patient.read system/Encounter.read",
    );
  });
  it("fall back to the token's claims when no token response was pasted", async () => {
    const { makeJwt } = await import("./helpers");
    const text = `Authorization: Bearer ${makeJwt({ scope: "system/Observation.read" })}`;
    const item = { id: "e1", kind: detectKind(text), text };
    expect(extractSuggestions([parseEvidence(item)]).grantedScopes?.value).toBe("system/Observation.read");
  });

  describe("a status told in prose", () => {
    it("is the example's status when nothing else gave one", () => {
      const one = suggest(
        "X-Request-Id: 0f8e2a64-5d1b-4c7e-9a3f-2b6c8d4e1f09\nThe search keeps failing with 422 Unprocessable Entity.",
      );
      expect(one.examples).toHaveLength(1);
      expect(one.examples[0]).toMatchObject({ xRequestId: {}, status: { value: 422 } });
      const none = suggest("We post the bundle and the server answered 409 Conflict this morning.");
      expect(none.examples).toEqual([{ status: { value: 409, source: { itemId: "e1", location: "line 1" } } }]);
    });
    it("never overrides a status line, and is not guessed between two that differ or two examples", () => {
      const withLine = suggest(
        "Getting 401 Unauthorized\nHTTP/1.1 403 Forbidden\nX-Request-Id: 0f8e2a64-5d1b-4c7e-9a3f-2b6c8d4e1f09",
      );
      expect(withLine.examples.map((e) => e.status?.value)).toEqual([403]);
      expect(suggest("first a 401 Unauthorized, later a 403 Forbidden").examples).toEqual([]);
      const two = suggest(
        "X-Request-Id: 0f8e2a64-5d1b-4c7e-9a3f-2b6c8d4e1f09\nX-Request-Id: 1a2b3c4d-5d1b-4c7e-9a3f-2b6c8d4e1f09\nboth end in 403 Forbidden",
      );
      expect(two.examples.map((e) => e.status)).toEqual([undefined, undefined]);
    });
  });
});
