// Terminal pastes from a held-out sample of real artifacts (OCI, Azure, AWS and Google Cloud CLIs, kubectl, gh, npm,
// openssl, container runtimes; see test/corpora/real-artifacts, the `cli-` files): a prompt, the command typed at it
// and what the command printed. Written small with made-up values in the shapes those sessions have.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("a command's password flags, read as the tool reads them", () => {
  it("a registry login's `-p` goes; `docker run -p` publishes a port and stays", () => {
    const out = redact(
      "$ docker login -u ci-bot -p Kq7vRt2mWx9pLs registry.example.com\n" +
        "$ docker run -p 8080:80 -d nginx\n" +
        "$ podman login quay.example.com -u robot -p 'Zt4#qLp9vW2x'\n",
    );
    gone(out, "Kq7vRt2mWx9pLs", "Zt4#qLp9vW2x");
    kept(out, "-p 8080:80", "registry.example.com", "quay.example.com");
  });

  it("az, oc and cf take a password after `-p` when they log in", () => {
    const out = redact(
      "PS C:\\> az login --service-principal -u 8a1b2c3d-1111-2222-3333-444455556666 -p Xy9~abcDEF.ghiJKL_mnoPQR " +
        "--tenant 54826b22-38d6-4fb2-bad9-b7b93a3e9c5a\n" +
        "$ oc login https://api.crc.testing:6443 -u developer -p Dev3loperPw\n" +
        "$ cf login -a https://api.cf.example.com -u jroe -p 'N0t-a-real-one'\n",
    );
    gone(out, "Xy9~abcDEF.ghiJKL_mnoPQR", "Dev3loperPw", "N0t-a-real-one");
    kept(
      out,
      "8a1b2c3d-1111-2222-3333-444455556666",
      "54826b22-38d6-4fb2-bad9-b7b93a3e9c5a",
      "https://api.crc.testing:6443",
    );
  });

  it("mysql's attached `-pSecret` goes, while `-p dbname` (a prompt for it, then the database) keeps the database", () => {
    const out = redact("$ mysql -u root -pR00tPassw0rd -h db.example.com fhir\n$ mysql -u root -p fhir_audit\n");
    gone(out, "R00tPassw0rd");
    kept(out, "db.example.com", "fhir_audit");
  });

  it("sqlcmd's `-P`, redis-cli's `-a` and mongosh's `-p` are passwords", () => {
    const out = redact(
      "$ sqlcmd -S tcp:sql.example.com,1433 -U sa -P 'Sa_Passw0rd!' -Q \"SELECT 1\"\n" +
        "$ redis-cli -h cache.example.com -a R3disPassw0rd ping\n" +
        "$ mongosh mongodb://db.example.com:27017/fhir -u app -p M0ngoPassw0rd\n",
    );
    gone(out, "Sa_Passw0rd!", "R3disPassw0rd", "M0ngoPassw0rd");
    kept(out, "tcp:sql.example.com,1433", "SELECT 1", "cache.example.com", "mongodb://db.example.com:27017/fhir");
  });
});

