// Identity claims written out in prose and logs as people paste them (a decoded id_token, a userinfo answer logged by
// a client library, `console.log` of the claims object): the variants the first claim rule missed. Synthetic values,
// real shapes.
import { describe, expect, it } from "vitest";
import { findClaimValues } from "~/redaction/detectors/phi-claims";
import { growth, repeat, slicedGrowth } from "../hostile/work-meter";
import { expectRedacted as gone, redact } from "./lib/redact-text";

describe("identity claims: name variants", () => {
  it("login keys in kebab case and login_id, as key=value, YAML and JSON", () => {
    const out = redact(
      'login_id=jroe2 preferred-username: jroe7\n{"preferred-username": "jroe5", "login-id": "jroe6"}\n',
    );
    for (const login of ["jroe2", "jroe5", "jroe6", "jroe7"]) expect(out).not.toContain(login);
    expect(redact("max-login-id=12 show-user-name=true")).toBe("max-login-id=12 show-user-name=true");
  });

  it("two blanks inside the name", () => {
    gone("claims: displayName=Tamsin  Quarrie, kid=rsa1", ["Tamsin", "Quarrie"], ["kid=rsa1"]);
  });

  it("an apostrophe in the family name", () => {
    gone("given_name=Siobhan, family_name=O'Brien, aud=my-app", ["Siobhan", "O'Brien", "Brien"], ["aud=my-app"]);
  });

  it("names in capitals", () => {
    gone("got id token: family_name=QUARRIE given_name=TAMSIN scope=openid", ["QUARRIE", "TAMSIN"], ["scope=openid"]);
  });

  it("names in lower case, in a text with no capital at all", () => {
    gone("userinfo: sub=7731904, given_name=tamsin, family_name=quarrie, scope=openid fhiruser", ["tamsin", "quarrie"]);
  });

  it("givenName= and surname=", () => {
    gone(
      "givenName=Tamsin; surname=Quarrie; iss=https://auth.example.org",
      ["Tamsin", "Quarrie"],
      ["https://auth.example.org"],
    );
  });

  it("a patient's or a member's name key in a logged map", () => {
    gone(
      "{password=Tr0ub4dor3, username=jdoe, patientName=John Smith, dob=1962-03-14}",
      // A login is the person's, as under a JSON "username" key: the key stays, the value goes.
      ["John Smith", "Tr0ub4dor3", "jdoe"],
      ["username="],
    );
    gone("memberName: Tamsin Quarrie, subscriber_name=Arnold Teres", ["Tamsin", "Quarrie", "Arnold", "Teres"]);
  });

  it("preferred_username= holding a login without @", () => {
    gone(
      "sub=5d0f, preferred_username=tquarrie, fhirUser=Practitioner/12724066",
      ["tquarrie"],
      ["Practitioner/12724066"],
    );
  });

  it("a name followed by prose keeps the prose", () => {
    gone(
      "displayName=Tamsin Quarrie was returned but the scope was missing",
      ["Tamsin", "Quarrie"],
      ["the scope was missing"],
    );
  });
});

describe("identity claims: name= decided by its neighbours", () => {
  it("name: in a claims block (one claim a line)", () => {
    gone(
      "Decoded id_token:\nsub: 5d0f3c\nname: Tamsin Quarrie\nemail: tquarrie@example.org\nfhirUser: Patient/12724066\n",
      ["Tamsin", "Quarrie", "tquarrie@example.org"],
      ["Patient/12724066", "sub: 5d0f3c"],
    );
  });

  it("name in a logged claims object (util.inspect, single quotes)", () => {
    gone(
      "console.log(claims) => { sub: '5d0f3c', name: 'TAMSIN QUARRIE', given_name: 'TAMSIN', family_name: 'QUARRIE', iss: 'https://auth.example.org' }",
      ["TAMSIN", "QUARRIE"],
      ["https://auth.example.org", "sub: '5d0f3c'"],
    );
  });

  it("name: next to a patient record's keys", () => {
    gone(
      "record: patientId: p-8841, name: Tamsin Quarrie, gender: female",
      ["Tamsin", "Quarrie"],
      ["p-8841", "female"],
    );
  });

  it("name= in a JSON-ish log line of claims", () => {
    gone('userinfo {"sub":"5d0f3c","name":"Tamsin Quarrie","preferred_username":"tquarrie"}', [
      "Tamsin",
      "Quarrie",
      "tquarrie",
    ]);
  });

  it("name= alone in a log line is a thing's name and stays", () => {
    for (const text of [
      "2024-03-01 10:12:01 INFO Registered client name=Cardiac Risk scope=patient/Observation.read",
      "app name=growth-chart-app, sub=5d0f3c, aud=https://fhir.example.org/r4",
      "resource name=Patient id=12724066",
    ])
      expect(redact(text)).toBe(text);
  });

  it("names of things stay next to claims: a role, a test account, empty or null values", () => {
    for (const text of [
      "sub=demo, displayName=Demo User, name=growth-chart-app, email=",
      "sub=5d0f3c, given_name=null, family_name=undefined, name=Test Patient",
      "preferred_username=admin, sub=portal",
    ])
      expect(redact(text)).toBe(text);
  });
});

describe("identity claims on hostile input", () => {
  for (const unit of ["name=Jane  ", "sub=x name: 'A ", "given_name=", "family_name=O'", "name=a\tb\t", "email=@"]) {
    it(`'${unit}' repeated: linear work and slices`, () => {
      const run = (t: string) => findClaimValues(t, []);
      expect(growth(repeat(unit), run, 8_000)).toBeLessThan(5);
      expect(slicedGrowth(repeat(unit), run, 8_000)).toBeLessThan(5);
    });
  }
});
