// What integration teams paste from their queues and hosts: event envelopes whose payload names a person, message
// broker URLs and JAAS lines, journald records and Linux audit lines. Synthetic values in the real shapes
// (test/corpora/real-artifacts/stream-* holds the public originals).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";

const redact = (text: string, environment: "sandbox" | "client-prod" = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind: detectKind(text), text }).text;

describe("an event's payload names a person beside a birth date however the key is spelled", () => {
  it.each(["dateOfBirth", "date_of_birth", "DateOfBirth"])("`name` beside `%s` goes", (key) => {
    const text = JSON.stringify({
      id: "evt-1",
      type: "new.patient.events",
      data: { name: "Orla", [key]: "1983-08-15" },
    });
    const out = redact(text);
    expect(out).not.toContain("Orla");
    expect(out).not.toContain("1983-08-15");
    expect(out).toContain("new.patient.events");
  });

  it("a `name` beside a birth date in a curl body of a binary CloudEvent goes; the ce- headers stay", () => {
    const text = [
      "curl -X POST \\",
      '  -H "ce-type: new.patients.events" \\',
      '  -H "ce-id: 12346" \\',
      '  -d \'{ "name": "Orla", "dateOfBirth": "1983-08-15", "symptoms": ["seizures"] }\' \\',
      "  http://localhost:8080",
    ].join("\n");
    const out = redact(text);
    expect(out).not.toContain("Orla");
    expect(out).toContain("ce-type: new.patients.events");
    expect(out).toContain("ce-id: 12346");
  });

  it("a `name` beside a product's own fields stays (no birth date, no person)", () => {
    const out = redact(JSON.stringify({ data: { name: "Ground", dateCreated: "2024-01-01", weight: 2 } }));
    expect(out).toContain("Ground");
  });
});

describe("a consumer's log prints the event's object with Java's toString", () => {
  it("a quoted `name` beside an unquoted birth date goes (IntelliJ's `Class{a='…', b=…}`)", () => {
    const out = redact(
      "2020-11-17 12:51:11,581 DEBUG [org.acme.PatientResource] (executor-thread-198) Received patient: " +
        "Patient{name='Orla', id='null', symptoms=[seizures], dateOfBirth=1983-08-15}",
    );
    expect(out).not.toContain("Orla");
    expect(out).not.toContain("1983-08-15");
    expect(out).toContain("2020-11-17 12:51:11,581 DEBUG [org.acme.PatientResource]");
  });

  it("a bare word in a call's keyword argument stays (a variable, not a value)", () => {
    const out = redact("resp = session.post(url, data=payload, timeout=30)\nprint(resp.status_code)");
    expect(out).toContain("data=payload, timeout=30");
  });
});

describe("names with an `@` that are no one's address stay", () => {
  it("a systemd unit instance in a journald record (`user@1000.service`, `getty@tty1.service`)", () => {
    const text = [
      '        "_SYSTEMD_UNIT" : "user@1000.service",',
      '        "_SYSTEMD_USER_UNIT" : "pulseaudio.service",',
      "Started getty@tty1.service - Getty on tty1.",
      "sshd@0-10.0.0.5:22-10.0.0.9:51234.service: Deactivated successfully.",
      "openvpn-client@office.service, wg-quick@wg0.service, container-getty@1.service",
    ].join("\n");
    const out = redact(text);
    for (const unit of [
      "user@1000.service",
      "getty@tty1.service",
      "openvpn-client@office.service",
      "wg-quick@wg0.service",
      "container-getty@1.service",
    ])
      expect(out).toContain(unit);
  });

  it("SSH's algorithm names in audit CRYPTO_SESSION records and sshd -T", () => {
    const text =
      "type=CRYPTO_SESSION msg=audit(1543482340.365:282): pid=2881 uid=0 msg='op=start direction=from-server " +
      "cipher=chacha20-poly1305@openssh.com ksize=512 mac=<implicit> pfs=curve25519-sha256@libssh.org " +
      'spid=2882 suid=74 rport=59947 lport=22 exe="/usr/sbin/sshd" res=success\'\n' +
      "macs hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com\n" +
      "hostkeyalgorithms ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com";
    const out = redact(text);
    for (const alg of [
      "chacha20-poly1305@openssh.com",
      "curve25519-sha256@libssh.org",
      "hmac-sha2-256-etm@openssh.com",
      "umac-128-etm@openssh.com",
      "ssh-ed25519-cert-v01@openssh.com",
      "sk-ssh-ed25519@openssh.com",
    ])
      expect(out).toContain(alg);
  });

  it("a RabbitMQ node's log file (`rabbit@node1.log`) stays; a person's address beside it goes", () => {
    const out = redact("tail /var/log/rabbitmq/rabbit@node1.log\nowner: jroe.ops@clinic-example.org");
    expect(out).toContain("rabbit@node1.log");
    expect(out).not.toContain("jroe.ops@clinic-example.org");
  });

  it("an audit record's account that is an e-mail still goes", () => {
    const out = redact(
      'type=USER_AUTH msg=audit(1543482340.577:284): pid=2881 uid=0 msg=\'op=pubkey acct="orla.q@mydomain.com" ' +
        'exe="/usr/sbin/sshd" hostname=? terminal=ssh res=failed\'',
    );
    expect(out).not.toContain("orla.q@mydomain.com");
    expect(out).toContain("res=failed");
  });
});

describe("a broker URL's login and password", () => {
  it("the login of `amqp://login:password@host/vhost` goes from the vhost too, the host stays", () => {
    const out = redact("BROKER_URL = 'amqp://qlarkwell:s3cretPw@localhost:5672/qlarkwell'");
    expect(out).not.toContain("qlarkwell");
    expect(out).not.toContain("s3cretPw");
    expect(out).toContain("@localhost:5672/");
  });

  it("a URL whose password the program masked (Celery's `amqp://guest:**@rabbit:5672//`) keeps a built-in account", () => {
    const out = redact(
      "[2016-05-19 16:42:58,576: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbit:5672//: " +
        "Couldn't log in: a socket error occurred.",
    );
    expect(out).toContain("amqp://guest:**@rabbit:5672//");
  });

  it("a person's login before a masked password still goes; the mask and the host stay", () => {
    const out = redact("consumer: Cannot connect to amqp://qlarkwell:**@mq.internal:5672//: [Errno 111]");
    expect(out).not.toContain("qlarkwell");
    expect(out).toContain(":**@mq.internal:5672//");
  });
});
