// Shapes the diagnosis did not read, found in the fourth batch of public reports and in the last review's list of
// under-triggering: one group per class of wording, each a short paste in that shape — never a report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { extractTextFacts } from "~/diagnosis/extract-text";
import { findXmlOutcomes } from "~/diagnosis/xml-outcome";
import type { Diagnosis } from "~/diagnosis/types";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const FHIR = `https://fhir-ehr-code.cerner.com/r4/${TENANT}`;
const AUTHZ = `https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles`;
const AUTH_CAUSES = ["SCOPE_REQUIRED_MISSING", "SCOPE_NOT_GRANTED", "INVALID_TOKEN", "EMPTY_SCOPES", "TOKEN_EXPIRED"];

describe("a request pasted from the browser's network panel ('Request URL:' label, no method before it)", () => {
  it("reads the URL, so a DSTU2 path is told to move to R4", () => {
    const d = run(
      [
        "The app shows 'Failed to call FHIR service'.",
        `Request URL : https://fhir-ehr-code.cerner.com/dstu2/${TENANT}/Patient/12724065`,
        "X-Request-Id: 7137e0e7-a557-4a5b-a559-437e9da76d30",
      ].join("\n"),
    );
    expect(codes(d)).toContain("HOST_ENVIRONMENT_MISMATCH");
    expect(advice(d)).toContain("/r4/");
  });

  it("takes the method and the status from the 'Request Method:' and 'Status Code:' lines that follow", () => {
    const d = run(
      [
        `Request URL: ${FHIR}/Observation?patient=12724066&category=laboratory`,
        "Request Method: GET",
        "Status Code: 403 Forbidden",
      ].join("\n"),
    );
    expect(codes(d)).toContain("FAILURE_UNEXPLAINED");
    expect(advice(d)).toContain("observation.read");
  });
});

describe("the network panel's block copied with each value on the line after its label", () => {
  for (const colon of [":", ""]) {
    it(`reads the URL, method and status of 'Request URL${colon}' / value lines`, () => {
      const d = run(
        [
          `Request URL${colon}`,
          `${FHIR}/Observation?patient=12724066&category=laboratory`,
          `Request Method${colon}`,
          "GET",
          `Status Code${colon}`,
          "403 Forbidden",
          `Remote Address${colon}`,
          "52.4.1.1:443",
        ].join("\n"),
      );
      expect(codes(d)).toContain("FAILURE_UNEXPLAINED");
      expect(advice(d)).toContain("observation.read");
    });
  }

  it("takes a POST on the token endpoint and its 400 from the value lines", () => {
    const url = `https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token`;
    const facts = extractTextFacts(["Request URL:", url, "Request Method:", "POST", "Status Code:", "400 Bad Request"]);
    expect(facts.requests).toEqual([{ method: "POST", url, status: 400, line: 2 }]);
  });
});

describe("an error the server wrote, quoted and called an error", () => {
  for (const words of ["“Invalid request” error", "'Unprocessable Entity' error", '"Bad Request" response']) {
    it(`reads ${words} on a create as the request's content refused, not authorization`, () => {
      const d = run(`DocumentReference POST returns an ${words} when I upload a PDF to the R4 sandbox.`);
      expect(d.summary).not.toMatch(/^No (?:scope )?problem/i);
      expect(advice(d)).toContain("not an authorization problem");
      for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
    });
  }

  it("does not read an 'Invalid token' error as the content refused", () => {
    const d = run("Every Patient read gives an “Invalid token” error after a few minutes.");
    expect(advice(d)).not.toContain("rejected the request's content");
  });
});

describe("a refresh token said to be missing", () => {
  const said = [
    "The token call works, but refresh_token is null in the response.",
    "No refresh token returned by the token endpoint.",
    "i'm passing the scope like this but not getting refreshtoken",
    "The token response doesn't come with a refresh token.",
    'The response has "refresh_token": null and expires_in 570.',
  ];
  for (const text of said) {
    it(`reads "${text}" as the refresh failing`, () => {
      const d = run(text);
      expect(d.summary).not.toMatch(/^No (?:scope )?problem/i);
      expect(advice(d)).toContain("refresh token");
      expect(advice(d)).toMatch(/online_access|offline_access/);
    });
  }

  it("says the requested scopes hold neither online_access nor offline_access when they are known", () => {
    const d = run(
      [
        `GET ${AUTHZ}/smart-v1/personas/provider/authorize?response_type=code&scope=launch%20openid%20fhirUser%20user%2FPatient.read&aud=${encodeURIComponent(FHIR)}`,
        "Then the token exchange succeeds, but refresh_token is null.",
      ].join("\n"),
    );
    expect(advice(d)).toContain("neither online_access nor offline_access");
  });

  it("does not say so when offline_access was requested", () => {
    const d = run(
      [
        "Requested scopes: launch openid fhirUser offline_access user/Patient.read",
        "The token comes back without a refresh token.",
      ].join("\n"),
    );
    expect(advice(d)).not.toContain("neither online_access nor offline_access");
    expect(advice(d)).toContain("access type");
  });
});

