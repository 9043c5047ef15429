// Review of the sixth real-report batch's readers (NAMED_REFUSAL, logged URL + status lines): wordings that only
// mention aud / redirect_uri / JWKS, other parties' audience checks, quoted documentation, a FHIR base at a host's
// root, durations and documentation links after a URL, and a paste of many logged requests. Each `it.fails` states
// the behaviour a user needs and fails today.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { readLoggedRequests } from "~/diagnosis/prose/logged-requests";

const run = (text: string): Diagnosis => diagnose({ evidence: [{ id: "e1", text }] });
const titles = (d: Diagnosis) => d.findings.filter((f) => f.code === "NAMED_REFUSAL").map((f) => f.title);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();

describe("an audience refused by someone other than the SMART authorization server", () => {
  it("does not tell a backend service to set its client assertion's aud to the FHIR base URL", () => {
    const d = run("Our system account gets invalid_client: the aud claim is invalid in the client assertion JWT.");
    expect(advice(d)).not.toContain("aud = the fhir base url");
  });

  it("does not read a JWT library's own audience check (id_token or own API) as the authorize aud", () => {
    for (const said of [
      "id_token validation fails in our app: jwt audience invalid. expected: my-client-id",
      "Our API rejects the access token with 401: invalid audience (expected api://my-api).",
    ])
      expect(titles(run(said)), said).toEqual([]);
  });

  it("does not read an audience said to be fine after all", () => {
    expect(
      titles(run("I thought aud was invalid, but it turned out fine; the actual error is invalid_scope.")),
    ).toEqual([]);
  });
});

describe("a key set merely mentioned beside another failure", () => {
  it("does not say the server could not fetch the app's JWKS when the token is what cannot be got", () => {
    const d = run(
      "We registered our JWKS URL in Code Console but we cannot get an access token; the token endpoint says invalid_client.",
    );
    expect(titles(d)).toEqual([]);
  });

  it("does not turn the app failing to fetch the server's JWKS into the server failing to fetch the app's", () => {
    const d = run(
      "Our app is unable to fetch the JWKS from https://authorization.example.org/jwk to check the id_token.",
    );
    expect(advice(d)).not.toContain("could not fetch the app's key set");
  });
});

describe("a key set whose fetch failed in the past or by the app", () => {
  it("reads no refusal from a JWKS URL said unreachable once and reachable now", () => {
    const d = run("Unrelated: our JWKS URL could not be reached from the VPN yesterday, now reachable.");
    expect(titles(d)).toEqual([]);
  });

  it("still reads the server's own words, with the TLS reason given beside them", () => {
    const d = run(
      '{"error": "invalid_client", "error_description": "Requesting the remote JWKS returned an error.\\nError: unable to verify the first certificate"}',
    );
    expect(titles(d)).toEqual(["The authorization server could not fetch the app's key set (JWKS URL)"]);
    expect(advice(d)).toContain("certificate chain");
  });

  it("reads no TLS reason from a later line about something else", () => {
    const d = run("Token request: failed to fetch the JWKS.\nOur EHR proxy says: self-signed certificate in chain");
    expect(titles(d)).toEqual(["The authorization server could not fetch the app's key set (JWKS URL)"]);
    expect(advice(d)).not.toContain("certificate chain is incomplete");
  });
});

describe("a redirect URI merely mentioned beside another failure", () => {
  it("reads no redirect_uri refusal from an authorize URL refused for its scope, or a state mismatch", () => {
    for (const said of [
      "GET https://auth.example.org/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb&scope=patient%2FFoo.read returns error_description=Invalid scope",
      "After login I'm sent to my redirect_uri with ?error=access_denied; the state does not match what I stored.",
      "The redirect_uri is https://app.example.org/cb and the token exchange returns invalid_grant: the code is invalid or expired.",
      "Our redirect URI works fine. But the patient search returns 403: the token is not valid for this resource.",
    ])
      expect(titles(run(said)), said).toEqual([]);
  });
});

describe("a redirect URI refused in the server's words", () => {
  it("still reads the refusal said before it, after its value, or as a trailing slash added to it", () => {
    for (const said of [
      "Invalid redirect uri",
      "The redirect URI 'https://app.example.org/cb/' specified in the request does not match the redirect URIs configured for the application",
      'Hello, I keep receiving the error: "Unable to validate the redirect_uri passed in."',
      "error: redirect_uri_mismatch",
    ])
      expect(titles(run(said)), said).toEqual(["The authorization server refused the redirect_uri"]);
    expect(titles(run("The library is automatically adding a trailing slash to the redirect_uri."))).toHaveLength(1);
  });
});

describe("re-authentication quoted from documentation", () => {
  it("does not read a quoted rule as the server refusing to renew the grant", () => {
    const d = run(
      "We follow the docs: 'The client should re-authenticate when the refresh token expires.' Our problem is a 403 on Observation.",
    );
    expect(titles(d)).toEqual([]);
  });
});

