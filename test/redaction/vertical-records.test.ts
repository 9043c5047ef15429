// Query results printed one record at a time (psql's expanded display; the MySQL client's `\G`, already read as
// `key: value` lines) and documents printed by the MongoDB shell with a date wrapped in `ISODate(…)`: each value's
// column or key says what it is. Synthetic
// values, real shapes (test/corpora/real-artifacts/data-*).
import { describe, expect, it } from "vitest";
import { readPrintedPairs } from "~/redaction/printed-pairs";
import { LINEAR, growth, repeat, slicedGrowth } from "../hostile/work-meter";
import { expectRedacted as gone, redact } from "./lib/redact-text";

const values = (text: string) => readPrintedPairs(text).map((g) => g.map((p) => [p.key, text.slice(p.start, p.end)]));

const PSQL = [
  "app=# \\x",
  "Expanded display is on.",
  "app=# SELECT * FROM users WHERE id = 'c705d41e';",
  "-[ RECORD 1 ]--------+---------------------------",
  "id                   | c705d41e-183f-4b2e-9c51-0d1e2f3a4b5c",
  "email                | orlaith.v@example.org",
  "firstName            | Orlaith",
  "lastName             | Vellacott",
  "date_of_birth        | 1984-03-02",
  "riskTolerance        | moderate",
  "-[ RECORD 2 ]--------+---------------------------",
  "id                   | 9b1f0a2c-77d4-4c1e-8a0b-3f5e6d7c8b9a",
  "email                | tquarrie@example.org",
  "firstName            | Tamsin",
  "lastName             | Quarrie",
  "date_of_birth        | 1979-11-23",
  "riskTolerance        | low",
].join("\n");

const MYSQL = [
  "mysql> SELECT * FROM patient WHERE id = 4172\\G",
  "*************************** 1. row ***************************",
  "           id: 4172",
  "          mrn: 00417233",
  "   first_name: Orlaith",
  "    last_name: Vellacott",
  "   birth_date: 1984-03-02",
  "       status: active",
  "1 row in set (0.00 sec)",
].join("\n");

describe("vertical records: the pairs read", () => {
  it("psql's expanded display: each line under a record header is a key and its value", () => {
    expect(values(PSQL)[0].slice(0, 3)).toEqual([
      ["id", "c705d41e-183f-4b2e-9c51-0d1e2f3a4b5c"],
      ["email", "orlaith.v@example.org"],
      ["firstName", "Orlaith"],
    ]);
  });

  it("a two-column psql table without a record header is a table, not a record", () => {
    expect(values(" name    | value\n---------+-------\n scope   | launch\n tenant  | ec2458f2\n")).toEqual([]);
  });

  it("the MongoDB shell: a date wrapped in ISODate(…) or new Date(…) is its key's value", () => {
    const text =
      "{\n  _id: ObjectId('66d6b74ae6e7c6f4e0baec7c'),\n  dateOfBirth: ISODate('1984-03-02T00:00:00.000Z')\n}";
    expect(values(text)).toEqual([[["dateOfBirth", "1984-03-02T00:00:00.000Z"]]]);
    expect(values('{ "_id" : 1, "dob" : new Date("1984-03-02") }')).toEqual([[["dob", "1984-03-02"]]]);
  });
});

describe("vertical records: what a user sees", () => {
  it("psql's expanded display: names and birth dates go, ids and settings stay", () => {
    gone(
      PSQL,
      ["Orlaith", "Vellacott", "1984-03-02", "Tamsin", "Quarrie", "1979-11-23", "orlaith.v@example.org"],
      ["c705d41e-183f-4b2e-9c51-0d1e2f3a4b5c", "9b1f0a2c-77d4-4c1e-8a0b-3f5e6d7c8b9a", "-[ RECORD 2 ]", "moderate"],
    );
  });

  it("the MySQL client's \\G: the patient's names, birth date and MRN go, the row id and status stay", () => {
    gone(MYSQL, ["Orlaith", "Vellacott", "1984-03-02", "00417233"], ["id: 4172", "status: active", "1. row"]);
  });

  it("mongosh: a user's birth date wrapped in ISODate goes, the document id and a creation date stay", () => {
    const text = [
      "mydatabase> db.users.find()",
      "[",
      "  {",
      "    _id: ObjectId('66d6b74ae6e7c6f4e0baec7c'),",
      "    username: 'ovellacott',",
      "    dateOfBirth: ISODate('1984-03-02T00:00:00.000Z'),",
      "    createdAt: ISODate('2024-09-03T06:51:15.434Z'),",
      "    role: 'Explorer'",
      "  }",
      "]",
    ].join("\n");
    gone(text, ["1984-03-02"], ["66d6b74ae6e7c6f4e0baec7c", "2024-09-03T06:51:15.434Z", "Explorer"]);
  });

  it("a query's `Full Name` column lists people: the names go, the other columns stay", () => {
    const text = [
      "    Full Name    |      Email Address        | Currency | Risk Level",
      "-----------------+---------------------------+----------+------------",
      " Orlaith Vellacott | orlaith.v@example.org   | USD      | moderate",
      " Tamsin Quarrie    | tquarrie@example.org    | EUR      | low",
      "(2 rows)",
    ].join("\n");
    gone(
      text,
      ["Orlaith", "Vellacott", "Tamsin", "Quarrie"],
      ["Full Name", "Risk Level", "moderate", "EUR", "(2 rows)"],
    );
  });

  it("redacting the output again changes nothing", () => {
    const once = redact(PSQL);
    expect(redact(once)).toBe(once);
  });
});

describe("vertical records: hostile input", () => {
  const MB = 1_000_000;
  it.each([
    ["psql record headers", "-[ RECORD 1 ]-+---\n"],
    ["psql record lines with no end", "-[ RECORD 1 ]\nk | v\nkey | "],
    ["psql bars in shifting columns", "-[ RECORD 1 ]\n" + "k | v\nkk | v\n"],
    ["MySQL row headers and lines", "***** 1. row *****\n k: v\n"],
    ["ISODate wrappers with no closing quote", "dob: ISODate('1984"],
    ["ISODate openers", "{dob: ISODate("],
  ])("%s (1 MB) finishes", (_label, fragment) => {
    const text = fragment.repeat(Math.ceil(MB / fragment.length));
    expect(readPrintedPairs(text).length).toBeGreaterThanOrEqual(0);
    expect(typeof redact(text)).toBe("string");
    expect(growth(repeat(fragment), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat(fragment), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
  });
});
