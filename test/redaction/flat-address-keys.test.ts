// A person's record flattened into one object (an Elasticsearch hit's `_source` fed by Kafka Connect, a CRM export, a
// user row as JSON): the street, city and postal code sit beside the person's first and last name under keys of their
// own, in any case (`CITY`, `City`, `city`). Beside a person's name keys they are that person's; the state and country
// stay, and so do the same keys in an object that names no person (a clinic's or a data centre's address).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("flat address keys beside a person's name keys", () => {
  it("upper-case keys of a Kafka Connect record in an Elasticsearch hit lose street, city and zip", () => {
    const text = JSON.stringify(
      {
        _index: "members",
        _id: "MEMBERS+0+7",
        _source: {
          ZIP: "02139",
          CITY: "Cambourne",
          STATE: "Ohio",
          STREET: "4411 Quillon Lane",
          FIRST_NAME: "Tamsin",
          LAST_NAME: "Quarrie",
          MEMBER_ID: 4417,
        },
      },
      null,
      2,
    );
    const out = redact(text);
    for (const v of ["02139", "Cambourne", "4411 Quillon Lane", "Tamsin", "Quarrie"]) expect(out, v).not.toContain(v);
    for (const v of ['"STATE": "Ohio"', '"MEMBER_ID": 4417', '"_id": "MEMBERS+0+7"']) expect(out).toContain(v);
  });

  it("camel-case and snake-case keys (postalCode, zip_code, street_address) go too", () => {
    const text = JSON.stringify({
      firstName: "Orin",
      lastName: "Vell",
      street_address: "12 Bryher Row",
      city: "Tresco",
      postalCode: "TR24 0QQ",
      country: "UK",
    });
    const out = redact(text);
    for (const v of ["12 Bryher Row", "Tresco", "TR24 0QQ"]) expect(out, v).not.toContain(v);
    expect(out).toContain('"country":"UK"');
  });

  it("an address with no person's name beside it stays (a clinic, a data centre)", () => {
    const text = JSON.stringify({ name: "North Clinic", street: "1 Harbour Road", city: "Penzance", zip: "TR18 2AA" });
    const out = redact(text);
    for (const v of ["1 Harbour Road", "Penzance", "TR18 2AA"]) expect(out).toContain(v);
  });
});
