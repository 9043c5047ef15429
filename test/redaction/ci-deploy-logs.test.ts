// Shapes from a held-out sample of CI/CD, deployment and serverless logs (test/corpora/real-artifacts/ci-*: Jenkins
// Pipeline consoles, GitLab job ends, shell sessions pasted with their prompts, AWS Lambda's CloudWatch lines).
// Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, redact } from "./lib/redact-text";

const TOKEN = "Wq4nR8-tLpZ-x2Vk97mcd";

describe("a shell session pasted with its prompts", () => {
  it("a zsh prompt (`user@host dir %`) before curl: the PRIVATE-TOKEN header's value and the login go", () => {
    check(
      [
        "ERROR: Job failed: exit status 1",
        "",
        `jdoe@jdoes-MacBook-Pro ~ % curl --header "PRIVATE-TOKEN:${TOKEN}" https://gitlab.example.com/api/v4/projects`,
        '{"message":"401 Unauthorized"}',
      ].join("\n"),
      [TOKEN, "jdoe@"],
      ["https://gitlab.example.com/api/v4/projects", "401 Unauthorized", "ERROR: Job failed: exit status 1"],
    );
  });

  it("fish (`user@host ~/dir>`), bash (`user@host:~/dir$`) and RHEL (`[user@host dir]$`) prompts lose the login", () => {
    const out = check(
      [
        "Some words first.",
        "mkowalski@buildbox ~/gitlabserver> sudo docker-compose exec gitlab-runner sh",
        "mkowalski@buildbox:~/gitlabserver$ docker compose logs fhir",
        "[mkowalski@buildbox deploy]$ kubectl logs fhir-7d9c",
      ].join("\n"),
      ["mkowalski"],
      ["sudo docker-compose exec gitlab-runner sh", "docker compose logs fhir", "kubectl logs fhir-7d9c", "buildbox"],
    );
    expect(out).toContain("Some words first.");
  });

  it("a build machine's account in a prompt (`root@`, `ubuntu@`, `runner@`) is nobody's: it stays", () => {
    check(
      ["Output:", "root@web01:~# systemctl status app", "ubuntu@ip-10-0-0-5:~$ curl -s https://x.example/health"].join(
        "\n",
      ),
      [],
      ["root@web01:~#", "ubuntu@ip-10-0-0-5:~$"],
    );
  });

  it("an e-mail address at a line start is not a prompt (no prompt mark after it) and goes as an address", () => {
    check("jane.roe@example.org wrote the job", ["jane.roe@example.org"], ["wrote the job"]);
  });
});

describe("who started a CI build", () => {
  it("Jenkins' `Started by user <login>` loses the login; the job's lines stay", () => {
    check(
      [
        "Started by user MKowalczyk",
        "[Pipeline] Start of Pipeline",
        "Running on Jenkins in /var/lib/jenkins/workspace/fhir-sync",
      ].join("\n"),
      ["MKowalczyk"],
      ["Started by user", "[Pipeline] Start of Pipeline", "/var/lib/jenkins/workspace/fhir-sync"],
    );
  });

  it("a push trigger names its pusher (`Started by GitHub push by jdoe42`); a timestamped line too", () => {
    check(
      ["Started by GitHub push by jdoe42", "[2024-05-01T10:11:12.123Z] Started by user Anna Kowalska"].join("\n"),
      ["jdoe42", "Anna", "Kowalska"],
      ["Started by GitHub push by", "[2024-05-01T10:11:12.123Z] Started by user"],
    );
  });

  it("a build started by a timer, an upstream job or an anonymous user names no one", () => {
    check(
      [
        "Started by timer",
        'Started by upstream project "fhir-build" build number 42',
        "Started by user anonymous",
      ].join("\n"),
      [],
      ["Started by timer", 'Started by upstream project "fhir-build" build number 42', "Started by user anonymous"],
    );
  });
});

describe("AWS Lambda's platform lines", () => {
  it("a REPORT line keeps its measures (`900 ms Memory Size` is no honorific before a name)", () => {
    const line =
      "REPORT RequestId: 3f1c2a9e-4b7d-4e21-9a0c-5d8e7f6a1b2c\tDuration: 894.52 ms\tBilled Duration: 900 ms\tMemory Size: 128 MB\tMax Memory Used: 96 MB\tInit Duration: 230.11 ms";
    expect(redact(line)).toBe(line);
  });

  it("a person after Ms. in prose is still a name", () => {
    check("The form was signed by Ms. Anna Kowalska yesterday.", ["Kowalska"], ["The form was signed by"]);
  });
});

describe("an Ansible task's result", () => {
  it("the uri module's `url_username` (a login under a prefixed key) goes beside its password; a role account stays", () => {
    const out = check(
      'fatal: [app01]: FAILED! => {"changed": false, "msg": "Status code was 401", "status": 401, "invocation": {"module_args": {"url": "https://fhir.example.com/r4/Patient", "url_password": "Hunter2Pass!", "url_username": "mkowalczyk", "proxy_username": "svc_proxy"}}}',
      ["mkowalczyk", "Hunter2Pass!"],
      ["Status code was 401", "https://fhir.example.com/r4/Patient", '"proxy_username": "svc_proxy"'],
    );
    expect(out).toContain('"status": 401');
  });
});

describe("hostile input", () => {
  it("a megabyte of prompt look-alikes, open prompts and cause lines finishes", () => {
    for (const unit of [
      "a@b ~ %",
      "jdoe@host " + "x".repeat(300) + "\n",
      "[jdoe@host " + "~/d".repeat(50),
      "Started by user " + "Ab ".repeat(40) + "\n",
      "@".repeat(64) + " > ",
      "12 ms Ms ",
    ]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof redact(text, "sandbox", "text")).toBe("string");
    }
  });
});
