// Objects printed by programs in the languages FHIR integrators also write: Elixir's inspect (`%Struct{key: "…"}`,
// `nil`), Erlang terms (`{<<"key">>,<<"value">>}`), Haskell's show (`Record {field = "…", other = Nothing}`),
// Clojure's EDN, Kotlin's data classes. Synthetic values, real shapes (test/corpora/real-artifacts/dump-*).
import { describe, expect, it } from "vitest";
import { readPrintedPairs } from "~/redaction/printed-pairs";
import { LINEAR, growth, itStaysLinear, repeat, slicedGrowth } from "../hostile/work-meter";
import { expectRedacted, redact } from "./lib/redact-text";

const TOKEN = "Zq7Rk2Lm9Xw4Tb8Nc3Vd6Hf1Jg5Ps0Ya";

describe("a language's empty value is no secret", () => {
  it("Elixir's nil under a token's key stays, and so does every other nil", () => {
    expectRedacted(
      `%Ueberauth.Auth.Credentials{\n  token: "${TOKEN}",\n  refresh_token: nil,\n  secret: nil\n}\n%Ueberauth.Auth.Info{\n  name: nil,\n  first_name: nil\n}`,
      [TOKEN],
      ["refresh_token: nil", "secret: nil", "name: nil", "first_name: nil"],
    );
  });

  it("Haskell's Nothing under a token's key stays", () => {
    expectRedacted(
      `OAuth2Token {refreshToken = Nothing, expiresIn = Just 172800, idToken = Nothing}`,
      [],
      ["refreshToken = Nothing", "idToken = Nothing", "expiresIn = Just 172800"],
    );
  });
});

describe("Erlang terms: a proplist of binaries", () => {
  it("a token's binary goes, on the key's line or the next; numbers and the token type stay", () => {
    const out = expectRedacted(
      `{[{<<"access_token">>,\n   <<"ya29.${TOKEN}">>},\n  {<<"token_type">>,<<"Bearer">>},\n  {<<"expires_in">>,3600},\n  {<<"refresh_token">>,\n   <<"1/${TOKEN}">>}]}\n\n{[{<<"access_token">>,<<"1/${TOKEN.slice(0, 22)}">>},\n  {<<"expires_in">>,3920},\n  {<<"token_type">>,<<"Bearer">>}]}`,
      [TOKEN, TOKEN.slice(0, 22)],
      ['{<<"token_type">>,<<"Bearer">>}', '{<<"expires_in">>,3600}', '{<<"expires_in">>,3920}'],
    );
    expect(out).toContain('{[{<<"access_token">>,');
  });

  it("the call printed before the term is no table header: its argument names are no columns", () => {
    expectRedacted(
      `erltube:refresh_token(ClientKey, ClientSecret, RefreshToken).\n{[{<<"access_token">>,<<"1/${TOKEN}">>},\n  {<<"expires_in">>,3920},\n  {<<"token_type">>,<<"Bearer">>}]}`,
      [TOKEN],
      ['{<<"expires_in">>,3920}', '{<<"token_type">>,<<"Bearer">>}]}'],
    );
  });

  it("the pairs read: a binary key, a binary value, an atom key", () => {
    const text = `[{<<"access_token">>,<<"${TOKEN}">>},{<<"expires_in">>,7200},{scope,<<"openid">>}]`;
    expect(readPrintedPairs(text).map((g) => g.map((p) => [p.key, text.slice(p.start, p.end)]))).toEqual([
      [
        ["access_token", TOKEN],
        ["scope", "openid"],
      ],
    ]);
  });
});

describe("Haskell records printed by show", () => {
  it("a newtype's string is its field's value: the token goes, the rest stays", () => {
    expectRedacted(
      `OAuth2Token {accessToken = AccessToken {atoken = "${TOKEN}"}, refreshToken = Nothing, expiresIn = Just 172800, tokenType = Just "Bearer", idToken = Nothing}`,
      [TOKEN],
      ['tokenType = Just "Bearer"', "expiresIn = Just 172800", "accessToken = AccessToken {atoken = "],
    );
  });

  it("a person's record: the name and the e-mail go", () => {
    expectRedacted(
      `User {userId = 42, userName = "Jane Roe", userEmail = "jane.roe@example.org", userRole = "admin"}`,
      ["Jane Roe", "jane.roe@example.org"],
      ["userId = 42", 'userRole = "admin"'],
    );
  });
});

describe("a secret before a brace is no constructor", () => {
  it("a generated password followed by ` {` on a log line still goes (a constructor reads as words)", () => {
    const text = "2025-07-29T15:22:11Z WARN { password=AAAAAAAAA6ADHvhe {\n";
    for (const kind of ["log", "text"] as const)
      expect(redact(text, "sandbox", kind)).not.toContain("AAAAAAAAA6ADHvhe");
  });
});

