// curl 8's verbose output names the server it resolved and connected to on lines of its own (`* IPv4: …`,
// `* Established connection to host (ip port 443) from ip port n`): the server's addresses are facts of the request
// and stay, on those lines and on the Trying line; the client's own address after `from` goes.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("curl 8 verbose lines", () => {
  it("the resolved and connected server addresses stay, the client's goes", () => {
    expectRedacted(
      [
        "* Host fhir-ehr.cerner.com:443 was resolved.",
        "* IPv6: (none)",
        "* IPv4: 52.14.80.7, 3.131.22.195",
        "*   Trying 52.14.80.7:443...",
        "* Established connection to fhir-ehr.cerner.com (52.14.80.7 port 443) from 10.20.30.41 port 55012",
        "> GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 HTTP/1.1",
        "< HTTP/1.1 403 Forbidden",
      ].join("\n"),
      ["10.20.30.41"],
      [
        "* IPv4: 52.14.80.7, 3.131.22.195",
        "Trying 52.14.80.7:443...",
        "(52.14.80.7 port 443)",
        "HTTP/1.1 403 Forbidden",
      ],
    );
  });
});
