// Vendor-issued keys found by their own shape, with no key name around them (gitleaks' published formats), and the
// diagnostic values that must never be taken for one. Every token here is synthetic, assembled at run time so that
// no real-looking credential sits in the source.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const text = (t: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "v", kind: "text", text: t });

/** A deterministic run of `n` characters from `alphabet` with no long repeats (synthetic, never a real key). */
function chars(n: number, alphabet = "aB3cD4eF5gH6iJ7kL8mN9pQ2rS"): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[(i * 7 + 3) % alphabet.length];
  return out;
}
const hex = (n: number) => chars(n, "0123456789abcdef");
const upper = (n: number) => chars(n, "ABCDEFGHJKLMNPQRSTUVWXYZ234567");

const VENDOR_KEYS: Array<[string, string]> = [
  ["Anthropic", ["sk", "ant", "api03", chars(93) + "AA"].join("-")],
  ["OpenAI project key", ["sk", "proj", chars(56) + "T3Blbk" + "FJ" + chars(56)].join("-")],
  ["Stripe secret key", ["sk", "live", chars(24)].join("_")],
  ["Hugging Face", "hf" + "_" + chars(34, "abcdefghijkmnopqrstuvwxyzABCDEFGH")],
  ["GitHub PAT (classic)", "gh" + "p_" + chars(36)],
  ["GitHub OAuth", "gh" + "o_" + chars(36)],
  ["GitHub fine-grained PAT", "github" + "_pat_" + chars(82)],
  ["GitLab PAT", "gl" + "pat-" + chars(20)],
  ["Grafana service account", "gl" + "sa_" + chars(32) + "_" + hex(8)],
  ["Slack bot token", ["xo" + "xb", "1234567890123", "1234567890123", chars(24)].join("-")],
  ["1Password service account", "ops" + "_eyJ" + chars(80)],
  ["Meta page token", "EA" + "AM" + chars(120)],
  ["Azure AD client secret", "a1b" + "2Q~" + chars(34)],
  ["age secret key", "AGE-SECRET-KEY-1" + chars(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")],
  ["AWS access key id", "AK" + "IA" + upper(16)],
  ["Google API key", "AI" + "za" + chars(35)],
  ["npm token", "npm" + "_" + chars(36)],
];

describe("vendor keys with no key name around them", () => {
  it.each(VENDOR_KEYS)("%s goes, the prose around it stays", (_vendor, key) => {
    const r = text(`the build log printed ${key} before failing`);
    expect(r.text).not.toContain(key);
    expect(r.text).not.toContain(key.slice(8, 24));
    expect(r.text).toMatch(/^the build log printed \[REDACTED:[a-z_]+#1\] before failing$/);
    expect(r.findings[0]).toMatchObject({ category: "secret", restorable: false });
  });

  it("keeps a Slack webhook's host and removes its path", () => {
    const path = ["T0" + upper(7), "B0" + upper(7), chars(24)].join("/");
    const r = text(`posting to https://hooks.slack.com/services/${path}`);
    expect(r.text).toBe("posting to https://hooks.slack.com/services/[REDACTED:webhook#1]");
  });

  it("leaves placeholders and look-alikes alone: masked keys, words that merely start like a prefix", () => {
    for (const kept of [
      "HUGGINGFACE_API_TOKEN=hf_" + "x".repeat(34),
      "const API_KEY = 'rdme_" + "X".repeat(70) + "'",
      "api_org_controller = require('../../controllers/api/index').organizations", // self-contained: data
      "- (id)hf_requiredCharacteristicTypesForDisplayMetadata;",
      "TODAYINASIAASACKOFRICEFELLOVER",
      "static void GLC_CreateLightmapTextureArray(void);",
    ]) {
      expect(text(kept).text).toBe(kept);
    }
  });

  it("never takes a diagnostic value for a key", () => {
    const diagnostic = [
      "X-Request-Id: 78a19072002b8651623351cfedaffe70",
      "Cerner-Correlation-Id: 5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      "opc-request-id: /4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A",
      "client_id=b1e2a292-fbe4-460a-be33-582e572abbbe tenant ec2458f2-1e24-41c8-b71b-0e701af7583d",
      "scope=system/Patient.read system/Specimen.rs urn:cerner:error:oauth2:resource-access:insufficient-scopes",
      "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient?_id=12724066",
    ].join("\n");
    expect(text(diagnostic).text).toBe(diagnostic);
  });
});
