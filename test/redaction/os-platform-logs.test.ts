// Shapes from a held-out sample of operating-system and platform logs (test/corpora/real-artifacts/os-*: sudo and
// sshd/PAM lines of auth.log, rsyslog's RFC 5424 output, Linux audit records, Windows Security events as Event XML and
// as Event Viewer's text, a container's environment). Synthetic values, the real shapes.
import { describe, it } from "vitest";
import { expectRedacted as check, gone, kept, redact } from "./lib/redact-text";

describe("sudo's record of a command (`login : TTY=… ; PWD=… ; USER=… ; COMMAND=…`)", () => {
  it("sudo.log's line loses the login who ran it and their home directory's name; the terminal, target and command stay", () => {
    check(
      "Sep  5 15:55:00 2024 : jroe : TTY=pts/12 ; PWD=/home/jroe ; USER=root ; COMMAND=/usr/bin/systemctl restart fhir-proxy ; EXIT=0",
      ["jroe"],
      ["TTY=pts/12 ; PWD=/home/", " ; USER=root ; COMMAND=/usr/bin/systemctl restart fhir-proxy ; EXIT=0"],
    );
  });

  it("rsyslog's RFC 5424 line (`host sudo 209981 - -     login : TTY=…`) loses the login; timestamp, host and pid stay", () => {
    check(
      "2024-09-05T15:55:00.188165+02:00 kiwi sudo 209981 - -     jroe : TTY=pts/12 ; PWD=/home/jroe ; USER=root ; COMMAND=/bin/bash",
      ["jroe"],
      ["2024-09-05T15:55:00.188165+02:00 kiwi sudo 209981 - -", "TTY=pts/12 ; PWD=/home/", "COMMAND=/bin/bash"],
    );
  });

  it("a refusal (`login : 3 incorrect password attempts ; TTY=…`, `user NOT in sudoers`) loses the login", () => {
    const out = redact(
      [
        "Mar  1 10:02:11 app01 sudo:     jroe : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/ls",
        "Mar  1 10:02:19 app01 sudo:   mkhan : user NOT in sudoers ; TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/ls",
      ].join("\n"),
    );
    gone(out, "jroe", "mkhan");
    kept(out, "3 incorrect password attempts ; TTY=pts/0 ; PWD=/srv/app ; USER=root", "user NOT in sudoers");
  });

  it("a service account's record keeps everything: its working directory is no password", () => {
    check(
      "Feb 26 02:24:58 sd-45406 sudo: www-data : TTY=unknown ; PWD=/srv/rutorrent/home/req ; USER=root ; COMMAND=/usr/sbin/repquota /",
      [],
      ["sudo: www-data : TTY=unknown ; PWD=/srv/rutorrent/home/req ; USER=root ; COMMAND=/usr/sbin/repquota /"],
    );
  });
});

describe("the shell's working directory (`PWD=/path`) next to a password (`PWD=secret`)", () => {
  it("a process environment's PWD and OLDPWD keep their directories", () => {
    check(
      "HOSTNAME=e0cc717f5039\nPWD=/opt/app\nOLDPWD=/var/lib/app\nHOME=/root",
      [],
      ["PWD=/opt/app", "OLDPWD=/var/lib/app"],
    );
  });

  it("an ODBC connection string's PWD still loses its password", () => {
    check(
      "Driver={ODBC Driver 18 for SQL Server};Server=db01;UID=app_rw;PWD=Tr0ub4dor-x7;",
      ["Tr0ub4dor-x7"],
      ["Server=db01"],
    );
  });

  it("a password that starts with a slash but is no directory still goes", () => {
    check("PWD=/Xk2#pq9!vR", ["Xk2#pq9!vR"]);
  });
});

