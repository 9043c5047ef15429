// Shapes found in real forum threads pasted into tickets (test/corpora/real-artifacts, cerner-group-*): the author line
// of a quoted reply and a signature under a sign-off, with names in no word list; and a JSON Patch body whose operation
// sets a personal element ("/subscriberId", "/name/0/family"). Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("names on the lines of a letter", () => {
  it("the author line of a quoted reply (a name, an affiliation in brackets, then a greeting) loses the name", () => {
    const out = redact(
      "Patient Scopes:\n\npatient/Patient.read\n\nTamsin Quarrie (Acme)\n\nHi,\n\nIf you look at the error, it gives a correlation id.\n",
    );
    expect(out).not.toContain("Tamsin");
    expect(out).not.toContain("Quarrie");
    expect(out).toContain("(Acme)");
    expect(out).toContain("patient/Patient.read");
  });

  it("the author line of a thread copied whole (a name, then the post's date line) loses the name", () => {
    for (const date of ["Jun 22, 2020, 11:24:14 AM6/22/20", "2020-06-22 11:24", "22/06/2020, 11:24"]) {
      const out = redact(
        `to Cerner FHIR Developers\n...refresh the token.\n\nTamsin Quarrie (Acme)\n\n${date}\nto Cerner FHIR Developers\nThe expiry time is in the token response.\n`,
      );
      expect(out, date).not.toContain("Tamsin");
      expect(out, date).toContain("The expiry time is in the token response.");
    }
  });

  it("a name alone under a sign-off goes", () => {
    for (const signOff of ["Thanks in advance,", "Regards,", "Best regards,", "Thanks,"]) {
      const out = redact(`The scope is missing from the token.\n\n${signOff}\nOyelaran Kettu\n`);
      expect(out, signOff).not.toContain("Oyelaran");
      expect(out, signOff).not.toContain("Kettu");
    }
  });

  it("headings, a greeting that is not a letter's, and lines after other lines stay", () => {
    const text =
      "App Info\n\nClient Id: 80c16a4d-10a3-47bd-9eba-07c3aebc25ae\n\nStandard Scopes (Optional)\n\nlaunch\n\nRelease Notes\n\nHello world example\n\nThanks,\nthe scope list above\n";
    expect(redact(text)).toBe(text);
  });
});

describe("Markdown emphasis around a name", () => {
  it("a name in bold or italics goes like a plain one; emphasised words that are not names stay", () => {
    for (const name of ["**Martha Okafor**", "__Martha Okafor__", "*Martha Okafor*", "_Martha Okafor_"]) {
      const out = redact(`## Current test patient\n${name}\n- Has: Observation (Labs)\n`);
      expect(out, name).not.toContain("Martha");
      expect(out, name).not.toContain("Okafor");
      expect(out, name).toContain("Observation (Labs)");
    }
    const text = "- **Has**: CarePlan, Condition\n- **Missing**: Observation (Vitals)\n";
    expect(redact(text)).toBe(text);
  });
});

describe("FHIR Shorthand (FSH) assignments", () => {
  it("the values of personal elements go; systems, codes and other elements stay", () => {
    const text = [
      "Instance:       PatientExample",
      "InstanceOf:     USCorePatient",
      '* identifier.system = "http://hospital.example.org"',
      '* identifier.value = "4417730"',
      '* name.family = "Quarrie"',
      '* name.given[0] = "Tamsin"',
      '* telecom[0].value = "816-555-0143"',
      '* birthDate = "1984-07-21"',
      '* address.line = "12 Orchard Row"',
      '* address.city = "Wellsby"',
      '* address.state = "OK"',
      '* address.postalCode = "74410"',
      '* extension[us-core-ethnicity].extension[text].valueString = "Hispanic or Latino"',
    ].join("\n");
    const out = redact(text);
    for (const v of ["4417730", "Quarrie", "Tamsin", "816-555-0143", "07-21", "12 Orchard Row", "Wellsby", "74410"])
      expect(out, v).not.toContain(v);
    for (const v of ["http://hospital.example.org", "USCorePatient", '"OK"', "Hispanic or Latino", "1984"])
      expect(out, v).toContain(v);
  });
});

