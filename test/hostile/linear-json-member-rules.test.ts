// The JSON reader's member rules added in the last rounds — a ServiceNow user reference, a Teams or Jira mention, a
// chat export's account, a client's address nested as objects, a Redox identifier, an AWS assumed role's session — on
// hostile input: a record repeated as the items of one array, or one object of a megabyte of duplicate members. The
// work grows linearly with the input (counted operations, see work-meter.ts) and a megabyte of each finishes. No
// timing is asserted.
import { describe, expect, it } from "vitest";
import { MB, redactText } from "./lib/hostile-tables";
import { growth, LINEAR } from "./work-meter";

/** `unit` repeated as the items of one JSON array of about `size` characters. */
const array = (unit: string) => (size: number) =>
  "[" + (unit + ",").repeat(Math.max(1, Math.floor(size / (unit.length + 1)))) + "{}]";
/** `member` repeated as the members of one JSON object of about `size` characters (duplicate keys). */
const object = (member: string) => (size: number) =>
  "{" + (member + ",").repeat(Math.max(1, Math.floor(size / (member.length + 1)))) + '"end": 1}';

const SHAPES: Array<[string, (size: number) => string]> = [
  [
    "ServiceNow user references",
    array(
      '{"caller_id": {"display_value": "Abel Tuter", "link": "https://x.service-now.com/api/now/table/sys_user/6816f79c"}, "number": "INC0010001"}',
    ),
  ],
  ["one object of ServiceNow display values", object('"display_value": "Abel Tuter", "link": "/sys_user/"')],
  ["Teams mentions", array('{"mentionText": "Megan Bowen", "mentioned": {"user": {"displayName": "Megan Bowen"}}}')],
  ["one object of Teams mention labels", object('"mentionText": "Megan Bowen"')],
  ["Jira ADF mentions", array('{"type": "mention", "attrs": {"id": "5b10", "text": "@Ana Lima"}}')],
  ["chat export accounts", array('{"author": {"name": "Ana Lima", "emailAddress": "ana@example.com"}}')],
  [
    "nested client address lists",
    array('{"client": {"ip": "198.51.100.23, 10.0.0.2, 10.0.0.3"}, "usr": {"id": "jroe"}}'),
  ],
  ["Redox identifiers", array('{"Patient": {"Identifiers": [{"ID": "0000123", "IDType": "MR"}]}}')],
  [
    "assumed-role ARNs, the marker repeated",
    array('{"arn": "arn:aws:sts::1:assumed-role/A/jroe:assumed-role/:assumed-role/"}'),
  ],
];

describe("the JSON reader's member rules on hostile input", () => {
  for (const [name, make] of SHAPES) {
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(make, (t) => void redactText(t), 8_000)).toBeLessThan(LINEAR);
    });
    it(`a megabyte: ${name} finishes`, () => {
      expect(redactText(make(MB)).length).toBeGreaterThan(0);
    });
  }
});
