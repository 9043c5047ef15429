// Windows pastes from a held-out sample of real artifacts (a `Start-Transcript` log, `whoami /all`, `klist`,
// `certutil`, Event Viewer's General text, Az PowerShell sessions under their prompts; see test/corpora/real-artifacts,
// the `win-` files): the account a console names — in its prompt, its headers, its tables — goes; the ids, times,
// flags and error texts a support engineer needs stay. Written small with made-up values in the shapes those pastes have.
import { describe, expect, it } from "vitest";

import { expectRedacted } from "./lib/redact-text";

describe("a user's folder as the directory of a Windows prompt", () => {
  it("PowerShell's `PS C:\\Users\\<name>> ` prompt, on every line it stands", () => {
    expectRedacted(
      [
        "PS C:\\Users\\tquarrie> klist",
        "",
        "Current LogonId is 0:0x3e7a1",
        "PS C:\\Users\\tquarrie> Connect-AzAccount",
        "x-ms-request-id               : be0f25bf-f78b-448f-8aff-086137b8adc3",
      ].join("\n"),
      ["tquarrie"],
      ["Current LogonId is 0:0x3e7a1", "be0f25bf-f78b-448f-8aff-086137b8adc3", "PS C:\\Users\\"],
    );
  });

  it("cmd.exe's `C:\\Users\\<name>>` prompt with the command right after the mark", () => {
    expectRedacted(
      "C:\\Users\\ysolde.maritt>certutil -store -user my\nSerial Number: 32000000265259d0069fa6f205000000000026\n",
      ["ysolde.maritt"],
      ["certutil -store -user my"],
    );
  });

  it("a service account's folder and a folder after prose stay", () => {
    expectRedacted(
      "PS C:\\Users\\Public> dir\nthe path C:\\Users\\Default> is not a prompt\n",
      [],
      ["Public", "Default"],
    );
  });
});

describe("a DOMAIN\\login account under the labels Windows prints it with", () => {
  it("a transcript's `Username:` and `RunAs User:` header lines", () => {
    expectRedacted(
      [
        "**********************",
        "Windows PowerShell transcript start",
        "Start time: 20240311094512",
        "Username: CORP\\tquarrie",
        "RunAs User: CORP\\tquarrie",
        "Machine: APP01 (Microsoft Windows NT 10.0.17763.0)",
      ].join("\n"),
      ["tquarrie"],
      ["Start time: 20240311094512", "Machine: APP01 (Microsoft Windows NT 10.0.17763.0)", "CORP\\"],
    );
  });

  it("Event Viewer's General text `User:` line; `N/A` and a service identity stay", () => {
    expectRedacted(
      [
        "Log Name:      Application",
        "Source:        Windows Error Reporting",
        "Event ID:      1001",
        "User:          WKS-0042\\ymaritt",
        "Computer:      WKS-0042",
        "",
        "Log Name:      System",
        "User:          NT AUTHORITY\\SYSTEM",
        "User:          N/A",
      ].join("\n"),
      ["ymaritt"],
      ["Event ID:      1001", "NT AUTHORITY\\SYSTEM", "User:          N/A", "Computer:      WKS-0042"],
    );
  });

  it("dsregcmd's `Executing Account Name :` (padded, with the UPN after a comma)", () => {
    expectRedacted(
      "    Executing Account Name : CONTOSO\\tquarrie, tquarrie@contoso.example\n               KeySignTest : PASSED\n",
      ["tquarrie"],
      ["KeySignTest : PASSED"],
    );
  });

  it("whoami /all's USER INFORMATION row: the login before its SID; group rows stay", () => {
    expectRedacted(
      [
        "USER INFORMATION",
        "----------------",
        "",
        "User Name       SID",
        "=============== ==============================================",
        "corp\\ymaritt    S-1-5-21-1392959593-3013219662-3596683436-1105",
        "",
        "GROUP INFORMATION",
        "CORP\\DnsAdmins   Alias   S-1-5-21-1392959593-3013219662-3596683436-1101 Mandatory group, Enabled group",
      ].join("\n"),
      ["ymaritt"],
      ["CORP\\DnsAdmins", "S-1-5-21-1392959593-3013219662-3596683436-1101"],
    );
  });
});