describe("decoded token claims written as key=value in prose", () => {
  it("a person's display name, e-mail and login go; client ids, key ids and issuers stay", () => {
    const text =
      "Expected response (decoded id_token):\n`sub=tquarrie@sandboxdstu2, aud=ecbb17a2-8922-4779-9c0f-c0a12fd788f0, displayName=Tamsin Quarrie, profile=Practitioner/SMART-1234, kid=rsa1, iss=https://sb-auth.example.org/, email=tquarrie@sandboxdstu2, given_name: Tamsin; family_name: Quarrie`";
    const out = redact(text);
    for (const v of ["Tamsin", "Quarrie", "tquarrie@sandboxdstu2"]) expect(out, v).not.toContain(v);
    for (const v of ["ecbb17a2-8922-4779-9c0f-c0a12fd788f0", "kid=rsa1", "https://sb-auth.example.org/", "sub="])
      expect(out, v).toContain(v);
  });

  it("names of things stay: sub=demo, a displayName that is a role, name= of an app", () => {
    const text = "sub=demo, displayName=Demo User, name=growth-chart-app, email=";
    expect(redact(text)).toBe(text);
  });
});

describe("secrets in a Markdown table", () => {
  it("a cell after a cell naming a secret loses its value; ids, URLs and scopes in the same table stay", () => {
    const text = [
      "| Variable | Default Value | Description |",
      "|----------|---------------|-------------|",
      "| `base_url` | `http://localhost:8080` | FHIR server URL |",
      "| `client_id` | `demo-client` | OAuth client ID |",
      "| `client_secret` | `q7-harbour-lantern` | OAuth client secret |",
      "| password | hunter2 | the admin password |",
      "| `scope` | `patient/*.read` | Default OAuth scope |",
    ].join("\n");
    const out = redact(text);
    expect(out).not.toContain("q7-harbour-lantern");
    expect(out).not.toContain("hunter2");
    for (const v of ["demo-client", "http://localhost:8080", "patient/*.read", "OAuth client secret", "Default Value"])
      expect(out, v).toContain(v);
  });
});

describe("JSON Patch operations in a pasted request", () => {
  const body = (ops: string) =>
    `Content-Type - application/json-patch+json\nIf-Match - W/148-0\nbody - [\n${ops}\n]\n\nGetting below response :\n{ "code": "forbidden" }\n`;

  it("the value of an operation on a personal element goes; the path and other values stay", () => {
    const out = redact(
      body(
        [
          '  {\n    "op": "replace",\n    "path": "/subscriberId",\n    "value": "7731904"\n  },',
          '  {\n    "op": "replace",\n    "path": "/name/0/family",\n    "value": "Quarrie"\n  },',
          '  {\n    "op": "add",\n    "path": "/telecom/0/value",\n    "value": "816-555-0143"\n  },',
          '  {\n    "op": "replace",\n    "path": "/birthDate",\n    "value": "1984-07-21"\n  },',
          '  {\n    "op": "replace",\n    "path": "/class/1/name",\n    "value": "Miscellaneous Commercial Health Plan"\n  },',
          '  {\n    "op": "replace",\n    "path": "/status",\n    "value": "active"\n  }',
        ].join("\n"),
      ),
    );
    for (const v of ["7731904", "Quarrie", "816-555-0143", "07-21"]) expect(out, v).not.toContain(v);
    for (const v of [
      '"/subscriberId"',
      '"/name/0/family"',
      "Miscellaneous Commercial Health Plan",
      '"active"',
      "W/148-0",
    ])
      expect(out, v).toContain(v);
  });

  it("the same in a client domain", () => {
    const out = redact(
      body(
        '  {\n    "op": "replace",\n    "path": "/subscriberId",\n    "value": "7731904"\n  },\n  {\n    "op": "replace",\n    "path": "/status",\n    "value": "active"\n  }',
      ),
      "client-prod",
    );
    expect(out).not.toContain("7731904");
  });

  it("a JSON Patch operation that writes a whole name, address, contact point or contact loses its personal parts", () => {
    const ops = [
      '{"op":"add","path":"/name/-","value":{"use":"official","family":"Roe","given":["Jane"]}}',
      '{"op":"replace","path":"/address/0","value":{"line":["742 Evergreen Terrace"],"city":"Springfield","state":"IL"}}',
      '{"op":"add","path":"/telecom/-","value":{"system":"phone","value":"555-867-5309"}}',
      '{"op":"add","path":"/name/0/given","value":["Juniper"]}',
      '{"op":"add","path":"/contact/0","value":{"name":{"family":"Okonkwo"},"telecom":[{"system":"phone","value":"555-111-2222"}]}}',
      '{"op":"replace","path":"/active","value":false}',
    ];
    for (const env of ["sandbox", "client-prod"] as const) {
      const out = redact(`[${ops.join(",")}]`, env);
      for (const value of ["Roe", "Jane", "Evergreen", "Springfield", "867-5309", "Juniper", "Okonkwo", "111-2222"])
        expect(out).not.toContain(value);
      for (const kept of ['"use":"official"', '"state":"IL"', '"system":"phone"', '"value":false'])
        expect(out).toContain(kept);
      expect(() => JSON.parse(out)).not.toThrow();
    }
  });

  // A JSON Patch body that parses as JSON (pasted alone, or as a JSON block in a text) goes through the JSON reader.
  it("a JSON Patch body that parses as JSON loses the value of an operation on a personal element", () => {
    for (const text of [
      '[{ "op": "replace", "path": "/subscriberId", "value": "7731904" }]',
      body('  { "op": "replace", "path": "/subscriberId", "value": "7731904" }'),
    ])
      for (const env of ["sandbox", "client-prod"] as const) expect(redact(text, env)).not.toContain("7731904");
  });
});

