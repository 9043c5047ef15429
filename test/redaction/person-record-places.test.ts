// A person's town in a printed record: mongosh's `location: '…'` beside a birth date, and a DynamoDB item's typed
// value in the SDK's JavaScript (`'CUSTOMER_CITY' : {S: '…'}`) in a record whose keys name a person (`CUSTOMER_NAME`). A record of no person keeps its places; ids, roles and table names stay.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a person's place in a printed record", () => {
  it("mongosh: a user's `location` beside a birth date goes", () => {
    check(
      "mydatabase> db.users.find()\n[\n  {\n    _id: ObjectId('66d6b74ae6e7c6f4e0baec7c'),\n    username: 'Roshan',\n    email: 'roshan@gmail.com',\n    dateOfBirth: ISODate('2007-06-04T00:00:00.000Z'),\n    role: 'Explorer',\n    location: 'Surat',\n    __v: 0\n  }\n]",
      ["Surat", "2007-06-04"],
      ["ObjectId('66d6b74ae6e7c6f4e0baec7c')", "role: 'Explorer'"],
    );
  });

  it("a service's `location` beside no person's key stays", () => {
    check(
      "{\n    _id: ObjectId('66d6b74ae6e7c6f4e0baec7c'),\n    name: 'fhir-proxy',\n    location: 'us-east-1',\n    status: 'up'\n}",
      [],
      ["location: 'us-east-1'", "name: 'fhir-proxy'"],
    );
  });

  it("DynamoDB in JavaScript: the customer's city under a typed value goes", () => {
    check(
      "var params = {\n  TableName: 'CUSTOMER_LIST',\n  Item: {\n    'CUSTOMER_ID' : {N: '001'},\n    'CUSTOMER_NAME' : {S: 'Priya Raman'},\n    'CUSTOMER_CITY' : {S: 'Mumbai'},\n    'CUSTOMER_STATE' : {S: 'Maharashtra'}\n  }\n};",
      ["Priya Raman", "Mumbai"],
      ["TableName: 'CUSTOMER_LIST'", "'CUSTOMER_ID' : {N: '001'}"],
    );
  });

  it("a DynamoDB item of no person keeps its city", () => {
    check(
      "Item: {\n    'STORE_ID' : {N: '17'},\n    'STORE_CITY' : {S: 'Mumbai'},\n    'STORE_STATUS' : {S: 'open'}\n  }",
      [],
      ["{S: 'Mumbai'}"],
    );
  });
});
