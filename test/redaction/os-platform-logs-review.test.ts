// Shapes an adversarial review of the operating-system log work found mishandled: an ODBC password that looks like a
// path, a Windows event's account judged by another event's domain, Windows events printed as text, request paths
// that start like a home directory. Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a connection string's PWD is a password whatever its shape", () => {
  it("an ODBC string's PWD that starts with a slash (unpadded base64) loses its value", () => {
    check("Server=db01;Database=fhir;UID=svc_fhir;PWD=/Xk9q2zLm/Tr7vPw;", ["Xk9q2zLm", "Tr7vPw"], ["Server=db01"]);
  });

  it("the same at the end of a Driver string loses its value", () => {
    check(
      "DRIVER={ODBC Driver 17 for SQL Server};SERVER=db01;UID=app;PWD=/s3cretPass/2024",
      ["s3cretPass"],
      ["SERVER=db01"],
    );
  });
});

describe("a Windows event's account is judged by the domain of its own event", () => {
  const event = (user: string, domain: string) =>
    `<Event><EventData><Data Name="TargetUserName">${user}</Data><Data Name="TargetDomainName">${domain}</Data></EventData></Event>`;

  it("a login after an NT AUTHORITY event loses its value", () => {
    check(`${event("SYSTEM", "NT AUTHORITY")}\n${event("jdoe", "CORP")}`, ["jdoe"], ["NT AUTHORITY", "CORP"]);
  });

  it("a login with no domain after a LOCAL SERVICE event loses its value", () => {
    check(
      `${event("LOCAL SERVICE", "NT AUTHORITY")}\n<Event><EventData><Data Name="TargetUserName">mkhan</Data></EventData></Event>`,
      ["mkhan"],
      ["LOCAL SERVICE"],
    );
  });

  it("a service identity under IIS APPPOOL stays when the event before it names CORP", () => {
    check(`${event("jdoe", "CORP")}\n${event("RDWebAccess", "IIS APPPOOL")}`, ["jdoe"], [">RDWebAccess<"]);
  });

  it("single-quoted Data names find their domain too", () => {
    check(
      "<Data Name='TargetUserName'>RDWebAccess</Data><Data Name='TargetDomainName'>IIS APPPOOL</Data>",
      [],
      ["RDWebAccess"],
    );
  });
});

describe("a Windows event printed as text names its account", () => {
  it("Format-List's `TargetUserName : jdoe` loses the login; the domain, logon type and status stay", () => {
    check(
      "SubjectUserSid    : S-1-5-18\nTargetUserName    : jdoe\nTargetDomainName  : CORP\nStatus            : 0xc000006d\nLogonType         : 3",
      ["jdoe"],
      ["TargetDomainName  : CORP", "Status            : 0xc000006d", "LogonType         : 3"],
    );
  });

  it("Format-List keeps a service identity under NT AUTHORITY and a machine account", () => {
    check(
      "SubjectUserName   : WEB01$\nSubjectDomainName : CORP\nTargetUserName    : RDWebAccess\nTargetDomainName  : IIS APPPOOL",
      [],
      ["WEB01$", "RDWebAccess"],
    );
  });

  it("Event Viewer's `Security ID: CORP\\jdoe` loses the login; the domain and SIDs stay", () => {
    check(
      "Account For Which Logon Failed:\n\tSecurity ID:\t\tCORP\\jdoe\n\tAccount Name:\t\tjdoe\n\tAccount Domain:\t\tCORP\n\tSecurity ID:\t\tNT AUTHORITY\\SYSTEM",
      ["jdoe"],
      ["CORP\\", "NT AUTHORITY\\SYSTEM", "Account Domain:\t\tCORP"],
    );
  });
});

describe("a path that ends at /home/x or /Users/x is a home directory only as a shell's directory", () => {
  it("an access log's request line keeps its path", () => {
    check(
      '203.0.113.9 - - [05/Sep/2024:15:55:00 +0000] "GET /home/dashboard HTTP/1.1" 200 512\n"GET /Users/me HTTP/1.1" 401',
      [],
      ["GET /home/dashboard HTTP/1.1", "GET /Users/me HTTP/1.1"],
    );
  });

  it("a redirect in prose and a URL keep their path", () => {
    check(
      "Redirecting to /home/welcome after the SMART launch; see https://app.example.org/home/start",
      [],
      ["Redirecting to /home/welcome after", "https://app.example.org/home/start"],
    );
  });

  it("a bare /home/dashboard in prose stays", () => {
    check("The app opens /home/dashboard once the token arrives.", [], ["/home/dashboard once"]);
  });

  it("sudo's PWD, HOME=, cd and cwd= still lose the user", () => {
    check(
      "jroe : TTY=pts/0 ; PWD=/home/mkhan ; USER=root\nHOME=/home/tpatel\n$ cd /Users/hlee\ncwd=/home/rlopez",
      ["mkhan", "tpatel", "hlee", "rlopez"],
      ["PWD=/home/", "HOME=/home/", "cd /Users/", "cwd=/home/"],
    );
  });
});

describe("an application's `for user <login> from <address>` needs an address", () => {
  it("prose `for user input from the form` keeps its words", () => {
    check("Validation failed for user input from the form at 10:02, status 400", [], ["for user input from the form"]);
  });

  it("`login failed for user jroe from 203.0.113.9` and from a host name still lose the login", () => {
    check(
      "login failed for user jroe from 203.0.113.9\nlogin failed for user mkhan from vpn.corp.example port 22",
      ["jroe", "mkhan"],
      ["login failed for user ", "port 22"],
    );
  });
});

describe("a home directory in a JSON string value", () => {
  it("docker inspect's Env and sudo's JSON cwd lose the user", () => {
    check(
      '{"Config": {"Env": ["PATH=/usr/bin", "PWD=/home/mkhan", "HOME=/home/tpatel"]}, "cwd": "/home/hlee"}',
      ["mkhan", "tpatel", "hlee"],
      ["PATH=/usr/bin"],
    );
  });
});

describe("an operating system's service accounts are nobody's", () => {
  it("PAM sessions of nginx, systemd-timesync, _apt, sshd, redis and tomcat keep the account; a person's goes", () => {
    const daemons = ["nginx", "systemd-timesync", "_apt", "sshd", "redis", "tomcat", "messagebus", "polkitd"];
    const lines = [...daemons, "jroe"].map(
      (u) => `pam_unix(cron:session): session opened for user ${u}(uid=101) by (uid=0)`,
    );
    check(
      lines.join("\n"),
      ["jroe"],
      daemons.map((u) => `for user ${u}(uid=101)`),
    );
  });
});
