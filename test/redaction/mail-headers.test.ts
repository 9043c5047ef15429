// The one reader of e-mail header blocks and reply headers (detectors/phi-mail-headers.ts), on the shapes the
// e-mail and mailing-list pastes of the real-artifact corpus showed leaking: header names in other languages, folded
// recipient lists, quoted display names in lower case, reply headers in French, Italian, Spanish, Dutch and Portuguese,
// a reply header wrapped before its address.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const gone = (out: string, values: string[]) => {
  for (const v of values) expect(out, v).not.toContain(v);
};
const kept = (out: string, values: string[]) => {
  for (const v of values) expect(out, v).toContain(v);
};

describe("header blocks in other languages", () => {
  it("German Outlook (Von/Gesendet/An/Cc/Betreff): the names go, date and subject stay", () => {
    const out = redact(
      "Von: Quarrie, Tamsin <tq@acme.example>\nGesendet: Dienstag, 5. März 2024 09:12\nAn: Oakes Vantreight <ov@acme.example>\nCc: Brightwater, Imogen (IT)\nBetreff: AW: 403 insufficient_scope\n",
    );
    gone(out, ["Tamsin", "Quarrie", "Oakes", "Vantreight", "Brightwater", "Imogen"]);
    kept(out, ["Gesendet: Dienstag, 5. März 2024 09:12", "Betreff: AW: 403 insufficient_scope", "(IT)"]);
  });

  it("French Outlook (De :/Envoyé :/À :/Objet :), with the blank before the colon", () => {
    const out = redact(
      "De : Tamsin Quarrie <tq@acme.example>\nEnvoyé : mardi 5 mars 2024 09:12\nÀ : Oakes Vantreight\nCc : Imogen Brightwater\nObjet : RE: 403 insufficient_scope\n",
    );
    gone(out, ["Tamsin", "Quarrie", "Oakes", "Vantreight", "Imogen", "Brightwater"]);
    kept(out, ["Objet : RE: 403 insufficient_scope", "Envoyé : mardi 5 mars 2024 09:12"]);
  });

  it("Italian (Da:/Inviato:/A:/Oggetto:) and Spanish (De:/Enviado:/Para:/Asunto:) Outlook blocks", () => {
    const it_ = redact(
      "Da: Tamsin Quarrie <tq@acme.example>\nInviato: martedì 5 marzo 2024 09:12\nA: Oakes Vantreight\nOggetto: R: 403\n",
    );
    gone(it_, ["Tamsin", "Quarrie", "Oakes", "Vantreight"]);
    kept(it_, ["Oggetto: R: 403"]);
    const es = redact(
      "De: Tamsin Quarrie\nEnviado el: martes, 5 de marzo de 2024 9:12\nPara: Oakes Vantreight\nAsunto: RE: 403\n",
    );
    gone(es, ["Tamsin", "Quarrie", "Oakes", "Vantreight"]);
    kept(es, ["Asunto: RE: 403"]);
  });

  it("a Chinese Outlook block (发件人/发送时间/收件人/主题), full-width colons too", () => {
    const out = redact(
      "发件人: 刘芳铭\n发送时间: 2015年11月2日 15:41\n收件人：王小明 <wxm@acme.example>\n主题: issue : here is a test\n",
    );
    gone(out, ["刘芳铭", "王小明"]);
    kept(out, ["主题: issue : here is a test", "发送时间: 2015年11月2日 15:41"]);
  });

  it("a Zimbra block quoted in a reply: quoted display names in lower case, the list wrapped onto unindented lines", () => {
    const out = redact(
      '> Von: "tavi purdila" <tp@acme.example>\n> An: "Johannes Berg" <jb@acme.example>\n> CC: "richard" <r@acme.example>, "Hajime Tazaki"\n> <ht@acme.example>, "anton ivanov" <ai@acme.example>\n> Gesendet: Dienstag, 26. November 2019 11:42:01\n> Betreff: Re: lkl tools\n',
    );
    gone(out, ["tavi purdila", "Johannes Berg", "Hajime Tazaki", "anton ivanov"]);
    kept(out, ["> Betreff: Re: lkl tools", "> Gesendet: Dienstag, 26. November 2019 11:42:01"]);
  });
});

