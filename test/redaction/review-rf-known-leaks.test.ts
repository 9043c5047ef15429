// Review RF (engineer F's known-leaks batch): one `it.fails` per finding; each passes once its finding is fixed.
// Numbers refer to the findings of review RF (kept outside the repository).
import { describe, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

const CODE = "Zx81kQpLmN0aB7cD6eF5gH4iJ3";

describe("review RF", () => {
  it("1: a Go header map keeps the entries after a Cookie entry", () => {
    const out = redact(
      "resp.Header: map[Cookie:[sid=Kq7ZrT2mWx9] X-Request-Id:[5a1c2d3e] Content-Type:[application/json]]",
    );
    gone(out, "Kq7ZrT2mWx9");
    kept(out, "X-Request-Id:[5a1c2d3e]", "Content-Type:[application/json]");
    kept(redact("map[set-cookie:[sid=Kq7ZrT2mWx9] x-api-key:[mysupersecretkey]]"), "] x-api-key:[");
  });

  it("2: a Python tuple list of OAuth form fields keeps its facts", () => {
    const text =
      "data = [('grant_type', 'authorization_code'), ('token_type', 'Bearer'), ('token_type_hint', 'access_token'), " +
      "('session_state', 'e3cbfdca-2f1a-4c5b'), ('auth_method', 'client_secret_basic')]";
    kept(redact(text), "'Bearer'", "'access_token'", "'client_secret_basic'", "'e3cbfdca-2f1a-4c5b'");
    kept(redact("Headers : {[Session-Timeout, 3600], [Content-Type, application/json]}"), "[Session-Timeout, 3600]");
  });

  it("3: a percent-encoded e-mail in a query value without blanks goes", () => {
    gone(redact("GET /oauth2/authorize?client_id=abc&login_hint=jane.roe%40example.com&state=x"), "jane.roe");
    gone(redact("GET https://api.example.com/notify?msg=Hi%C2%A0John%C2%A0Smith"), "Smith");
  });

  it("4: prose with + blanks in a form body outside a URL or a quoted wire line goes", () => {
    gone(redact('{"body":"To=%2B18015550199&Body=Hi+John+Smith"}'), "Smith");
    gone(redact("2024-01-15T09:30:00Z INFO POST /notify body=To=%2B18015550199&Body=Hi+John+Smith"), "Smith");
  });

  it("5: a client address written as an IPv4-mapped IPv6 or in Azure's socket header goes", () => {
    gone(
      redact("GET / HTTP/1.1\nHost: a.example.com\nX-Forwarded-For: ::ffff:73.162.44.201, 10.0.0.2\n"),
      "73.162.44.201",
    );
    gone(redact("GET / HTTP/1.1\nHost: a.example.com\nX-Azure-SocketIP: 73.162.44.205\n"), "73.162.44.205");
    gone(redact('{"headers":[{"key":"X-Forwarded-For","value":"73.162.44.201"}]}'), "73.162.44.201");
  });

  it("6: UPDATE with an alias, a qualified column or a row value loses the person's values", () => {
    gone(redact("UPDATE patient p SET family = 'Okonkwo' WHERE p.id = 1;"), "Okonkwo");
    gone(redact("UPDATE patient SET patient.family = 'Okonkwo' WHERE id = 1;"), "Okonkwo");
    gone(redact("UPDATE p SET p.family = 'Okonkwo' FROM patient p WHERE p.id = 1;"), "Okonkwo");
    gone(redact("UPDATE patient SET (family, given) = ('Okonkwo', 'Ada') WHERE id = 1;"), "Okonkwo");
  });

  it("7: an UPDATE's bind placeholders stay", () => {
    kept(redact("UPDATE patient SET family = :family, given = @given WHERE id = :id"), "family = :family");
    kept(redact("UPDATE patient SET family = $1, given = $2 WHERE id = $3"), "family = $1, given = $2");
  });

  it("8: a wrapped query with the blank line under the URL, inline code items or cmd/PowerShell continuations", () => {
    gone(redact(`https://app.example.com/callback?state=98a7b6\n\n&code=${CODE}\n`), CODE);
    gone(redact(`Redirected to https://app.example.com/callback?\n- \`state=98a7b6\`\n- \`code=${CODE}\`\n`), CODE);
    gone(redact(`curl https://app.example.com/callback?^\ncode=${CODE}^\n&state=98a7b6\n`), CODE);
    gone(redact(`curl "https://app.example.com/callback?\`\ncode=${CODE}&\`\nstate=98a7b6"\n`), CODE);
  });

  it("9: list items under a documentation URL are not an OAuth callback", () => {
    const text =
      "Docs: https://docs.example.com/setup\n1. client_id=0f2e6a1c\n2. code=ABC-123-SETUP-STEP\n3. state=enabled\n";
    kept(redact(text), "code=ABC-123-SETUP-STEP");
  });

  // Not mended (rounds F and 14): telling a two-word place from a two-word person's name needs a gazetteer or context
  // the name detector lacks; widening the list trades a kept place for a leaked name. Two cues were weighed: a second
  // word that is a country or a US state ("Sydney Australia") decides for a place, but "Ann Arbor" has none; a
  // preposition before the pair ("in", "Offices in") does not decide ("a call in Ann Arbor with Jane Roe" holds both).
  // Left open rather than trading a kept place for a leaked name; the residual risk is documented.
  it.fails("10: multi-word places outside the fixed list stay", () => {
    kept(redact("Offices: Toronto Canada, Sydney Australia and Paris France"), "Sydney Australia");
    kept(redact("Offices in Des Moines, Ann Arbor and Baton Rouge."), "Ann Arbor");
  });

  // Not mended (rounds F and 14, low): four more printed layouts (blank-padded tuples, Node rawHeaders, Ruby =>, Go
  // %#v) each need their own reader; round 14 spent its time on the health formats, so this is left for a later round
  // rather than rushed in.
  it.fails("11: other printed header layouts lose their credentials", () => {
    gone(redact("( 'cookie' , 'sid=Kq7ZrT2mWx9' )"), "Kq7ZrT2mWx9");
    gone(redact("rawHeaders: [ 'Cookie', 'sid=Kq7ZrT2mWx9', 'X-Api-Key', 'mysupersecretkey' ]"), "Kq7ZrT2mWx9");
    gone(redact('{"Set-Cookie"=>["sid=Kq7ZrT2mWx9; Path=/"], "Content-Type"=>["text/html"]}'), "Kq7ZrT2mWx9");
    const go = redact(
      'http.Header{"Set-Cookie":[]string{"sid=Kq7ZrT2mWx9"}, "X-Api-Key":[]string{"mysupersecretkey"}}',
    );
    gone(go, "Kq7ZrT2mWx9", "mysupersecretkey");
  });

  it("12: a nested (double-encoded) redirect's name goes", () => {
    gone(redact("GET /x?redirect=https%3A%2F%2Fapp.example.com%2Fcb%3Fname%3DJohn%2BSmith"), "Smith");
  });
});