describe("HL7 v2 fields that name a person", () => {
  // EVN-5 (operator ID, an XCN) names the person who keyed the event.
  it("providers, contacts and clinicians in TXA, DG1, PR1, ROL, PV2, IN1, CTD, RXE and RXD lose their names", () => {
    const msg = [
      "MSH|^~\\&|APP|FAC|||20240101||MDM^T02|1|P|2.5",
      "PV2|||||||||||||123^Okafor^Ngozi",
      "TXA|1|CN|TX|20240101|77^Lindqvist^Maja||||88^Brannigan^Tove|99^Castellanos^Ines",
      "DG1|1||I10^Hypertension^I10||20240101|A||||||||||55^Moreau^Adele",
      "PR1|1||0DTJ4ZZ^Appendectomy|||||61^Haddad^Samir|||62^Kowalczyk^Irena",
      "ROL|1|AD|PP|63^Tanaka^Hiroshi",
      "IN1|1|PLAN1|INS1|Acme Insurance||Vasquez^Lucia",
      "CTD|EP|Fairbanks^Odette|12 Elm Street^^Springfield^IL^62701||^PRN^PH^^1^217^5550147",
      "RXE|1|RX1|||||||||||64^Abernathy^Colm|65^Nakagawa^Emi",
      "RXD|1|RX1|20240101|1|TAB|||||66^Oyelaran^Bisi",
    ].join("\n");
    const out = redact(msg);
    for (const name of [
      "Okafor",
      "Lindqvist",
      "Brannigan",
      "Castellanos",
      "Moreau",
      "Haddad",
      "Kowalczyk",
      "Tanaka",
      "Vasquez",
      "Fairbanks",
      "Elm Street",
      "5550147",
      "Abernathy",
      "Nakagawa",
      "Oyelaran",
    ])
      expect(out).not.toContain(name);
    for (const code of ["I10^Hypertension^I10", "0DTJ4ZZ^Appendectomy", "ROL|1|AD|PP|", "MDM^T02"])
      expect(out).toContain(code);
  });

  it("the operator in EVN-5 loses family and given name; the event type stays", () => {
    const msg = [
      "MSH|^~\\&|ADTOUT|PLW|||200902110022||ADT^A01|PLW2121651|P|2.2",
      "EVN|P01|200902110022||REFAD|U451777^QUARRIE^TAMSIN",
      "PID|1||12345^^^MR||Roe^Jane||19700130|F",
    ].join("\n");
    const out = redact(msg);
    expect(out).not.toContain("QUARRIE");
    expect(out).not.toContain("TAMSIN");
    expect(out).toContain("EVN|P01|200902110022||REFAD|");
  });
});
