// Review of the directory-records batch: each case below is a shape that still leaks or loses a fact. Marked
// `it.fails` while the bug stands; the expectation is what a user would notice once it is mended.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("distinguished names", () => {
  it("AD's `Last, First` CN (escaped comma) loses the surname too", () => {
    const out = redact("memberOf: CN=Kleinsample\\, Diego,OU=Users,DC=corp,DC=local");
    gone(out, "Kleinsample", "Diego");
    kept(out, "OU=Users,DC=corp,DC=local");
  });

  it("a `cn=` earlier on the line does not hide a person's DN after it", () => {
    const out = redact("Bind failed: user cn=jdoe not found; tried cn=Diego Kleinsample,ou=People,dc=example,dc=com");
    gone(out, "Diego Kleinsample");
    kept(out, "ou=People,dc=example,dc=com");
  });
  it("a service's or product's CN (two capitalised words) is no person", () => {
    const out = redact(
      "CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=corp\nCN=Key Vault,OU=Apps,DC=corp\nCN=Jenkins Build,OU=Svc,DC=corp",
    );
    kept(out, "CN=Microsoft Exchange,", "CN=Key Vault,", "CN=Jenkins Build,");
  });
});

describe("LDAP tools' passwords", () => {
  it("-w on a continuation line of a multi-line command", () => {
    const out = redact("$ ldapsearch -x -D cn=admin,dc=x \\\n   -w Hunter44Pass -b dc=x '(uid=*)'");
    gone(out, "Hunter44Pass");
  });

  it("-w with the password attached (-wSecret)", () => {
    const out = redact("$ ldapsearch -x -D cn=admin -wS3cr3tP4ss -b dc=x");
    gone(out, "S3cr3tP4ss");
  });

  it("a quoted password keeps its escaped quote inside; the next line of an unwrapped command is not read", () => {
    const out = redact('ldapsearch -x -w "Hu nter\\"44x" -b dc=x\n-w is documented in ldapsearch(1)');
    gone(out, "Hu nter", "44x");
    kept(out, "-b dc=x", "-w is documented");
  });

  it("a megabyte of wrapped ldapsearch lines and unclosed quotes finishes", { timeout: 180_000 }, () => {
    expect(redact("ldapsearch -x \\\n -w ".repeat(45000)).length).toBeGreaterThan(0);
    expect(redact('ldapsearch -w "\\'.repeat(65000)).length).toBeGreaterThan(0);
  });
});

describe("password hashes", () => {
  it("phpass ($P$ WordPress, $H$ phpBB) hashes go", () => {
    const out = redact(
      "| ID | user_login | user_pass |\n| 1 | admin | $P$B12345678abcdefghijklmnopqrstu. |\nphpBB row: 2 $H$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0",
    );
    gone(out, "B12345678abcdefghijklmnopqrstu.", "9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0");
  });

  it("Django's stored hashes go, salt too; the algorithm's name stays", () => {
    const out = redact(
      "auth_user row 7 | pbkdf2_sha256$260000$abcdefsalt12$Qx3kPz9Lw0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV=\nrow 8 | sha1$abc123$2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    );
    gone(
      out,
      "abcdefsalt12",
      "Qx3kPz9Lw0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV=",
      "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    );
    kept(out, "pbkdf2_sha256$");
  });

  it("awk's and shell's positional fields are no hash", () => {
    const out = redact("awk -F: '{print $1$2$3$4$5$6$7$8$9$10}' /etc/passwd");
    kept(out, "$1$2$3$4$5$6$7$8$9$10");
    kept(redact("x=$1$PATH$HOME1234567890"), "$1$PATH$HOME1234567890");
    kept(redact("/var/log/$1$/$6$20240101T0000Z$request-1234-5678-abcd"), "request-1234-5678-abcd");
  });

  it("a megabyte of near-miss crypt strings finishes", { timeout: 180_000 }, () => {
    const near = "$6$a1$b2$c3$d4$" + "e5".repeat(100) + "-";
    for (const frag of [near, "sha1$a1$" + "b2".repeat(100) + "-", "$P$" + "a1".repeat(15) + "$"])
      expect(redact(frag.repeat(Math.ceil(1_000_000 / frag.length))).length).toBeGreaterThan(0);
  });
});

describe("attribute pairs", () => {
  it("Postman query pairs and FHIR Parameters name a search parameter: given / family go", () => {
    const out = redact(
      JSON.stringify({
        info: { name: "FHIR", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [{ name: "Search", request: { method: "GET", url: { query: [{ key: "given", value: "Diego" }] } } }],
      }),
    );
    gone(out, "Diego");
    const params = redact(
      JSON.stringify({ resourceType: "Parameters", parameter: [{ name: "family", valueString: "Kleinsample" }] }),
    );
    gone(params, "Kleinsample");
  });

  it("Cognito's `name` attribute (the full name) goes whole", () => {
    const out = redact(JSON.stringify({ UserAttributes: [{ Name: "name", Value: "Diego Kleinsample" }] }));
    gone(out, "Diego", "Kleinsample");
  });

  it("a pair named username / user carries a login", () => {
    const out = redact(JSON.stringify({ headers: [{ name: "username", value: "jdoe42" }] }));
    gone(out, "jdoe42");
  });

  it.fails("aws cognito-idp --output text rows: the value goes, the attribute name stays", () => {
    const out = redact(
      "USERATTRIBUTES\tgiven_name\tDiego\nUSERATTRIBUTES\tfamily_name\tKleinsample\nUSERATTRIBUTES\tphone_number\t+15555550123",
    );
    gone(out, "Diego", "Kleinsample", "+15555550123");
    kept(out, "given_name", "family_name", "phone_number");
  });

  it.fails("aws --output yaml Name/Value pairs", () => {
    const out = redact(
      "UserAttributes:\n- Name: given_name\n  Value: Diego\n- Name: family_name\n  Value: Kleinsample\n",
    );
    gone(out, "Diego", "Kleinsample");
  });
});

describe("LDIF", () => {
  it("a person's locality (`l:`) and the lines of a `$`-separated postal address go", () => {
    const out = redact(
      "dn: uid=a,dc=x\nobjectClass: inetOrgPerson\nhomePostalAddress: 12 Main St$Springfield\nl: Shelbyville\n",
    );
    gone(out, "Springfield", "Shelbyville");
  });
});

describe("SCIM read as FHIR JSON", () => {
  it("a SCIM user's meta.created timestamp and meta.location survive in the client domain", () => {
    const loc = "https://us2.api.concursolutions.com/profile/identity/v4/Users/339d5b8f-0703-4d6b-aede-79911bb79a87";
    const out = redact(
      JSON.stringify({
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
        id: "339d5b8f-0703-4d6b-aede-79911bb79a87",
        userName: "testuser23",
        meta: { resourceType: "User", location: loc, created: "2024-05-16T17:15:36.612821Z" },
      }),
      "client-prod",
    );
    kept(out, "2024-05-16T17:15:36.612821Z", loc);
  });
});