describe("Elixir structs", () => {
  it("a nested struct is no value: its name stays, its token goes", () => {
    expectRedacted(
      `raw_info: %{\n  token: %OAuth2.AccessToken{\n    access_token:\n      "${TOKEN}",\n    token_type: "Bearer"\n  }\n}`,
      [TOKEN],
      ["token: %OAuth2.AccessToken{", 'token_type: "Bearer"'],
    );
  });
});

describe("a one-time code under its key", () => {
  it("Kotlin's data class and the JSON body it came from: the code goes, its expiry stays", () => {
    expectRedacted(
      `BODY: {"isAutoGen":true,"otp":"482913",...}\nSendOtpResponse(\n    otp = "482913",\n    expiresAt = "2025-12-15T08:28:00.567Z",\n    userId = 1\n)`,
      ["482913"],
      ['expiresAt = "2025-12-15T08:28:00.567Z"', '"isAutoGen":true', "userId = 1"],
    );
  });

  it("Kotlin's data class alone, one argument a line: the code goes, its expiry stays", () => {
    expectRedacted(
      `SendOtpResponse(\n    otp = "482913",\n    expiresAt = "2025-12-15T08:28:00.567Z",\n    userId = 1\n)`,
      ["482913"],
      ['expiresAt = "2025-12-15T08:28:00.567Z"', "userId = 1"],
    );
  });

  it("a word or a flag under otp stays", () => {
    expectRedacted(`otp: required\n"otp": "enabled"`, [], ["otp: required", '"otp": "enabled"']);
  });
});

describe("R's str() of a parsed token response", () => {
  it("the string after its type tag is the value: the tokens go, the tags and the rest stay", () => {
    const out = expectRedacted(
      `List of 4\n $ access_token : chr "${TOKEN}"\n $ token_type   : chr "Bearer"\n $ expires_in   : int 3599\n $ refresh_token: chr "1//0g${TOKEN.slice(4)}"\n $ name         : chr "Jane Roe"\n $ email        : chr "jane.roe@example.org"`,
      [TOKEN, TOKEN.slice(4), "Jane Roe", "jane.roe@example.org"],
      [' $ token_type   : chr "Bearer"', " $ expires_in   : int 3599", " $ refresh_token: chr "],
    );
    expect(out).toContain(" $ access_token : chr ");
  });
});

describe("a user document printed with bare keys", () => {
  it("the password hash's salt goes beside its derived key; the hashing scheme's name stays", () => {
    expectRedacted(
      `{\n  _id: org.couchdb.user:jroe,\n  password_scheme: pbkdf2,\n  iterations: 10,\n  derived_key: 0d5f6a1c9e7b3a2f8c4d6e1b0a9f8e7d6c5b4a39,\n  salt: 8f14e45fceea167a5a36dedd4bea2543\n}`,
      ["0d5f6a1c9e7b3a2f8c4d6e1b0a9f8e7d6c5b4a39", "8f14e45fceea167a5a36dedd4bea2543"],
      ["password_scheme: pbkdf2", "iterations: 10"],
    );
  });
});

describe("hostile input", () => {
  it("Erlang binaries and Haskell records stay linear", () => {
    for (const fragment of [
      '{<<"access_token">>,<<"',
      '{<<"access_token">>,\n',
      "<<<<<<",
      'R {a = "x", b = Nothing, ',
      "R {a = S {b = T {c = ",
      "token = Token {",
      ' $ access_token: chr "',
      "\n .. .. .. .. $ a      : chr ",
      ",\n    birthDate = ",
      "(\n\t\t\t",
      "(a='b, c='",
    ]) {
      expect(growth(repeat(fragment), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(repeat(fragment), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
    }
  });

  describe("the whole redactor on these shapes", () => {
    itStaysLinear(
      [
        ["call lines before rows", repeat('f(ClientKey, ClientSecret, x).\n{<<"a">>,<<"b">>},\n')],
        ["unclosed calls", repeat("f(ClientKey, ClientSecret, ")],
        ["Haskell newtypes", repeat('token = Token {t = "abc", ')],
        ["Elixir struct openers", repeat("token: %A.B{\n")],
        ["R type tags without a closing quote", repeat(' $ access_token: chr "ab')],
        ["Maybe records under a token's key, unclosed", repeat("refreshToken = Just (RefreshToken {rtoken = ")],
        ["struct openers under a secret's key, blanks and no string", repeat("client_secret: %Secret{\n      ")],
        ["one-time code keys without a code", repeat("verification_code: mfa_code=sms_code ")],
      ],
      (text) => redact(text),
    );
  });

  it("a call line followed by 1 MB of blanks (no end in sight) finishes, and a secret after it still goes", () => {
    const blanks = " \t".repeat(500_000);
    const out = redact(`f(ClientKey, ClientSecret)${blanks}x\nabc,def\nclient_secret=hunter2hunter2x\n`);
    expect(out).not.toContain("hunter2hunter2x");
  });
});
