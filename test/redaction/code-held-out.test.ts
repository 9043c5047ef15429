// Source code as a reporter pastes it (a held-out sample of real client set-ups and patient fixtures in Python, Go,
// JavaScript, Swift, Kotlin, R, PHP, C# and Java; see test/corpora/real-artifacts, the `code-` files): the secret or
// the test patient written inline, the client id, endpoints and the code's own names kept. Written small with made-up
// values in the shapes those files have.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("a patient built in code", () => {
  it("HAPI setters and a builder chain: the family and given names go, the methods and the system stay", () => {
    const out = redact(
      "HumanName name = pat.addName();\n" +
        'name.setFamily("Quillfeather").addGiven("Ormond").addGiven("T");\n' +
        'PatientBuilder.create().family("Varnado").given("Lisette").build();\n',
    );
    gone(out, "Quillfeather", "Ormond", "Varnado", "Lisette");
    kept(out, "setFamily(", ".addGiven(", '.family("', "PatientBuilder.create()");
  });

  it("an identifier's value after its system goes; an organisation's identifier stays", () => {
    const out = redact(
      'pat.addIdentifier().setSystem("http://hospital.example/MRNs").setValue("8830412");\n' +
        "organization.getIdentifier()\n" +
        '    .add(new Identifier().setSystem("https://facility.example.org").setValue("4471902"));\n',
    );
    gone(out, "8830412");
    kept(out, "http://hospital.example/MRNs", "https://facility.example.org", "4471902");
  });

  it("a birth date in a DateType keeps its year; the postal code goes", () => {
    const out = redact(
      'p.setBirthDateElement(new DateType("1961-04-17"));\n' +
        'p.addAddress().setCity("Brackenfield").setPostalCode("40718");\n',
    );
    gone(out, "1961-04-17", "40718");
    kept(out, 'new DateType("1961', "setBirthDateElement");
  });

  it("a birth date converted inside its setter keeps its year and the format; a name read through a call stays", () => {
    const out = redact(
      'patient.setBirthDate(DateUtils.parseDate("08/03/1972", "dd/MM/yyyy"));\n' +
        'builder.withBirthDate(LocalDate.parse("1969-07-21"));\n' +
        'name.setFamily(config.get("family"));\n',
    );
    gone(out, "08/03/1972", "1969-07-21");
    kept(out, '"dd/MM/yyyy"', 'LocalDate.parse("1969', 'config.get("family")');
  });

  it("a birth date converted twice inside its setter goes; a name read through two calls stays", () => {
    const out = redact(
      'p.setBirthDate(java.sql.Date.valueOf(LocalDate.parse("1958-11-02")));\n' +
        'p.setBirthDateElement(new DateType(fmt.parse("12/09/1983")));\n' +
        'name.setFamily(new StringType(config.get("family")));\n',
    );
    gone(out, "1958-11-02", "12/09/1983");
    kept(out, 'LocalDate.parse("1958', 'config.get("family")');
  });

  it("C# object initialisers: Family, Given in a list or a collection expression, BirthDate, an identifier's Value", () => {
    const out = redact(
      "var patient = new Patient\n{\n" +
        '    Identifier = [new Identifier { System = "http://org.example/id", Value = "5520-1147" }],\n' +
        '    Name = new List<HumanName> { new() { Family = "Pemberton", Given = new List<string> { "Isolde" } } },\n' +
        '    Contact = [new HumanName { Given = ["Maren", "Ilse"], Family = "Thackery" }],\n' +
        '    BirthDate = "1984-09-23",\n};\n',
    );
    gone(out, "5520-1147", "Pemberton", "Isolde", "Maren", "Ilse", "Thackery", "1984-09-23");
    kept(out, "http://org.example/id", "new List<HumanName>", "BirthDate = ");
  });

  it("Python keyword arguments and dicts, PHP arrays and Java map puts", () => {
    const out = redact(
      "bundle = client.resources('Patient').search(family='Hollowell').first()\n" +
        "row = {'given_name': 'Tamsin', 'zip_code': '30319'}\n" +
        "$p = ['family' => 'Okonkwo-Reyes', 'birthDate' => '1990-02-11'];\n" +
        'params.put("birthDate", "1977-06-30");\n',
    );
    gone(out, "Hollowell", "Tamsin", "30319", "Okonkwo-Reyes", "1990-02-11", "1977-06-30");
    kept(out, "client.resources('Patient')", "params.put(");
  });

  it("a variable, a getter or CSS is no person: `setFamily(name)`, `font-family: 'Arial'` stay", () => {
    const out = redact(
      "name.setFamily(familyName).addGiven(givenName);\n" +
        "assertEquals(expected, patient.getNameFirstRep().getFamily());\n" +
        "body { font-family: 'Helvetica Neue'; }\n",
    );
    kept(out, "setFamily(familyName)", "addGiven(givenName)", "getFamily()", "font-family: 'Helvetica Neue'");
  });
});

describe("secrets passed and named in code", () => {
  it("OkHttp's Credentials.basic and httr's authenticate: the second string goes, the user stays", () => {
    const out = redact(
      'val credential = Credentials.basic("fhir-client", "w8Kp2mZq");\n' +
        'res <- httr::POST(url = "https://auth.example/token", httr::authenticate("fhir-client", "r7Ty3xNv"))\n',
    );
    gone(out, "w8Kp2mZq", "r7Ty3xNv");
    kept(out, "val credential = Credentials.basic(", '"fhir-client"', "https://auth.example/token");
  });

  it("code that computes or names a secret is not one: calls, members, constructors, constants", () => {
    const out = redact(
      "function generateAccessToken(){\n    $ch = curl_init();\n}\n" +
        "    $accessToken = generateAccessToken();\n" +
        "    $token = $oAuth->access_token;\n" +
        "var auth = new Auth\n{\n    Credentials = new AuthCredentials\n    {\n" +
        "API_KEY = 'c47e1b90-2a3d-4f65-8e17-d90b6a5c3e24'\n" +
        "client = AsyncFHIRClient(FHIR_URL, extra_headers={'x-api-key': API_KEY})\n",
    );
    gone(out, "c47e1b90-2a3d-4f65-8e17-d90b6a5c3e24");
    kept(
      out,
      "function generateAccessToken(){",
      "= generateAccessToken();",
      "$oAuth->access_token",
      "Credentials = new AuthCredentials",
      "'x-api-key': API_KEY",
    );
  });

  it("a JavaScript client's settings: shorthand entries and endpoint URLs stay, the literal secret goes", () => {
    const out = redact(
      'const client_id = "PFGYiBD0QfWAzxeQ7ehd5lyGYW5yGNXv"\nconst client_secret = "Hq4WnT8rLc2ZpX6v"\n\n' +
        "let config = {\n    client_id,\n    client_secret,\n" +
        "    redirect_uri: 'https://app.example.org/callback',\n" +
        "    authorization: 'https://api.example.org/oauth2/authorize',\n" +
        '    token: "https://api.example.org/oauth2/token",\n' +
        "    scope: 'patient/Patient.read',\n    response_type: 'code',\n}\n",
    );
    gone(out, "Hq4WnT8rLc2ZpX6v");
    kept(
      out,
      "PFGYiBD0QfWAzxeQ7ehd5lyGYW5yGNXv",
      "    client_secret,\n",
      "https://app.example.org/callback",
      "https://api.example.org/oauth2/authorize",
      "https://api.example.org/oauth2/token",
    );
  });
});
