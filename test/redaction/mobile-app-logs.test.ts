// Shapes from a held-out sample of mobile app logs (test/corpora/real-artifacts/mobile-*: Android logcat and OkHttp,
// AppAuth, Flutter's `I/flutter` lines and Dart maps, React Native's Metro log, Xcode's console with Swift prints).
// Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check, gone, kept, redact } from "./lib/redact-text";

const CODE = "Qm7xT2pLk9VwZ4sR8nYb";
const TOKEN = "kV9fRt2LmQ8sWz4XyP1nQw7e";
const REFRESH = "tGzv3JOkF0XG5Qx2TlKWIA";

describe("an OAuth form written bare on a log line", () => {
  it("OkHttp's logged token request body loses its authorization code; grant_type and redirect_uri stay", () => {
    check(
      [
        "12-05 10:31:22.123  4521  4587 D OkHttp  : --> POST https://authorization.cerner.com/tenants/t/protocols/oauth2/profiles/smart-v1/token",
        "12-05 10:31:22.124  4521  4587 D OkHttp  : Content-Type: application/x-www-form-urlencoded",
        `12-05 10:31:22.124  4521  4587 D OkHttp  : grant_type=authorization_code&code=${CODE}&redirect_uri=com.example.app%3A%2Fcallback`,
        "12-05 10:31:22.125  4521  4587 D OkHttp  : --> END POST (112-byte body)",
      ].join("\n"),
      [CODE],
      [
        "grant_type=authorization_code&code=",
        "&redirect_uri=com.example.app%3A%2Fcallback",
        "--> END POST (112-byte body)",
      ],
    );
  });

  it("the parameters a redirect brought back, printed by the app (`code=…&state=…`), lose the code and keep state", () => {
    check(`I/flutter ( 9705): callback params: code=${CODE}&state=af0ifjsldkj`, [CODE], ["&state=af0ifjsldkj"]);
  });

  it("a run that names no OAuth parameter keeps its code (a status, a product code)", () => {
    check("D/Shop: code=200&status=ok&page=2", [], ["code=200&status=ok&page=2"]);
  });

  it("a program's variable standing for the code is no code: it stays, and nothing else named so is touched", () => {
    check(
      [
        "public function getAccessToken($code){",
        '    $body = "grant_type=authorization_code&code=$code&redirect_uri=$this->redirect";',
      ].join("\n"),
      [],
      ["getAccessToken($code){", "&code=$code&redirect_uri="],
    );
  });
});

describe('Swift\'s Optional("…") around a labelled value', () => {
  it("the token inside goes, the wrapper stays, and no other Optional( is touched", () => {
    const out = check(
      [
        `2024-01-02 10:11:12.345678+0100 FhirApp[1234:56789] Got authorization tokens. Access token: Optional("${TOKEN}")`,
        `refresh token: Optional("${REFRESH}")`,
        'Request headers: Optional(["Accept": "application/fhir+json"])',
      ].join("\n"),
      [TOKEN, REFRESH],
      ['Access token: Optional("', 'Request headers: Optional(["Accept": "application/fhir+json"])'],
    );
    gone(out, 'Optional(")');
  });

  it("a userinfo object printed by an iOS app loses the names and logins inside its Optionals", () => {
    const out = check(
      'user: {sub: Optional("248289761001"), name: Optional("Jane Doe"), email: Optional("janedoe@example.com"), preferred_username: Optional("jdoe77")}',
      ["Jane Doe", "janedoe@example.com", "jdoe77"],
      ['sub: Optional("248289761001")', 'name: Optional("', 'preferred_username: Optional("'],
    );
    gone(out, "[REDACTED:name#1](");
  });

  it("a password printed the same way goes", () => {
    check('password: Optional("hunter2hunter")', ["hunter2hunter"], ['password: Optional("']);
  });
});

describe("a token's expiry printed beside it", () => {
  it("react-native-app-auth's result keeps accessTokenExpirationDate while the tokens go", () => {
    check(
      ` LOG  {"accessToken": "${TOKEN}", "accessTokenExpirationDate": "2024-01-02T10:21:12Z", "idToken": null, "refreshToken": "${REFRESH}", "tokenType": "Bearer"}`,
      [TOKEN, REFRESH],
      ['"accessTokenExpirationDate": "2024-01-02T10:21:12Z"', '"tokenType": "Bearer"'],
    );
  });

  it("the same keys in JSON, a YAML-like dump and snake case keep their times", () => {
    const out = redact(
      [
        `{"access_token": "${TOKEN}", "access_token_expires_at": "2024-01-02T10:21:12Z", "refresh_token_expiry_date": "2024-02-01"}`,
        "accessTokenExpirationDate: 2024-01-02 10:21:12 +0000",
        "refreshTokenIssuedAt: 2024-01-02T10:11:12Z",
      ].join("\n"),
    );
    gone(out, TOKEN);
    kept(
      out,
      '"access_token_expires_at": "2024-01-02T10:21:12Z"',
      '"refresh_token_expiry_date": "2024-02-01"',
      "accessTokenExpirationDate: 2024-01-02 10:21:12 +0000",
      "refreshTokenIssuedAt: 2024-01-02T10:11:12Z",
    );
  });
});

describe("a userinfo answer printed as a Dart map (no quotes)", () => {
  it("the nickname goes with the name and e-mail; iss and updated_at stay", () => {
    check(
      "I/flutter (10033): {nickname: jdoe77, name: janedoe@example.com, picture: https://s.gravatar.com/avatar/x.png, updated_at: 2022-07-11T08:31:04.642Z, email: janedoe@example.com, email_verified: false, iss: https://dev-x.eu.auth0.com/}",
      ["jdoe77", "janedoe@example.com"],
      ["updated_at: 2022-07-11T08:31:04.642Z", "email_verified: false", "iss: https://dev-x.eu.auth0.com/"],
    );
  });

  it("a nickname that is a role or a test account stays", () => {
    check("{nickname: admin, email_verified: false}", [], ["nickname: admin"]);
  });
});
