// Shared by the evidence and redaction tests: synthetic JWTs (base64url JSON + a fake signature) and the fixtures
// of test/fixtures/evidence with their {{ACCESS_TOKEN}}-style markers filled in.
import { readFileSync } from "node:fs";

export const SANDBOX_TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
export const CLIENT_ID = "b1e2a292-fbe4-460a-be33-582e572abbbe";
export const CLIENT_SECRET = "synthetic-secret-for-tests";
export const BASIC = "YjFlMmEyOTItZmJlNC00NjBhLWJlMzMtNTgyZTU3MmFiYmJlOnN5bnRoZXRpYy1zZWNyZXQtZm9yLXRlc3Rz";

export const b64url = (value: unknown): string =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

export function makeJwt(
  claims: Record<string, unknown>,
  header: Record<string, unknown> = { alg: "RS384", typ: "JWT", kid: "synthetic" },
): string {
  return `${b64url(header)}.${b64url(claims)}.${b64url("fake-signature-" + JSON.stringify(claims).length)}`;
}

/** An Oracle Health style system access token, with person claims that must never reach the annotation. */
export const ACCESS_CLAIMS = {
  iss: `https://authorization.cerner.com/tenants/${SANDBOX_TENANT}`,
  aud: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
  sub: "synthetic-subject-4711",
  azp: CLIENT_ID,
  iat: 1753802529,
  exp: 1753803099,
  jti: "9a2c6c1e-0000-4000-8000-000000000001",
  name: "Dulcinea Toboso",
  email: "dulcinea@example.org",
  "urn:com:cerner:authorization:claims": {
    ver: "1.0",
    tnt: SANDBOX_TENANT,
    azs: "system/Patient.read system/Encounter.read",
  },
};
export const ACCESS_TOKEN = makeJwt(ACCESS_CLAIMS);

export function fixture(name: string, tokens: Record<string, string> = { ACCESS_TOKEN }): string {
  const text = readFileSync(new URL(`../fixtures/evidence/${name}`, import.meta.url), "utf8");
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (m, key: string) => tokens[key] ?? m);
}

export const SEED = readFileSync(new URL("../fixtures/seed-ticket.txt", import.meta.url), "utf8");