describe("sshd's and PAM's lines name the login that signed in (`for <login> from <address>`)", () => {
  it("accepted, failed and invalid-user lines lose the login; the method, port and pid stay", () => {
    const out = redact(
      [
        "Oct 12 11:26:28 primary sshd[1869]: Accepted password for jroe from 203.0.113.9 port 50569 ssh2",
        "Oct 12 11:26:31 primary sshd[1870]: Failed password for invalid user mkhan from 203.0.113.9 port 50570 ssh2",
        "Oct 12 11:26:33 primary sshd[1871]: Invalid user tpatel from 203.0.113.9 port 50571",
        "Oct 12 11:26:35 primary sshd[1872]: Accepted keyboard-interactive/pam for akowalski from 203.0.113.9 port 50572 ssh2",
        "Oct 12 11:26:36 primary sshd[1872]: Connection closed by authenticating user lnguyen 203.0.113.9 port 50573 [preauth]",
        "Oct 12 11:26:37 primary sshd[1872]: Disconnected from user bsmith 203.0.113.9 port 50574",
      ].join("\n"),
    );
    gone(out, "jroe", "mkhan", "tpatel", "akowalski", "lnguyen", "bsmith");
    kept(out, "sshd[1869]: Accepted password for ", " port 50569 ssh2", "Accepted keyboard-interactive/pam for ");
  });

  it("PAM's session and failure lines lose the login, with or without its uid", () => {
    const out = redact(
      [
        "Aug 21 21:47:51 web1 sshd[16391]: pam_unix(sshd:session): session opened for user jroe(uid=1001) by (uid=0)",
        "Aug 21 21:47:51 web1 systemd-logind[727]: New session 81 of user jroe.",
        "Aug 21 21:48:45 web1 sshd[16391]: pam_unix(sshd:session): session closed for user mkhan",
        "Mar  2 17:26:44 web1 sshd[5159]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.9  user=tpatel",
        "Aug 21 21:48:32 web1 sshd(pam_google_authenticator)[16754]: Invalid verification code for lnguyen",
        "Jan  3 09:00:01 web1 su: (to root) bsmith on pts/0",
      ].join("\n"),
    );
    gone(out, "jroe", "mkhan", "tpatel", "lnguyen", "bsmith");
    kept(out, "(uid=1001) by (uid=0)", "New session 81 of user ", "Invalid verification code for ", "su: (to root) ");
  });

  it("system and build accounts stay (root, ubuntu)", () => {
    check(
      [
        "Oct 12 11:26:28 primary sshd[1869]: Accepted publickey for ubuntu from 192.168.64.1 port 50569 ssh2: RSA SHA256:+rmwOSggwS1NCSt2etW3LO6v7cVybNh8+JZA5/JHJA4",
        "Oct 12 11:26:28 primary sshd[1869]: pam_unix(sshd:session): session opened for user ubuntu(uid=1000) by (uid=0)",
        "Oct 29 11:30:05 generator sudo: pam_unix(sudo:session): session opened for user root by (uid=0)",
      ].join("\n"),
      [],
      [
        "Accepted publickey for ubuntu from",
        "session opened for user ubuntu(uid=1000)",
        "session opened for user root by",
      ],
    );
  });
});

describe("Linux audit records (`acct=` as text or hex)", () => {
  it("a USER_AUTH record loses the account, quoted or hex-encoded; the event id, exe and result stay", () => {
    const out = redact(
      [
        'type=USER_AUTH msg=audit(1642262625.123:456): pid=1234 uid=0 auid=4294967295 ses=4294967295 msg=\'op=PAM:authentication grantors=? acct="jroe" exe="/usr/sbin/sshd" hostname=203.0.113.9 addr=203.0.113.9 terminal=ssh res=failed\'',
        "type=USER_LOGIN msg=audit(1642262626.001:457): pid=1234 uid=0 auid=1001 ses=7 msg='op=login acct=6D6B68616E exe=\"/usr/sbin/sshd\" hostname=? addr=203.0.113.9 terminal=ssh res=failed'",
        'type=USER_ACCT msg=audit(1642262627.001:458): pid=1240 uid=0 auid=1001 ses=7 msg=\'op=PAM:accounting grantors=pam_unix acct="root" exe="/usr/bin/su" hostname=? addr=? terminal=pts/0 res=success\' UID="root" AUID="tpatel"',
      ].join("\n"),
    );
    gone(out, '"jroe"', "6D6B68616E", "tpatel");
    kept(out, "audit(1642262625.123:456)", 'exe="/usr/sbin/sshd"', "res=failed", 'acct="root"', 'UID="root"');
  });
});

