// A PIN under its own key goes whatever its shape; India's postal "PIN code" in an address record stays
// (review RA #8). Values are made up.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("PIN keys", () => {
  it("a 4- or 6-digit PIN under pinCode, pin_code or pin goes in a JSON credential object", () => {
    const out = redact('{"operator": {"role": "DRS", "pinCode": "4821", "pin_code": "7731", "pin": "559012"}}');
    gone(out, "4821", "7731", "559012");
    kept(out, '"role": "DRS"');
  });

  it("a postal PIN code in an address record stays, whatever the key's case", () => {
    const out = redact(
      '{"address": {"city": "Bengaluru", "district": "Urban", "pinCode": "560001", "pincode": "560002"}}',
    );
    kept(out, '"pinCode": "560001"', '"pincode": "560002"');
  });
});
