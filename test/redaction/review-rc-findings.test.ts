// Review C findings (merge 24c4f3b), one test each: a leak or a lost fact found by the review; the ones still `it.fails` are left open, with the reason beside them.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("review RC", () => {
  it("2: a person's address under other keys, as a string, or beside only `sub` goes", () => {
    for (const text of [
      '{"FirstName":"Aurelie","LastName":"Vasseur","Address":{"Street":"14 rue des Lilas","City":"Lyon","Zip":"69003"}}',
      '{"given_name":"Aurelie","family_name":"Vasseur","addresses":[{"street_address":"14 rue des Lilas","locality":"Lyon","postal_code":"69003"}]}',
      '{"given_name":"Aurelie","family_name":"Vasseur","address":"14 rue des Lilas, 69003 Lyon"}',
      '{"sub":"248289761001","address":{"street_address":"14 rue des Lilas","locality":"Lyon","postal_code":"69003"}}',
      '{"sub":"248289761001","phone_number":"+33 4 72 00 00 00","homeAddress":{"Street":"14 rue des Lilas","City":"Lyon"}}',
    ])
      check(text, ["14 rue des Lilas"]);
    // The region and country stay, in any spelling; a server's address beside no claim stays.
    check(
      '{"given_name":"Aurelie","address":{"locality":"Lyon","Region":"ARA","Country":"FR","use":"home"}}',
      ["Lyon"],
      ['"Region":"ARA"', '"Country":"FR"', '"use":"home"'],
    );
  });
  // `formatted` is read only as a member of an object under an `address` key (OpenID Connect's address claim
  // printed by Python, Ruby, JavaScript or a log); a bare `formatted` names formatted dates and numbers too.
  it("2b: the formatted address of a printed userinfo goes", () => {
    check(
      "userinfo: {'sub': '248289761001', 'given_name': 'Aurelie', 'address': {'formatted': '14 rue des Lilas, 69003 Lyon'}}",
      ["14 rue des Lilas"],
    );
    check('{:sub=>"248289761001", :address=>{"formatted"=>"14 rue des Lilas, 69003 Lyon", "country"=>"FR"}}', [
      "14 rue des Lilas",
    ]);
    check("address: { formatted: '1 Infinite Loop, Cupertino' }, email: 'jroe@example.org'", ["1 Infinite Loop"]);
    // A formatted value elsewhere (a date, an amount, a message) keeps its bytes.
    check(
      "{'date': {'formatted': '2024-05-01 10:00'}, 'total': {'formatted': '$12.00'}}",
      [],
      ["2024-05-01 10:00", "$12.00"],
    );
  });
  it("3: an authorization code beside grant_type in printed arrays and dicts goes", () => {
    for (const text of [
      "Array\n(\n    [grant_type] => authorization_code\n    [code] => c2d57abd35492642016e4a14b0252578bb95a173\n    [client_id] => demoapp\n)",
      "'form_params' => [\n    'grant_type' => 'authorization_code',\n    'code' => 'c2d57abd35492642016e4a14b0252578bb95a173',\n]",
      "data={'grant_type': 'authorization_code', 'code': 'c2d57abd35492642016e4a14b0252578bb95a173', 'client_id': 'demoapp'}",
    ])
      check(text, ["c2d57abd35492642016e4a14b0252578bb95a173"]);
  });
  it("4: a request id after a path ending in a scheme's word stays", () => {
    check(
      "2024-05-01T10:00:00.123Z INFO  POST /auth/bearer 5f2b7c1e-1d3a-4c8e-9f0a-2b4d6e8f0a1c 401 12ms",
      [],
      ["5f2b7c1e-1d3a-4c8e-9f0a-2b4d6e8f0a1c"],
    );
    check(
      "GET /auth/basic 1d3a5f2b7c1e4c8e9f0a2b4d6e8f0a1c 200\nGET /sso/Negotiate 7c1e4c8e9f0a2b4d6e8f0a1c1d3a5f2b 401",
      [],
      [
        "GET /auth/basic 1d3a5f2b7c1e4c8e9f0a2b4d6e8f0a1c 200",
        "GET /sso/Negotiate 7c1e4c8e9f0a2b4d6e8f0a1c1d3a5f2b 401",
      ],
    );
    // The header's own scheme still reads its credential.
    check(
      "GET /auth/bearer HTTP/1.1\nAuthorization: Bearer 5f2b7c1e1d3a4c8e9f0a2b4d6e8f0a1c9d8e7f6a",
      ["5f2b7c1e1d3a4c8e9f0a2b4d6e8f0a1c9d8e7f6a"],
      ["GET /auth/bearer HTTP/1.1"],
    );
  });
  // Not mended (round 14, time went to the health formats): sun.net.www.MessageHeader's `{Name: value}` pairs need a
  // reader of their own (each brace a header, `{POST … HTTP/1.1: null}` the request line); the credential goes today
  // but Host and User-Agent are swept with it.
  it("5: HttpURLConnection's MessageHeader pairs keep Host and User-Agent", () => {
    check(
      "sun.net.www.MessageHeader@5e9f23b45 pairs: {POST /oauth2/token HTTP/1.1: null}{X-Api-Key: 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e}{User-Agent: Java/11.0.2}{Host: fhir.example.com}",
      ["3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"],
      ["Host: fhir.example.com", "User-Agent: Java/11.0.2"],
    );
  });
});
