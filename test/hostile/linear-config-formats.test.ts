// Hostile configuration beyond .env, YAML and JSON for the readers the `conf-` batch added or widened: private keys
// cut without their END line above a long body, .netrc entries, a property list's keys without their values, keytool's
// and NuGet's password flags, certificate serial numbers, key paths and a tool's printed stand-ins. The work (see
// work-meter.ts) grows linearly, and a secret after the run still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import { growth, LINEAR, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: detectKind(text), text })
    .text;

const SECRET = "Zq8vRt3LmW5pKx2N";
const TAIL = `\nmachine fhir.example.org login svc password ${SECRET}\n`;

describe("configuration readers on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    // Each key stops at its quote; without the remembered body every marker read the whole body below again.
    [
      "a line of BEGIN markers each cut by a quote, above a long key body",
      (n) =>
        repeat("-----BEGIN PRIVATE KEY-----' ")(n / 2) + "\n" + repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\n")(n / 2),
    ],
    ["BEGIN markers without END, each above one body line", repeat("-----BEGIN PRIVATE KEY-----\nQUJDREVG\n")],
    ["one-line .netrc entries", repeat("machine api.example.org login jdoe password hunter2x\n")],
    ["an entry's continuation lines", (n) => "machine api.example.org\n" + repeat("  login jdoe\n  account x\n")(n)],
    ["a line of netrc keywords", (n) => "machine h " + repeat("login password ")(n)],
    ["plist keys without their values", repeat("<key>clientSecret</key>\n")],
    ["plist keys never closed", repeat("<dict><key>clientSecret")],
    ["plist strings never closed", repeat("<key>clientSecret</key><string>")],
    ["keytool password flags without values", (n) => "keytool -list " + repeat("-storepass ")(n)],
    ["nuget password flags without values", (n) => "nuget sources add " + repeat("-Password ")(n)],
    ["URLs ending in a tool's name", (n) => "nuget sources add " + repeat("-Source https://h/nuget ")(n)],
    ["serial numbers beside issuer lines", repeat("Issuer: CN=ca\nSerial number: 87079ebccb53a53a\n")],
    ["serial numbers alone", repeat("Serial number: 1234567890\n")],
    ["key paths ending in .secret.key", repeat('play.http.secret.key = "a b"\n')],
    ["long key paths", (n) => repeat("a.")(n) + "secret.key = x"],
    ["printed stand-ins", repeat("root_password = (sensitive value)\n")],
    ["stand-ins never closed", repeat("password = (sensitive ")],
    ["values before their names", repeat('<add value="q8Z~kLm2Xv9pR4" key="ida:ClientSecret" />\n')],
    ["settings whose value is never closed", repeat('<setting name="ClientSecret">\n  <value>q8Z~kLm2Xv9pR4 ')],
    ["TOML multi-line strings never closed", repeat('client_secret = """\nk9Fq2LmZ\n')],
  ];
  for (const [name, make] of shapes) {
    it(`${name}: linear work, a secret after it still redacted`, () => {
      expect(growth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      const out = redact(make(64_000) + TAIL);
      expect(out).not.toContain(SECRET);
    });
  }
});
