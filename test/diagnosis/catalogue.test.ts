// The URN catalogue: lookups across the -/_ spellings Oracle has used, the grant-stage URNs seen in public reports,
// and the decoding of URNs the catalogue does not know.
import { describe, expect, it } from "vitest";
import { ORACLE_ERROR_URNS, decodeUrn, lookupUrn } from "~/diagnosis/knowledge/urns";

describe("URN catalogue", () => {
  it("finds a URN whose last segment is spelled with - where the catalogue has _ (the live invalid-client-credentials)", () => {
    expect(lookupUrn("urn:cerner:error:authorization-server:oauth2:token:invalid-client-credentials")?.urn).toBe(
      "urn:cerner:error:authorization-server:oauth2:token:invalid_client_credentials",
    );
  });

  it("knows the grant-stage URNs seen in public reports, each with its source", () => {
    for (const urn of [
      "urn:cerner:error:authorization-server:oauth2:grant:client-persona-mismatch",
      "urn:cerner:error:authorization-server:oauth2:grant:missing-patient",
      "urn:cerner:error:authorization-server:smart-v1:grant:launch:invalid-launch-code",
    ]) {
      const entry = lookupUrn(urn);
      expect(entry, urn).not.toBeNull();
      expect(entry!.source).toMatch(/^https:\/\//);
    }
  });

  it("cites a source for every entry", () => {
    for (const e of ORACLE_ERROR_URNS) expect(e.source, e.urn).toBeTruthy();
  });

  it("decodes an unknown URN into words, by stage", () => {
    const d = decodeUrn("urn:cerner:error:authorization-server:client-assertion:jwt-bearer:invalid-signature");
    expect(d.stage).toBe("token");
    expect(d.words).toMatch(/client assertion/i);
    expect(d.words).toMatch(/invalid signature/i);
    expect(decodeUrn("urn:cerner:error:authorization-server:smart-v1:grant:launch:code-required")).toMatchObject({
      stage: "authorize",
    });
    expect(decodeUrn("urn:cerner:error:authorization-server:smart-v1:grant:launch:code-required").words).toMatch(
      /launch.*code required/i,
    );
  });
});
