// What developers copy out of the browser and out of chat: a DevTools "Copy as PowerShell", a webhook's signature
// header logged as JSON, the Headers tab's General block, a Slack export's profiles, a chat copied with its author
// lines, a meeting transcript's speakers. Synthetic values in the real shapes (test/corpora/real-artifacts holds the
// public originals: browser-*, chat-*, console-*).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("the browser's DevTools", () => {
  it('"Copy as PowerShell" loses every cookie value added to the session; names, domain and headers stay', () => {
    const session = "53616c7465645f5f0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    const out = redact(
      [
        "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession",
        `$session.Cookies.Add((New-Object System.Net.Cookie("session", "${session}", "/", ".fhir.example.org")))`,
        `$session.Cookies.Add((New-Object System.Net.Cookie('_ga', 'GA1.2.1234567890.1638562129', '/', '.fhir.example.org')))`,
        'Invoke-WebRequest -UseBasicParsing -Uri "https://fhir.example.org/r4/Patient" `',
        "-WebSession $session `",
        '-Headers @{ "authority"="fhir.example.org" }',
      ].join("\n"),
    );
    expect(out).not.toContain(session);
    expect(out).not.toContain("GA1.2.1234567890.1638562129");
    expect(out).toContain('System.Net.Cookie("session", "');
    expect(out).toContain('"/", ".fhir.example.org")))');
    expect(out).toContain('"authority"="fhir.example.org"');
  });

  it("a cookie added from a variable keeps the variable (nothing to hide)", () => {
    const line = '$session.Cookies.Add((New-Object System.Net.Cookie("auth_token", $login.token, "/", "localhost")))';
    expect(redact(line)).toBe(line);
  });

  it("the General block's Remote Address is the server's and stays; a client's address elsewhere goes", () => {
    const out = redact(
      "Request URL: https://fhir.example.org/r4/Patient\nRequest Method: GET\nStatus Code: 403\nRemote Address: 185.199.110.153:443\nclient ip 203.0.113.77",
    );
    expect(out).toContain("Remote Address: 185.199.110.153:443");
    expect(out).not.toContain("203.0.113.77");
  });

  it("a webhook's signature header logged as JSON loses its HMAC; its timestamp stays", () => {
    const sig = "v0=0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    const out = redact(
      `{\n  "User-Agent": "Slackbot 1.0",\n  "X-Slack-Signature": "${sig}",\n  "X-Slack-Request-Timestamp": "1715405196"\n}`,
    );
    expect(out).not.toContain(sig);
    expect(out).toContain('"X-Slack-Request-Timestamp": "1715405196"');
    const hub = "sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    expect(redact(`X-Hub-Signature-256: ${hub}`)).not.toContain(hub);
  });
});

describe("a Slack export", () => {
  const message = (realName: string, login: string, hash: string) =>
    JSON.stringify({
      client_msg_id: "6e10b1ac-75c7-47fa-9c92-a4bced58c758",
      type: "message",
      text: "Is the token scoped for Observation?",
      user: "UMBPVBT7U",
      ts: "1566677181.001000",
      user_profile: {
        avatar_hash: "g" + hash.slice(0, 11),
        image_72: `https://secure.gravatar.com/avatar/${hash}.jpg?s=72`,
        first_name: realName.split(" ")[0],
        real_name: realName,
        display_name: realName,
        name: login,
        is_restricted: false,
      },
    });

  it("loses each author's real and display name, login and Gravatar e-mail hash; ids, times and text stay", () => {
    const hash = "e1d7533e265a9208a5db0dbf6047a882";
    const out = redact(`[${message("Tamsin Quarrie", "tquarrie811", hash)}]`);
    for (const v of ["Tamsin Quarrie", "tquarrie811", hash]) expect(out).not.toContain(v);
    for (const v of [
      "1566677181.001000",
      "6e10b1ac-75c7-47fa-9c92-a4bced58c758",
      "Is the token scoped for Observation?",
    ])
      expect(out).toContain(v);
    expect(() => JSON.parse(out)).not.toThrow();
  });
});

