// Shapes found in a third batch of real artifacts (test/corpora/real-artifacts: Spring and nginx-style logs, Oracle
// forum and Google Groups posts, an e-mail reply, decoded tokens from an Italian FSE thread, JWTs cut where a page's
// copy ends). Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a path with a query in a log line (no scheme, no host)", () => {
  it("an access log's request line loses its authorization code and state", () => {
    check(
      '10.1.2.3 - - [10/Oct/2023:13:55:36 +0000] "GET /callback?code=Qm9vdHN0cmFwQ29kZTk4NzY&state=kX7pq2Lw HTTP/1.1" 302 0 "-" "Mozilla/5.0"',
      ["Qm9vdHN0cmFwQ29kZTk4NzY"],
      ["GET /callback?code=", 'HTTP/1.1" 302', "[10/Oct/2023:13:55:36 +0000]"],
    );
  });

  it("a Spring filter-chain line loses the code; the path and the filter stay", () => {
    check(
      "2016-11-17 15:22:12.493 DEBUG 7837 --- [io-5000-exec-10] o.s.security.web.FilterChainProxy        : /login?code=5f1c0e9a8b7d6c5e4f3a2b1c0d9e8f7a&state=wTvBkW at position 6 of 12 in additional filter chain",
      ["5f1c0e9a8b7d6c5e4f3a2b1c0d9e8f7a"],
      ["/login?code=", "2016-11-17 15:22:12.493", "at position 6 of 12"],
    );
  });

  it("a FHIR search path keeps its parameters that are not personal", () => {
    check(
      "INFO GET /r4/Observation?category=laboratory&_count=50 -> 403",
      [],
      ["/r4/Observation?category=laboratory&_count=50"],
    );
  });
});

describe("a form logged as a Java map ({key=[value], …})", () => {
  it("the code, the client secret and a password go; grant type, redirect and client id stay", () => {
    check(
      "Encoding and sending form: {grant_type=[authorization_code], code=[5f1c0e9a8b7d6c5e4f3a2b1c0d9e8f7a], redirect_uri=[http://localhost:5000/login], client_id=[62c5dd374d13a7ec6469], client_secret=[b98fe2e6d9214674ab25e82c5065c9aa], password=[hunter2]}",
      ["5f1c0e9a8b7d6c5e4f3a2b1c0d9e8f7a", "b98fe2e6d9214674ab25e82c5065c9aa", "hunter2"],
      [
        "grant_type=[authorization_code]",
        "redirect_uri=[http://localhost:5000/login]",
        "client_id=[62c5dd374d13a7ec6469]",
      ],
    );
  });
});

describe("a JWT cut after its payload (a page copied where it ends)", () => {
  const header = "eyJhbGciOiJSUzI1NiJ9";
  const payload = "eyJjb250YWN0cyI6WyJ0cXVhcnJpZUBleGFtcGxlLm9yZyJdfQ";
  it("in prose", () => {
    check(`the token starts ${header}.${payload}`, [payload], ["the token starts"]);
  });
  it("as a URL parameter, the other parameters staying", () => {
    check(
      `https://ehr.example.org/oauth2/authorize?scope=openid&client_id=${header}.${payload}`,
      [payload],
      ["https://ehr.example.org/oauth2/authorize?scope=openid&client_id="],
    );
  });
  it("a dotted name of two parts that are no JWT stays", () => {
    check("see eyJhbGci.example and app.eyJumpStart", [], ["eyJhbGci.example", "app.eyJumpStart"]);
  });
});

describe("author lines of forum posts", () => {
  it("Oracle's forum glues the author's name to the post's date", () => {
    check(
      "401 tenant-mismatch errors in prod\n\nTamsin QuarrieMay 27 2025\n\nWorkflow or API calls:\n",
      ["Tamsin", "Quarrie"],
      ["May 27 2025", "401 tenant-mismatch errors in prod", "Workflow or API calls:"],
    );
    check("Title\n\nTamsin-Acme47 hours ago\n\nWorkflow or API calls:", ["Tamsin"], ["47 hours ago"]);
    check("Some title\n\nQuarrie-Tamsin Oct 17 2025 — edited Oct 18 2025\n\nBody", ["Quarrie"], ["Oct 17 2025"]);
  });

  it("a sentence that ends in a date keeps its words", () => {
    check("Released in May 27 2025\nUpdated on Oct 17 2025", [], ["Released in May 27 2025", "Updated on Oct 17 2025"]);
  });

  it("Google Groups puts an 'unread,' line between the author and the date", () => {
    check(
      "Thanks,\n\nQuarrie Tamsin (Cerner)\n\nunread,\nSep 14, 2021, 12:46:20 PM9/14/21\nto Cerner FHIR Developers\nHello,\n",
      ["Quarrie", "Tamsin"],
      ["(Cerner)", "Sep 14, 2021, 12:46:20 PM"],
    );
  });
});

