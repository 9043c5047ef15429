// Review RA of s21-A (configuration formats beyond .env, YAML and JSON): leaks and over-redaction in the same classes
// of input as the conf- batch, written in other spellings and layouts than its files. Each it.fails shows a defect.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "../redaction/lib/redact-text";

const BODY = [
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu",
  "NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ",
];
const bodyGone = (out: string) => gone(out, ...BODY.map((l) => l.slice(0, 24)));

describe("r21-a: a private key cut without END, under a line prefix or a continuation", () => {
  it("control: a bare truncated key's body goes", () => {
    bodyGone(redact(["-----BEGIN PRIVATE KEY-----", ...BODY, "region: us-east-1"].join("\n")));
  });

  // KEY_BODY_LINE took no trailing `\`: the key now stops after its BEGIN line (before: at the end), body leaks.
  it("a .properties value continued with `\\` keeps its key body", () => {
    bodyGone(redact(`jwt.signing-key=-----BEGIN PRIVATE KEY-----\\\n${BODY.join("\\\n")}\\\n`));
  });

  // Each body line carries compose's `api-1  | ` prefix: no line is body, the key stops at BEGIN's line.
  it("docker compose logs of a truncated key (`api-1  | MIIE…`) keep its body", () => {
    const lines = ["Loaded signing key:", "-----BEGIN PRIVATE KEY-----", ...BODY];
    bodyGone(redact(lines.map((l) => `api-1  | ${l}\n`).join("")));
  });

  // Same: a key commented out line by line (`# MIIE…`) in a .properties/YAML/INI file.
  it("a truncated key commented out line by line (`# MIIE…`) keeps its body", () => {
    const lines = ["-----BEGIN RSA PRIVATE KEY-----", ...BODY];
    bodyGone(redact(lines.map((l) => `# ${l}\n`).join("")));
  });
});

describe("r21-a: key paths in other spellings", () => {
  it("control: `ida:client_secret` takes a word-like secret", () => {
    gone(redact(`<add key="ida:client_secret" value="Cerner-Sandbox-Secret" />`), "Cerner-Sandbox-Secret");
  });

  // pathTail only turns `-` into `_`: .NET's own spelling `ClientSecret` misses EXACT_SECRET_KEYS and is weak.
  it("web.config's PascalCase `ida:ClientSecret` / `Cerner:ClientSecret` takes a word-like secret", () => {
    const out = redact(
      [
        `<add key="ida:ClientSecret" value="changeit" />`,
        `<add key="Cerner:ClientSecret" value="Cerner-Sandbox-Secret" />`,
      ].join("\n"),
    );
    gone(out, "changeit", "Cerner-Sandbox-Secret");
  });

  // NAME_BEFORE only reads `key=` before `value=`; XML attributes come in any order.
  it('`<add value=… key="ida:ClientSecret" />` (attributes in the other order) loses its secret', () => {
    gone(
      redact(`<add value="q8Z~kLm2.Xv9pR4tYw7uBn3cD5fG6hJ1" key="ida:ClientSecret" />`),
      "q8Z~kLm2.Xv9pR4tYw7uBn3cD5fG6hJ1",
    );
  });

  // .NET applicationSettings: the name is an attribute of <setting>, the secret the text of its <value> child.
  it('app.config `<setting name="ClientSecret"><value>…</value>` loses its secret', () => {
    const config = [
      `<setting name="ClientSecret" serializeAs="String">`,
      `  <value>q8Z~kLm2.Xv9pR4tYw7uBn3cD5fG6hJ1</value>`,
      `</setting>`,
      `<setting name="TokenEndpoint" serializeAs="String">`,
      `  <value>https://authorization.cerner.com/token</value>`,
      `</setting>`,
    ].join("\n");
    const out = redact(config);
    gone(out, "q8Z~kLm2.Xv9pR4tYw7uBn3cD5fG6hJ1");
    kept(out, "https://authorization.cerner.com/token");
  });

  // The `[section]` is not read: `secret` alone stays weak, where `oauth.secret=` (the same key as a path) is taken.
  // Left by f21-a (deadline): the [section] is still not read before a bare weak key; see Known limitations.
  it.fails("INI `[oauth]` then `secret = hunter2` loses the secret, as `oauth.secret=hunter2` does", () => {
    gone(redact("oauth.secret=hunter2\n"), "hunter2");
    gone(redact("[oauth]\nclient_id = fhir-app\nsecret = hunter2\n"), "hunter2");
  });

  // A strong key's TOML multi-line string (""" or ''') is read as an empty value: the whole secret survives.
  it("TOML multi-line strings under client_secret (`\"\"\"` and `'''`) lose their value", () => {
    gone(redact('[oauth]\nclient_secret = """\nk9Fq2LmZpR7tXw3e\n"""\n'), "k9Fq2LmZpR7tXw3e");
    gone(redact("[oauth]\nclient_secret = '''\nk9Fq2LmZpR7tXw3e\n'''\n"), "k9Fq2LmZpR7tXw3e");
  });

  // java.util.Properties: whitespace separates a key from its value, and `\` continues the value on the next line.
  // Left by f21-a (deadline): space separators and `\` continuations are not read; see Known limitations.
  it.fails("a .properties password after a space separator, or continued after `\\`, goes whole", () => {
    gone(redact("oauth.client.password   Sunrise2024x\n"), "Sunrise2024x");
    gone(redact("spring.datasource.password=abcQ7\\\n    def123XYZ\n"), "def123XYZ");
  });
});