describe("Windows Security events (4624/4625) name the account that logged on", () => {
  const EVENT = [
    '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
    "  <System>",
    "    <EventID>4625</EventID>",
    '    <TimeCreated SystemTime="2017-08-23T09:55:45.054985800Z" />',
    "    <Computer>app01.corp.local</Computer>",
    "  </System>",
    "  <EventData>",
    '    <Data Name="SubjectUserSid">S-1-5-18</Data>',
    '    <Data Name="SubjectUserName">APP01$</Data>',
    '    <Data Name="SubjectDomainName">CORP</Data>',
    '    <Data Name="TargetUserName">jroe</Data>',
    '    <Data Name="TargetDomainName">CORP</Data>',
    '    <Data Name="Status">0xc000006d</Data>',
    '    <Data Name="WorkstationName">APP01</Data>',
    "  </EventData>",
    "</Event>",
  ].join("\n");

  it("Event XML loses TargetUserName; the machine account, status, event id and computer stay", () => {
    const out = check(EVENT, ["jroe"], ["<EventID>4625</EventID>", "APP01$", "0xc000006d", "app01.corp.local"]);
    kept(out, '<Data Name="TargetUserName">');
  });

  it("the same event pasted from Event Viewer's XML view (`- <System>` folds) loses the login, a comma in it too", () => {
    check(
      EVENT.replace("  <System>", "- <System>")
        .replace("  <EventData>", "- <EventData>")
        .replace(">jroe<", ">olivierbn, b<"),
      ["olivierbn"],
      ["0xc000006d"],
    );
  });

  it("a service identity under a service authority stays (IIS APPPOOL, NT AUTHORITY)", () => {
    check(
      [
        '<Data Name="SubjectUserName">RDWebAccess</Data>',
        '<Data Name="SubjectDomainName">IIS APPPOOL</Data>',
        '<Data Name="TargetUserName">mkhan</Data>',
      ].join("\n"),
      ["mkhan"],
      ['<Data Name="SubjectUserName">RDWebAccess</Data>'],
    );
  });

  it("Event Viewer's text (`Account Name:` under the logon's account) loses the login; `-` and SYSTEM stay", () => {
    check(
      [
        "Subject:",
        "\tSecurity ID:\t\tSYSTEM",
        "\tAccount Name:\t\tAPP01$",
        "\tAccount Domain:\t\tCORP",
        "",
        "Account For Which Logon Failed:",
        "\tSecurity ID:\t\tS-1-0-0",
        "\tAccount Name:\t\tjroe",
        "\tAccount Domain:\t\tCORP",
        "",
        "Failure Information:",
        "\tFailure Reason:\t\tUnknown user name or bad password.",
        "\tStatus:\t\t\t0xC000006D",
      ].join("\n"),
      ["jroe"],
      ["Account Name:\t\tAPP01$", "0xC000006D", "Unknown user name or bad password."],
    );
  });
});

describe('RFC 5424 structured data (`[id@pen user="…" …]`) and an application\'s `for user … from` phrase', () => {
  it("a structured-data param naming a login loses its value; the SD-ID, other params and the message stay", () => {
    check(
      '<34>1 2024-03-01T10:00:00.003Z app01.example.com fhir-proxy 1234 AUTH [auth@32473 user="jroe" client_id="abc-app" result="denied"][origin@32473 software="proxy"] token exchange failed',
      ["jroe"],
      [
        '[auth@32473 user="',
        '" client_id="abc-app" result="denied"][origin@32473 software="proxy"] token exchange failed',
      ],
    );
  });

  it("an escaped quote inside a param's value does not end it; a service account stays", () => {
    const out = redact(
      '<13>1 - host app - - [meta@1 note="a \\"quoted\\" word" username="mkhan"][meta@2 user="root"] x',
    );
    gone(out, "mkhan");
    kept(out, 'note="a \\"quoted\\" word"', 'user="root"');
  });

  it("`login failed for user jroe from 203.0.113.9` loses the login", () => {
    check(
      "Mar  1 10:00:00 app01 app[123]: login failed for user jroe from 203.0.113.9",
      ["jroe"],
      ["login failed for user "],
    );
  });
});