describe("a secret given to `config set` as the word after its key", () => {
  it("npm's and yarn's registry tokens go; the key and the registry stay", () => {
    const out = redact(
      "$ npm config set //registry.npmjs.org/:_authToken NpmT0ken987x\n" +
        "$ yarn config set npmAuthToken Yt7rPq2wLm4s\n" +
        "$ npm config set registry https://registry.npmjs.org/\n",
    );
    gone(out, "NpmT0ken987x", "Yt7rPq2wLm4s");
    kept(out, "//registry.npmjs.org/:_authToken", "npmAuthToken", "registry https://registry.npmjs.org/");
  });

  it("git config and aws configure set: a secret key's value goes, an e-mail setting's name stays", () => {
    const out = redact(
      "$ git config --global github.token Gt5hKq2mZx9r\n" +
        "$ aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY --profile ci\n" +
        "$ git config --global core.editor vim\n",
    );
    gone(out, "Gt5hKq2mZx9r", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY");
    kept(out, "core.editor vim", "--profile ci");
  });
});

describe("shell expansions are no secrets", () => {
  it("`$(…)`, backticks and `$VAR` under a secret's name stay whole: the command that makes the token is a fact", () => {
    const out = redact(
      "$ GH_TOKEN=$(gh auth token) gh auth status\n" +
        "$ export ACCESS_TOKEN=`az account get-access-token --query accessToken -o tsv`\n" +
        '$ curl -H "Authorization: Bearer $ACCESS_TOKEN" https://fhir.example.com/r4/metadata\n' +
        '$ curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://healthcare.googleapis.com/v1\n',
    );
    kept(
      out,
      "GH_TOKEN=$(gh auth token) gh auth status",
      "ACCESS_TOKEN=`az account get-access-token --query accessToken -o tsv`",
      "Bearer $ACCESS_TOKEN",
      "Bearer $(gcloud auth print-access-token)",
    );
  });

  it("a literal value beside them still goes", () => {
    const out = redact(
      "$ GH_TOKEN=ghp_R4nd0mT0kenValue1234567890abcdEF gh auth status\n" + "The service password: `Hunter2Secret`\n",
    );
    gone(out, "ghp_R4nd0mT0kenValue1234567890abcdEF", "Hunter2Secret");
  });
});

describe("the account a CLI says it is signed in as", () => {
  it("gh auth status names the login (`as` and `account`); the host, the protocol and the scopes stay", () => {
    const out = redact(
      "github.com\n" +
        "  ✓ Logged in to github.com as quorvin-ash (GH_TOKEN)\n" +
        "  ✓ Git operations for github.com configured to use https protocol.\n" +
        "  ✓ Logged in to github.com account tamsin-rook (keyring)\n" +
        "  - Token scopes: 'gist', 'read:org', 'repo'\n" +
        "✓ token valid for github.com as belkwood\n",
    );
    gone(out, "quorvin-ash", "tamsin-rook", "belkwood");
    kept(
      out,
      "Logged in to github.com as",
      "(GH_TOKEN)",
      "'gist', 'read:org', 'repo'",
      "token valid for github.com as",
    );
  });

  it("npm, firebase and gcloud sign-in lines; prose `logged in as well` and a service account stay", () => {
    const out = redact(
      "Logged in as dravenholt on https://registry.npmjs.org/.\n" +
        "✔  Success! Logged in as quill.marrow@example.org\n" +
        "You are now logged in as [ysolde.fenn@example.org].\n" +
        "I logged in as well, same error.\n" +
        "Logged in as ci-deployer@fhir-prod.iam.gserviceaccount.com\n",
    );
    gone(out, "dravenholt", "quill.marrow@example.org", "ysolde.fenn@example.org");
    kept(
      out,
      "on https://registry.npmjs.org/.",
      "I logged in as well",
      "ci-deployer@fhir-prod.iam.gserviceaccount.com",
    );
  });
});

describe("what a token-printing command prints", () => {
  it("the line after print-access-token, heroku auth:token and gh auth token goes, whatever its shape", () => {
    const out = redact(
      "$ gcloud auth print-access-token\nya29.a0AfB_byC3kR9vT2mXq7LpN4sW8dZ1hJ6fG0eY5uI3oP2lK9jH8gF7dS6aQ4wE\n" +
        "$ heroku auth:token\n3f1c2b4a-9d8e-4f7a-b6c5-0e1d2c3b4a59\n" +
        "$ gh auth token\nZq3Xw7Rt9Lp2Mn5Kv8Bc4Hd6Jf1Gs0Ay\n" +
        "$ gcloud auth print-access-token\nERROR: (gcloud.auth.print-access-token) You do not currently have an active account selected.\n",
    );
    gone(
      out,
      "ya29.a0AfB_byC3kR9vT2mXq7LpN4sW8dZ1hJ6fG0eY5uI3oP2lK9jH8gF7dS6aQ4wE",
      "3f1c2b4a-9d8e-4f7a-b6c5-0e1d2c3b4a59",
      "Zq3Xw7Rt9Lp2Mn5Kv8Bc4Hd6Jf1Gs0Ay",
    );
    kept(out, "$ heroku auth:token", "You do not currently have an active account selected.");
  });

  it("a Google access token is known by its prefix on any line; GitHub's scopes header and ssh's login", () => {
    const out = redact(
      "token=ok, then ya29.c.b0Aaekm1KQx7RtWv2Lp9sN4mZ8dH1jF6gY3uI0oP5lK\n" +
        "X-Oauth-Scopes: gist, read:org, repo\nX-Accepted-Oauth-Scopes: repo\n" +
        "debug1: Authenticating to bastion.example.com:22 as 'tquarrie'\n" +
        "debug1: Authenticating to github.com:22 as 'git'\n",
    );
    gone(out, "ya29.c.b0Aaekm1KQx7RtWv2Lp9sN4mZ8dH1jF6gY3uI0oP5lK", "tquarrie");
    kept(out, "X-Oauth-Scopes: gist, read:org, repo", "X-Accepted-Oauth-Scopes: repo", "github.com:22 as 'git'");
  });
});
