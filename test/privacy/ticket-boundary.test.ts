// The ticket-wide privacy boundary: what the user types goes through the evidence's detectors and memory, with one
// placeholder per value across fields, examples and evidence. The scenarios are the ones a new user hit (issue 8).
import { describe, expect, it } from "vitest";
import { leakCheck } from "~/document/leak-check";
import { exportTicket, isBlocked, prepareExport } from "~/export/export-ticket";
import { redactTicket, typedFields } from "~/privacy/ticket-boundary";
import { createRedactor } from "~/redaction/redact";
import type { Ticket } from "~/ticket/schema";
import { seedTicket } from "../document/helpers";

// Made up for these tests.
const PATIENT = {
  name: "Jane Doe",
  dob: "03/14/1958",
  ssn: "512-44-9087",
  phone: "(410) 555-0142",
  mrn: "00441762",
  email: "jane.doe@example.org",
};
const LABELLED = `Patient: ${PATIENT.name}, DOB ${PATIENT.dob}, SSN ${PATIENT.ssn}, phone ${PATIENT.phone}, MRN ${PATIENT.mrn}, email ${PATIENT.email}`;
const VALUES = Object.values(PATIENT);

async function markdown(ticket: Ticket, evidenceKnown?: Parameters<typeof prepareExport>[1]): Promise<string> {
  const result = await exportTicket(ticket, "md", { evidenceKnown: evidenceKnown?.evidenceKnown });
  if (isBlocked(result)) throw new Error(`blocked: ${result.reasons.join("; ")}`);
  return new TextDecoder().decode(result.bytes);
}

