// Review RQ of s21-Q (stdin-secrets.ts, fhir-yaml.ts, word-diff.ts, the two-column gutter): inputs of the same classes
// in other words — other shells and layouts feeding a secret to stdin, other YAML layouts of a person's name. Each
// it.fails shows a defect; the plain `it`s are controls that hold today.
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "../redaction/lib/redact-text";

const PW = "Sup3rS3cretPw!";

describe("r21-q: secrets fed to a command's stdin in other shells and layouts", () => {
  it("control: a password echoed into docker login --password-stdin goes", () => {
    expectRedacted(
      `$ echo '${PW}' | docker login -u alice --password-stdin myreg.azurecr.io\n`,
      [PW],
      ["myreg.azurecr.io"],
    );
  });

  // PowerShell pipes a bare string (or Write-Output's) into docker login: no echo/printf, so PRINTER never matches.
  it("a PowerShell string piped into docker login --password-stdin goes", () => {
    expectRedacted(
      `PS C:\\> "${PW}" | docker login -u alice --password-stdin myreg.azurecr.io\n` +
        `PS C:\\> Write-Output 'Xk9mPq2vLr7sZ' | docker login -u alice --password-stdin myreg.azurecr.io\n`,
      [PW, "Xk9mPq2vLr7sZ"],
      ["myreg.azurecr.io"],
    );
  });

  // `printf '%s' 'Pw'` is the portable way docs print a secret without a newline; the reader requires one argument.
  it("a password printed with printf '%s' into --password-stdin goes", () => {
    expectRedacted(`$ printf '%s' '${PW}' | podman login -u alice --password-stdin quay.io\n`, [PW], ["quay.io"]);
  });

  // A heredoc's body (the lines up to its terminator) is what stdin reads; only `<<<` is looked at (README Known
  // limitations says a heredoc stays, but no test held it).
  // Left by fix f21-q (time): reading a body up to its terminator crosses lines, which the stage reader never does;
  // it needs its own bounded line reader. README's Known limitations line (a heredoc `<<EOF` stays) still holds.
  it.fails("a password given as a heredoc to docker login --password-stdin goes", () => {
    expectRedacted(
      `$ docker login --username alice --password-stdin myreg.azurecr.io <<EOF\n${PW}\nEOF\n` +
        `$ cat <<'END' | helm registry login ghcr.io -u bot --password-stdin\nYk9mPq2vLr7sQ\nEND\n`,
      [PW, "Yk9mPq2vLr7sQ"],
      ["myreg.azurecr.io", "helm registry login ghcr.io -u bot"],
    );
  });

  // Process substitution `< <(echo 'Pw')` feeds stdin too; the stage ends at `(` so the echo is never reached.
  it("a password fed by process substitution goes", () => {
    expectRedacted(
      `$ docker login -u alice --password-stdin myreg.azurecr.io < <(echo '${PW}')\n`,
      [PW],
      ["myreg.azurecr.io"],
    );
  });

  it("control: the piped command (aws ecr get-login-password) and a variable stay", () => {
    const out = redact(
      '$ echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u alice --password-stdin\n' +
        "$ echo $(cat ~/pw.txt) | docker login -u alice --password-stdin\n" +
        "$ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin\n",
    );
    expect(out).toContain("${{ secrets.GHCR_TOKEN }}");
    expect(out).toContain("$(cat ~/pw.txt)");
    expect(out).toContain(
      "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin",
    );
  });

  // Pre-existing (same output on 6c03466^1): the ECR registry after --password-stdin is taken as the password, though
  // the piped side is a command; the registry host (account id, region) is a fact the ticket needs.
  it("the ECR registry after aws ecr get-login-password | docker login --password-stdin stays", () => {
    expectRedacted(
      "$ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com\nLogin Succeeded\n",
      [],
      ["123456789012.dkr.ecr.us-east-1.amazonaws.com"],
    );
  });
});

