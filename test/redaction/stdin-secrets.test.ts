// A secret fed to a command's standard input as a literal on the command line (a terminal paste of a registry login,
// a Basic credential built with base64, a password set with chpasswd): the literal goes, the login and the command
// stay; a variable or a file fed instead is left as it is.
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "./lib/redact-text";

describe("secrets fed to a command's stdin", () => {
  it("a password echoed into docker login --password-stdin goes, the user and the registry stay", () => {
    expectRedacted(
      "$ echo 'Xk9mPq2vLr7s' | docker login --username alice --password-stdin fhir.azurecr.io\nLogin Succeeded\n",
      ["Xk9mPq2vLr7s"],
      ["--username alice", "--password-stdin fhir.azurecr.io", "Login Succeeded"],
    );
  });

  it("a token given as a here-string or printed into another tool's secret-from-stdin flag goes", () => {
    expectRedacted(
      'helm registry login ghcr.io -u bot --password-stdin <<< "Yk9mPq2vLr7s"\n' +
        "echo ghp_Q3v8ZrT2mWx9Lp4KcN7bHd1FsJ6gYe0aUi5o | gh auth login --with-token\n",
      ["Yk9mPq2vLr7s", "ghp_Q3v8ZrT2mWx9Lp4KcN7bHd1FsJ6gYe0aUi5o"],
      ["helm registry login ghcr.io -u bot"],
    );
  });

  it("a client secret encoded with base64 into a variable goes, the client id stays", () => {
    expectRedacted(
      "BASIC=$(echo -n 'c1a2b3d4-client:Zk9mPq2vLr7sTw' | base64)\nTOKEN=$(base64 <<< Wk9mPq2vLr7sQe)\n",
      ["Zk9mPq2vLr7sTw", "Wk9mPq2vLr7sQe"],
      ["c1a2b3d4-client:", "BASIC=$(echo -n '"],
    );
  });

  it("a password set through chpasswd or passwd --stdin goes", () => {
    expectRedacted(
      "echo 'fhiradmin:Vk9mPq2vLr7s' | sudo chpasswd\necho Uk9mPq2vLr7s | passwd --stdin fhiradmin\n",
      ["Vk9mPq2vLr7s", "Uk9mPq2vLr7s"],
      ["fhiradmin:", "passwd --stdin fhiradmin"],
    );
  });

  it("a variable, a file, a README's placeholder or a JSON header fed instead stays as written", () => {
    const text =
      'echo "$REGISTRY_PASSWORD" | docker login -u alice --password-stdin\ncat ~/pw.txt | docker login --password-stdin\n' +
      "echo 'YOUR_TOKEN' | docker login -u YOURUSER --password-stdin\n" +
      'echo -n \'{"alg":"RS256","typ":"JWT"}\' | base64\n';
    expect(redact(text)).toBe(text);
  });

  it("a proxy URL or a database host:port encoded with base64 stays whole", () => {
    const text =
      "$ PROXY=$(echo -n 'http://proxy.internal.example:3128' | base64)\n$ printf 'db.example.org:5432' | base64\n";
    expect(redact(text)).toBe(text);
  });

  it("the argument after a read-from-stdin flag is the command's, not a password: a registry, a host stay", () => {
    const text =
      "$ gcloud auth print-access-token | docker login -u oauth2accesstoken --password-stdin https://europe-docker.pkg.dev\n" +
      "$ cat ~/token.txt | gh auth login --with-token 2>&1\n" +
      "$ az acr login --name x --expose-token | docker login --password-stdin 0b2f7e1c9a.azurecr.io\n";
    expect(redact(text)).toBe(text);
  });

  it("a PowerShell string written out into a registry login goes, PowerShell's variables stay", () => {
    expectRedacted(
      'PS> write-host "Qz8vT3nWp1xR" | helm registry login ghcr.io -u bot --password-stdin\n' +
        '"$env:REGISTRY_PW" | docker login --password-stdin\n',
      ["Qz8vT3nWp1xR"],
      ["helm registry login ghcr.io -u bot --password-stdin", '"$env:REGISTRY_PW" | docker login'],
    );
  });

  it("a token printed through printf's as-is format into a login goes, a variable printed so stays", () => {
    expectRedacted(
      '$ printf "%s\\n" Tq7vX2mK9pLw | npm login --auth-type=legacy --password-stdin\n' +
        "$ printf '%s' \"$PW\" | podman login -u alice --password-stdin quay.io\n",
      ["Tq7vX2mK9pLw"],
      ['printf "%s\\n" ', "printf '%s' \"$PW\" | podman login -u alice --password-stdin quay.io"],
    );
  });

  it("a reference or a phrase kept base64-encoded in a variable stays, a token so kept goes", () => {
    expectRedacted(
      "$ OBS=$(echo -n 'Observation/abc-123' | base64)\n$ B=$(echo -n 'hello world' | base64)\n" +
        "$ TOKEN=$(base64 <<< 'hK8vQ2mZx7Lp')\n",
      ["hK8vQ2mZx7Lp"],
      ["'Observation/abc-123'", "'hello world'"],
    );
  });

  it("a login paired with a variable's password keeps the variable's name", () => {
    const text = '$ echo "svc-bot:$ROBOT_PW" | sudo chpasswd\n$ echo -n "client-7:$env:CLIENT_SECRET" | base64\n';
    expect(redact(text)).toBe(text);
  });

  it("a password fed through a process substitution goes, a file or a variable fed so stays", () => {
    expectRedacted(
      "# passwd --stdin bob < <(echo 'Hn4kW8qzTr')\n$ docker login --password-stdin < <(cat ~/pw.txt)\n" +
        '$ docker login --password-stdin < <(echo "$PW")\n',
      ["Hn4kW8qzTr"],
      ["< <(cat ~/pw.txt)", '< <(echo "$PW")'],
    );
  });
});