describe("an e-mail signature pasted with a reply", () => {
  it("the dash sign-off and the name above the contact lines go, with the phone numbers", () => {
    check(
      "I just resolved the conversation.\n\n-Tamsin\n\nTamsin Q. Quarrie, Ph.D.\nSenior Partner\nQuarrie and Associates\nOffice (Springfield, IL):  217-555-0142\nMobile:  217-555-0199\n",
      ["Tamsin", "217-555-0142", "217-555-0199"],
      ["I just resolved the conversation.", "Senior Partner"],
    );
  });

  it("a name after a sign-off and a blank line, above a title and an address; a dashed signature line", () => {
    check("Thanks\n\nKol Kheang\nSoftware Engineer\nkk@example.org\n", ["Kol", "Kheang"], ["Software Engineer"]);
    check(
      "It still fails.\n\n— Tamsin Quarrie, Acme Health",
      ["Tamsin", "Quarrie"],
      ["It still fails.", "Acme Health"],
    );
    check("- Step One\n- Step Two\n", [], ["Step One", "Step Two"]);
  });

  it("a heading above a list of phone numbers is no signature", () => {
    check("Support Lines\nPhone: 1-800-555-0100 (toll free)\n", [], ["Support Lines"]);
  });
});

describe("Italian fiscal codes (codice fiscale) in decoded tokens and prose", () => {
  it("in a decoded JWT payload and in a sentence", () => {
    check(
      '{\n  "iss": "auth:S1#111#ACMESPAXX",\n  "sub": "QRRTMS81E52H501P",\n  "person_id": "BNCGNN90L10F205D",\n  "subject_role": "AAS"\n}\nil codice fiscale QRRTMS81E52H501P non funziona',
      ["QRRTMS81E52H501P", "BNCGNN90L10F205D"],
      ['"subject_role": "AAS"', "il codice fiscale"],
    );
  });

  it("the issuer of the token keeps its client code", () => {
    check(
      'Payload:\n{\n  "iss": "auth:S1#111#ACMESPAXX",\n  "aud": "https://gw.example.it/v1"\n}',
      [],
      ["auth:S1#111#ACMESPAXX"],
    );
  });
});

describe("a name in a JSON object next to a patient's keys", () => {
  // A JSON object in a log line or alone is read by the JSON reader, which keeps a "name" whatever stands beside it
  // (not judged by its neighbours yet); in prose, `name: …` next to a patientId goes (claims-variants.test.ts).
  it("an answer holding a patientId: its name is the patient's", () => {
    check('{\n  "Item": {\n    "patientId": "p-8841",\n    "name": "Tamsin Quarrie"\n  }\n}', ["Tamsin"], ["p-8841"]);
  });

  // The request's body is the record the request writes: sent to a person's resource (`/patient`, `/users`, …), its
  // `name` is that person's, whether the command is logged on a line of its own or after a log prefix.
  it("a curl body sent to a person's resource, logged, above an answer holding a patientId", () => {
    check(
      '2023-05-09T22:51:05-0700  -  curl -XPOST -d {"name": "Tamsin Quarrie", "notes": "x"} https://api.example.com/prod/patient\n{\n  "Item": {\n    "patientId": "p-8841",\n    "name": "Tamsin Quarrie"\n  }\n}',
      ["Tamsin"],
      ['"notes": "x"', "https://api.example.com/prod/patient"],
    );
  });

  it("a curl command's -d / --data-raw / --json body sent to a person's resource loses its name", () => {
    for (const [option, url] of [
      ["-d", "https://api.example.com/v1/patients"],
      ["--data-raw", "https://api.example.com/v1/users/42"],
      ["--json", "https://fhir.example.org/r4/Person"],
    ])
      check(
        `curl -X POST ${url} -H 'Content-Type: application/json' ${option} '{"name": "Tamsin Quarrie", "active": true}'`,
        ["Tamsin", "Quarrie"],
        [url, '"active": true'],
      );
  });

  it("a body sent to another resource, or a name that reads as no person's, stays", () => {
    check(
      `curl -X POST https://api.example.com/v1/apps -d '{"name": "Growth Chart", "redirect": "https://app.example/cb"}'`,
      [],
      ['"name": "Growth Chart"'],
    );
    check(
      `curl -X POST https://api.example.com/v1/users -d '{"name": "growth-chart-app", "role": "service"}'`,
      [],
      ['"name": "growth-chart-app"'],
    );
  });

  it("a role, scope or app name sent to a user's sub-collection or to the users resource stays; an id-shaped user still loses it", () => {
    for (const [url, name] of [
      ["https://api.example.com/v1/users/scopes", "Patient Read"],
      ["https://api.example.com/v1/users/roles", "Clinical Staff"],
      ["https://api.example.com/v1/users", "System Administrator"],
      ["https://api.example.com/v1/patients", "Patient Read"],
    ])
      check(`curl -X POST ${url} -d '{"name": "${name}"}'`, [], [`"name": "${name}"`]);
    for (const url of [
      "https://api.example.com/v1/users/8f14e45f-ceea-467f-a0e6-0123456789ab",
      "https://api.example.com/v1/users/u123",
      "https://api.example.com/v1/users/me",
    ])
      check(`curl -X PUT ${url} -d '{"name": "Tamsin Quarrie"}'`, ["Tamsin", "Quarrie"], [url]);
  });
});

