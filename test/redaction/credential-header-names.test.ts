// Which header names hold a credential is answered in two places: redactHeaderValue (a header read with its value)
// and isCredentialHeader (printed header pairs, encoded HTTP messages). A name one of them takes for a credential and
// the other does not would leak in one reader and not in the other: this test keeps the two answers the same.
import { describe, expect, it } from "vitest";
import { isCredentialHeader, isPersonsHeader, redactHeaderValue } from "~/redaction/headers";
import { ItemContext, RedactorState } from "~/redaction/context";

const createItemContext = () =>
  new ItemContext(new RedactorState(), { environment: "sandbox", terms: [], restored: [] });

const SECRET = "sid=Zq8vLr2Tk9wXc4Hm7Pb";
// DPoP's reader replaces a proof (a compact JWS), not a setting word under the name.
const DPOP_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCJ9.eyJodG0iOiJQT1NUIn0.Zq8vLr2Tk9wXc4Hm7Pb";
const NAMES = [
  "authorization",
  "proxy-authorization",
  "dpop",
  "cookie",
  "set-cookie",
  "set-cookie2",
  "x-api-key",
  "apikey",
  "ocp-apim-subscription-key",
  "x-amz-security-token",
  "x-client-secret",
  "x-vendor-token",
  "x-session-id",
  "x-signature",
  "www-authenticate",
  "authentication-info",
  "x-request-id",
  "cerner-correlation-id",
  "access-control-allow-headers",
  "content-type",
  "accept",
  "location",
  "x-author",
];

describe("a header name taken for a credential", () => {
  it("is the same name whose value redactHeaderValue replaces", () => {
    for (const name of NAMES) {
      expect(isPersonsHeader(name)).toBe(false);
      const out = redactHeaderValue(name, name === "dpop" ? DPOP_PROOF : SECRET, createItemContext(), (v) => v);
      expect({ name, replaced: !out.includes("Zq8vLr2Tk9wXc4Hm7Pb") }).toEqual({
        name,
        replaced: isCredentialHeader(name),
      });
    }
  });

  it("covers Authorization, cookies, DPoP and API-key headers, not diagnostic ones", () => {
    for (const name of ["authorization", "proxy-authorization", "dpop", "cookie", "set-cookie2", "x-api-key"])
      expect(isCredentialHeader(name)).toBe(true);
    for (const name of ["www-authenticate", "x-request-id", "content-type", "x-author"])
      expect(isCredentialHeader(name)).toBe(false);
  });
});
