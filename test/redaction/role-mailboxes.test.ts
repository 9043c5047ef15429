// Addresses of a role or a service — the mailbox a bounce comes from, a notification's sender, an abuse desk — say
// which system wrote to whom and stay; a person's address beside them goes, and so does an operator's `admin@` login.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("role and service mailboxes stay, persons' go", () => {
  it("a bounce notice from MAILER-DAEMON to a person, sent on behalf of a no-reply sender", () => {
    expectRedacted(
      "From: Mail Delivery System <MAILER-DAEMON@mx2.clinic-portal.org>\n" +
        "To: Priya Raghunathan <priya.raghunathan@clinic-portal.org>\n" +
        "Subject: Undelivered Mail Returned to Sender\n\n" +
        "The message from do-not-reply@notify.clinic-portal.org could not be delivered; report abuse to abuse@clinic-portal.org",
      ["Priya Raghunathan", "priya.raghunathan@clinic-portal.org"],
      ["MAILER-DAEMON@mx2.clinic-portal.org", "do-not-reply@notify.clinic-portal.org", "abuse@clinic-portal.org"],
    );
  });

  it("a newsletter sender with its display name and a tagged support address in a postfix log line", () => {
    expectRedacted(
      "postfix/qmgr[1187]: 4F2A81C0E: from=<newsletter+weekly@shop.example.net>, size=8812, nrcpt=1 (queue active)\n" +
        'Reply-To: "Acme Wines" <support+tickets@shop.example.net>',
      [],
      ["newsletter+weekly@shop.example.net", "<support+tickets@shop.example.net>"],
    );
  });

  it("a role's address tagged with a person's login goes; tagged with a ticket number or a purpose, it stays", () => {
    expectRedacted(
      "Auto-forward: abuse+kowalczyk@mx.clinic-portal.org; copies to info+ticket-48213@clinic-portal.org and noreply+billing@clinic-portal.org",
      ["kowalczyk"],
      ["info+ticket-48213@clinic-portal.org", "noreply+billing@clinic-portal.org"],
    );
  });

  it("an admin@ login is still someone's", () => {
    expectRedacted("Signed in as admin@northwind-clinic.com; token refused", ["admin@northwind-clinic.com"]);
  });
});