describe("r21-a: file references under a key path are no secret", () => {
  it("control: the public key's classpath reference stays", () => {
    kept(redact("jwt.public.key=classpath:app.pub"), "classpath:app.pub");
  });

  // The tail rule makes `…private.key`/`…client.key` strong: a classpath or file path (kept before) is now taken.
  // Left by f21-a (deadline): over-redaction of file references under *.private.key / *.client.key; see Known limitations.
  it.fails("`jwt.private.key=classpath:app.key` and `tls.client.key=/etc/…` keep their file references", () => {
    const out = redact("jwt.private.key=classpath:app.key\ntls.client.key=/etc/pki/tls/private/client.key\n");
    kept(out, "classpath:app.key", "/etc/pki/tls/private/client.key");
  });
});

describe("r21-a: .netrc entries in other layouts", () => {
  it("control: a multi-line entry's password goes", () => {
    gone(redact("machine api.example.org\n  login jdoe\n  password Sunrise-Lake-42\n"), "Sunrise-Lake-42");
  });

  // An entry ends at the first line that is not a keyword line: a comment or a blank line inside it ends it.
  // Left by f21-a (deadline): a netrc entry still ends at a comment or blank line; see Known limitations.
  it.fails("a comment or a blank line inside a multi-line entry does not end it", () => {
    gone(
      redact("machine api.example.org\nlogin jdoe\n# rotated 2024-01\npassword Sunrise-Lake-42\n"),
      "Sunrise-Lake-42",
    );
    gone(redact("machine fhir.example.org\n  login jdoe\n\n  password Sunrise-Lake-43\n"), "Sunrise-Lake-43");
  });

  // curl (7.84+) reads quoted netrc values; the reader splits on blanks, the words no longer pair, the line is "prose".
  // Left by f21-a (deadline): quoted netrc tokens are not read; see Known limitations.
  it.fails('a quoted password with a blank (`password "Sun rise 42"`) goes', () => {
    const out = redact('machine api.example.org login jdoe password "Sun rise 42"\n');
    gone(out, "Sun rise 42", "jdoe");
  });
});

describe("r21-a: NuGet credentials on the command line", () => {
  it("control: `nuget sources add … -Password` goes", () => {
    gone(
      redact("nuget sources add -Name Cerner -Source https://pkgs.example.org/nuget -Password Sunrise-Lake-42"),
      "Sunrise-Lake-42",
    );
  });

  // The docs write the operation capitalised (`nuget sources Add`); `needs` is matched case-sensitively.
  // Left by f21-a (deadline): nuget operations are still matched case-sensitively; see Known limitations.
  it.fails("`nuget sources Add … -Password` (the docs' spelling) loses the password", () => {
    const out = redact(
      "nuget sources Add -Name Cerner -Source https://pkgs.example.org/nuget -UserName jdoe -Password Sunrise-Lake-42",
    );
    gone(out, "Sunrise-Lake-42");
    kept(out, "https://pkgs.example.org/nuget");
  });

  // NuGet's other credential: the API key after `setapikey` and `dotnet nuget push -k` survives.
  // Left by f21-a (deadline): NuGet API keys on the command line are not read; see Known limitations.
  it.fails("`nuget setapikey <key>` and `dotnet nuget push -k <key>` lose the API key", () => {
    const key = "oy2lq6kz7x4m3w2n5p8r9t0v1b2c3d4e5f6g7h8i9j0k1l";
    gone(redact(`nuget setapikey ${key} -Source https://api.nuget.org/v3/index.json`), key);
    gone(redact(`dotnet nuget push Pkg.1.0.0.nupkg -k ${key} -s https://api.nuget.org/v3/index.json`), key);
  });

  // NuGet flags are case-insensitive; `-p` attached reads `-protocolVersion` as `-p` + a password.
  // Left by f21-a (deadline): nuget's `-p` is still read with an attached value; see Known limitations.
  it.fails("`-protocolVersion 3` keeps its flag name", () => {
    const cmd = "nuget sources add -name Cerner -source https://pkgs.example.org/nuget -protocolVersion 3";
    expect(redact(cmd)).toBe(cmd);
  });
});

describe("r21-a: a certificate listing's serial rule", () => {
  it("control: a device serial number alone goes", () => {
    gone(redact("Device: Medtronic Azure XT DR\nSerial number: PJN482137H\nImplanted 2021-03-04"), "PJN482137H");
  });

  // Any line starting Subject/Owner within 400 characters counts as a certificate listing: an e-mail's Subject header
  // or an "Owner:" field keeps a device serial number (a HIPAA identifier).
  it("a device serial number under an e-mail's Subject: or beside an Owner: line goes", () => {
    gone(
      redact(
        "Subject: Pacemaker interrogation for patient\nDevice: Medtronic Azure XT DR\nSerial number: PJN482137H\n",
      ),
      "PJN482137H",
    );
    gone(redact("Owner: Cardiology clinic\nDevice serial number: PJN482138H\n"), "PJN482138H");
  });
});
