// A webhook's signature header pasted as text holds a list: Stripe's `t=<time>,v1=<hmac>`, Standard Webhooks' (Svix)
// `v1,<base64>` (several, space-separated). The whole value goes, not only what stands before the first comma
// (review RB, H2).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

const HMAC = "5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd";
const B64 = "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
const B64_2 = "K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDDK3ts0pI4=";

describe("a webhook signature header in text", () => {
  it("Stripe-Signature loses its timestamp and every HMAC", () => {
    const out = redact(
      `Stripe-Signature: t=1492774577,v1=${HMAC},v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39\nnext line stays`,
    );
    expect(out).not.toContain(HMAC);
    expect(out).not.toContain("6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39");
    expect(out).toContain("Stripe-Signature: ");
    expect(out).toContain("next line stays");
  });

  it("Svix-Signature and webhook-signature lose every `v1,<base64>`", () => {
    for (const key of ["Svix-Signature", "webhook-signature"]) {
      const out = redact(`${key}: v1,${B64} v1,${B64_2}\nthe body was {}`);
      expect(out).not.toContain(B64);
      expect(out).not.toContain(B64_2);
      expect(out).toContain(`${key}: `);
      expect(out).toContain("the body was {}");
    }
  });
});
