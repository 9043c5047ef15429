// Shapes left over from the last rounds (README "Known limitations"): each one in general, synthetic values.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, redact } from "./lib/redact-text";

describe("a key held by a variable named only `key`", () => {
  it("a long random value assigned to it goes, in Python, JavaScript, a config line and JSON-like text", () => {
    check(
      [
        "url = 'https://fhir.example.org/r4/Patient?'",
        "key = 'Zq8XwV3nR5tY7uI9oP1aSdF2gH4jK6lQ'",
        'const KEY = "Mn4Bv6Cx8Zl0Kj2Hg4Fd6Sa8Qw0Er2Ty";',
        "key: Pl9Ok8Ij7Uh6Yg5Tf4Rd3Es2Wa1Qz0Xc",
        'client = Client(url=url, extra_headers={"x-api-key": key})',
      ].join("\n"),
      ["Zq8XwV3nR5tY7uI9oP1aSdF2gH4jK6lQ", "Mn4Bv6Cx8Zl0Kj2Hg4Fd6Sa8Qw0Er2Ty", "Pl9Ok8Ij7Uh6Yg5Tf4Rd3Es2Wa1Qz0Xc"],
      ["url = 'https://fhir.example.org/r4/Patient?'", 'extra_headers={"x-api-key": '],
    );
  });

  it("a word, a short or readable value, a path or an id under `key` stays", () => {
    for (const text of [
      "key = 'patient_id'",
      'key: "Patient/12724066"',
      "key = 'abc123'",
      "sort key = lastUpdated",
      "key = 'cache:user:12345:profile'",
      "key: PROJ-1234",
      'key = "/var/run/secrets/kubernetes.io/serviceaccount"',
    ])
      expect(redact(text)).toBe(text);
  });
});

describe("a variable as the value of a key in code's dict or object literal", () => {
  it("a code name under an ambiguous key stays; under a key that names a secret any value goes", () => {
    check(
      [
        "headers = {'auth': self.auth, 'Accept': 'application/fhir+json'}",
        'requests.post(url, data={"client_secret": mysecretvalue, "grant_type": "client_credentials"})',
        'cfg = {"password": Kq7ZrT2mWx9vB4}',
      ].join("\n"),
      ["Kq7ZrT2mWx9vB4", "mysecretvalue"],
      ["{'auth': self.auth,", '"grant_type": "client_credentials"'],
    );
  });
});

describe("a FHIR search written as code", () => {
  it("a person's search values in a client's call, a chained where() and a params dict go; the resource and the call stay", () => {
    check(
      [
        "patient0 = Patient.parse_obj(patients.search(family='Roewinkel', given=\"Jantina\").first().serialize())",
        "bundle = client.resources('Patient').where(birthdate='1961-04-17', address_city='Zwolle').fetch()",
        'r = requests.get(base + "/Patient", params={"family": "Oosterbeek", "_count": "10"})',
        "const res = await client.search({ resourceType: 'Patient', searchParams: { name: 'Vandermolen' } });",
        "search(\n    family='Kortewind',\n    _sort='-_lastUpdated',\n)",
      ].join("\n"),
      ["Roewinkel", "Jantina", "1961-04-17", "Zwolle", "Oosterbeek", "Vandermolen", "Kortewind"],
      [
        "client.resources('Patient').where(birthdate=",
        '"_count": "10"',
        "resourceType: 'Patient'",
        "_sort='-_lastUpdated'",
        ".first().serialize())",
      ],
    );
  });

  it("a variable as the value, a package's name and a search of something else stay", () => {
    for (const text of [
      "patients.search(family=family_name, given=first)",
      'setup(name="fhir-client-python", version="1.0.0")',
      "re.search(pattern, name)",
      "df.where(df.name == 'x')",
      "client.resources('Observation').search(code='8867-4', status='final')",
    ])
      expect(redact(text)).toBe(text);
  });
});

describe("a short e-mail address under an e-mail key", () => {
  it("goes whatever its domain's shape (a test form's a@a.a, an intranet's jroe@clinic)", () => {
    check(
      [
        '  Parameters: {"utf8"=>"✓", "email"=>"a@a.a", "question_body"=>"temp"}',
        "user_email: jroe@clinic",
        "EmailAddress=kl@b.c&next=/home",
        "contact e-mail: q@x",
      ].join("\n"),
      ["a@a.a", "jroe@clinic", "kl@b.c", "q@x"],
      ['"question_body"=>"temp"', "next=/home"],
    );
  });

  it("a user@host of an ssh or git address and an @ in other values stay", () => {
    for (const text of [
      "git clone git@github:org/repo.git",
      "ssh deploy@bastion -p 22",
      'remote = "git@gitlab:team/app"',
      "email: see the @support channel",
      'mail_server: "smtp@relay"',
    ])
      expect(redact(text)).toBe(text);
  });
});

describe("headers whose values are lists are no CSV table", () => {
  it("a header line naming a secret word in its list does not make the next header's list item a secret", () => {
    const text = [
      "      Request Headers:",
      "      X-Sensitive: some, secret, values",
      "      X-Other: some, other, values",
      "      Accept-Encoding: gzip, deflate, br",
    ].join("\n");
    for (const env of ["sandbox", "client-prod"] as const) expect(redact(text, env)).toBe(text);
  });

  it("a CSV whose column is named secret still loses its values", () => {
    check(
      "app,secret,owner\nportal,Zq8XwV3nR5tY7uI9oP1a,ops\n",
      ["Zq8XwV3nR5tY7uI9oP1a"],
      ["app,secret,owner", "portal,"],
    );
  });
});
