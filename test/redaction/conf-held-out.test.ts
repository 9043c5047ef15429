// Configuration pasted in formats beyond .env, YAML and JSON (the held-out `conf-` batch of the real-artifact corpus):
// the classes of problem its first run showed, each on short configurations of the shapes found there — a key path
// whose last segments name the secret, a namespaced key in an XML `<add>`, a plist's `<key>` before its `<string>`,
// .netrc's one-line entries, a tool's own password flags, a PEM key cut without its END line, and the facts a ticket
// needs beside them (a tool's printed stand-in for a hidden value, a certificate's serial number).
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "./lib/redact-text";

/** The output with each placeholder written as `#`: what must equal the input with its values written as `#`. */
const shapeOf = (out: string) => out.replace(/\[REDACTED:[^\]\n]+\]/g, "#");

describe("configuration formats beyond .env, YAML and JSON", () => {
  it("keeps a tool's printed stand-in for a hidden value: Terraform's (sensitive value), <sensitive>", () => {
    const plan = [
      ` resource "ovirt_host" "host" {`,
      `       id            = (known after apply)`,
      `       root_password = (sensitive value)`,
      `}`,
      `client_secret_value = <sensitive>`,
      `The field should be marked as sensitive so the output will show "(sensitive value)" instead.`,
    ].join("\n");
    expect(redact(plan)).toBe(plan);
    // …and a value printed in its place goes.
    expectRedacted(`       root_password = "Vq7fzR2mTw"`, ["Vq7fzR2mTw"], ["root_password = "]);
  });

  it("ends a private key cut without its END line at the first line that is no key body", () => {
    const properties = [
      `spring.security.oauth2.client.registration.apple.client-secret=-----BEGIN PRIVATE KEY-----setOfLetters--END PRIVATE KEY-----`,
      `spring.security.oauth2.client.registration.apple.authorization-grant-type=authorization_code`,
      `spring.security.oauth2.client.registration.apple.scope=openid, name ,email`,
      `spring.security.oauth2.client.provider.apple.token-uri=https://appleid.apple.com/auth/token`,
    ].join("\n");
    expect(shapeOf(redact(properties))).toBe(
      properties.replace("-----BEGIN PRIVATE KEY-----setOfLetters--END PRIVATE KEY-----", "#"),
    );
    // A truncated key's body lines go with it, up to the first line that is not one.
    const cut = [
      `key: |`,
      `  -----BEGIN RSA PRIVATE KEY-----`,
      `  MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun`,
      `  VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK`,
      `region: us-east-1`,
    ].join("\n");
    const out = expectRedacted(cut, ["MIIEowIBAAKCAQEAu1SU1Lf", "VTLw7onLRnrq0"], ["region: us-east-1", "key: |"]);
    expect(out.split("\n")).toHaveLength(3);
  });

  it("reads a key path by its last segments: play.http.secret.key, a namespaced ida:ClientSecret", () => {
    const hocon = [
      `play.http.secret.key = "ljungstrand pataki"`,
      `search {`,
      `  uri = "https://es7-es-http:9200/"`,
      `  cache.key = "patients-by-mrn"`,
      `}`,
    ].join("\n");
    expect(shapeOf(redact(hocon))).toBe(hocon.replace("ljungstrand pataki", "#"));
    const webConfig = [
      `<appSettings>`,
      `  <add key="ida:ClientId" value="1d3eeb32-e2bf-449e-809c-62de766987fc" />`,
      `  <add key="ida:ClientSecret" value="5y3QJA+cSydmDjmCAvA3GBpMWM61Su3yVI5cjKAN1Eh=" />`,
      `  <add key="ida:TenantId" value="b923513d-76b8-4b0c-9e9c-e230f223fbd7" />`,
      `</appSettings>`,
    ].join("\n");
    expect(shapeOf(redact(webConfig))).toBe(webConfig.replace("5y3QJA+cSydmDjmCAvA3GBpMWM61Su3yVI5cjKAN1Eh=", "#"));
  });

  it("reads a plist's <key> as the name of the <string> after it", () => {
    const plist = [
      `<plist version="1.0">`,
      `    <dict>`,
      `        <key>clientId</key>`,
      `        <string>vw5t45t45v45y3tc449b58f3</string>`,
      `        <key>clientSecret</key>`,
      `        <string>97n8v5t047tn5t7c5tcnt724r24rc2c4r2c48345le</string>`,
      `        <key>tokenURL</key>`,
      `        <string>https://login.microsoftonline.com/contoso/oauth2/v2.0/token</string>`,
      `    </dict>`,
      `</plist>`,
    ].join("\n");
    expect(shapeOf(redact(plist))).toBe(plist.replace("97n8v5t047tn5t7c5tcnt724r24rc2c4r2c48345le", "#"));
  });

  it("reads .netrc's entries written on one line: the login and the password after their words", () => {
    const netrc = [
      `machine myHost login fake_acc password FakePassword`,
      `machine fhir.example.org login jdoe password Xk9#mQ2vLp`,
      `#machine myHost login fake_acc password FakePassword`,
    ].join("\n");
    expect(shapeOf(redact(netrc))).toBe(netrc.replaceAll(/login \S+ password \S+/g, "login # password #"));
  });

  it("reads keytool's and nuget's password flags", () => {
    expectRedacted(
      "keytool -list -v -keystore keystore.jks -storepass adpadp10 -alias apiclient",
      ["adpadp10"],
      ["keytool -list -v -keystore keystore.jks -storepass ", " -alias apiclient"],
    );
    expectRedacted(
      `nuget source add -source https://pkgs.example.org/nuget -name Feed -username "ci" -password "test123"`,
      ["test123"],
      ["-source https://pkgs.example.org/nuget", `-password "`],
    );
  });

  it("keeps a certificate's serial number in a keytool listing", () => {
    const listing = [
      `Owner: CN=Labs API Client Certificate, OU=Innovation Labs`,
      `Serial number: 66bde4c0000000000aa6`,
      `Serial number: 87079ebccb53a53a`,
      `Valid from: Wed Feb 17 11:36:19 EST 2016 until: Fri Feb 16 11:36:19 EST 2018`,
    ].join("\n");
    expect(redact(listing)).toBe(listing);
  });
});
