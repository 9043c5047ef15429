// A `*-signature` key sometimes holds the algorithm's name or a flag, not an HMAC: `"jwt-signature":"RS384"`,
// `data-signature: present`. Those stay, and the same word elsewhere in the ticket (the server's
// `token_endpoint_auth_signing_alg_values_supported`, an `id_token_signed_response_alg`) is not replaced (review RB, M1).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("an algorithm's name under a signature key", () => {
  it("stays in JSON, and the algorithm stays elsewhere", () => {
    const text =
      '{"jwt-signature":"RS384","token_endpoint_auth_signing_alg_values_supported":["RS384","ES384"],"id_token_signed_response_alg":"RS384"}';
    expect(redact(text)).toBe(text);
  });

  it("stays in header text (RS384, ES256, HS256, none, a flag)", () => {
    for (const value of ["RS384", "ES256", "HS256", "PS512", "EdDSA", "none", "present", "true"]) {
      const text = `x-jwt-signature: ${value}\nalg ${value} is required`;
      expect(redact(text)).toBe(text);
    }
  });

  it("an HMAC under the same keys still goes", () => {
    const hmac = "5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd";
    expect(redact(`x-jwt-signature: ${hmac}`)).not.toContain(hmac);
    expect(redact(`{"jwt-signature":"${hmac}","alg":"RS384"}`)).not.toContain(hmac);
  });
});