describe("an unknown tenant told in words, unquoted", () => {
  for (const text of [
    `Calling ${AUTHZ}/smart-v1/personas/provider/authorize gives an unknown tenant error.`,
    `The token request to https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token fails: tenant not found.`,
  ]) {
    it(`reads "${text.slice(-40)}" as the tenant not known for the client, with the tenant ID check`, () => {
      const d = run(text);
      expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
      expect(advice(d)).toContain("tenant id");
    });
  }

  it("does not read 'this is not an unknown tenant error' as one", () => {
    const d = run(`We checked ${FHIR}: this is not an unknown tenant error, the FHIR call returns 403.`);
    expect(codes(d)).not.toContain("CLIENT_NOT_ON_TENANT");
  });
});

describe("a SMART profile percent-encoded inside another URL", () => {
  it("reads a smart-v1 authorize URL carried in redirect=… for a SMART v2 app as the profile mismatch", () => {
    const inner = encodeURIComponent(`${AUTHZ}/smart-v1/personas/provider/authorize?client_id=abc`);
    const d = run(
      `Our SMART v2 app is sent to https://authorization.cerner.com/session-api/realm/${TENANT}?redirect=${inner} and the login then fails with an error.`,
    );
    expect(codes(d)).toContain("PROFILE_VERSION_MISMATCH");
  });

  it("reads it encoded twice (%252F) too", () => {
    const inner = encodeURIComponent(encodeURIComponent(`${AUTHZ}/smart-v1/personas/provider/authorize`));
    const d = run(`SMART v2 app: https://example.org/start?next=${inner} then an error page.`);
    expect(codes(d)).toContain("PROFILE_VERSION_MISMATCH");
  });
});

