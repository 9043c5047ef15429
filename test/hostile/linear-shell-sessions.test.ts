// Hostile forms of terminal pastes: a tool's name or its password flag again and again on one line, a quote that
// never closes after `-p`, `config set` with its key repeated and no value, a sign-in status with no account after
// it, command substitutions and backquotes that never close, token-printing commands and Google tokens' prefixes,
// positional-password tools (sqlplus, htpasswd, rabbitmqctl), shell variables on command lines. The work (counted
// operations, see work-meter.ts) grows linearly, and a real password or login after the run still goes.
import { describe, expect, it } from "vitest";
import { redact as redactAs } from "../redaction/lib/redact-text";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) => redactAs(text, "sandbox", "text");

describe("shell sessions on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["a tool's name on one line", repeat("docker ")],
    ["one tool inside another's command", repeat("docker exec db mysql -pQx7 ")],
    ["a login's -p again and again", (n) => "docker login " + repeat("-p ")(n)],
    ["a quote after -p that never closes", (n) => "$ docker login -u a -p '" + repeat("docker ")(n)],
    ["login commands one a line", repeat("$ az login -u app -p Qx7vRt2mWx9 --tenant t\n")],
    ["a config verb on one line", repeat("config ")],
    ["config set with a secret key and no value", (n) => "$ npm config set " + repeat("_authToken ")(n)],
    ["config commands one a line", repeat("$ git config --global github.token Gt5hKq2mZx9r\n")],
    ["a sign-in status with nothing after it", repeat("Logged in to ")],
    ["statuses on one line", repeat("✓ Logged in to github.com as ")],
    ["sign-in lines", repeat("  ✓ Logged in to github.com account tq-ar (keyring)\n")],
    ["a command substitution that never closes", (n) => "GH_TOKEN=" + repeat("$(gh ")(n)],
    ["backquotes that never close", (n) => "ACCESS_TOKEN=" + repeat("`az a ")(n)],
    ["token-printing commands one a line", repeat("$ gcloud auth print-access-token\n")],
    ["a token-printing command, then a token line that runs on", (n) => "$ gh auth token\n" + repeat("Zq3X")(n)],
    ["get-access-token without its -o tsv", repeat("az account get-access-token --query a ")],
    ["ssh's authenticating lines", repeat("debug1: Authenticating to h:22 as 'tq'\n")],
    ["a Google token prefix again and again", repeat("ya29.a.")],
    ["positional-password tools on one line", repeat("sqlplus htpasswd -b rabbitmqctl ")],
    ["sqlplus logins one a line", repeat("$ sqlplus scott/Tg7Lm2Qw9@//db:1521/ORCL\n")],
    ["shell variables under secret keys on one line", repeat("curl -d password=$PASS_WORD ")],
    ["wrapped Authorization lines with a variable", repeat('  -H "Authorization: Bearer $TOKEN" \\\n')],
    ["prose naming a token command, line after line", repeat("I ran auth token refresh\n")],
    ["echo substitutions under secret keys", repeat("secret=$(echo -n -e -x Zq8 ) ")],
  ];

  itStaysLinear(shapes, redact);

  it("after 1 MB of tool names, a registry login's password and a signed-in login still go", () => {
    const out = redact(
      repeat("docker ")(1_000_000) +
        "\n$ docker login -u ci -p Kq7vRt2mWx9pLs registry.example.com\n  ✓ Logged in to github.com as tquarrie-ash (keyring)\n",
    );
    expect(out).not.toContain("Kq7vRt2mWx9pLs");
    expect(out).not.toContain("tquarrie-ash");
    expect(out).toContain("registry.example.com");
  });
});
