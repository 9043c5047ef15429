// Credential, config and infrastructure files as people paste them into a ticket (test/corpora/real-artifacts:
// dotfile-*, k8s-*, terraform-*, ansible-*): what a user would notice — the credential gone, the facts kept.
import { describe, it } from "vitest";
import { expectRedacted, kept, redact } from "./lib/redact-text";

describe("a Kubernetes Secret's value followed by a YAML comment", () => {
  it("goes alone: the comment stays, and the same value goes where the session decodes it", () => {
    const session = [
      "$ kubectl get secrets mysecret2 -o yaml",
      "apiVersion: v1",
      "data:",
      "  username: YWRtaW4=  # <= this",
      "  password: 'c2VjcmV0LXZhbHVl' # quoted, then a comment",
      "kind: Secret",
      "metadata:",
      "  name: mysecret2",
      "",
      "$ echo -n YWRtaW4= | base64 -d",
      "$ echo c2VjcmV0LXZhbHVl | base64 -d",
    ].join("\n");
    expectRedacted(session, ["YWRtaW4=", "c2VjcmV0LXZhbHVl"], ["# <= this", "# quoted, then a comment", "mysecret2"]);
  });

  it("a quoted value with an escaped quote and ` #` inside goes whole; the comment after it stays", () => {
    const yaml = "kind: Secret\ndata:\n  password: \"ab\\\"cd #xyzzy\" # c1\n  token: 'it''s #plugh' # c2\n";
    expectRedacted(yaml, ["xyzzy", "plugh"], ["# c1", "# c2"]);
  });

  it("a `#` inside a value (no space before it) is part of the value", () => {
    const yaml = "kind: Secret\ndata:\n  password: p#ssw0rdValue\n";
    expectRedacted(yaml, ["p#ssw0rdValue", "ssw0rdValue"], ["password: "]);
  });
});

describe("a server's address under a key that names a host", () => {
  it("stays: an Ansible inventory's ansible_host, a .env DB_HOST, a YAML dns_server", () => {
    expectRedacted(
      [
        "target1 ansible_host=10.10.10.10 ansible_ssh_pass=Password123",
        "DB_HOST=172.16.4.20",
        "vars:\n  dns_server: 192.168.1.53",
        "nameserver 10.0.0.2",
      ].join("\n"),
      ["Password123"],
      ["10.10.10.10", "172.16.4.20", "192.168.1.53", "10.0.0.2"],
    );
  });

  it("goes under a key that names the client or a person's machine, and in prose", () => {
    expectRedacted(
      [
        "remote_host=198.51.100.7",
        "client_host: 198.51.100.8",
        "X-Forwarded-Host-Ip: 198.51.100.9",
        "the user's laptop at 198.51.100.10 could not connect",
      ].join("\n"),
      ["198.51.100.7", "198.51.100.8", "198.51.100.10"],
    );
  });

  it("goes under a bare `host`/`hostname`, a log's or a request's host field, and in prose before a colon", () => {
    const person = [
      '2024/01/02 10:00:00 [error] 7#7: *1 open() failed, client: 203.0.113.45, server: fhir.example.com, request: "GET /r4/Patient HTTP/1.1", host: "203.0.113.45"',
      "user=jsmith host=198.51.100.23",
      "session.host=203.0.113.77 session.user=alice",
      "clients:\n  - name: alice\n    host: 203.0.113.10",
      "My workstation: host = 192.168.1.45",
      "patient device host: 203.0.113.9",
      "hostname: 198.51.100.24",
      "request_host: 198.51.100.5",
      "Forwarded: for=198.51.100.41;host=198.51.100.40",
      "the app server: 10.0.0.5",
    ];
    for (const line of person) {
      const ips = line.match(/\d+\.\d+\.\d+\.\d+/g) ?? [];
      expectRedacted(line, ips);
    }
  });

  it("a configured server's address goes too where the same address is a person's elsewhere in the item", () => {
    expectRedacted("DB_HOST=203.0.113.60\nlogin from 203.0.113.60 by jsmith", ["203.0.113.60"]);
    expectRedacted("client: 203.0.113.61 failed\nDB_HOST=203.0.113.61", ["203.0.113.61"]);
  });
});

