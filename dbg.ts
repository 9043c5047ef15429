import { readFileSync } from "node:fs";
import { factsOf, diagnose } from "~/diagnosis/diagnose";
const c = process.argv[2];
const text = readFileSync(`test/fixtures/diagnosis/real/${c}/evidence.txt`, "utf8");
const f = factsOf({ evidence: [{ id: "e", text }] });
console.log(JSON.stringify({ errors: f.errors, requested: f.requested.map((r) => [r.source.location, r.scopes.map((s) => s.normalised)]), granted: f.granted.map((r) => [r.source.location, r.scopes.map((s) => s.normalised)]), requests: f.requests.map((r) => [r.source.location, r.interaction.describe, r.status, r.errors.length]), tokenRequests: f.tokenRequests, statements: f.statements, appType: f.appType }, null, 1).slice(0, 5000));
const d = diagnose({ evidence: [{ id: "e", text }] });
console.log(d.summary, d.findings.map((x) => x.code + ": " + x.title));
