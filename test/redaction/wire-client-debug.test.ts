// HTTP client debug output from clients beyond curl (test/corpora/real-artifacts, `wire-…`): axios errors printed by
// util.inspect, Cloud Foundry's CLI around a Spring app's log, vendor diagnostic headers. Synthetic values, the real
// shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a request-id header whose name holds a secret-sounding word (`x-auth0-requestid`)", () => {
  it("keeps the id in an axios headers object, a raw header block and a JSON object", () => {
    check(
      "  headers: {\n    'x-auth0-requestid': 'ad9a4546edac67dd0a39',\n    'x-session-id': 'Zq8vLr2Tk9wXc4Hm7Pb1',\n    server: 'cloudflare'\n  }",
      ["Zq8vLr2Tk9wXc4Hm7Pb1"],
      ["'x-auth0-requestid': 'ad9a4546edac67dd0a39'", "server: 'cloudflare'"],
    );
    check(
      "HTTP/1.1 429 Too Many Requests\nx-auth0-requestid: 5f0c1e2d3a4b5c6d7e8f\nx-token-trace-id: 9a8b7c6d5e4f3a2b\nx-auth-token: Zq8vLr2Tk9wXc4Hm7Pb1\n",
      // x-token-trace-id names a token of its own (the word stands alone): its value goes, as a secret's would.
      ["Zq8vLr2Tk9wXc4Hm7Pb1", "9a8b7c6d5e4f3a2b"],
      ["x-auth0-requestid: 5f0c1e2d3a4b5c6d7e8f"],
    );
    check(
      '{"x-auth0-requestid": "ad9a4546edac67dd0a39", "x-session-id": "Zq8vLr2Tk9wXc4Hm7Pb1"}',
      ["Zq8vLr2Tk9wXc4Hm7Pb1"],
      ['"x-auth0-requestid": "ad9a4546edac67dd0a39"'],
    );
  });
});

describe("util.inspect's elided values (`[Array]`, `[Object]`) under a cookie's key", () => {
  it("are no cookie: the placeholder stays and is not replaced elsewhere in the print", () => {
    check(
      [
        "  response: {",
        "    headers: Object [AxiosHeaders] {",
        "      'set-cookie': [Array],",
        "      cookie: [Object],",
        "      vary: 'Origin'",
        "    },",
        "    config: { adapter: [Array], transformRequest: [Array], env: [Object] },",
        "  }",
      ].join("\n"),
      [],
      ["'set-cookie': [Array],", "cookie: [Object],", "adapter: [Array], transformRequest: [Array], env: [Object]"],
    );
  });
  it("a real cookie in the same print still goes", () => {
    check(
      "    headers: {\n      'set-cookie': [ 'sid=Zq8vLr2Tk9wXc4Hm7Pb1; Path=/; HttpOnly' ],\n      adapter: [Array]\n    }",
      ["Zq8vLr2Tk9wXc4Hm7Pb1"],
      ["adapter: [Array]"],
    );
  });
});

describe("Cloud Foundry CLI's progress line names the signed-in user (`… as <user>...`)", () => {
  it("the login goes, the app, org and space stay", () => {
    check(
      "$ cf logs hello-redis\nRetrieving logs for app pcfdemoapp-dev in org pcfdemoapp / space development as kab...\n\n   2018-04-26T15:21:35.46+0900 [APP/PROC/WEB/0] OUT started",
      ["as kab"],
      [
        "Retrieving logs for app pcfdemoapp-dev in org pcfdemoapp / space development as ",
        "[APP/PROC/WEB/0] OUT started",
      ],
    );
    check(
      "Getting apps in org acme-health / space sandbox as jdoe...\nOK\n\nname   requested state   processes\nfhir-proxy   started   web:1/1",
      ["jdoe"],
      ["Getting apps in org acme-health / space sandbox as ", "fhir-proxy"],
    );
    check(
      "Pushing app fhir-proxy to org acme-health / space sandbox as m.rivera@example.org...",
      ["m.rivera@example.org"],
      ["Pushing app fhir-proxy to org acme-health / space sandbox as "],
    );
  });
});

describe("Cloud Foundry's container account in a stack trace (`/home/vcap/app`)", () => {
  it("is nobody's login: the path stays", () => {
    check(
      "   2024-01-01T10:00:00.00+0000 [APP/PROC/WEB/0] ERR \tat com.example.App.main(/home/vcap/app/BOOT-INF/App.java:12)\n",
      [],
      ["/home/vcap/app/BOOT-INF/App.java"],
    );
  });
});