describe("a Docker client config (~/.docker/config.json)", () => {
  it("every registry's auth value goes, whatever it looks like; registries and helpers stay", () => {
    const config = [
      "{",
      '  "auths": {',
      '    "https://index.docker.io/v1/": { "auth": "foobar=" },',
      '    "registry.example.com:5000": { "auth": "dXNlcjpwYXNzd29yZA==", "identitytoken": "letmein" }',
      "  },",
      '  "credsStore": "osxkeychain"',
      "}",
    ].join("\n");
    expectRedacted(
      config,
      ["foobar=", "dXNlcjpwYXNzd29yZA==", "letmein"],
      ["https://index.docker.io/v1/", "registry.example.com:5000", "osxkeychain"],
    );
    expectRedacted("my config:\n```\n" + config + "\n```\n", ["foobar=", "letmein"], ["osxkeychain"]);
  });
});

describe("a config line whose value is a phrase (`password=mongo password`, `DB_PASSWORD=change me`)", () => {
  it("goes as a whole, and its words stay elsewhere in the ticket", () => {
    const props = [
      "Using below in mongo config...",
      "spring.data.mongodb.host=mongo host",
      "spring.data.mongodb.password=mongo password",
      "export DB_PASSWORD=change me",
      "see the change log",
    ].join("\n");
    const out = expectRedacted(props, ["password=mongo", "DB_PASSWORD=change"], ["in mongo config", "=mongo host"]);
    kept(out, "the change log");
  });

  it("a log line or a sentence keeps the error and status words after the password", () => {
    expectRedacted("password=wrong then got error invalid grant", ["wrong"], ["got error invalid grant"]);
    expectRedacted("Password: expired yesterday after the upgrade Tuesday", [], ["after the upgrade Tuesday"]);
    expectRedacted("password=Invalid Grant Unauthorized", [], ["Grant Unauthorized"]);
    kept(redact("password=none given here"), "password=none given here");
  });

  it("a .env or compose line's phrase goes whole before a ` # ` comment, and after `- ` or `ENV `", () => {
    expectRedacted("DB_PASSWORD=change me # ticket 42 asks why", ["change", " me #"], ["# ticket 42 asks why"]);
    expectRedacted("services:\n  db:\n    environment:\n      - DB_PASSWORD=open sesame\n", ["open sesame", "sesame"]);
    expectRedacted("ENV DB_PASSWORD=open sesame\nRUN make", ["open sesame", "sesame"], ["RUN make"]);
  });

  it("a phrase password repeated elsewhere in the ticket goes there too", () => {
    expectRedacted(
      "DB_PASSWORD=open sesame\nI typed open sesame into the prompt",
      ["open sesame"],
      ["into the prompt"],
    );
  });

  it("a value that reads like a password still goes wherever else it stands", () => {
    expectRedacted("password=hunter2 try it\nlogin with hunter2 failed", ["hunter2"], ["try it"]);
  });
});

describe("hostile input finishes", () => {
  it("a Secret whose values are long runs of quotes, spaces and `#`, and a megabyte of padded base64 decoded again", () => {
    const values = [
      `'${"a #".repeat(40_000)}`,
      `"${" ".repeat(60_000)}#`,
      "#".repeat(60_000),
      `x${" #".repeat(50_000)}`,
    ];
    const yaml = "kind: Secret\ndata:\n" + values.map((v, i) => `  k${i}: ${v}`).join("\n") + "\n";
    redact(yaml.repeat(3));
    const padded = "kind: Secret\ndata:\n" + Array.from({ length: 2000 }, (_, i) => `  k${i}: YWRtaW4${i}=`).join("\n");
    redact(padded + "\n" + "echo YWRtaW4= YWRtaW4 = ".repeat(40_000));
    redact("password=mongo password and more\n".repeat(30_000) + "\npassword=abc" + " de".repeat(200_000));
    const letters = (i: number) => i.toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)]);
    const phrases = Array.from({ length: 3000 }, (_, i) => `K${i}_PASSWORD=open sesame ${letters(i)} # dev`);
    redact(phrases.join("\n") + "\n" + "open sesame ".repeat(60_000));
    redact("a_host=10.0.0.1 " + `${"h".repeat(59)}_remote_host:10.1.2.3 `.repeat(12_000) + "=: ".repeat(100_000));
  });
});
