// Directory and identity-provider records as developers paste them when a user's login fails: an IdP's attribute
// pairs (Cognito, AWS tags, Postman), LDIF and ldapsearch output, distinguished names, LDAP tools' command lines.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("attribute pairs: the value is read by its pair's name", () => {
  it("Cognito's UserAttributes ({Name, Value}): the phone and the given name go, the sub and the flags stay", () => {
    const out = redact(
      JSON.stringify({
        Username: "7325c1de-b05b-4f84-b321-9adc6e61f4a2",
        UserAttributes: [
          { Name: "sub", Value: "7325c1de-b05b-4f84-b321-9adc6e61f4a2" },
          { Name: "phone_number_verified", Value: "true" },
          { Name: "phone_number", Value: "+01115551212" },
          { Name: "given_name", Value: "Diego" },
          { Name: "custom:tenant", Value: "acme-sandbox" },
        ],
        UserStatus: "FORCE_CHANGE_PASSWORD",
      }),
    );
    gone(out, "+01115551212", "Diego");
    kept(out, "7325c1de-b05b-4f84-b321-9adc6e61f4a2", "FORCE_CHANGE_PASSWORD", "acme-sandbox", '"true"');
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it("the same pairs in lower case (FHIR Parameters, a config list) and AWS's {Key, Value} tags", () => {
    const out = redact(
      JSON.stringify({
        parameter: [{ name: "family_name", valueString: "Kleinsample" }],
        Tags: [
          { Key: "email", Value: "barry.k@example.org" },
          { Key: "Environment", Value: "sandbox" },
        ],
      }),
    );
    gone(out, "Kleinsample", "barry.k@example.org");
    kept(out, '"Environment"', '"sandbox"', '"family_name"');
  });

  it("a pair named after its own value key is read as before (no loop)", () => {
    const out = redact(JSON.stringify({ list: [{ name: "value", value: "Value" }] }));
    kept(out, '"Value"');
  });
});

describe("hostile input", () => {
  it("a megabyte of attribute pairs finishes", { timeout: 180_000 }, () => {
    const pairs = Array.from({ length: 20000 }, (_, i) => ({
      Name: i % 2 ? "phone_number" : "value",
      Value: `+0${i}`,
    }));
    const out = redact(JSON.stringify({ UserAttributes: pairs }));
    expect(out.length).toBeGreaterThan(0);
  });
});

describe("LDIF and ldapsearch output", () => {
  const LDAPSEARCH = [
    'root@cf649877b739:/# ldapsearch -x -H ldap://ldap.example.test:389 -b dc=example,dc=test -D "cn=admin,dc=example,dc=test" -w s3cretBind',
    "# extended LDIF",
    "",
    "# jdoe, people, example.test",
    "dn: cn=Barbara Jensen,ou=people,dc=example,dc=test",
    "objectClass: inetOrgPerson",
    "sn: Jensen",
    "userPassword:: e1NTSEF9VmhoditGb3RabnlzZjNsbmZNZ0ZKVUJsT05QckVJQWo=",
    "uidNumber: 1000",
    "",
    "# search result",
    "result: 0 Success",
  ].join("\n");

  it("a base64 password after `::`, the bind password after -w and the person's DN value go", () => {
    const out = redact(LDAPSEARCH);
    gone(out, "e1NTSEF9VmhoditGb3RabnlzZjNsbmZNZ0ZKVUJsT05QckVJQWo=", "s3cretBind", "Barbara", "Jensen");
    kept(
      out,
      "ldap://ldap.example.test:389",
      '-D "cn=admin,dc=example,dc=test"',
      "ou=people,dc=example,dc=test",
      "objectClass: inetOrgPerson",
      "result: 0 Success",
    );
  });

  it("ldapwhoami's and ldappasswd's passwords go, quoted or not; a prompt flag (-W) has none", () => {
    const out = redact(
      [
        "ldapwhoami -x -D uid=svc-fhir,ou=system,dc=example,dc=test -w 'Pa55 word' -H ldaps://ldap.example.test/",
        "ldappasswd -x -D cn=Manager,dc=example,dc=test -W -a OldPass1 -s NewPass2 uid=svc-fhir,ou=system,dc=example,dc=test",
      ].join("\n"),
    );
    gone(out, "Pa55 word", "OldPass1", "NewPass2");
    kept(out, "ldaps://ldap.example.test/", "cn=Manager,dc=example,dc=test", " -W ");
  });
});

describe("LDIF records", () => {
  it("a person's attributes go, base64 (`::`) and folded values too; a group's cn, classes and a file URL stay", () => {
    const out = redact(
      [
        "version: 1",
        "",
        "dn: uid=jqpublic,ou=people,dc=example,dc=test",
        "objectClass: inetOrgPerson",
        "cn:: Sm9zw6kgTWFyw61hIEZlcm7DoW5kZXo=",
        "givenName: Jos\u00e9",
        "sn: Fern\u00e1ndez",
        "displayName: Jos\u00e9 Mar\u00eda Fern\u00e1ndez de la",
        " Vega Morales",
        "telephoneNumber: +1 408 555 0017",
        "jpegPhoto:< file:///photos/jqpublic.jpg",
        "",
        "dn: cn=techstaff,ou=groups,dc=example,dc=test",
        "objectClass: groupOfUniqueNames",
        "cn: techstaff",
        "uniqueMember: uid=jqpublic,ou=people,dc=example,dc=test",
      ].join("\n"),
    );
    gone(
      out,
      "Sm9zw6kgTWFyw61hIEZlcm7DoW5kZXo=",
      "Fern\u00e1ndez",
      "+1 408 555 0017",
      "jqpublic",
      "4th floor",
      "phone only",
    );
    kept(out, "objectClass: inetOrgPerson", "cn: techstaff", "file:///photos/", "ou=groups,dc=example,dc=test");
  });
});