describe("refusals judged at each of their mentions", () => {
  it("reads an audience refused after a first mention denied", () => {
    const d = run(
      "On the sandbox it is not an invalid audience; on production the authorize request fails: Invalid audience parameter https://fhir.example.org",
    );
    expect(titles(d)).toEqual(["The authorization server refused the aud (audience) the request sent"]);
  });

  it("reads no renewal refused from a rule of the spec or an EHR's session timeout", () => {
    for (const said of [
      "Per the SMART spec, after the refresh token expires the app must re-authorize. We see 500 errors.",
      "PowerChart shows: Session timed out, you must log in again.",
    ])
      expect(titles(run(said)), said).toEqual([]);
  });

  it("still reads the server's own words", () => {
    const d = run(
      '{"error":"invalid_client","error_description":"Refresh token could not be mapped to the original authorization request. User must re-authenticate."}',
    );
    expect(titles(d)).toEqual(["The server will not renew this grant: the user must authorize again"]);
  });
});

describe("a FHIR base at a host's root", () => {
  it("does not warn that an aud with no path cannot be a FHIR base (Azure API for FHIR serves at its root)", () => {
    const d = run(
      "The authorize step fails with invalid_scope: https://login.example.org/authorize?response_type=code&client_id=abc&aud=https%3A%2F%2Fmyfhir.azurehealthcareapis.com&scope=patient%2FPatient.read",
    );
    expect(titles(d)).toEqual([]);
  });
});

describe("numbers after a URL that are not its status", () => {
  it("reads a duration as no status", () => {
    expect(readLoggedRequests(["fetched https://fhir.example.org/R4/Encounter?patient=1 - 450ms"])).toEqual([]);
  });
  it("reads a documentation link followed by the statuses it explains as no request", () => {
    const d = run("The wiki page https://docs.example.org/errors - 401 and 403 explained. Our Observation call fails.");
    expect(d.findings.map((f) => f.code)).not.toContain("INVALID_TOKEN");
  });
});

describe("numbers after a URL that are its status, or are not", () => {
  it("reads an id said after the URL as no status, and a table's status column as one", () => {
    expect(
      readLoggedRequests(["https://fhir.example.org/R4/Patient/12724066: 404 is the id we used last time"]),
    ).toEqual([]);
    expect(readLoggedRequests(["| https://fhir.example.org/R4/Patient/1 | 404 | 12ms |"]).map((r) => r.status)).toEqual(
      [404],
    );
  });
});

describe("a paste of many logged requests", () => {
  // diagnose() on 1 MB of "GET <url> - 403" lines: ~3 s at 250 KB, 27–109 s at 1 MB (addProse compares every request
  // told in words with every request already kept). The reader itself is linear but keeps every line's request.
  it("keeps a bounded number of requests from one paste", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `GET https://fhir.example.org/R4/T${i}/x - 403`);
    expect(readLoggedRequests(lines).length).toBeLessThanOrEqual(1_000);
  });
});

describe("a trailing slash told as the fix", () => {
  it("does not report a redirect_uri refused when removing the slash is said to have made it work", () => {
    for (const said of [
      "I removed the trailing slash from the redirect_uri and now it works.",
      "Solution: stripping the trailing slash in the redirect URI made the login succeed.",
    ])
      expect(titles(run(said)), said).toEqual([]);
  });

  it("does not read the slash as changed from another sentence of the line", () => {
    const d = run(
      "Invalid redirect uri https://app.example.org/cb. Separately, our proxy adds a trailing slash to every API path.",
    );
    expect(advice(d)).not.toContain("trailing slash was added or removed");
  });
});

describe("what the advice claims as documented", () => {
  const named = (d: Diagnosis) => d.findings.filter((f) => f.code === "NAMED_REFUSAL");
  it("calls a redirect URI only said to gain a slash an inference, not a quoted refusal", () => {
    const [f] = named(run("The SDK appends a trailing slash to our redirect_uri, which breaks the login."));
    expect(f.title).not.toContain("refused");
    expect(f.basis).toBe("inference");
  });

  it("does not tell Oracle Health apps to refresh before expiry as a documented rule", () => {
    const d = run('{"error":"invalid_grant","error_description":"Refresh token expired. User must re-authenticate."}');
    const f = named(d)[0];
    expect(f.nextSteps.join(" ")).not.toContain("570 seconds");
    expect(f.nextSteps.join(" ")).toContain("our inference");
    expect(f.basis).not.toBe("documented");
  });

  it("offers registering a JWK Set only where the server accepts one", () => {
    const d = run("invalid_client: could not fetch the jwks_uri registered for this client");
    expect(advice(d)).toContain("where the server's registration accepts");
  });
});
