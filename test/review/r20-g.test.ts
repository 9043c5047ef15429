// Review r20-g of the cli- batch (merge b297898): defects shown on new inputs of the same class, each an expected
// failure until fixed.
import { describe, it } from "vitest";
import { gone, kept, redact } from "../redaction/lib/redact-text";

describe("r20-g: SHELL_VARIABLE keeps a secret that starts with `$` and is in capitals", () => {
  // Wrong: any `$CAPS` value counts as a template marker, also under a secret's key outside a shell (base removed it).
  it("a YAML password `$SUPERSECRET2024` goes", () => {
    gone(redact("password: $SUPERSECRET2024\n"), "SUPERSECRET2024");
  });

  // Wrong: a JSON document has no shell expansion; the quoted `$…` string is the password itself (base removed it).
  it("a JSON password `$WINTER2024` goes", () => {
    gone(redact('{"password": "$WINTER2024"}\n'), "WINTER2024");
  });

  // Wrong: same rule under client_secret= with a short all-caps value (base removed it).
  it("client_secret=$K9X2MZQ7 goes", () => {
    gone(redact("client_secret=$K9X2MZQ7\n"), "K9X2MZQ7");
  });
});

describe("r20-g fix: a shell variable on a wrapped command's line stays", () => {
  // A curl command wrapped with `\\`: its `-H` line opens with a flag, still a command line (redaction-diff found
  // these lost in gitleaks' samples and a CloudEvents paste).
  it("-H 'Authorization: Bearer $API_KEY' on a continuation line keeps the name; echo of variables too", () => {
    const out = redact(
      'curl -X POST "https://fhir.example.com/token" \\\n' +
        '    -H "Authorization: Bearer $API_KEY" \\\n' +
        '    -H "Authorization: Basic $(echo -n $CLIENT_ID:$CLIENT_SECRET | base64)" \\\n' +
        "    -d grant_type=client_credentials\n",
    );
    kept(out, "Bearer $API_KEY", "Basic $(echo -n $CLIENT_ID:$CLIENT_SECRET | base64)");
  });
});

describe("r20-g: COMMAND_SUBSTITUTION keeps the literal secret inside it", () => {
  // Wrong: `$(…)` is kept whole as a template, though `$(echo <secret>)` carries the secret itself (base removed it).
  it("curl -H 'Authorization: Bearer $(echo <token>)' loses the token", () => {
    const out = redact(
      'curl -H "Authorization: Bearer $(echo Zq8Rt5Yw2Ux7Pv3NaB9cD1eF)" https://fhir.example.com/r4/Patient\n',
    );
    gone(out, "Zq8Rt5Yw2Ux7Pv3NaB9cD1eF");
    kept(out, "https://fhir.example.com/r4/Patient");
  });

  // Wrong: the substitution is kept whole, so the literal echoed into client_secret survives.
  it("client_secret=$(echo <secret>) loses the secret", () => {
    gone(redact("client_secret=$(echo Zq8Rt5Yw2Ux7Pv3N)\n"), "Zq8Rt5Yw2Ux7Pv3N");
  });

  // Wrong: a backquoted command with a blank is kept whole as a template: `echo hunter2secret` survives.
  it("password=`echo <password>` loses the password", () => {
    gone(redact("password=`echo hunter2secret`\n"), "hunter2secret");
  });
});

describe("r20-g: the printed-token reader fires on prose and on non-token lines", () => {
  // Wrong: PRINTS_TOKEN matches `auth token` anywhere on a line, so a sentence's next line (an opc-request-id) is taken.
  it("a sentence mentioning 'auth token' keeps the opc-request-id on the next line", () => {
    const out = redact(
      "I ran auth token refresh and the log said:\nopc-request-id:ABCDEF0123456789ABCDEF/0123456789\n",
    );
    kept(out, "ABCDEF0123456789ABCDEF/0123456789");
  });

  // Wrong: `create token` in prose arms the reader; the timestamp on the next line is replaced as an access token.
  it("a sentence mentioning 'create token' keeps the timestamp on the next line", () => {
    kept(redact("The create token step failed.\n2024-05-01T10:00:00.123Z\n"), "2024-05-01T10:00:00.123Z");
  });

  // Wrong: a URL is no token; after `kubectl create token` an endpoint line printed next is taken whole.
  it("a FHIR URL printed after a token command stays", () => {
    const url = "https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient";
    kept(redact(`$ kubectl create token default\n${url}\n`), url);
  });
});