describe("stored password hashes", () => {
  it("modular crypt and LDAP scheme hashes go wherever they stand; an algorithm's name stays", () => {
    const out = redact(
      [
        '"hashedPassword": {"value": "$pbkdf2-sha256$27500$RaXjs4RiUKgJGkX6kp277w==$ng6oDRung/pBLayd5ro7IU3mL/p86pg3WvQNQc+N1Eg="}',
        "row: 1 | rian@example.test | $2a$10$kh0e8XDDpRcNwHwiQOLQQuaYkNuEceej2KC/Fx7qZHYGHh/7NKRDW",
        "olcRootPW: {SSHA}2o0EN89kKcR/T4z2EAI1nFI/oG1mFX9T",
        "shadow: $6$S7X8oV4fKB8Y1awF$47Pw7pYapEYJBrAzlPujWPnCnzSp8GBPQIrQNbWS8KwA2Xjo0Ji9UOdeRXgd5l0KgRYf6cPlLmbGuI8LCjOtw1",
      ].join("\n"),
    );
    gone(
      out,
      "RaXjs4RiUKgJGkX6kp277w",
      "ng6oDRung/pBLayd5ro7IU3mL",
      "kh0e8XDDpRcNwHwiQOLQQuaYkNuEceej2KC",
      "2o0EN89kKcR/T4z2EAI1nFI",
      "S7X8oV4fKB8Y1awF",
    );
    kept(out, '"hashedPassword": {"value": "$pbkdf2-sha256$', "row: 1 | ", "olcRootPW: {SSHA}", "shadow: ");
    gone(out, "$2a$10$", "$6$S7X8");
  });

  it("shell variables and prices are no hashes", () => {
    kept(redact("echo $HOME/$USER costs $10 and ${PATH}; {SSHA} alone"), "$HOME/$USER", "$10", "${PATH}");
  });
});

describe("LDAP login logs", () => {
  it("nslcd's request prefix and PAM call, and pamtester's command: the login goes everywhere; the bind DN stays", () => {
    const out = redact(
      [
        "root@08f8c0a8fa1f:/# pamtester openvpn kwatanabe authenticate",
        'nslcd: [8b4567] <authc="kwatanabe"> DEBUG: nslcd_pam_authc("kwatanabe","openvpn","***")',
        'nslcd: [8b4567] <authc="kwatanabe"> DEBUG: ldap_simple_bind_s("cn=admin,dc=tron,dc=network","***") (uri="ldap://10.0.170.77:389")',
      ].join("\n"),
    );
    gone(out, "kwatanabe");
    kept(out, "pamtester openvpn", "cn=admin,dc=tron,dc=network", "ldap://10.0.170.77:389", "nslcd_pam_authc(");
  });
});

describe("distinguished names", () => {
  it("Get-ADUser's DistinguishedName: the person's CN goes, the OUs and DCs stay; a group's CN stays", () => {
    const out = redact(
      [
        "Surname           : David",
        "DistinguishedName : CN=Chew David,OU=NorthAmerica,OU=Sales,OU=UserAccounts,DC=FABRIKAM,DC=COM",
        "Manager           : CN=Tanaka Hiroshi,OU=Radiology,DC=FABRIKAM,DC=COM",
        "MemberOf          : {CN=Remote Management Users,CN=Builtin,DC=FABRIKAM,DC=COM, CN=Domain Admins,CN=Users,DC=FABRIKAM,DC=COM}",
      ].join("\n"),
    );
    gone(out, "Chew", "Tanaka");
    kept(
      out,
      "OU=NorthAmerica,OU=Sales,OU=UserAccounts,DC=FABRIKAM,DC=COM",
      "CN=Remote Management Users",
      "CN=Domain Admins",
    );
  });

  it("a common name without a following RDN is not read as a DN", () => {
    kept(redact("search with filter cn=Chew David returned nothing"), "filter cn=");
  });
});

describe("hostile input for the directory readers", () => {
  it("a megabyte of `cn=` without a closing RDN, and of ldapsearch lines with -w, finish", { timeout: 180_000 }, () => {
    expect(redact("cn=Aa Bb ".repeat(110000)).length).toBeGreaterThan(0);
    expect(redact("ldapsearch -w -w -w ".repeat(50000)).length).toBeGreaterThan(0);
    expect(redact("userPassword:: ".repeat(70000)).length).toBeGreaterThan(0);
    expect(redact("$2a$".repeat(250000)).length).toBeGreaterThan(0);
    expect(redact('nslcd: [8b4567] <authc="'.repeat(40000)).length).toBeGreaterThan(0);
    expect(redact("{SSHA}".repeat(170000)).length).toBeGreaterThan(0);
    expect(redact("dn: cn=x\n" + "cn:: QUFB\n QUFB\n".repeat(60000)).length).toBeGreaterThan(0);
  });
});
