// Review RB of the html- batch (s20-B): leaks and lost facts found on pages and text of other tools than the corpus's.
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "../redaction/lib/redact-text";

describe("r20-b: pages pasted as HTML", () => {
  // A table with a `Variable | Value` header row (Django's debug META/settings) is read as column-header cells, so the
  // row's own label (SECRET_KEY) is lost and its value is judged under "Value": the secrets stay.
  it("takes the secrets of a Django debug table under a Variable/Value header", () => {
    const page = [
      `<table>`,
      `<thead><tr><th>Variable</th><th>Value</th></tr></thead>`,
      `<tbody>`,
      `<tr><td>SECRET_KEY</td><td class="code"><pre>&#39;django-insecure-7f3e9c1a2b4d6e8f0a1c3e5b7d9f2a4c&#39;</pre></td></tr>`,
      `<tr><td>DATABASE_PASSWORD</td><td class="code"><pre>&#39;Tr0ub4dorXyz93&#39;</pre></td></tr>`,
      `<tr><td>REQUEST_ID</td><td class="code"><pre>&#39;7b2c4e6f-8a1d-4c3b-9e5f-0a2b4c6d8e1f&#39;</pre></td></tr>`,
      `</tbody>`,
      `</table>`,
    ].join("\n");
    expectRedacted(
      page,
      ["django-insecure-7f3e9c1a2b4d6e8f0a1c3e5b7d9f2a4c", "Tr0ub4dorXyz93"],
      ["7b2c4e6f-8a1d-4c3b-9e5f-0a2b4c6d8e1f"],
    );
  });

  // The same with an ASP.NET page's `Name | Value` cookie table: the session cookie named in the row is not read.
  it("takes an ASP.NET session cookie in a Name/Value table", () => {
    const page = [
      `<table><tr><th>Name</th><th>Value</th></tr>`,
      `<tr><td>ASP.NET_SessionId</td><td>x3kq0v2b5n1m4c7z8l9p6r0s</td></tr>`,
      `</table>`,
    ].join("\n");
    expectRedacted(page, ["x3kq0v2b5n1m4c7z8l9p6r0s"]);
  });

  // A response_mode=form_post page's `code` hidden input (the authorization code) stays, though `code=` in a query or
  // a form body is taken: the view writes `code=…` on a line of its own, which the readers do not judge.
  it("takes the authorization code of a form_post auto-submit page", () => {
    const page = [
      `<html><head><title>Submit This Form</title></head>`,
      `<body onload="javascript:document.forms[0].submit()">`,
      `<form method="post" action="https://app.example.com/callback">`,
      `<input type="hidden" name="code" value="Qm9vX2T8kLp3zR7wYc1NvB4sHd6FjA0e"/>`,
      `<input type="hidden" name="state" value="8c1d2e3f"/>`,
      `</form>`,
      `</body></html>`,
    ].join("\n");
    expectRedacted(page, ["Qm9vX2T8kLp3zR7wYc1NvB4sHd6FjA0e"], ["https://app.example.com/callback"]);
  });

  // An empty comment between text nodes (React's server render writes `<!-- -->` between them) is read as a line
  // break, so an e-mail or a name it splits is never seen whole and stays.
  it("takes an e-mail split by React's empty text-node comment", () => {
    const page = [
      `<html><body><div id="__next">`,
      `<p class="profile">Signed in as <!-- -->jane.doe<!-- -->@example.org</p>`,
      `<p>Request <!-- -->7b2c4e6f-8a1d-4c3b-9e5f-0a2b4c6d8e1f</p>`,
      `</div></body></html>`,
    ].join("\n");
    expectRedacted(page, ["jane.doe"], ["7b2c4e6f-8a1d-4c3b-9e5f-0a2b4c6d8e1f"]);
  });

  // A Markdown post quoting a little HTML stays under the gate (less than half its lines markup), so a family name
  // set in `<b>` is read as a tag's text and survives while the given names go.
  it("takes a family name in <b> in a Markdown post that quotes some HTML", () => {
    const post = [
      `# Consent page shows the wrong patient`,
      ``,
      `After launch the consent page renders this:`,
      ``,
      `<p>Patient: Peter James <b>CHALMERS</b></p>`,
      `It happens every time after we upgrade.`,
      `Steps: open the app, click login.`,
      `Expected: the consent page for the launched patient.`,
    ].join("\n");
    expectRedacted(post, ["CHALMERS"], ["consent page"]);
  });

  // A `Name` column header makes every cell under it read as `Name: …`, so a parameter or organisation table (a
  // Swagger/HAPI page) loses words to the person-name reader: "Ellis Hospital", "Crypto Token" (kept before the change).
  it("keeps the cells of a Name/Type/Description parameter table", () => {
    const page = [
      `<html><body>`,
      `<h2>Search parameters</h2>`,
      `<table>`,
      `<tr><th>Name</th><th>Type</th><th>Description</th></tr>`,
      `<tr><td>Ellis Hospital</td><td>string</td><td>Organization that performed it</td></tr>`,
      `<tr><td>Crypto Token</td><td>token</td><td>A code</td></tr>`,
      `</table>`,
      `</body></html>`,
    ].join("\n");
    expectRedacted(page, [], ["<td>Ellis Hospital</td>", "<td>Crypto Token</td>"]);
  });

  // Login forms' anti-forgery and session fields of other tools (Jenkins' crumb, phpMyAdmin's set_session) are not
  // known as secret keys, though the batch added Spring's `_csrf` and Django's `csrftoken` for the same reason.
  it("takes the hidden session and anti-forgery fields of Jenkins and phpMyAdmin login forms", () => {
    const page = [
      `<html><head><title>Sign in [Jenkins]</title></head><body>`,
      `<form method="post" action="/j_spring_security_check"><input name="Jenkins-Crumb" type="hidden" value="5c4f3b2a1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"/></form>`,
      `<form method="post" action="index.php"><input type="hidden" name="set_session" value="k7m2p9q4r1s8t3v6w0x5y2z8a4"/></form>`,
      `</body></html>`,
    ].join("\n");
    expectRedacted(page, [
      "5c4f3b2a1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a",
      "k7m2p9q4r1s8t3v6w0x5y2z8a4",
    ]);
  });
});

describe("r20-b: phi-names changes on text of other kinds", () => {
  // "ID" after a name lowers every name's score (meant for "Ray ID"): a patient named before their id now survives.
  it("still takes a patient's name written before the word ID", () => {
    expectRedacted("Patient Jane Doe ID 12724066 could not be found", ["Jane Doe"], ["12724066"]);
    expectRedacted("Called by Mary Ellen Jones Id 4471 at the clinic", ["Mary Ellen Jones"], ["4471"]);
  });

  // A capitalised word after given names joins the name: acronyms a ticket needs (ICU, UTC, EHR, CORS) are taken.
  it("keeps an acronym after given names", () => {
    const out = redact("Mary Ellen ICU admission failed at 10:12 Jane Ann UTC; User Emma Louise EHR launch");
    expect(out).toContain("ICU");
    expect(out).toContain("UTC");
    expect(out).toContain("EHR");
  });
});