describe("r21-q: the base64 reader's login:password split on literals that are no credential", () => {
  // LOGIN takes any `word:` before the rest, so a URL's scheme or a host's port reads as a login and the rest (the
  // endpoint, its tenant id, the port) is taken as a password, with or without a variable keeping the result.
  it("a FHIR endpoint or host:port encoded with base64 stays", () => {
    expectRedacted(
      "$ echo -n 'https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d' | base64\n" +
        "$ HOSTPORT=$(echo -n 'fhir.example.com:443' | base64)\n",
      [],
      ["https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d", "fhir.example.com:443"],
    );
  });

  // The pair's password side is a variable (`$CLIENT_SECRET`), which the reader skips only when the whole literal
  // starts with `$`: the variable's name is taken as the secret.
  it("a client id paired with a variable stays as written", () => {
    const text = '$ AUTH=$(echo -n "myclient:$CLIENT_SECRET" | base64)\n';
    expect(redact(text)).toBe(text);
  });

  // A literal without a colon kept in a variable is taken whatever it is: a resource reference is a fact.
  it("a resource reference encoded into a variable stays", () => {
    expectRedacted("$ REF=$(echo -n 'Patient/12724066' | base64)\n", [], ["Patient/12724066"]);
  });
});

describe("r21-q: a birth date parsed inside a nested conversion", () => {
  it("control: a birth date parsed by one call goes", () => {
    expectRedacted('patient.setBirthDate(formatter.parse("05/03/1970"));\n', ["05/03/1970"]);
  });

  // SETTER reads one conversion call before the literal; a conversion inside another (a DateType of a parsed date,
  // Date.from of a LocalDate) leaves the date whole (declared in README Known limitations; no test held it).
  it("a birth date parsed inside another conversion goes", () => {
    expectRedacted(
      'patient.setBirthDateElement(new DateType(sdf.parse("1970-03-05")));\n' +
        'other.setBirthDate(Date.from(LocalDate.parse("1971-04-06").atStartOfDay(zone).toInstant()));\n',
      ["1970-03-05", "1971-04-06"],
    );
  });
});

describe("r21-q: a person's name in FHIR YAML of other layouts", () => {
  it("control: names under a Bundle entry's and a contained Patient go, the ids stay", () => {
    expectRedacted(
      "resourceType: Observation\nid: obs-1\ncontained:\n  - resourceType: Patient\n    id: p1\n    name:\n" +
        "      - family: Smithson\n        given:\n          - Johnathan\nstatus: final\n",
      ["Smithson", "Johnathan"],
      ["obs-1", "id: p1", "status: final"],
    );
  });

  // PyYAML's default dump (and kubectl/yq) writes a list's `- ` items at the same indent as their key: `given:⏎- Jo`.
  // The reader only takes items deeper than `given:`, so every given name leaks.
  it("given names listed at the key's own indent (PyYAML's default layout) go", () => {
    expectRedacted(
      "resourceType: Patient\nid: '12724066'\nname:\n- family: Smithson\n  given:\n  - Johnathan\n  - Quincy\n",
      ["Smithson", "Johnathan", "Quincy"],
      ["12724066"],
    );
  });

  // SCALAR forbids a quote inside the name, so O'Brien / D'Angelo (common family names) are left whole.
  it("a family name with an apostrophe goes", () => {
    expectRedacted(
      "resourceType: Patient\nid: '12724066'\nname:\n  - family: O'Brien\n    given: [Siobhan]\n",
      ["O'Brien", "Siobhan"],
      ["12724066"],
    );
  });

  // SCALAR forbids `#`, so a name with a trailing YAML comment is skipped whole instead of read up to the comment.
  it("a given name followed by a YAML comment goes", () => {
    expectRedacted(
      "resourceType: Patient\nid: '12724066'\nname:\n  - family: Smithson # legal\n    given:\n      - Johnathan # first\n",
      ["Smithson", "Johnathan"],
      ["12724066", "# legal"],
    );
  });
});

describe("r21-q: the spread-call crash class beyond line-prefixes.ts", () => {
  // Pre-existing, same class as the `#`-lines crash Q fixed: phi-mail-headers.ts pushes every echo of a sender's name
  // with `out.push(...found)`; 200,000 echoes (1.8 MB, far under the 50 MB evidence limit) overflow the call's
  // arguments and the whole item is refused (RangeError).
  it("a mail whose sender's name recurs 200,000 times is redacted, not refused", () => {
    const out = redact("From: Jane Roe <jroe@example.com>\n\n" + "Jane Roe,".repeat(200_000), "sandbox", "text");
    expect(out).not.toContain("Jane Roe");
  }, 120_000);
});
