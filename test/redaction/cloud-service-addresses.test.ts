// A cloud platform's fixed service addresses (the instance metadata endpoint, its IPv6 twin, the container
// credentials endpoint) name the platform a program asked, never a person: a `curl -v` or an SDK's debug log that
// tried them keeps them, while a client's address beside them still goes.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, redact } from "./lib/redact-text";

describe("cloud metadata and service addresses are kept", () => {
  it("an R gargle / curl -v log trying the GCE metadata server", () => {
    check(
      "trying credentials_gce()\n*    Trying 169.254.169.254...\n*  Connection timed out after 805 milliseconds\n" +
        "X-Forwarded-For: 203.0.113.77\n",
      ["203.0.113.77"],
      ["169.254.169.254"],
    );
  });
  it("the same address in a URL-less log line, in both environments", () => {
    for (const env of ["sandbox", "client-prod"] as const) {
      const out = redact("botocore: connecting to 169.254.169.254 port 80 for IMDSv2 token; client 198.51.100.9", env);
      expect(out).toContain("169.254.169.254");
      expect(out).not.toContain("198.51.100.9");
    }
  });
  it("AWS's IPv6 metadata address, the ECS credentials endpoint and Alibaba Cloud's metadata server", () => {
    check(
      "Trying fd00:ec2::254... then 169.254.170.2 (ECS) and 100.100.100.200 (Aliyun); peer 2001:db8:85a3::8a2e:370:7334\n",
      ["2001:db8:85a3::8a2e:370:7334"],
      ["fd00:ec2::254", "169.254.170.2", "100.100.100.200"],
    );
  });
  it("another link-local address is still someone's", () => {
    check("client address 169.254.12.34 refused\n", ["169.254.12.34"]);
  });
});
