// Pages pasted as HTML (the held-out `html-` batch of the real-artifact corpus): the classes of problem its first run
// showed, each on short pages of the shapes found there — a value in a table cell labelled by the cell before it, a
// value split or encoded by markup, a hidden input cut off with the paste, a family name in capitals, the name of an
// id taken for a person's. The markup and every byte around the values come back as written.
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "./lib/redact-text";

/** The output with each placeholder written as `#`: what must equal the page with its values written as `#`. */
const shapeOf = (out: string) => out.replace(/\[REDACTED:[^\]\n]+\]/g, "#");

describe("pages pasted as HTML", () => {
  it("reads a row's value by its label cell: phpinfo's cookie and TLS session rows, a debug page's META", () => {
    const page = [
      `<tr><td class="e">$_SERVER['SSL_SESSION_ID']</td><td class="v">9a0c31e87f2b44d1a6c5e0f3b7d29e8c41a5f6b0c3d7e2f1a9b8c7d6e5f4a3b2</td></tr>`,
      `<tr><td class="e">$_SERVER['HTTP_COOKIE']</td><td class="v">SRVID=1; SRVTOKEN=7f3e9c1a2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b; PHPSESSID=q1w2e3r4t5y6u7i8o9p0a1s2d3</td></tr>`,
      `<tr><td class="e">HTTP_COOKIE </td><td class="v">PHPSESSID=q1w2e3r4t5y6u7i8o9p0a1s2d3 </td></tr>`,
      `<tr><td class="e">$_SERVER['REQUEST_URI']</td><td class="v">/fhir/r4/Patient/12724066</td></tr>`,
    ].join("\n");
    const out = expectRedacted(
      page,
      [
        "9a0c31e87f2b44d1a6c5e0f3b7d29e8c41a5f6b0c3d7e2f1a9b8c7d6e5f4a3b2",
        "7f3e9c1a2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b",
        "q1w2e3r4t5y6u7i8o9p0a1s2d3",
      ],
      ["$_SERVER['HTTP_COOKIE']", "PHPSESSID=", "/fhir/r4/Patient/12724066"],
    );
    expect(shapeOf(out)).toBe(
      page
        .replace("9a0c31e87f2b44d1a6c5e0f3b7d29e8c41a5f6b0c3d7e2f1a9b8c7d6e5f4a3b2", "#")
        .replace("7f3e9c1a2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b", "#")
        .replaceAll("q1w2e3r4t5y6u7i8o9p0a1s2d3", "#")
        .replace("SRVID=1", "SRVID=#"),
    );
  });

  it("reads a framework's session cookie by its name as a key, and keeps a row that only names it", () => {
    expectRedacted(
      [
        `<tr><td class="e">$_COOKIE['PHPSESSID']</td><td class="v">k7m2p9q4r1s8t3v6w0x5y2z8a4</td></tr>`,
        `<tr><td class="e">session.name</td><td class="v">PHPSESSID</td><td class="v">PHPSESSID</td></tr>`,
      ].join("\n"),
      ["k7m2p9q4r1s8t3v6w0x5y2z8a4"],
      [`$_COOKIE['PHPSESSID']`, `<td class="v">PHPSESSID</td><td class="v">PHPSESSID</td>`],
    );
    expectRedacted(
      "JSESSIONID: 7D3C1A9F2B4E6D8C0A1B3C5D7E9F1A2B",
      ["7D3C1A9F2B4E6D8C0A1B3C5D7E9F1A2B"],
      ["JSESSIONID: "],
    );
  });

  it("reads each cell of a table under its column's header, and a Spring login form's _csrf token", () => {
    const out = expectRedacted(
      [
        `<table><thead><tr><th>Name</th><th>Date of birth</th><th>MRN</th></tr></thead><tbody>`,
        `<tr><td>Orin Vellacott</td><td>1961-03-03</td><td>E7781203</td></tr></tbody></table>`,
        `<form action="/login" method="post"><input type="hidden" name="_csrf" value="4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"></form>`,
      ].join("\n"),
      ["Orin Vellacott", "1961-03-03", "E7781203", "4f1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"],
      ["<th>Name</th><th>Date of birth</th><th>MRN</th>", `<form action="/login" method="post">`],
    );
    expect(out).toContain("<tr><td>[REDACTED:name#1]</td><td>[REDACTED:");
  });

  it("reads a value the markup splits or encodes: a narrative's birth date after a bold label, an address over <br/>", () => {
    const out = expectRedacted(
      `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>name</b>: Orin Vellacott </p><p><b>birthDate</b>: Mar 3, 1961</p></div>`,
      ["Orin Vellacott", "Mar 3, 1961"],
      ["<p><b>birthDate</b>: ", "</p></div>"],
    );
    expect(shapeOf(out)).toBe(
      `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>name</b>: # </p><p><b>birthDate</b>: #</p></div>`,
    );
    expectRedacted(
      `<table><tr><td>Address</td><td><span>17 Quarry Lane</span><br/><span>Brackleton</span> <span>ZZ</span></td></tr></table>`,
      ["17 Quarry Lane", "Brackleton"],
      ["<td>Address</td>", "<br/>", "</td></tr></table>"],
    );
  });

  it("reads a hidden input by its name, its value cut off with the paste, in upper-case markup", () => {
    const value = "PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6cHJvdG9jb2wiIERlc3Q";
    const out = expectRedacted(
      `<BODY Onload="document.forms[0].submit()">\n<FORM METHOD="POST" ACTION="https://vpn.example.org/SAML20/SP/ACS">\n<INPUT TYPE="HIDDEN" NAME="SAMLResponse" VALUE="${value}`,
      [value],
      ['ACTION="https://vpn.example.org/SAML20/SP/ACS"', 'NAME="SAMLResponse" VALUE="'],
    );
    expect(out.endsWith('VALUE="[REDACTED:saml_response#1]')).toBe(true);
  });

  it("takes a family name written in capitals after the given names with them", () => {
    expectRedacted(
      `<div class="hapiHeaderText">Mary Ellen <b>VELLACOTT </b></div>`,
      ["Mary Ellen", "VELLACOTT"],
      [`<div class="hapiHeaderText">`, "<b>", "</b></div>"],
    );
    // A word of a log or a protocol after a name is no family name.
    expectRedacted("Mary Ellen GET /fhir/r4/Patient/12724066", ["Mary Ellen"], ["GET /fhir/r4/Patient/12724066"]);
  });

  it("keeps the name of an id (Cloudflare's Ray ID) while the visitor's address in the footer goes", () => {
    expectRedacted(
      [
        `<p>Please include what you were doing when this page came up and the Cloudflare Ray ID found at the bottom of this page.</p>`,
        `<span class="cf-footer-item">Cloudflare Ray ID: <strong>8e1f0c2a9b7d4e53</strong></span>`,
        `<span class="cf-footer-item"><span>Your IP</span>: 81.17.29.146</span>`,
      ].join("\n"),
      ["81.17.29.146"],
      ["the Cloudflare Ray ID found", "Cloudflare Ray ID: <strong>8e1f0c2a9b7d4e53</strong>"],
    );
  });

  it("leaves a status page without values as it was", () => {
    const page = `<!doctype html><html lang="en"><head><title>HTTP Status 401 – Unauthorized</title></head><body><h1>HTTP Status 401 – Unauthorized</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> The request has not been applied because it lacks valid authentication credentials for the target resource.</p><hr class="line" /><h3>Apache Tomcat/10.1.9</h3></body></html>`;
    expect(redact(page)).toBe(page);
  });
});