describe("a chat copied with its author lines", () => {
  it("Slack's desktop copy (the name, then the time on its own indented line) loses the author and their handle", () => {
    const out = redact(
      [
        "Tamsin Quarrie",
        "  9:10 AM",
        "the 403 says insufficient_scope for patient/Observation.read",
        "Orrin Vale",
        "New hire:wave:  9:12 AM",
        "@tamsin.quarrie can you paste the token response?",
        "9:13",
        "opc-request-id 4f1c0c2a7d",
      ].join("\n"),
    );
    for (const v of ["Tamsin Quarrie", "Orrin Vale", "tamsin.quarrie"]) expect(out).not.toContain(v);
    for (const v of [
      "9:10 AM",
      "9:12 AM",
      "insufficient_scope",
      "patient/Observation.read",
      "opc-request-id 4f1c0c2a7d",
    ])
      expect(out).toContain(v);
  });

  it("author lines with the time beside the name (Slack in Markdown, with a status emoji, in brackets) lose the name", () => {
    const out = redact(
      [
        "_Tamsin Quarrie  8:36 PM_",
        "",
        "ok, next topic",
        "",
        "Orrin Vale:speech_balloon: 9:40",
        "Thanks @orrinvale. and @Tamsin Quarrie",
        "Idris Okonkwo-Hale  [7:51 PM]",
        "replied to a thread: the launch failed",
      ].join("\n"),
    );
    for (const v of ["Tamsin Quarrie", "Orrin Vale", "orrinvale", "Idris Okonkwo-Hale"]) expect(out).not.toContain(v);
    for (const v of ["8:36 PM", "9:40", "[7:51 PM]", "replied to a thread:"]) expect(out).toContain(v);
  });

  it("Teams' and Discord's author lines lose the name", () => {
    const out = redact(
      "[10:42 AM] Tamsin Quarrie\nthe token has no launch scope\nOrrin Vale — Today at 10:44 AM\nsame here",
    );
    for (const v of ["Tamsin Quarrie", "Orrin Vale"]) expect(out).not.toContain(v);
    expect(out).toContain("[10:42 AM]");
    expect(out).toContain("Today at 10:44 AM");
  });

  it("a heading or a sentence beside a clock time is no author line", () => {
    const text = "Sync at 9:30 AM\nStatus Code: 403\nRetry-After: 120\nNext Steps  10:00 AM tomorrow";
    expect(redact(text)).toBe(text);
  });
});

describe("a meeting transcript", () => {
  it("a WebVTT cue's speaker (`<v Name>`, with a department) goes, and so does the same name in the rendered text", () => {
    const out = redact(
      [
        "WEBVTT",
        "",
        "91b3f3c3-44c6-4a8b-8c0a-add105d816bd/32-0",
        "00:00:10.087 --> 00:00:13.130",
        "<v Tamsin Quarrie>The launch fails with invalid_scope.</v>",
        "",
        "00:00:13.130 --> 00:00:16.270",
        "<v.loud Orrin Vale (Integrations)>Which client id?</v>",
        "",
        "Tamsin Quarrie | The launch fails with invalid_scope. | 00:00:10",
      ].join("\n"),
    );
    for (const v of ["Tamsin Quarrie", "Orrin Vale"]) expect(out).not.toContain(v);
    for (const v of [
      "00:00:10.087 --> 00:00:13.130",
      "91b3f3c3-44c6-4a8b-8c0a-add105d816bd/32-0",
      "(Integrations)",
      "invalid_scope",
    ])
      expect(out).toContain(v);
  });

  it("Google Meet's speaker line `(Name)` under a cue's timing goes", () => {
    const out = redact(
      "00:00:08.000 --> 00:00:12.000\n(Tamsin Quarrie)\nthe app gets a 403\n-\n \n(Orrin Vale)\nwhich scope\n\nTamsin Quarrie (00:00:08.000)",
    );
    for (const v of ["Tamsin Quarrie", "Orrin Vale"]) expect(out).not.toContain(v);
    expect(out).toContain("00:00:08.000 --> 00:00:12.000");
    expect(out).toContain("(00:00:08.000)");
  });
});

describe("a password given in a chat message's prose", () => {
  it("goes after a dash or `is` in the sentence that names it; the sentence and a password-less one stay", () => {
    const out = redact(
      [
        "I also set you a new password on the Ubuntu box - Kq7ZrT2mWx9, same username",
        '{"text": "the sandbox password is MarbleKettleOrbit, rotate it"}',
        "the password grant - see RFC 6749 - is not for SMART apps",
        "password reset is done",
      ].join("\n"),
    );
    for (const v of ["Kq7ZrT2mWx9", "MarbleKettleOrbit"]) expect(out).not.toContain(v);
    expect(out).toContain("I also set you a new password on the Ubuntu box - ");
    expect(out).toContain(", same username");
    expect(out).toContain("the password grant - see RFC 6749 - is not for SMART apps");
    expect(out).toContain("password reset is done");
  });
});
