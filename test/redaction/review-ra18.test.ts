// Review of the broker/journal batch: each case was a defect found in review (committed as `it.fails`), now mended.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "r", kind: detectKind(text), text })
    .text;

describe("review RA18: broker URL logins carried", () => {
  it.each(["kafka", "rabbit", "celery", "debezium", "connect", "worker", "producer", "zookeeper", "kafka-connect"])(
    "a service account `%s` in a broker URL is not carried into hosts, topics and paths",
    (login) => {
      const out = redact(
        `BROKER_URL=amqp://${login}:s3cret@${login}:5672/\ntopic ${login}.events failed; GET https://fhir.example.com/${login}/Patient`,
      );
      expect(out).not.toContain("s3cret");
      expect(out).toContain(`@${login}:5672`);
      expect(out).toContain(`topic ${login}.events`);
      expect(out).toContain(`https://fhir.example.com/${login}/Patient`);
    },
  );

  it("a login `broker` does not eat the key BROKER_URL", () => {
    const out = redact("BROKER_URL=amqp://broker:s3cret@mq:5672/");
    expect(out).toContain("BROKER_URL=");
  });

  it("a person's short login is carried to the vhost and the prose like a longer one", () => {
    const out = redact("celery.broker_url = amqp://jroe:s3cret@rabbit/jroe\nauthentication failed for user jroe");
    expect(out).not.toContain("jroe");
  });
});

describe("review RA18 fixes: a broker login named after its host", () => {
  it("is no person's: the host, the queue and the path that share its name stay", () => {
    const out = redact(
      "BROKER_URL=amqp://hl7feed:s3cret@hl7feed.internal:5672/\nqueue hl7feed.inbound stalled; GET https://fhir.example.com/hl7feed/Patient",
    );
    expect(out).not.toContain("s3cret");
    expect(out).toContain("@hl7feed.internal:5672");
    expect(out).toContain("queue hl7feed.inbound");
    expect(out).toContain("https://fhir.example.com/hl7feed/Patient");
  });

  it("a person's login is still carried to the vhost", () => {
    const out = redact("BROKER_URL = 'amqp://qlarkwell:s3cretPw@mq-0.internal:5672/qlarkwell'");
    expect(out).not.toContain("qlarkwell");
    expect(out).toContain("@mq-0.internal:5672/");
  });
});

describe("review RA18 fixes: a short login carried where a login stands", () => {
  it.each([
    'postgres://jroe:pw@db/app\nFATAL: password authentication failed for user "jroe"',
    "amqp://jroe:**@rabbit//\nuser jroe cannot access vhost",
    "amqp://amyk:s3cret@rabbit/amyk\nlogin=amyk refused",
  ])("%s", (text) => {
    const out = redact(text);
    expect(out).not.toMatch(/\b(?:jroe|amyk)\b/);
  });

  it("a short login stays where it is a word, not a login", () => {
    const out = redact("amqp://max:s3cret@rabbit/max\nmax 5 retries; see docs/max-retries");
    expect(out).not.toContain("s3cret");
    expect(out).toContain("max 5 retries; see docs/max-retries");
  });
});

describe("review RA18: @-names that are no mailbox", () => {
  it.each(["mary.smith@clinic.log", "pat@corp.target", "jsmith@hospital.scope", "jane-doe-2@openssh.com"])(
    "a person's address `%s` still goes",
    (email) => {
      expect(redact(`Please reach me at ${email} about the ticket`)).not.toContain(email);
    },
  );
});

describe("review RA18: person records", () => {
  it("a Kotlin data class prints its strings unquoted: the name beside the birth date goes", () => {
    const out = redact("Patient(name=Orla Quinn, dateOfBirth=1983-08-15)");
    expect(out).not.toContain("Orla");
  });

  it("a `name` beside `birthday` goes", () => {
    const out = redact(JSON.stringify({ data: { name: "Orla Quinn", birthday: "1983-08-15" } }));
    expect(out).not.toContain("Orla");
  });
});

describe("review RA18 fixes: @-names judged by their whole shape", () => {
  it.each(["user@jroe.service", "pat@corp.target", "mary@clinic.log", "ops@node1.log"])(
    "`%s`: a unit or node-file suffix alone makes no name of a unit or node",
    (email) => {
      expect(redact(`Please reach me at ${email} about the ticket`)).not.toContain(email);
    },
  );

  it.each(["user@1000.service", "getty@tty1.service", "openvpn-client@office.service", "rabbit@node1.log"])(
    "`%s` is still a unit or a node's file",
    (name) => {
      expect(redact(`journal: ${name} stopped`)).toContain(name);
    },
  );
});

describe("review RA18 fixes: SSH algorithm names", () => {
  it.each(["jane-doe-2@openssh.com", "team-2024@libssh.org"])("a person's `%s` at an SSH domain goes", (email) => {
    expect(redact(`Please reach me at ${email}`)).not.toContain(email);
  });
});

describe("review RA18 fixes: a birth date's key in any spelling", () => {
  it.each(["birthday", "date-of-birth", "Date.Of.Birth", "day_of_birth", "Geburtsdatum", "fecha_de_nacimiento"])(
    "`%s`: the name beside it and the date go",
    (key) => {
      const out = redact(JSON.stringify({ record: { name: "Orla Quinn", [key]: "1983-08-15", status: "active" } }));
      expect(out).not.toContain("Orla");
      expect(out).not.toContain("1983-08-15");
      expect(out).toContain('"status":"active"');
    },
  );

  it("a feature's `birthday` word or flag makes no birth date", () => {
    const text = JSON.stringify({ name: "Birthday Reminders", feature: "birthday", birthdayReminder: true });
    expect(redact(text)).toBe(text);
  });
});

describe("review RA18 fixes: a printed record's birth date under any spelling", () => {
  it.each(["dateOfBirth", "birthday", "DATE_OF_BIRTH", "date_of_birth", "Geburtsdatum"])(
    "`Patient(name=…, %s=…)`: the unquoted name goes",
    (key) => {
      const out = redact(`Patient(name=Orla Quinn, ${key}=1983-08-15, status=ACTIVE)`);
      expect(out).not.toContain("Orla");
      expect(out).toContain("status=ACTIVE");
    },
  );

  it("a job's name beside a date that is no birth date stays", () => {
    expect(redact("Job(name=nightly sync, date=2024-01-02)")).toContain("name=nightly sync");
  });
});
