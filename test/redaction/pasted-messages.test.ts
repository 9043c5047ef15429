// Evidence as it reaches a ticket through e-mail, chat and code: a capture under "> " quote prefixes (re-wrapped by the
// mail client), HTML- or \u-escaped JSON, HTTPie / PowerShell / Python credentials, a token cut by an invisible
// character. Synthetic values in the real shapes (test/corpora/real-artifacts holds the public originals).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import { redact } from "./lib/redact-text";

const JWT =
  "eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjYtMTIifQ.eyJzdWIiOiJhYmMxMjMiLCJzY29wZSI6InBhdGllbnQvT2JzZXJ2YXRpb24ucmVhZCJ9.Zk9xQm1pY3VoVGJ5Y0FyNHdHb0hZVjRkM2tNcUFlMHRVb3JLbjhnS2pxcw";
const SIGNATURE = JWT.slice(JWT.lastIndexOf(".") + 1);
const WORDY = "hunter2hunter2x";
const TOKEN = "Zq8vK2mN4pL7rT1xAbCdEfGh";
const quote = (text: string, prefix = "> ") =>
  text
    .split("\n")
    .map((l) => (l ? prefix + l : prefix.trimEnd()))
    .join("\n");

describe("a capture quoted in an e-mail reply is read as what it is", () => {
  it("a YAML block scalar under a secret key loses its value under > prefixes", () => {
    const out = redact(quote(`client_secret: |\n  ${WORDY}\nclient_id: app-123`));
    expect(out).not.toContain(WORDY);
    expect(out).toContain("> client_id: app-123");
    expect(out.split("\n").every((l) => l.startsWith(">"))).toBe(true);
  });

  it("an HL7 message under > prefixes loses the patient's name, id and birth date; MSH stays", () => {
    const msh = "MSH|^~\\&|APP|FAC|REC|RFAC|20261206||ADT^A01|MSG001|P|2.5";
    const out = redact(
      quote(`${msh}\nPID|1||884422^^^MRN||Quarrie^Tamsin||19580314|F|||12 Elm St^^Springfield^IL^62701||555-867-5309`),
    );
    for (const v of ["Quarrie", "Tamsin", "884422", "19580314", "867-5309"]) expect(out).not.toContain(v);
    expect(out).toContain(`> ${msh}`);
    expect(out).toContain("> PID|1||");
  });

  it("a nested quote (> > ) of a folded Cookie header loses the continued cookie", () => {
    const out = redact(quote(quote(`GET /r4/Patient HTTP/1.1\nCookie: sid=abcd1234efgh;\n  other=zyxw9876vuts`)));
    expect(out).not.toContain("abcd1234efgh");
    expect(out).not.toContain("zyxw9876vuts");
    expect(out).toContain("> > GET /r4/Patient HTTP/1.1");
  });

  it("facts in a quoted curl -v transcript stay: request line, status, opc-request-id, scope", () => {
    const out = redact(
      quote(
        `> GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 HTTP/1.1\n> Authorization: Bearer ${JWT}\n>\n< HTTP/1.1 403 Forbidden\n< opc-request-id: 7B1E2C3D4E5F4A6B8C9D0E1F2A3B4C5D\n< WWW-Authenticate: Bearer error="insufficient_scope", scope="patient/Patient.read"`,
      ),
    );
    expect(out).not.toContain(SIGNATURE);
    expect(out).toContain("> > GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 HTTP/1.1");
    expect(out).toContain("> < HTTP/1.1 403 Forbidden");
    expect(out).toContain("7B1E2C3D4E5F4A6B8C9D0E1F2A3B4C5D");
    expect(out).toContain('scope="patient/Patient.read"');
  });
});

