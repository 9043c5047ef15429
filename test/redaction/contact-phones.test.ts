// A phone number written without separators (`9988776655`, `+919988776655`) has the shape of any id, so it goes only
// where its key names a person's contact: `mobile`, `cell`, `sms`, `msisdn`, `whatsapp`, a `recipient`, an SMS API's
// `numbers` (a Bruno file's query), `phone…`/`mobile…` with a suffix (`mobile_no`, `mobileNumber`). A 10-digit id
// under any other key (`id`, `orderNumber`, `number`, `cellId`) stays: the ticket needs it.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("a phone number without separators under a key that names a person's contact", () => {
  it.each([
    ["numbers: 998877665", "998877665"],
    ["mobile: 9988776655", "9988776655"],
    ["cell=9988776655", "9988776655"],
    ["sms: +919988776655", "919988776655"],
    ["recipient: 9988776655", "9988776655"],
    ["mobile_no: 9988776655", "9988776655"],
    ["The patient's mobile: 9988776655, call after 5pm.", "9988776655"],
    ["to=x&msisdn=9988776655&message=hi", "9988776655"],
  ])("in text: %s", (text, value) => {
    gone(redact(text, "sandbox", "text"), value);
  });

  it.each([
    ['{"recipient": "9988776655", "text": "Your code"}', ["9988776655"]],
    ['{"numbers": ["9988776655", "9988776656"]}', ["9988776655", "9988776656"]],
    ['{"cell": 9988776655}', ["9988776655"]],
    ['{"mobileNumber": "9988776655"}', ["9988776655"]],
    ['{"recipients": ["+919988776655"]}', ["919988776655"]],
  ])("in JSON: %s", (text, values) => {
    const out = redact(text);
    gone(out, ...values);
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it("a list after the key in text loses every number", () => {
    gone(redact("numbers: 9988776655, 9988776656,+919988776657", "sandbox", "text"), "9988776656", "919988776657");
  });

  it("a Bruno request's query keeps its other parameters", () => {
    const text =
      "params:query {\n  apiKey: secret\n  numbers: 998877665\n  ~message: hello\n}\n\nparams:path {\n  id: 123\n}\n";
    const out = redact(text);
    gone(out, "998877665");
    kept(out, "~message: hello", "id: 123");
  });
});

describe("a 10-digit id under a key that names no contact stays", () => {
  it.each([
    "id: 9988776655",
    "orderNumber: 9988776655",
    "cellId: 9988776655",
    "smsTemplateId: 9988776655",
    '{"id": "9988776655", "number": 9988776655}',
    '{"encounter": "9988776655", "count": 9988776655}',
  ])("%s", (text) => {
    kept(redact(text), "9988776655");
  });
});

describe("an 8-digit id under a list's generic key (`recipients`, `numbers`) stays: user, order or encounter ids", () => {
  it.each([
    ['{"recipients": ["12345678", "23456789"], "numbers": [10023456, 10023457]}', ["12345678", "23456789", "10023456"]],
    ["recipients: 12345678", ["12345678"]],
    ["numbers: 10023456, 10023457", ["10023456", "10023457"]],
  ])("%s", (text, values) => {
    kept(redact(text), ...values);
  });

  it("an 8-digit number under a key that says phone still goes", () => {
    gone(redact("mobile: 55512345", "sandbox", "text"), "55512345");
    gone(redact('{"sms": "55512345"}'), "55512345");
  });
});