describe("a Kerberos client principal", () => {
  it("klist's `Client: <login> @ REALM` and mimikatz's `Client Name : …`; the servers, a machine account stay", () => {
    expectRedacted(
      [
        "Cached Tickets: (2)",
        "",
        "#0>     Client: ysolde @ CORP.EXAMPLE",
        "        Server: krbtgt/CORP.EXAMPLE @ CORP.EXAMPLE",
        "        Ticket Flags 0x40e10000 -> forwardable renewable initial pre_authent name_canonicalize",
        "#1>     Client: APP01$ @ CORP.EXAMPLE",
        "   Client Name       : tquarrie @ CORP.EXAMPLE",
      ].join("\n"),
      ["ysolde", "tquarrie"],
      ["Server: krbtgt/CORP.EXAMPLE @ CORP.EXAMPLE", "Ticket Flags 0x40e10000", "Client: APP01$ @ CORP.EXAMPLE"],
    );
  });
});

describe('cmd.exe curl with ^ continuations and a \\"-escaped JSON body', () => {
  it("the body keeps its double quotes and escapes, the e-mail in it goes", () => {
    const out = expectRedacted(
      [
        "curl -X POST ^",
        '  "https://hooks.example.org/webhook/942559e5-d4e4-4ad6-a384-9fa8f4b0f2f6" ^',
        '  -H "Content-Type: application/json" ^',
        '  -d "{\\"action\\":\\"subscription_added\\",\\"email\\":\\"ymaritt@example.org\\",\\"plan\\":\\"Premium\\"}"',
      ].join("\n"),
      ["ymaritt@example.org"],
      [
        '\\"action\\":\\"subscription_added\\"',
        '\\"plan\\":\\"Premium\\"',
        "https://hooks.example.org/webhook/942559e5-d4e4-4ad6-a384-9fa8f4b0f2f6",
      ],
    );
    expect(out).toMatch(/-d "\{\\"action\\":.*\}"$/);
  });
});

describe("what a Windows console prints that names no one", () => {
  it("certutil's long hex serial number stays whole (a labelled id is a short one)", () => {
    expectRedacted(
      "Serial Number: 110000001f4c4eccc46fc8f93a00000000001f\nIssuer: CN=Contoso - Issuing CA\n",
      [],
      ["Serial Number: 110000001f4c4eccc46fc8f93a00000000001f"],
    );
  });

  it("a device's short serial number still goes", () => {
    expectRedacted("Pump serial number: SN4471902\n", ["SN4471902"]);
  });

  it("a thing's name under `Event Name:`, `Computer Name:`, `Host Name:` stays; a person's `Patient Name:` goes", () => {
    for (const line of ["Event Name: PowerShell", "Computer Name: Orion", "Host Name: Juno"])
      expectRedacted(`Fault bucket 2018061923199287820, type 5\n${line}\nResponse: Not available\n`, [], [line]);
    expectRedacted("Fault bucket 2018061923199287820, type 5\nPatient Name: Ysolde\n", ["Ysolde"]);
  });

  it("a word before a version number is a product's, not a person's (`Registry Editor Version 5.00`)", () => {
    expectRedacted(
      "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Contoso]\n",
      [],
      ["Windows Registry Editor Version 5.00"],
    );
  });
});

describe("a password a Windows command takes by its place", () => {
  it("`net use` after the share, also with the user typed before it, and `net user <name> <password>`", () => {
    expectRedacted(
      [
        "net use X: \\\\fs01\\backups Qv7mLz2xR9pT /user:CORP\\svc-backup",
        'cmd /c net use X: \\\\fs01\\backups tquarrie Wq8nKd3sY5bF!"',
        "net user tquarrie Hn4jPz8cV2mL /add",
        "net use * \\\\fs01\\public /persistent:no",
        "net use Y: \\\\fs01\\home * /user:CORP\\svc-home",
      ].join("\n"),
      ["Qv7mLz2xR9pT", "Wq8nKd3sY5bF!", "Hn4jPz8cV2mL"],
      ["\\\\fs01\\backups", "/user:CORP\\svc-backup", "/add", "net use * \\\\fs01\\public /persistent:no"],
    );
  });
});
