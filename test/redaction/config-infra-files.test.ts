// Credential, config and infrastructure files as people paste them into a ticket (test/corpora/real-artifacts:
// dotfile-*, k8s-*, terraform-*, ansible-*): what a user would notice — the credential gone, the facts kept.
import { describe, it } from "vitest";
import { expectRedacted, redact } from "./lib/redact-text";

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

  it("a `#` inside a value (no space before it) is part of the value", () => {
    const yaml = "kind: Secret\ndata:\n  password: p#ssw0rdValue\n";
    expectRedacted(yaml, ["p#ssw0rdValue", "ssw0rdValue"], ["password: "]);
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
  });
});
