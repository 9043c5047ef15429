// Evidence as it reaches a ticket through e-mail, chat and code: a capture under "> " quote prefixes (re-wrapped by the
// mail client), HTML- or \u-escaped JSON, HTTPie / PowerShell / Python credentials, a token cut by an invisible
// character. Synthetic values in the real shapes (test/corpora/real-artifacts holds the public originals).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "e1", kind: detectKind(text), text })
    .text;

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
  it("a zero-width joiner inside an emoji sequence and a soft hyphen between words of prose stay", () => {
    const text = "Thanks \u{1F468}\u200D\u{1F4BB} see the log \u00AD below";
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
});