describe("r20-g: config-set reader takes a kubeconfig user's name as a secret", () => {
  // Wrong: `set-credentials` is read as a secret key, so the next word (the kubeconfig user entry's name) is redacted.
  it("kubectl config set-credentials keeps the entry name", () => {
    kept(redact("kubectl config set-credentials oidc-user --exec-command=kubelogin\n"), "oidc-user");
    // Its flags still carry secrets.
    const out = redact("$ kubectl config set-credentials admin --token=Zq8Rt5Yw2Ux7Pv3NaB9cD1eF\n");
    gone(out, "Zq8Rt5Yw2Ux7Pv3NaB9cD1eF");
    kept(out, "set-credentials admin");
  });
});

describe("r20-g: passwords of command-line tools outside the flag table", () => {
  // Wrong: Oracle's sqlplus takes `user/password@connect`; the password survives (Oracle Health users paste this).
  it("sqlplus scott/<password>@//host loses the password", () => {
    const out = redact("$ sqlplus scott/Tiger123Secret@//db.example.com:1521/ORCL\n");
    gone(out, "Tiger123Secret");
    kept(out, "db.example.com:1521/ORCL");
  });

  // Wrong: `htpasswd -b file user password` passes the password positionally; it survives.
  // Wrong: htpasswd's own output line `user:$apr1$salt$hash` (Apache's MD5 crypt) was no hash the reader knew.
  it("htpasswd -nb's printed `admin:$apr1$…` line loses the hash; the login stays", () => {
    const out = redact("$ htpasswd -nbm admin secret\nadmin:$apr1$x8LKEZ9v$Wz0Fj9c0d3QW2E0v1c8k81\n");
    gone(out, "Wz0Fj9c0d3QW2E0v1c8k81");
    kept(out, "admin:");
  });

  it("htpasswd -b loses the password", () => {
    gone(redact("$ htpasswd -b /etc/nginx/.htpasswd admin H7pasSw0rd99\n"), "H7pasSw0rd99");
  });

  it("rabbitmqctl add_user, htpasswd -nb and sqlplus without a connect string lose the password; / as sysdba stays", () => {
    const out = redact(
      "$ rabbitmqctl add_user fhirsvc Rb7Qm2Xw9Kp4\n" +
        "$ htpasswd -nbB admin Ht8Lm3Qw7Zx2\n" +
        "$ sqlplus system/Sq9Wx4Lp2Mn7\n" +
        "$ sqlplus / as sysdba\n",
    );
    gone(out, "Rb7Qm2Xw9Kp4", "Ht8Lm3Qw7Zx2", "Sq9Wx4Lp2Mn7");
    kept(out, "add_user fhirsvc", "-nbB admin", "sqlplus system/", "sqlplus / as sysdba");
  });
});

describe("r20-g: the word `login` anywhere arms a container/cloud tool's `-p`", () => {
  // Wrong: `needs: "login"` matches a container named login, so `docker run`'s published port is taken (base kept it).
  it("docker run --name login -p 8080:80 keeps the port mapping", () => {
    kept(redact("$ docker run --name login -p 8080:80 nginx\n"), "8080:80");
  });

  // Wrong: oc's `-p` outside `oc login` is --param; an app named login makes its template parameter a password.
  it("oc new-app login -p DATABASE_PORT=5432 keeps the parameter", () => {
    kept(redact("$ oc new-app login -p DATABASE_PORT=5432\n"), "DATABASE_PORT=5432");
  });

  // The login subcommands a level down still arm `-p`: az's registry login and helm's.
  it("az acr login and helm registry login lose the password; helm install login keeps its flag", () => {
    const out = redact(
      "$ az acr login -n myreg -u ci -p Zq8Rt5Yw2Ux7Pv3N\n" +
        "$ helm registry login reg.example.com -u ci -p Hq8Rt5Yw2Ux7Pv3N\n" +
        "$ helm install login ./chart -p values-prod\n",
    );
    gone(out, "Zq8Rt5Yw2Ux7Pv3N", "Hq8Rt5Yw2Ux7Pv3N");
    kept(out, "-p values-prod");
  });
});

describe("r20-g: shell expansion rule applied to an env file's literal value", () => {
  // Wrong: a dotenv line's `$ABCDEF123456` (a literal starting with `$`) is kept as a variable (base removed it).
  it("CLIENT_SECRET=$ABCDEF123456 in an env listing goes", () => {
    gone(redact("CLIENT_SECRET=$ABCDEF123456\nFHIR_BASE=https://fhir.example.com/r4\n"), "ABCDEF123456");
  });
});

describe("r20-g: sign-in reader takes an article for a login", () => {
  // Wrong: `Logged in as the CI service account` names no person; `the` is taken as a user name.
  it("'Logged in as the CI service account' stays whole", () => {
    kept(redact("✔  Logged in as the CI service account\n"), "Logged in as the CI service account");
  });
});