describe("a token wrapped across lines loses every piece", () => {
  it("a JWT wrapped inside its payload (the next line holds the rest and the signature) loses the signature", () => {
    const out = redact(`Authorization: Bearer ${JWT.slice(0, 50)}\n${JWT.slice(50)}\n`);
    expect(out).not.toContain(SIGNATURE);
    expect(out.split("\n").length).toBe(3);
  });

  it("the same wrap under a quote prefix, and inside a JSON string", () => {
    for (const text of [
      `> Authorization: Bearer ${JWT.slice(0, 50)}\n> ${JWT.slice(50)}\n`,
      `> > Authorization: Bearer ${JWT.slice(0, 70)}\n> > ${JWT.slice(70)}\n`,
      `{"access_token": "${JWT.slice(0, 70)}\n${JWT.slice(70)}", "scope": "patient/Patient.read"}`,
    ]) {
      const out = redact(text);
      expect(out, text).not.toContain(SIGNATURE);
      expect(out, text).not.toContain(JWT.slice(70, 100));
    }
  });

  it("a curl -H argument whose quoted Bearer token wraps onto the next line loses all of it", () => {
    const out = redact(
      `Here is what I ran:\ncurl -v -H "Authorization: Bearer ${JWT.slice(0, 60)}\n${JWT.slice(60)}" https://fhir-ehr.cerner.com/r4/ec2458f2/Patient/12724066\n`,
    );
    expect(out).not.toContain(SIGNATURE);
    expect(out).toContain("https://fhir-ehr.cerner.com/r4/ec2458f2/Patient/12724066");
  });
});

