// A login carried through the ticket stays out of a service's unit name, a system path, a SMART scope and a URL's
// host (round-17 review). Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a carried login is not replaced inside a unit name, a system path, a scope or a URL host", () => {
  it("a service account keeps its unit and its /etc directory", () => {
    check(
      "pam_unix(sshd:session): session opened for user fhirproxy(uid=1001)\nfhirproxy.service restarted; see /etc/fhirproxy/config",
      [],
      ["fhirproxy.service", "/etc/fhirproxy/config"],
    );
  });

  it("a login equal to a scope's resource word or a host's label keeps the scope and the host", () => {
    check(
      "Failed password for smarthealthit from 10.0.0.1 port 22 ssh2\nscope patient/smarthealthit.read at https://launch.smarthealthit.org/v1",
      ["for smarthealthit from"],
      ["patient/smarthealthit.read", "https://launch.smarthealthit.org/v1"],
    );
  });
});

describe("a carried login is not replaced in a client id", () => {
  it("a tester's login that is also the app's client id keeps the client id", () => {
    check(
      '{"createdByUserId": "sandbox-tester", "client_id": "sandbox-tester"}\nclient_id sandbox-tester cannot get scope\nclient_id=sandbox-tester',
      ['"createdByUserId": "sandbox-tester"'],
      ['"client_id": "sandbox-tester"', "client_id sandbox-tester cannot", "client_id=sandbox-tester"],
    );
  });
});

describe("hostile input", () => {
  it("1 MB of a carried login in every protected place finishes, the login gone from the log phrase", () => {
    const line =
      "Failed password for jkowalski from 10.0.0.1 port 22 /etc/jkowalski patient/jkowalski.read https://jkowalski.example.org client_id=jkowalski jkowalski.service\n";
    check(line.repeat(Math.ceil(1_000_000 / line.length)), ["for jkowalski from"], ["/etc/jkowalski"]);
  });
});