describe("folded header lines", () => {
  it("the recipients on a folded Cc: line (RFC 5322 continuation) go like the first line's", () => {
    const out = redact(
      "From:   Tamsin Quarrie <tq@acme.example>\nTo:     oakes vantreight <ov@acme.example>\nCc:     Imogen Brightwater <ib@acme.example>,\n        Hajime Tazaki <ht@acme.example>,\n        anton ivanov <ai@acme.example>\nSubject: Re: virtio\n",
    );
    gone(out, ["Tamsin", "oakes vantreight", "Imogen", "Hajime", "anton ivanov"]);
    kept(out, ["Subject: Re: virtio"]);
  });

  it("a folded line ends at a header that is not a person's, and an indented line after the block is prose", () => {
    const text = "From: a@acme.example\nSubject: Re: scopes\n    Jane Doe must approve the app\n";
    expect(redact(text)).toContain("Subject: Re: scopes\n");
  });
});

describe("what a header block is not", () => {
  it("a single localised word with a colon in prose or configuration stays", () => {
    for (const text of [
      "data:\n  a: Kettle Maker\n",
      "An: Entwicklerteam\n",
      "De: Oakes Vantreight\n",
      "Da: Oakes Vantreight\nbut nothing else\n",
    ])
      expect(redact(text), text).toBe(text);
  });

  it("team and shared mailboxes stay in every language; a role (Mention, Author) stays", () => {
    const out = redact(
      "Von: Oracle Health Support <support@oracle.example>\nAn: Tamsin Quarrie; Mention\nCc: FHIR Developers\nBetreff: 403\n",
    );
    kept(out, ["Oracle Health Support", "Mention", "FHIR Developers"]);
    gone(out, ["Tamsin", "Quarrie"]);
  });

  it("display names in lower case go too, one word (a login may be a first name) or several", () => {
    const out = redact("From: richard <r@acme.example>\nTo: oakes <o@acme.example>, tavi purdila\nSubject: x\n");
    gone(out, ["richard", "oakes", "tavi purdila"]);
    kept(out, ["Subject: x"]);
  });
});

describe("reply headers in other languages", () => {
  const cases: Array<[string, string[], string[]]> = [
    ["Le 03/11/2023 à 12:05, Tamsin Quarrie a écrit :", ["Tamsin", "Quarrie"], ["Le 03/11/2023 à 12:05,", "a écrit :"]],
    [
      "Le mar. 5 mars 2024 à 09:12, Tamsin Quarrie <tq@acme.example> a écrit :",
      ["Tamsin", "Quarrie", "tq@acme.example"],
      ["a écrit :"],
    ],
    [
      "> Il 26 marzo 2016 alle 13.16 Tamsin Quarrie <tq@acme.example> ha scritto:",
      ["Tamsin", "Quarrie"],
      ["ha scritto:", "> Il 26 marzo 2016 alle 13.16"],
    ],
    [
      "El mar, 5 mar 2024 a las 9:12, Tamsin Quarrie (<tq@acme.example>) escribió:",
      ["Tamsin", "Quarrie"],
      ["escribió:"],
    ],
    ["Op di 5 mrt. 2024 om 09:12 schreef Tamsin Quarrie <tq@acme.example>:", ["Tamsin", "Quarrie"], ["schreef"]],
    [
      "Em ter., 5 de mar. de 2024 às 09:12, Tamsin Quarrie <tq@acme.example> escreveu:",
      ["Tamsin", "Quarrie"],
      ["escreveu:"],
    ],
    ["Am 13.05.2026 um 09:05 schrieb Vorname Nachname:", ["Vorname", "Nachname"], ["schrieb"]],
    ["On 22 Aug 2015, at 19:21, tamsin quarrie <tq@acme.example> wrote:", ["tamsin quarrie"], ["wrote:"]],
  ];
  for (const [line, go, stay] of cases)
    it(line, () => {
      const out = redact(`${line}\n> the token fails\n`);
      gone(out, go);
      kept(out, [...stay, "> the token fails"]);
    });

  it("a reply header wrapped before its address (Gmail at 78 columns) loses the name on the first line", () => {
    const out = redact(
      "> On Thu, Nov 2, 2023 at 10:19 PM Oakes Vantreight\n> <ov@acme.example> wrote:\n>> the token fails\n",
    );
    gone(out, ["Oakes", "Vantreight"]);
    kept(out, ["> On Thu, Nov 2, 2023 at 10:19 PM", "wrote:"]);
  });

  it("a sentence that starts like a reply header and ends with a colon stays", () => {
    for (const text of [
      "Le serveur a écrit : invalid_scope\n",
      "Il cliente ha scritto: confermo\n",
      "On the server side we wrote:\n",
    ])
      expect(redact(text), text).toBe(text);
  });
});