describe("escaped JSON is read as JSON", () => {
  it("HTML-escaped JSON (&quot;) loses a word-like secret under its key; the scope stays", () => {
    const out = redact(
      `<pre>{&quot;access_token&quot;:&quot;${WORDY}&quot;,&quot;scope&quot;:&quot;patient/Patient.read&quot;}</pre>`,
    );
    expect(out).not.toContain(WORDY);
    expect(out).toContain("&quot;scope&quot;:&quot;patient/Patient.read&quot;");
    expect(out.startsWith("<pre>{&quot;access_token&quot;:&quot;[REDACTED:")).toBe(true);
  });

  it("\\u0022-escaped JSON loses the secret and keeps its escapes", () => {
    const out = redact(
      `{\\u0022client_secret\\u0022:\\u0022${WORDY}\\u0022,\\u0022client_id\\u0022:\\u0022app-1\\u0022}`,
    );
    expect(out).not.toContain(WORDY);
    expect(out).toContain("\\u0022client_id\\u0022:\\u0022app-1\\u0022}");
    expect(out).toMatch(/^\{\\u0022client_secret\\u0022:\\u0022\[REDACTED:[^\]]+\]\\u0022,/);
  });

  it("a line with a raw quote keeps its other HTML-escaped line readable", () => {
    const out = redact(`He said "see below".\n{&quot;refresh_token&quot;: &quot;${WORDY}&quot;}\n`);
    expect(out).not.toContain(WORDY);
    expect(out).toContain('He said "see below".');
  });

  it("HTML-escaped JSON inside a log line's raw quotes loses its token; the rest of the line stays byte for byte", () => {
    const out = redact(
      `2024-05-01 INFO body="{&quot;access_token&quot;:&quot;${TOKEN}&quot;,&quot;expires_in&quot;:3600}"`,
    );
    expect(out).not.toContain(TOKEN);
    expect(out).toMatch(
      /^2024-05-01 INFO body="\{&quot;access_token&quot;:&quot;\[REDACTED:[^\]]+\]&quot;,&quot;expires_in&quot;:3600\}"$/,
    );
  });

  it("\\u0022-escaped JSON inside raw quotes (a .NET log line) loses its token and keeps its escapes", () => {
    const out = redact(`info: Response body: "{\\u0022access_token\\u0022:\\u0022${TOKEN}\\u0022}"`);
    expect(out).not.toContain(TOKEN);
    expect(out).toMatch(/^info: Response body: "\{\\u0022access_token\\u0022:\\u0022\[REDACTED:[^\]]+\]\\u0022\}"$/);
  });

  it("escaped JSON between raw quotes still loses a patient's name the line around it shows as prose", () => {
    const out = redact(
      `2024-05-01 INFO body="{&quot;access_token&quot;:&quot;${TOKEN}&quot;,&quot;patient&quot;:&quot;John Smith&quot;}"`,
    );
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain("John");
    expect(out.endsWith('&quot;}"')).toBe(true);
  });

  it("a client secret and a password in escaped JSON between raw quotes both go", () => {
    const out = redact(
      `2024-05-01 INFO body="{&quot;client_secret&quot;:&quot;hunter2&quot;,&quot;password&quot;:&quot;${WORDY}&quot;}"`,
    );
    expect(out).not.toContain("hunter2");
    expect(out).not.toContain(WORDY);
    expect(out.startsWith('2024-05-01 INFO body="{&quot;client_secret&quot;:&quot;[REDACTED:')).toBe(true);
  });

  it("each escape form on a line is read: &#34; JSON beside a &quot; word loses both tokens", () => {
    const out = redact(
      `{&#34;access_token&#34;:&#34;${TOKEN}&#34;,&#34;refresh_token&#34;:&#34;r${TOKEN}&#34;} and &quot;x&quot;`,
    );
    expect(out).not.toContain(TOKEN);
    expect(out).toMatch(
      /^\{&#34;access_token&#34;:&#34;\[REDACTED:[^\]]+\]&#34;,&#34;refresh_token&#34;:&#34;\[REDACTED:/,
    );
    expect(out.endsWith("} and &quot;x&quot;")).toBe(true);
  });

  it("\\u0022-escaped JSON in a JSON log line's string keeps its \\u0022 escapes and loses the token", () => {
    const line = `{"level":"info","body":"{\\u0022access_token\\u0022:\\u0022${TOKEN}\\u0022,\\u0022scope\\u0022:\\u0022patient/Patient.read\\u0022}"}`;
    const out = redact(line);
    expect(out).not.toContain(TOKEN);
    expect(out.startsWith('{"level":"info","body":"{\\u0022access_token\\u0022:\\u0022[REDACTED:')).toBe(true);
    expect(out.endsWith('\\u0022scope\\u0022:\\u0022patient/Patient.read\\u0022}"}')).toBe(true);
  });
});

describe("escaped JSON in a client's production evidence", () => {
  it("a \\u0022-escaped token answer in a JSON log line loses the patient's id too, its escapes kept", () => {
    const text = `{"level":"info","body":"{\\u0022access_token\\u0022:\\u0022${TOKEN}\\u0022,\\u0022patient\\u0022:\\u002212345678\\u0022}"}`;
    const out = createRedactor({ environment: "client-prod", terms: [], restored: [] }).redact({
      id: "e1",
      kind: detectKind(text),
      text,
    }).text;
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain("12345678");
    expect(out).toMatch(/\\u0022patient\\u0022:\\u0022\[REDACTED:patient_id#1\]\\u0022\}"\}$/);
  });
});

describe("credentials in commands and code", () => {
  it("HTTPie -a user:password loses the password, -A bearer -a loses the token", () => {
    const basic = redact(
      `http -a app-client:${WORDY} POST https://auth.example.org/token grant_type=client_credentials`,
    );
    expect(basic).not.toContain(WORDY);
    expect(basic).toContain("http -a app-client:");
    expect(basic).toContain("grant_type=client_credentials");
    const bearer = redact(`http -A bearer -a ${WORDY} GET https://fhir-ehr.cerner.com/r4/x/Patient`);
    expect(bearer).not.toContain(WORDY);
    expect(bearer).toContain("GET https://fhir-ehr.cerner.com/r4/x/Patient");
    const long = redact(`http --auth-type=bearer --auth=${WORDY} https://fhir-ehr.cerner.com/r4/x/metadata`);
    expect(long).not.toContain(WORDY);
  });

  it("Chrome's Copy as cURL (cmd): a caret-escaped JSON body loses its secret; the URL and the scope stay", () => {
    const out = redact(
      `curl ^"https://authorization.cerner.com/tenants/ec2458f2/token^" ^\n  -H ^"content-type: application/json^" ^\n  --data-raw ^"^{^\\^"client_secret^\\^":^\\^"${WORDY}^\\^",^\\^"scope^\\^":^\\^"system/Patient.read^\\^"^}^"`,
    );
    expect(out).not.toContain(WORDY);
    expect(out).toContain("https://authorization.cerner.com/tenants/ec2458f2/token");
    expect(out).toContain('"scope":"system/Patient.read"');
  });

  it("Python requests auth=(client, secret) and HTTPBasicAuth lose the secret, keep the client id", () => {
    for (const code of [
      `requests.post(url, auth=("app-client", "${WORDY}"))`,
      `r = requests.post(url, auth=HTTPBasicAuth('app-client', '${WORDY}'), data=body)`,
    ]) {
      const out = redact(code);
      expect(out, code).not.toContain(WORDY);
      expect(out, code).toContain("app-client");
    }
  });

  it("PowerShell ConvertTo-SecureString loses its plain text", () => {
    for (const code of [
      `$secret = ConvertTo-SecureString "${WORDY}" -AsPlainText -Force`,
      `$appSecret = '${WORDY}' | ConvertTo-SecureString -AsPlainText -Force`,
      `$s = ConvertTo-SecureString -String "${WORDY}" -AsPlainText -Force`,
    ]) {
      const out = redact(code);
      expect(out, code).not.toContain(WORDY);
      expect(out, code).toContain("-AsPlainText -Force");
    }
  });
});

describe("a Basic credential built in code", () => {
  it("the password of a user:password string given to a base64 encoder or a credentials call goes; the user stays", () => {
    for (const code of [
      `$pair = "app-client:${WORDY}"\n$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))`,
      `$h = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("app-client:${WORDY}")) }`,
      `headers: { 'Authorization': 'Basic ' + btoa('app-client:${WORDY}') }`,
      `headers.setBasicAuth("app-client", "${WORDY}");`,
      `var cred = new NetworkCredential("app-client", "${WORDY}");`,
    ]) {
      const out = redact(code);
      expect(out, code).not.toContain(WORDY);
      expect(out, code).toContain("app-client");
    }
  });

  it("a URL or host:port string is no user:password", () => {
    const code = `auth = "https://authorization.cerner.com/tenants/x"\nb = btoa("localhost/x:1")`;
    expect(redact(code)).toBe(code);
  });
});

describe("a CSV export", () => {
  it("a field under a secret column goes; ids, scopes and URLs stay", () => {
    const out = redact(
      `client_id,client_secret,scope\napp-123,${WORDY},system/Patient.read\n"app-456","${WORDY}2","system/Observation.read"\n`,
    );
    expect(out).not.toContain(WORDY);
    expect(out).toContain("app-123,");
    expect(out).toContain(',"system/Observation.read"');
    expect(out.split("\n")[0]).toBe("client_id,client_secret,scope");
  });

  it("an Authorization column is read as the header: the scheme stays, the credential goes", () => {
    const out = redact(
      `timestamp;method;url;status;authorization\n2026-12-06T10:42:01Z;GET;https://fhir-ehr.cerner.com/r4/ec2458f2/Patient/1;403;Bearer ${WORDY}\n`,
    );
    expect(out).not.toContain(WORDY);
    expect(out).toContain(";403;Bearer [REDACTED:");
    expect(out).toContain("https://fhir-ehr.cerner.com/r4/ec2458f2/Patient/1");
  });

  it("a quoted field holding the separator and doubled quotes is one field", () => {
    const out = redact(`note,password\n"a, ""b""",${WORDY}\n`);
    expect(out).not.toContain(WORDY);
    expect(out).toContain('"a, ""b"""');
  });

  const S1 = "Zq8vK2mN4pL7rT1xAbCd";
  const S2 = "Yq8vK2mN4pL7rT1xAbCe";

  it("a quoted field holding a line break (RFC 4180) does not end the block; the notes stay", () => {
    const text = `app,client_id,client_secret,notes\nportal,abc-123,${S1},"first line\nsecond line"\nkiosk,def-456,${S2},ok\n`;
    const out = redact(text);
    expect(out).not.toContain(S1);
    expect(out).not.toContain(S2);
    expect(out).toContain(',"first line\nsecond line"\nkiosk,def-456,[REDACTED:');
    expect(out.split("\n").length).toBe(text.split("\n").length);
  });

  it("header cells that name no secret may hold any text: (UTC), #", () => {
    for (const header of ["app,client_id,client_secret,Created (UTC)", "# ,client_id,client_secret,x"]) {
      const out = redact(`${header}\nportal,abc-123,${S1},2024-05-01\nkiosk,def-456,${S2},2024-05-02\n`);
      expect(out, header).not.toContain(S1);
      expect(out, header).not.toContain(S2);
      expect(out, header).toContain(`${header}\nportal,abc-123,[REDACTED:`);
      expect(out, header).toContain("],2024-05-02\n");
    }
  });

  it("a blank line and a ragged row (one field more or fewer) do not end the block", () => {
    const blank = redact(`app,client_id,client_secret\nportal,abc-123,${S1}\n\nkiosk,def-456,${S2}\n`);
    expect(blank).not.toContain(S1);
    expect(blank).not.toContain(S2);
    expect(blank).toContain("\n\nkiosk,def-456,[REDACTED:");
    const ragged = redact(
      `app,client_id,client_secret\r\nportal,abc-123,"${S1}"\r\nkiosk,def-456,${S2},extra\r\nkiosk2,${S1}x\r\nlast,ghi-789,${S2}y\r\n`,
    );
    for (const v of [S1, S2]) expect(ragged).not.toContain(v);
    expect(ragged).toContain("],extra\r\n");
    expect(ragged).toContain("\r\nlast,ghi-789,[REDACTED:");
  });

  it("under a column that names a secret any value goes, a passphrase too; empty fields and masks stay", () => {
    const out = redact("name,secret\nportal,correcthorsebatterystaple\nkiosk,summer2024\nold,****\nnew,\n");
    expect(out).not.toContain("correcthorsebatterystaple");
    expect(out).not.toContain("summer2024");
    expect(out).toContain("\nold,****\nnew,\n");
    expect(out).toContain("\nkiosk,[REDACTED:");
  });

  it("prose after the table, a second table's header and a row far off in count end the block", () => {
    const out = redact(
      `user,password\nadmin,${S1}\nThanks for looking at this one\nhere is the rest, see the log\n\napp,client_id,client_secret\nportal,abc-123,${S2}\n`,
    );
    expect(out).not.toContain(S1);
    expect(out).not.toContain(S2);
    expect(out).toContain(
      "\nThanks for looking at this one\nhere is the rest, see the log\n\napp,client_id,client_secret\n",
    );
  });
});

describe("a CSV export of patients", () => {
  // Synthea's patients.csv layout (synthetic people), as a developer pastes an export to show what was sent.
  const SYNTHEA = [
    "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,ZIP,LAT,LON",
    "1d604da9-9a81-4ba9-80c2-de3375d59b40,1989-05-25,,999-76-6866,S99984236,X19277260X,Mr.,Milo271,Feil794,,,M,white,nonhispanic,M,Danvers  Massachusetts  US,422 Farrell Path Unit 69,Somerville,Massachusetts,Middlesex County,02143,42.36,-71.08",
  ].join("\n");

  it("the values under a person's columns go; the ids, codes and headers stay", () => {
    const out = redact(SYNTHEA);
    for (const v of [
      "1989-05-25",
      "999-76-6866",
      "S99984236",
      "X19277260X",
      "Milo271",
      "Feil794",
      "422 Farrell",
      "Somerville",
      "02143",
      "42.36",
      "-71.08",
      "Danvers",
    ])
      expect(out, v).not.toContain(v);
    expect(out.split("\n")[0]).toBe(SYNTHEA.split("\n")[0]);
    for (const v of [
      "1d604da9-9a81-4ba9-80c2-de3375d59b40,",
      ",Mr.,",
      ",white,nonhispanic,M,",
      ",Massachusetts,Middlesex County,",
    ])
      expect(out, v).toContain(v);
  });

  it("a patient list with a name and a date of birth column, and a table of apps with a name column", () => {
    const out = redact("patient_name;dob;mrn;status\nTamsin Quarrie;03/14/1962;12345678;active\n");
    for (const v of ["Tamsin", "Quarrie", "03/14/1962", "12345678"]) expect(out, v).not.toContain(v);
    expect(out).toContain(";active");
    const apps = "name,client_id,scope\ngrowth-chart,app-123,patient/Observation.read\n";
    expect(redact(apps)).toBe(apps);
  });
});

describe("a link that carries a credential in its path", () => {
  it("the token of a GitHub notification's unsubscribe link in a quoted reply goes; the issue link stays", () => {
    const out = redact(
      "> <https://github.com/acme/fhir-app/issues/17#issuecomment-636017535>, or\n> unsubscribe\n> <https://github.com/notifications/unsubscribe-auth/APYFZRUEFSVJV5LMBE43CL3RT7D6JANCNFSM4NODGSTQ>\n",
    );
    expect(out).not.toContain("APYFZRUEFSVJV5LMBE43CL3RT7D6JANCNFSM4NODGSTQ");
    expect(out).toContain("https://github.com/notifications/unsubscribe-auth/[REDACTED:");
    expect(out).toContain("https://github.com/acme/fhir-app/issues/17#issuecomment-636017535");
  });
});

describe("invisible characters do not hide a secret", () => {
  it("a zero-width space or soft hyphen inside a label or a value does not split it", () => {
    for (const text of [
      `client_sec\u200bret=${WORDY}`,
      `client_secret=${WORDY.slice(0, 7)}\u200b${WORDY.slice(7)}`,
      `Authorization: Bearer ${WORDY.slice(0, 7)}\u00ad${WORDY.slice(7)}`,
      `refresh\u2060_token: ${WORDY}`,
    ]) {
      const out = redact(text);
      expect(out, JSON.stringify(text)).not.toContain(WORDY.slice(7));
      expect(out, JSON.stringify(text)).not.toContain(WORDY.slice(0, 7));
    }
  });
});

describe("invisible characters beside punctuation or a space do not hide a value", () => {
  it("a zero-width space after a colon, before one, or after a scheme does not split the reader", () => {
    for (const text of [
      `"client_secret":\u200B"${WORDY}"`,
      `client_secret\u200B: ${WORDY}`,
      `client_secret:\u200B${WORDY}`,
      `Authorization: Bearer\u200B ${WORDY}`,
      `client\u2063secret: ${WORDY}`,
      `client_secret=\u202E${WORDY}`,
      `\uFEFFclient_secret=${WORDY}`,
    ]) {
      const out = redact(text);
      expect(out, JSON.stringify(text)).not.toContain(WORDY);
      expect(out, JSON.stringify(text)).not.toMatch(/[\u200B\u2063\u202E\uFEFF]/);
    }
  });

  it("the JSON value is the secret, not the invisible character before it: the quotes stay around a placeholder", () => {
    expect(redact(`"client_secret":\u200B"${WORDY}"`)).toMatch(/^"client_secret":"\[REDACTED:[^\]]+\]"$/);
  });

  it("a name and a phone number cut by a zero-width space after a word lose every piece", () => {
    const name = redact("Patient: John\u200B Smith DOB: 03/14/1962");
    expect(name).not.toContain("John");
    expect(name).not.toContain("Smith");
    const phone = redact("call me at (555)\u200B 867-5309 please");
    expect(phone).not.toContain("555");
    expect(phone).not.toContain("867-5309");
  });

  it("the removal is reported", () => {
    const r = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "e1",
      kind: "text",
      text: `client_secret:\u200B${WORDY}`,
    });
    expect(r.warnings.join(" ")).toMatch(/invisible characters/i);
  });
});

describe("no-break spaces copied from a web page or a mail client", () => {
  it("a no-break space after a label or a scheme does not hide the value; it reads as a space", () => {
    for (const text of [
      `client_secret:\u00A0${WORDY}`,
      `Client Secret:\u00A0\u00A0${WORDY}`,
      `Authorization:\u00A0Bearer\u00A0${WORDY}`,
    ]) {
      const out = redact(text);
      expect(out, JSON.stringify(text)).not.toContain(WORDY);
      expect(out, JSON.stringify(text)).not.toContain("\u00A0");
    }
  });
});

describe("invisible characters that hide nothing stay", () => {
  it("a zero-width joiner inside an emoji sequence stays, with its skin tone and variation selector", () => {
    const text =
      "Thanks \u{1F468}\u200D\u{1F4BB} and \u{1F469}\u{1F3FD}\u200D\u{1F52C} and \u2764\uFE0F\u200D\u{1F525} see below";
    expect(redact(text)).toBe(text);
  });
});

describe("an e-mail's header block", () => {
  it("the names in From:, To: and Cc: go; the subject and the date stay", () => {
    const out = redact(
      "-----Original Message-----\nFrom: Tamsin Quarrie <tq@acme.example>\nSent: Monday, May 05, 2026 4:08 PM\nTo: Oyelaran Kettu\nCc: Brightwater, Imogen (IT OPS); Author\nSubject: Re: 403 insufficient_scope on Patient.read\n\nSee the attached log.\n",
    );
    for (const v of ["Tamsin", "Quarrie", "tq@acme.example", "Oyelaran", "Kettu", "Brightwater", "Imogen"])
      expect(out).not.toContain(v);
    expect(out).toContain("Subject: Re: 403 insufficient_scope on Patient.read");
    expect(out).toContain("Sent: Monday, May 05, 2026 4:08 PM");
  });

  it("a block with CRLF line ends (Outlook, a .eml file) loses the names too and keeps its line ends", () => {
    const text = "From: Tamsin Quarrie\r\nSent: Monday\r\nTo: Teres, Arnold; Oakes Vantreight\r\nSubject: 403\r\n";
    const out = redact(text);
    for (const v of ["Tamsin", "Quarrie", "Teres", "Arnold", "Oakes", "Vantreight"]) expect(out).not.toContain(v);
    expect(out.split("\r\n").length).toBe(text.split("\r\n").length);
    expect(out).toContain("\r\nSent: Monday\r\n");
    expect(out).toContain("\r\nSubject: 403\r\n");
  });

  it("a team's or a shared mailbox's name stays; a person beside it goes", () => {
    const out = redact(
      "From: Tamsin Quarrie <tq@acme.example>\nTo: Support Team <support@x.com>; FHIR Developers; Oakes Vantreight\nCc: Cerner Help Desk; Oracle Health Service Desk\n",
    );
    for (const v of ["Support Team", "FHIR Developers", "Cerner Help Desk", "Oracle Health Service Desk"])
      expect(out).toContain(v);
    for (const v of ["Tamsin", "Oakes", "Vantreight"]) expect(out).not.toContain(v);
  });
});
