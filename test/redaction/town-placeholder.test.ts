// A town under a person's city, town or location key is removed as a location, not as a street address: the
// placeholder tells support what kind of value stood there (round-17 review). Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("a town's placeholder type", () => {
  it("mongosh's location and DynamoDB's CUSTOMER_CITY take the location type", () => {
    const out = redact(
      "[\n  {\n    _id: ObjectId('64b1f0c2a1b2c3d4e5f60718'),\n    username: 'pkhatri',\n    email: 'pkhatri@example.com',\n    dateOfBirth: ISODate('2007-06-04T00:00:00.000Z'),\n    location: 'Surat',\n    __v: 0\n  }\n]\n" +
        "const params = { Item: { 'CUSTOMER_CITY' : {S: 'Mumbai'} } };",
      "sandbox",
      "text",
    );
    expect(out).not.toContain("Surat");
    expect(out).not.toContain("Mumbai");
    expect(out).not.toContain("street_address");
    expect(out).toContain("[REDACTED:location#");
  });
});