describe("mail replies and issue comments pasted whole", () => {
  it("the quote header of a reply: On <date>, <name> <address> wrote:", () => {
    check(
      "On Tue, Mar 5, 2024 at 9:12 AM Tamsin Quarrie <tq@example.org> wrote:\n> the token fails",
      ["Tamsin", "Quarrie"],
      ["On Tue, Mar 5, 2024 at 9:12 AM", "wrote:", "> the token fails"],
    );
    check(
      "> On Dec 18, 2018, at 10:53 AM, Kol Kheang <notifications@github.com> wrote:",
      ["Kol", "Kheang"],
      ["wrote:"],
    );
    check("Am 05.03.2024 um 09:12 schrieb Tamsin Quarrie <tq@example.org>:", ["Tamsin", "Quarrie"], ["schrieb"]);
  });

  it("a forwarded message's header block: From, To, Cc display names", () => {
    check(
      "From: Kheang, Kol <kol.kheang@example.com>\nSent: Monday, March 4, 2024 10:12 AM\nTo: Quarrie, Tamsin <tq@example.org>; Support Desk <support@example.org>\nCc: Ilse Wendt\nSubject: RE: 403 insufficient_scope",
      ["Kheang", "Kol", "Quarrie", "Tamsin", "Ilse", "Wendt"],
      ["Sent: Monday, March 4, 2024 10:12 AM", "Subject: RE: 403 insufficient_scope", "From: "],
    );
  });

  it("a To: line in a text that is no mail keeps its value", () => {
    check(
      "Step 2. Set the redirect\nTo: https://app.example.org/callback\n",
      [],
      ["To: https://app.example.org/callback"],
    );
  });

  it("a signature after a sign-off, with a title on the same line", () => {
    check(
      "Regards,\nKol Kheang | Senior Engineer | Acme Health\n",
      ["Kol", "Kheang"],
      ["Senior Engineer | Acme Health"],
    );
    check("Thanks,\nTamsin Quarrie - Integration Lead\n", ["Tamsin", "Quarrie"], ["Integration Lead"]);
  });

  it("a name right before its address in prose", () => {
    check("Contact: Tamsin Quarrie (tq@example.org), phone 217-555-0142", ["Tamsin", "Quarrie"], ["Contact: "]);
    check(
      "Please write to Kol Kheang <kk@example.org> or Support Team <support@example.org>",
      ["Kol", "Kheang"],
      ["Support Team"],
    );
  });

  it("a commit's trailers and git log's author line", () => {
    check(
      "fix the scope check\n\nSigned-off-by: Tamsin Quarrie <tq@example.org>\nCo-authored-by: Kol Kheang <kk@example.org>",
      ["Tamsin", "Quarrie", "Kol", "Kheang"],
      ["fix the scope check", "Signed-off-by: ", "Co-authored-by: "],
    );
    check(
      "commit 5694d7d764779890202623cd0012ee494a28dbc3\nAuthor: Kol Kheang <kk@example.org>",
      ["Kheang"],
      ["5694d7d764779890202623cd0012ee494a28dbc3"],
    );
  });

  it("an issue comment's header copied with it", () => {
    check(
      "Tamsin Quarrie commented on Mar 5, 2024\n\nSame 403 here.",
      ["Tamsin", "Quarrie"],
      ["commented on Mar 5, 2024"],
    );
    check("kkheang commented 3 days ago\nSame here", ["kkheang"], ["commented 3 days ago"]);
  });
});
