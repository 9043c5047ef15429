// Review RB of s19-B (raw mail sources and mail-server logs): each defect shown on new inputs of the same class
// (other mail servers, other layouts), as expected failures. Each fails as `it` and passes as `it.fails`.
import { describe, it } from "vitest";
import { expectRedacted } from "../redaction/lib/redact-text";

describe("review r19-b: raw mail sources and mail-server logs", () => {
  // sendmail's from= line gives the CONNECTING client in relay= (a person's home line here); the new server rule reads
  // every `relay=name [addr]` as a delivery target and keeps it (before the change it went).
  it("takes a sendmail from= line's relay= client address (the sender's own connection)", () => {
    expectRedacted(
      "Jan  5 10:01:02 mail sm-mta[1234]: x05A12ab001234: from=<jane.roe@clinic.org>, size=2311, class=0, nrcpts=1, msgid=<abc123@mail.clinic.org>, proto=ESMTP, daemon=MTA, relay=pool-71-105-22-13.bstnma.fios.verizon.net [71.105.22.13]",
      ["jane.roe@clinic.org", "71.105.22.13"],
      ["x05A12ab001234", "msgid=<abc123@mail.clinic.org>"],
    );
  });

  // A home client whose HELO is its own reverse-lookup name reads as a "self-named" server hop and its address stays
  // (before the change it went): the greeting matching the PTR says nothing about whose machine it is.
  it("takes a Received: hop's client address when the client greets with its residential PTR name", () => {
    expectRedacted(
      [
        "Received: from c-73-22-1-5.hsd1.ca.comcast.net (c-73-22-1-5.hsd1.ca.comcast.net [73.22.1.5])",
        "\tby mx.example.org (Postfix) with ESMTPSA id 4F1A2B3C4D",
        "\tfor <jane@clinic.org>; Tue, 5 Jan 2021 10:00:00 +0000",
      ].join("\n"),
      ["73.22.1.5", "jane@clinic.org"],
      ["by mx.example.org (Postfix) with ESMTPSA id 4F1A2B3C4D"],
    );
  });

  // VERP read only after a `+` tag: ezmlm's `list-return-N-user=domain@` and `bounces-user=domain@` leave the
  // recipient's local part in front of the span.
  it("takes a VERP bounce address whose recipient follows a `-` tag (ezmlm, bounces-)", () => {
    expectRedacted(
      [
        "Return-Path: <fhir-dev-return-4821-jroe=clinic.org@lists.example.org>",
        "Return-Path: <bounces-jane.roe=clinic.org@mailer.example.com>",
      ].join("\n"),
      ["jroe", "jane.roe"],
      ["Return-Path: <"],
    );
  });

  // decodeEncodedWords returns null unless the whole phrase is encoded words, so a name mixing an encoded word and a
  // plain one (the common shape for one accented given name) is judged as written and stays.
  it("takes a display name mixing an RFC 2047 encoded word and a plain word", () => {
    expectRedacted(
      [
        "From: =?UTF-8?Q?J=C3=B6rg?= Schmidt <js@clinic.org>",
        "Date: Tue, 27 Oct 2020 16:11:25 +0530",
        "To: =?ISO-8859-1?Q?Ren=E9e?= Dupont <rd@clinic.org>",
      ].join("\n"),
      ["J=C3=B6rg", "Schmidt", "Ren=E9e", "Dupont"],
      ["Date: Tue, 27 Oct 2020 16:11:25 +0530"],
    );
  });

  // The path-token rule knows a list of segment spellings; other one-time links of the same kind leak their token.
  it("takes a one-time token in other reset/verify/activation link spellings", () => {
    expectRedacted(
      [
        "Reset link: https://portal.example.com/password/reset/3f2b8c1e9a7d6b5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d?email=jane.roe%40clinic.org",
        "Confirm: https://app.example.com/verify-email/eyJ1aWQiOjEyMzQ1fQ.Zx9Kq2LmN8pR4sT6vW/",
        "Activate: https://app.example.com/activate/a8Fk29dLq0ZxP3mN7vB2cR5t",
        "Sign in: https://app.example.com/auth/magic_link/Qm9ZxK8pL2vN5rT7wY1aS3dF",
      ].join("\n"),
      [
        "3f2b8c1e9a7d6b5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d",
        "eyJ1aWQiOjEyMzQ1fQ.Zx9Kq2LmN8pR4sT6vW",
        "a8Fk29dLq0ZxP3mN7vB2cR5t",
        "Qm9ZxK8pL2vN5rT7wY1aS3dF",
      ],
      ["https://portal.example.com/password/reset/", "https://app.example.com/activate/"],
    );
  });

  // The new `reset/<1-8 chars>/` segment takes any 16+ character id after it: a UUID of an API's reset call goes
  // (it stayed before the change).
  it("keeps a UUID resource id after an API path's /reset/<word>/ segment", () => {
    expectRedacted(
      [
        "POST https://api.example.com/admin/reset/user/1b4e28ba-2fa1-11d2-883f-0016cb1234ab 200",
        "POST https://api.example.com/cache/reset/tenant/ec2a1f3e-9b8c-4d7e-a6f5-0123456789ab 204",
      ].join("\n"),
      [],
      ["1b4e28ba-2fa1-11d2-883f-0016cb1234ab", "ec2a1f3e-9b8c-4d7e-a6f5-0123456789ab"],
    );
  });

  // A Message-ID is read as one only inside `<…>` after a key; Mailgun's webhook writes it bare in JSON and a
  // Microsoft 365 message trace puts it in a CSV column with no key beside it: both go as addresses.
  it("keeps a Message-ID in a Mailgun event (bare) and in a Microsoft 365 message trace's MessageId column", () => {
    expectRedacted(
      [
        '{"event-data":{"event":"delivered","message":{"headers":{"message-id":"20130503182626.18666.16540@sandbox0a1b2c.mailgun.org","to":"jane.roe@clinic.org"}}}}',
        '"Received","SenderAddress","RecipientAddress","Status","MessageId","MessageTraceId"',
        '"2024-01-05T10:00:00Z","jane.roe@clinic.org","support@cerner.example.com","Delivered","<CY4PR0401MB3588ABCDEF0123456789@CY4PR0401MB3588.namprd04.prod.outlook.com>","4c3b2a10-1234-4abc-9def-0123456789ab"',
      ].join("\n"),
      ["jane.roe@clinic.org"],
      [
        "20130503182626.18666.16540@sandbox0a1b2c.mailgun.org",
        "<CY4PR0401MB3588ABCDEF0123456789@CY4PR0401MB3588.namprd04.prod.outlook.com>",
      ],
    );
  });

  // The RFC 2047 decoding sits only in the header block's display-name reader for some header keys: the same encoded
  // name in Reply-To:/Sender: or in a mail webhook's JSON "from" stays, though the plain name goes in all three.
  it("takes an RFC 2047 encoded display name in Reply-To:, Sender: and a webhook's JSON from", () => {
    expectRedacted(
      [
        "Reply-To: =?UTF-8?B?SmFuZSBSb2U=?= <jroe@clinic.org>",
        "Sender: =?UTF-8?Q?Jane_Roe?= <jroe@clinic.org>",
        "Date: Tue, 27 Oct 2020 16:11:25 +0530",
      ].join("\n"),
      ["SmFuZSBSb2U=", "Jane_Roe", "jroe@clinic.org"],
      ["Date: Tue, 27 Oct 2020 16:11:25 +0530"],
    );
    expectRedacted(
      '{"event":"processed","from":"=?UTF-8?B?SmFuZSBSb2U=?= <jroe@clinic.org>"}',
      ["SmFuZSBSb2U="],
      ['"event":"processed"'],
    );
  });

  // A list's unsubscribe link carries the recipient's address percent-encoded in its path; no rule reads `%40` there
  // (the same address in a query's email= goes).
  it("takes a recipient's percent-encoded address in a List-Unsubscribe link's path", () => {
    expectRedacted(
      "List-Unsubscribe: <https://lists.example.org/unsubscribe/u-3f9a2b7c8d1e4f5a6b7c8d9e/jane.roe%40clinic.org>",
      ["jane.roe%40clinic.org"],
      ["https://lists.example.org/unsubscribe/"],
    );
  });
});
