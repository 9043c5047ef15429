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

describe("a header block pasted indented (Fiddler's headers in a Markdown list or a quote)", () => {
  it("each header at the block's indentation is a header of its own, not a folded continuation of the one above", () => {
    const out = redact(
      [
        "- response",
        "",
        "    HTTP/1.1 302 Found",
        "    Date: Thu, 29 Sep 2022 14:39:38 GMT",
        "    Location: https://app.example.org/home",
        "    Set-Cookie: skey=@wWm8PKp9V;Path=/;Domain=example.org;",
        "    Set-Cookie: recent=2cdb6eeeea545384124fd403c386618af1;Path=/;Secure;HttpOnly;",
        "",
      ].join("\n"),
    );
    gone(out, "@wWm8PKp9V", "2cdb6eeeea545384124fd403c386618af1");
    kept(out, "\n    Date: Thu, 29 Sep 2022 14:39:38 GMT\n", "\n    Location: https://app.example.org/home\n");
  });

  it("a line indented further than its header still folds into it", () => {
    const out = redact(
      "HTTP/1.1 200 OK\nX-Note: first part\n  second part\nAuthorization: Bearer abcdefghij\n   klmnopqrstuv\n",
    );
    kept(out, "X-Note: first part second part");
    gone(out, "abcdefghij", "klmnopqrstuv");
  });
});

describe("a form payload written one `name:value` a line (DevTools' Payload view, an issue)", () => {
  it("in an OAuth form the code and the client secret go; the grant type and the client id stay", () => {
    const out = redact(
      "payload :\ngrant_type:authorization_code\ncode:e7332a1942219fb440f2\nclient_id:debecd65e6be1de0d838\n" +
        'client_secret: Zq8Wr2Lm5Tt9Yp3Vn6Kc\n\nresponse :\n{\n  "error": "invalid_client"\n}\n',
    );
    gone(out, "e7332a1942219fb440f2", "Zq8Wr2Lm5Tt9Yp3Vn6Kc");
    kept(out, "grant_type:authorization_code", "client_id:debecd65e6be1de0d838", '"error": "invalid_client"');
  });

  it("outside an OAuth form a `code:` line stays (an error code, a status)", () => {
    const text = "status:failed\ncode:E4012_TIMEOUT\nretry:true\n";
    kept(redact(text), "code:E4012_TIMEOUT");
  });

  it("hostile: a megabyte of pair lines and of grant_type words finishes", () => {
    const text = (
      "grant_type:authorization_code\ncode:" +
      "a".repeat(3000) +
      "\n" +
      "grant_type ".repeat(50) +
      "\n"
    ).repeat(300);
    kept(redact(text), "grant_type:authorization_code");
  });
});
