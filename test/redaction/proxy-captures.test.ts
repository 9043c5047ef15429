// Smaller shapes met in pastes from HTTP debugging proxies and packet captures (test/corpora/real-artifacts, proxy-*),
// written small with made-up values: the anti-forgery field of a framework's login form, Chrome's NetLog events.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("the anti-forgery field of a framework's login form (seen in the same dump)", () => {
  it("Django's csrfmiddlewaretoken and Rails' authenticity_token go; the user name field is judged as before", () => {
    const out = redact(
      "POST /login/ HTTP/1.1\r\nHost: app.example.org\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n" +
        "csrfmiddlewaretoken=Qm3vXe9Lr2TzW8pKc7YhN4sBd6Jf&next=%2Fhome&authenticity_token=Zx8Wq2Lm5Rt9Yp3Vn6Kc",
    );
    gone(out, "Qm3vXe9Lr2TzW8pKc7YhN4sBd6Jf", "Zx8Wq2Lm5Rt9Yp3Vn6Kc");
    kept(out, "next=%2Fhome", "POST /login/ HTTP/1.1");
  });
});

describe("Chrome's NetLog events pasted from chrome://net-export", () => {
  it('the request line under the key "line" is no street address; a FHIR address line still goes', () => {
    const out = redact(
      '{"params":{"headers":["Host: fhir.example.org","Cookie: sid=7Hq2xPzL0aV93mWcRt"],"line":"GET /r4/Patient/12724066 HTTP/1.1\\r\\n"},"phase":0,"source":{"id":30994,"type":1},"type":163},\n' +
        'log: {"resourceType":"Patient","address":[{"line":["12 Harbour Street"],"city":"Springfield"}]}',
    );
    kept(out, '"line":"GET /r4/Patient/12724066 HTTP/1.1\\r\\n"', '"source":{"id":30994,"type":1}');
    gone(out, "12 Harbour Street", "7Hq2xPzL0aV93mWcRt");
  });
});