describe("a letter's sign-off in another language", () => {
  const signOffs = [
    "Mit freundlichen Grüßen",
    "Viele Grüße",
    "Beste Grüße",
    "Cordialement,",
    "Bien cordialement,",
    "Cordiali saluti",
    "Saluti,",
    "Saludos,",
    "Atentamente,",
    "Met vriendelijke groet,",
  ];
  for (const signOff of signOffs)
    it(`the name under "${signOff}" goes`, () => {
      const out = redact(`Danke für die Antwort.\n\n${signOff}\nOakes Vantreight\n`);
      gone(out, ["Oakes", "Vantreight"]);
      kept(out, [signOff]);
    });
});

describe("a name a header names, elsewhere in the message", () => {
  it("a full name from a header block goes wherever else it stands: a mail bridge's [name] prefix, the body", () => {
    const out = redact(
      "[刘芳铭]\nThis is a reply.\n\n发件人: 刘芳铭\n发送时间: 2015年11月2日 15:41\n收件人: 刘芳铭 <l@acme.example>\n主题: issue\n",
    );
    gone(out, ["刘芳铭"]);
    const en = redact(
      "Thanks, Oakes Vantreight, for the log.\n\nFrom: Oakes Vantreight <ov@acme.example>\nSent: Monday\nTo: Support\nSubject: 403\n",
    );
    gone(en, ["Oakes", "Vantreight"]);
  });

  it("a one-word display name is not looked for elsewhere (a login or a first name may be a common word)", () => {
    const out = redact("Kettle is our build bot.\n\nFrom: Kettle <k@acme.example>\nTo: Support\nSubject: x\n");
    expect(out).toContain("Kettle is our build bot.");
  });
});

describe("a name from a mail header, in the body below it", () => {
  it("the sender named before an address in the header is removed from the body too", () => {
    const out = redact(
      "From: Tamsin Quillfeather <ov@acme.example>\nTo: Support\n\nI spoke with Tamsin Quillfeather yesterday.\n",
    );
    gone(out, ["Tamsin Quillfeather"]);
    expect(out).toContain("I spoke with [REDACTED:name#1] yesterday.");
  });

  it("a long Cc list: the first names are still looked for in the body, not none", () => {
    const cc = Array.from(
      { length: 40 },
      (_, i) => `Person${String.fromCharCode(97 + (i % 26))}${i} Roe <p${i}@x.example>`,
    );
    const out = redact(
      `From: Tamsin Quillfeather <ov@acme.example>\nCc: ${cc.join(", ")}\n\nI spoke with Tamsin Quillfeather yesterday.\n`,
    );
    gone(out, ["Tamsin Quillfeather"]);
  });
});

describe("from: and to: that are not mail", () => {
  it("a config's from:/to: lines keep their one-word values", () => {
    const out = redact("steps:\nfrom: staging\nto: production\ndata: patient/Observation.read\n");
    expect(out).toContain("from: staging\nto: production\n");
  });

  it("product and vendor names in From:/To: stay; a person's name beside them goes", () => {
    const out = redact(
      "From: SMART Launcher\nTo: Cerner Millennium\nScope: patient/Observation.read\n\n" +
        "From: Oracle Health <noreply@oracle.com>\nTo: Tamsin Quillfeather <tq@acme.example>\nSubject: Case 12345\n",
    );
    expect(out).toContain("From: SMART Launcher\nTo: Cerner Millennium\n");
    expect(out).toContain("From: Oracle Health <");
    gone(out, ["Tamsin Quillfeather"]);
  });

  it("a one-word lower-case display name in a real mail header (with an address) still goes", () => {
    const out = redact("From: richard <r@acme.example>\nTo: Support <s@acme.example>\nSubject: x\n");
    gone(out, ["richard"]);
  });
});
