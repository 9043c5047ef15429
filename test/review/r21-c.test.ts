// Review of s21-C (merge 812cfba: exc- batch, failure-named keys spared, database refusals' logins, `yes`/`no` under a
// password key, person-name keys in any case). Each `it.fails` is a defect shown on the merged code (each input was
// also run on 812cfba^1 to tell what the merge changed): it turns red the day it is fixed.
import { describe, it } from "vitest";
import { expectRedacted } from "../redaction/lib/redact-text";

const TOKEN = "Zq81mPw0RtLx3vNc7YbKq8Zr3v";

describe("leaks: secrets spared because their key ends in Error/Exception/Fault", () => {
  // secret-keys.ts's FAILURE_NAME spares ANY key ending in error/errors/fault/exception, not only an exception class
  // before its message: a JSON member, a header, an env assignment or a snake_case local now keeps its value (all
  // were redacted before the merge).
  it("a secret under a snake_case, kebab-case, JSON or env key ending in _error/_fault goes", () => {
    expectRedacted(
      `{"token_error":"${TOKEN}a"}\n` +
        `x-auth-token-error: ${TOKEN}b\n` +
        `client_secret_error=${TOKEN}c\n` +
        `SECRET_KEY_ERROR=${TOKEN}d\n` +
        `token_fault: ${TOKEN}e\n` +
        `access_token_errors=${TOKEN}f\n`,
      [`${TOKEN}a`, `${TOKEN}b`, `${TOKEN}c`, `${TOKEN}d`, `${TOKEN}e`, `${TOKEN}f`],
      ["token_error", "x-auth-token-error", "client_secret_error"],
    );
  });

  // The same rule keeps a password-shaped JSON value under `password_error` (redacted before the merge).
  it("a password under a JSON `password_error` member goes", () => {
    expectRedacted('{"password_error": "Hunter2Pass!x"}', ["Hunter2Pass!x"], ['"password_error"']);
  });
});

describe("leaks: `yes`/`no` spared where they are a password", () => {
  // credentials.ts's literalNoValue now takes `yes`/`no` as booleans under any password key, but a command line's
  // `--password=no`, an ADO.NET connection string's `Password=no;` and an env var's `PGPASSWORD=no` have no YAML
  // booleans: the word is the password itself (all three redacted before the merge).
  it("`no`/`yes` as a command line's, a connection string's or an env var's password goes", () => {
    expectRedacted(
      "mysql -h db.clinic.local -u app --password=no fhir\n" +
        "Server=db.clinic.local;Database=fhir;User Id=app;Password=yes;\n" +
        "PGPASSWORD=no psql -h db.clinic.local -U app\n",
      ["--password=no", "Password=yes", "PGPASSWORD=no"],
      ["db.clinic.local", "User Id=app"],
    );
  });
});

describe("over-redaction: PascalCase `DisplayName` of apps, products and groups", () => {
  // keySource() lets phi-claims read `DisplayName`/`DISPLAY_NAME`/`Display-Name` as a person's name key whatever the
  // value: an app's, a product's or a group's display name in PowerShell/Graph output is now taken (kept before).
  it("a product's or an app's display name under a PascalCase key stays", () => {
    expectRedacted(
      "ClientId: 0oa1b2c3d4\nDisplayName: SMART Launch Portal\n" +
        "DisplayName: Cerner FHIR Bridge\nServiceName: fhirbridge\n" +
        '"DisplayName": "Patient Access API",\n"Status": 2\n',
      [],
      ["SMART Launch Portal", "Cerner FHIR Bridge", "Patient Access API"],
    );
  });

  // Get-AzureADServicePrincipal / Get-AzureADGroup `Format-List` output: the object's name is what the ticket is about.
  // Left (f21-c): not a regression of s21-C — 104e9f5, before its merge, takes these too. printed-pairs.ts reads the
  // list view's `DisplayName` as the JSON key `displayName`, and phi-claims takes a display name alone when its value
  // reads as a person's name: "Microsoft Graph" and "Contoso Clinic Staff" have that shape, and no identity claim or
  // object kind (user vs service principal) is read from the view to tell them apart.
  it.fails("PowerShell Format-List of a service principal or a group keeps its DisplayName", () => {
    expectRedacted(
      "AppId       : 00000003-0000-0000-c000-000000000000\nDisplayName : Microsoft Graph\n" +
        "ObjectId    : 1e76c986-1cf2-4949-8b88-f59cd25dbd26\n\n" +
        "Id          : 5b0c8c1e-2f5d-4a0e-9f1a-0c3d2e1f4a5b\nDisplayName : Contoso Clinic Staff\nMailEnabled : False\n",
      [],
      ["DisplayName : Microsoft Graph", "DisplayName : Contoso Clinic Staff", "00000003-0000-0000-c000-000000000000"],
    );
  });

  // The same keys in SCREAMING and kebab case: `DISPLAY_NAME=` of an app in an env file, `Display-Name:` of a portal.
  it("an app's DISPLAY_NAME or Display-Name stays", () => {
    expectRedacted(
      "DISPLAY_NAME=Cerner Millennium Gateway\nDisplay-Name: Clinic Portal\n",
      [],
      ["Cerner Millennium Gateway", "Clinic Portal"],
    );
  });
});

describe("leaks: database refusals in other phrasings still name the login", () => {
  // database-logins.ts reads PostgreSQL's `authentication failed for user` and pg_hba lines, but not its commonest
  // refusal, `role "…" does not exist` / `is not permitted to log in` (libpq, PSQLException, psycopg2 all print it).
  it('PostgreSQL\'s `role "…" does not exist` and `is not permitted to log in` lose the login', () => {
    expectRedacted(
      'org.postgresql.util.PSQLException: FATAL: role "tbrankwell" does not exist\n' +
        'psycopg2.OperationalError: FATAL:  role "odalys_fenn" is not permitted to log in\n',
      ["tbrankwell", "odalys_fenn"],
      ["PSQLException: FATAL: role", "does not exist", "is not permitted to log in"],
    );
  });

  // MongoDB's server log (4.4+ JSON and 3.x/4.2 text) names the refused login as principalName / `failed for X on db`.
  it.fails("MongoDB's authentication-failed log lines lose the login", () => {
    expectRedacted(
      '{"c":"ACCESS","id":20249,"msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-256",' +
        '"principalName":"qmarvell","authenticationDatabase":"admin"}}\n' +
        "I ACCESS [conn12] SCRAM-SHA-1 authentication failed for tbrankwell on admin from client 10.0.0.1:5000 ; " +
        "UserNotFound: Could not find user tbrankwell@admin\n",
      ["qmarvell", "tbrankwell"],
      ["Authentication failed", "SCRAM-SHA-1 authentication failed for", "UserNotFound"],
    );
  });
});