describe("an XML OperationOutcome, read like the JSON one", () => {
  const request = `I call GET ${FHIR}/Observation?patient=12724066 and get:`;
  const json = `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Bearer realm=\\"fhir-ehr-code.cerner.com\\", error=\\"insufficient_scope\\""}]}`;
  const xml = [
    '<OperationOutcome xmlns="http://hl7.org/fhir">',
    "  <issue>",
    '    <severity value="error"/>',
    '    <code value="forbidden"/>',
    '    <diagnostics value="Bearer realm=&quot;fhir-ehr-code.cerner.com&quot;, error=&quot;insufficient_scope&quot;"/>',
    "  </issue>",
    "</OperationOutcome>",
  ].join("\n");

  it("an insufficient_scope challenge in diagnostics gives the same findings as the JSON body", () => {
    const fromJson = run(`${request}\n\n${json}`);
    const fromXml = run(`${request}\n\n${xml}`);
    expect(codes(fromJson).length).toBeGreaterThan(0);
    expect(codes(fromXml)).toEqual(codes(fromJson));
    expect(advice(fromXml)).toContain("observation.read");
  });

  it("on one line, with a prefix (fhir:) and single quotes", () => {
    const d = run(
      `${request}\n<fhir:OperationOutcome xmlns:fhir='http://hl7.org/fhir'><fhir:issue><fhir:severity value='error'/><fhir:code value='forbidden'/><fhir:diagnostics value='Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"'/></fhir:issue></fhir:OperationOutcome>`,
    );
    expect(advice(d)).toContain("observation.read");
  });

  it("an outcome inside an XML comment is not read", () => {
    const commented =
      '<!-- <OperationOutcome><issue><severity value="error"/><code value="invalid"/></issue></OperationOutcome> -->';
    const d = run(`${commented}\n<Patient xmlns="http://hl7.org/fhir"><id value="12724066"/></Patient>`);
    expect(advice(d)).not.toContain("rejected the request's content");
    expect(findXmlOutcomes(commented)).toEqual([]);
  });

  it("an issue's commented-out code is skipped for the real one after it", () => {
    const found = findXmlOutcomes(
      '<OperationOutcome xmlns="http://hl7.org/fhir"><issue><!-- <code value="invalid"/> --><severity value="error"/><code value="forbidden"/></issue></OperationOutcome>',
    );
    expect(found.map((o) => o.value.issue)).toEqual([[{ severity: "error", code: "forbidden" }]]);
  });

  it("'Tenant not valid or accessible' in details/text is the client not on the tenant", () => {
    const d = run(
      `${request}\n<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="forbidden"/><details><text value="Tenant not valid or accessible"/></details></issue></OperationOutcome>`,
    );
    expect(codes(d)).toContain("CLIENT_NOT_ON_TENANT");
  });

  it("an 'invalid' issue is the request's content refused, not authorization", () => {
    const d = run(
      `POST ${FHIR}/DocumentReference returned\n<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="invalid"/><details><text value="Invalid request"/></details></issue></OperationOutcome>`,
    );
    expect(advice(d)).toContain("not an authorization problem");
    for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
  });

  it("as the body of a pasted HTTP exchange (curl -v), it is that response's error", () => {
    const d = run(
      [
        `> GET /r4/${TENANT}/Observation?patient=12724066 HTTP/1.1`,
        "> Host: fhir-ehr-code.cerner.com",
        "> Accept: application/fhir+xml",
        "> Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbg",
        ">",
        "< HTTP/1.1 403 Forbidden",
        "< Content-Type: application/fhir+xml",
        "<",
        xml,
      ].join("\n"),
    );
    expect(advice(d)).toContain("observation.read");
    expect(advice(d)).not.toContain("&quot;");
  });

  it("as a response body in a HAR file, it is that response's error", () => {
    const har = {
      log: {
        version: "1.2",
        entries: [
          {
            startedDateTime: "2025-07-29T15:21:14.000Z",
            request: {
              method: "GET",
              url: `${FHIR}/Observation?patient=12724066`,
              headers: [{ name: "Accept", value: "application/fhir+xml" }],
            },
            response: {
              status: 403,
              statusText: "Forbidden",
              headers: [{ name: "Content-Type", value: "application/fhir+xml" }],
              content: { mimeType: "application/fhir+xml", text: xml },
            },
          },
        ],
      },
    };
    const d = diagnose({ evidence: [{ id: "har", kind: "har", text: JSON.stringify(har) }] });
    expect(advice(d)).toContain("observation.read");
    expect(d.findings.flatMap((f) => f.evidence.map((e) => e.excerpt)).join(" ")).toContain("insufficient_scope");
  });
});

describe("a token's signature key not found in the published key set", () => {
  for (const text of [
    "id_token validation fails: Unable to find a signing key that matches 'kid' 2026-01-02T03:04:05.678.rsa",
    "The JWT library says the kid is not present in the JWKS endpoint we cached at startup.",
    "jose error: no matching key found for kid 2026-01-02.rsa",
  ]) {
    it(`reads "${text.slice(0, 50)}…" as a rotated signing key the app has not fetched`, () => {
      const d = run(text);
      expect(d.summary).not.toMatch(/^No (?:scope )?problem/i);
      expect(advice(d)).toContain("jwks_uri");
      for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
    });
  }

  it("does not read 'we did find the key' as a failure", () => {
    const d = run("We could find the key in the JWKS, and validation works; the FHIR call is fine too.");
    expect(advice(d)).not.toContain("jwks_uri");
  });
});

describe("an app opened without its SMART launch context", () => {
  it("reads an EHR link carrying Millennium $…$ variables as a launch without iss and launch", () => {
    const d = run(
      [
        "The menu item in the EHR opens our app at",
        "https://apps.example.org/launch?PAT_PersonId=$PAT_PersonId$&VIS_EncntrId=$VIS_EncntrId$",
        "and the page stays blank.",
      ].join("\n"),
    );
    expect(advice(d)).toContain("iss");
    expect(advice(d)).toContain("launch");
  });

  it("reads 'the app is not receiving the launch context' as a launch without iss", () => {
    const d = run("Opened from the chart, the app is not receiving the launch context, so it cannot start.");
    expect(advice(d)).toContain("without iss and launch");
  });
});