describe("the ticket boundary", () => {
  it("leaves the seed ticket's own prose, URLs, scopes and labels as they are (nothing typed is personal)", () => {
    const seed = seedTicket();
    const { fields, ticket } = redactTicket(seed);
    // The only typed value it changes is the failing example's Specimen id, pseudonymised in a client domain as the
    // evidence's ids are.
    expect(fields.map((f) => f.path)).toEqual(["examples.1.url"]);
    expect(ticket.problem).toEqual(seed.problem);
    expect(ticket.about).toEqual(seed.about);
    expect(ticket.application).toEqual(seed.application);
    expect(ticket.evidence.map((e) => e.label)).toEqual(seed.evidence.map((e) => e.label));
  });

  it("removes personal data typed with labels and no evidence twin, from Markdown and from the document the PDF is drawn from", async () => {
    const ticket = seedTicket();
    ticket.problem.background = `${LABELLED}.\n\n${ticket.problem.background}`;
    const md = await markdown(ticket);
    for (const value of VALUES) expect(md).not.toContain(value);
    expect(md).toContain("Patient: [REDACTED:name#1], DOB [REDACTED:date#1], SSN [REDACTED:ssn#1]");
    const { document, known } = prepareExport(ticket);
    expect(JSON.stringify(document)).not.toMatch(/Jane Doe|512-44-9087|00441762/);
    // The leak check knows the typed values too.
    expect(known.map((k) => k.value)).toEqual(expect.arrayContaining(VALUES));
  });

  it("gives a value typed in a field the placeholder it has in the evidence, even unlabelled and where no detector sees it", async () => {
    const ticket = seedTicket();
    ticket.evidence.push({
      id: "app-log",
      kind: "log",
      label: "App log",
      text: `2025-07-29T15:22:09Z ERROR lookup failed for ${LABELLED}\n`,
    });
    ticket.problem.background = `The call for ${PATIENT.name} (born ${PATIENT.dob}, chart ${PATIENT.mrn}) fails. ${ticket.problem.background}`;
    const { ticket: safe, fields } = redactTicket(ticket);
    const log = safe.evidence.find((e) => e.id === "app-log")!.text;
    for (const value of VALUES) expect(safe.problem.background).not.toContain(value);
    const nameInLog = /Patient: (\[REDACTED:name#\d+\])/.exec(log)?.[1];
    expect(nameInLog).toBeDefined();
    expect(safe.problem.background).toContain(`The call for ${nameInLog}`);
    expect(
      fields
        .find((f) => f.path === "problem.background")
        ?.findings.map((f) => f.type)
        .sort(),
    ).toEqual(["date", "mrn", "name"]);
  });

  it("on the page, where the ticket carries redacted evidence only, takes the removed values from the page's memory", async () => {
    // What the Evidence step did in the browser: redacted the raw paste, kept the values in memory.
    const raw = `GET https://fhir-ehr.cerner.com/r4/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/Patient/12724066 HTTP/1.1\nHost: fhir-ehr.cerner.com\n\nHTTP/1.1 200 OK\n\n{"resourceType":"Patient","id":"12724066","name":[{"text":"${PATIENT.name}"}]}`;
    const session = createRedactor({ environment: "client-nonprod", terms: [], restored: [] });
    const redactedText = session.redact({ id: "patient", kind: "http", text: raw }).text;
    const ticket = seedTicket();
    ticket.evidence = [{ id: "patient", kind: "http", label: "Patient read", text: redactedText }];
    ticket.examples[1] = {
      ...ticket.examples[1],
      url: "https://fhir-ehr.cerner.com/r4/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/Patient/12724066",
    };
    ticket.problem.actual = `Reading ${PATIENT.name}'s record works, Specimen does not.`;

    const md = await markdown(ticket, { evidenceKnown: session.knownValues() });
    expect(md).not.toContain("12724066");
    expect(md).not.toContain(PATIENT.name);
    const placeholder = /Patient\/(\[REDACTED:patient_id#\d+\])/.exec(redactedText)?.[1] ?? "none";
    // One value, one placeholder: the examples table reads like the evidence (which still says #1).
    expect(placeholder).toBe("[REDACTED:patient_id#1]");
    const exampleRow = md.split("\n").find((line) => line.startsWith("| 2 |")) ?? "";
    expect(exampleRow).toContain("/Patient/[REDACTED:patient_id#1]");
    expect(md).not.toContain("patient_id#2");
  });

  it("applies the user's extra words to every typed field, the client's name included", async () => {
    const ticket = seedTicket();
    ticket.redactTerms = ["LifeBridge"];
    const md = await markdown(ticket);
    expect(md.toLowerCase()).not.toContain("lifebridge");
    expect(md).toContain("\\[REDACTED:custom#1\\]");
  });

  it("keeps a value the user marked as not personal data, in a field as in the evidence", async () => {
    const ticket = seedTicket();
    ticket.problem.background = `Patient: Grace Hopper Test is the sandbox's test patient. ${ticket.problem.background}`;
    expect(await markdown(ticket)).not.toContain("Grace Hopper Test");
    ticket.notPersonalData = ["Grace Hopper Test"];
    expect(await markdown(ticket)).toContain("Patient: Grace Hopper Test is the sandbox's test patient.");
  });

  it("never keeps a secret, even one listed as not personal data", async () => {
    const ticket = seedTicket();
    const secret = "client_secret=Zq7RkW2pXv9sNt4Lm8Hd3Fb6Jc1Ye5Ga";
    ticket.problem.actual = `We post ${secret} and get 403.`;
    ticket.notPersonalData = ["Zq7RkW2pXv9sNt4Lm8Hd3Fb6Jc1Ye5Ga"];
    const md = await markdown(ticket);
    expect(md).not.toContain("Zq7RkW2pXv9sNt4Lm8Hd3Fb6Jc1Ye5Ga");
    expect(leakCheck(md, prepareExport(ticket).known)).toEqual([]);
  });

  it("names every typed field by the form's own field names", () => {
    const ticket = seedTicket();
    expect(typedFields(ticket).map((f) => f.path)).toEqual([
      "examples.0.url",
      "examples.1.url",
      "problem.workflow",
      "problem.background",
      "problem.expected",
      "problem.actual",
      "evidence.0.label",
      "evidence.1.label",
      "evidence.2.label",
      "about.clientName",
      "application.requestedScopes",
      "application.grantedScopes",
    ]);
  });
});

describe("the ticket boundary, item by item", () => {
  it("with release, drops each raw evidence text from the handed-over ticket once it is redacted", () => {
    const ticket = seedTicket();
    ticket.evidence = [
      { id: "a", kind: "text", label: "A", text: LABELLED },
      { id: "b", kind: "text", label: "B", text: `Again: ${PATIENT.name}` },
    ];
    const { ticket: safe, redactions } = redactTicket(ticket, { release: true });
    expect(ticket.evidence.map((e) => e.text)).toEqual(["", ""]);
    expect(safe.evidence[1].text).toBe("Again: [REDACTED:name#1]");
    expect(redactions.map((r) => r.id)).toEqual(["a", "b"]);
    expect(redactions[1].counts).toEqual([
      { category: "phi", type: "name", replacements: 1, numbered: ["[REDACTED:name#1]"] },
    ]);
  });

  it("without release, leaves the caller's ticket as it was", () => {
    const ticket = seedTicket();
    ticket.evidence = [{ id: "a", kind: "text", label: "A", text: LABELLED }];
    redactTicket(ticket);
    expect(ticket.evidence[0].text).toBe(LABELLED);
  });
});

describe("a login that is a SMART word", () => {
  it("a ticket with `username: patient` and the scope patient/Patient.read exports, and its scope stays", async () => {
    const ticket = seedTicket();
    ticket.evidence.push({
      id: "token-log",
      kind: "log",
      label: "Token log",
      text: "username: patient\nscope=patient/Patient.read launch/patient\nGET /r4/t/Patient/12724067\n",
    });
    const md = await markdown(ticket);
    expect(md).toContain("scope=patient/Patient.read launch/patient");
    expect(md).toContain("GET /r4/t/Patient/");
    expect(md).not.toContain("[REDACTED:user_name");
  });
});

describe("a login found in a later evidence item", () => {
  it("is replaced in the earlier item too, and the export goes through", async () => {
    const ticket = seedTicket();
    ticket.evidence.push(
      {
        id: "avatar",
        kind: "text",
        label: "Avatar call",
        text: "GET https://example.com/icon/jroe1987/128 HTTP/1.1\n",
      },
      { id: "profile", kind: "text", label: "Profile", text: '{"username": "jroe1987"}' },
    );
    const md = await markdown(ticket);
    expect(md).not.toContain("jroe1987");
    expect(md).toContain("https://example.com/icon/[REDACTED:user_name#1]/128");
  });
});
