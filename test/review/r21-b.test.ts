// Review RB of the win- batch (s21-B): Windows accounts, user folders, versions after names, long labelled ids and
// curl re-quoting, on inputs of other Windows tools and layouts than the corpus's.
import { describe, expect, it } from "vitest";
import { expectRedacted } from "../redaction/lib/redact-text";

describe("r21-b: regressions of the merge", () => {
  // VERSION_AFTER reads three dotted numbers as a version, so a European date of birth right after a name
  // (`12.03.1985`) makes the name a product: it was taken before the merge.
  it("takes a patient's name followed by a dd.mm.yyyy date of birth", () => {
    expectRedacted("Patient Maria Hernandez 12.03.1985 admitted with chest pain", ["Maria Hernandez"], ["12.03.1985"]);
  });

  // `v\d` after any name scores it as a product: `Approved by Maria Hernandez v2 of the consent form` keeps the name
  // (taken before the merge).
  it("takes a person's name followed by a document version", () => {
    expectRedacted("Approved by Maria Hernandez v2 of the consent form", ["Maria Hernandez"]);
  });

  // A labelled id running past the 25-character bound is now left whole; before, all but its tail was taken. Hyphenated
  // account and policy numbers and long member ids run that long.
  it("takes labelled member, account and policy numbers longer than 25 characters", () => {
    expectRedacted(
      [
        "Member ID: XEH8812345678901234567890123 Group: 00123",
        "Account #: 0012-3456-7890-1234-5678-9012",
        "Policy Number: 2024-000123456-0001-00045678",
      ].join("\n"),
      ["XEH8812345678901234567890123", "5678-9012", "00045678"],
    );
  });

  // The widened `User:` label takes any `words\word` after it as DOMAIN\login: prose before a registry path becomes
  // the "domain" and the key's segment is taken while the login itself stays.
  it("keeps a registry path in prose after a User: label", () => {
    expectRedacted(
      "Audit: User: ysolde changed HKLM\\SOFTWARE\\Contoso\\FhirAgent\\Endpoint",
      [],
      ["HKLM\\SOFTWARE\\Contoso\\FhirAgent\\Endpoint"],
    );
  });

  // The cmd.exe word is put back in its double quotes, but read with bash's escapes: `\\` inside it (a JSON-escaped
  // Windows path) comes back as one backslash, which cmd passes through as is, so the JSON body changes.
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("keeps a cmd.exe curl body's escaped backslashes when re-quoting it", () => {
    const cmd =
      'curl -X POST https://api.example.com/v1/jobs -H "Content-Type: application/json" -d ' +
      '"{\\"password\\":\\"hunter2secretX\\",\\"dir\\":\\"D:\\\\data\\\\in\\"}"';
    const out = expectRedacted(cmd, ["hunter2secretX"]);
    expect(out).toContain('\\"dir\\":\\"D:\\\\data\\\\in\\"');
  });
});

describe("r21-b: net use's positional password", () => {
  // netPassword takes the last of up to 8 words after the share, read past the command's end: the error code in prose,
  // the file of a pipe, the argument of the command after `&&` are taken as the password (none was typed).
  it("keeps the words after a net use command that gave no password", () => {
    expectRedacted(
      [
        "I ran net use \\\\fs01\\share /user:CONTOSO\\svc-app and got System error 1326",
        "net use Z: \\\\fs01\\fhir-exports /persistent:yes 2>&1 | tee netuse-log.txt",
        "net use Z: \\\\fs01\\exports && dir Z:",
      ].join("\n"),
      [],
      ["System error 1326", "tee netuse-log.txt", "dir Z:"],
    );
  });
});

describe("r21-b: Windows accounts in other tools' output", () => {
  // `whoami` with no switch prints DOMAIN\login alone on the line; only /all's row before a SID is read.
  it("takes the account printed by a bare whoami", () => {
    expectRedacted("C:\\>whoami\ncontoso\\mhernandez\n\nC:\\>", ["mhernandez"]);
  });

  // whoami /all's user row on an Azure AD joined machine has an `S-1-12-1-…` SID, not `S-1-5-21-…`.
  it("takes whoami /all's user row on an Azure AD joined machine", () => {
    const text = [
      "USER INFORMATION",
      "----------------",
      "",
      "User Name              SID",
      "====================== ==============================================",
      "azuread\\mariahernandez S-1-12-1-1234567890-1234567890-1234567890-1234567890",
    ].join("\n");
    expectRedacted(text, ["mariahernandez"], ["S-1-12-1-1234567890-1234567890-1234567890-1234567890"]);
  });

  // A PSCredential printed as a Format-Table row: `UserName Password` header, `CONTOSO\login System.Security.…`.
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("takes the user of a Get-Credential object printed as a table", () => {
    const text = [
      "PS C:\\> $c = Get-Credential",
      "PS C:\\> $c",
      "",
      "UserName                     Password",
      "--------                     --------",
      "CONTOSO\\mhernandez           System.Security.SecureString",
    ].join("\n");
    expectRedacted(text, ["mhernandez"], ["System.Security.SecureString"]);
  });

  // `net user <login> /domain` prints `User name` then the login in a padded column (Full Name is taken, the login stays).
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("takes the login of net user /domain output", () => {
    const text = [
      "The request will be processed at a domain controller for domain contoso.local.",
      "",
      "User name                    mhernandez",
      "Full Name                    Maria Hernandez",
      "Account active               Yes",
      "Password last set            3/4/2024 9:12:44 AM",
    ].join("\n");
    expectRedacted(text, ["mhernandez", "Maria Hernandez"], ["3/4/2024 9:12:44 AM"]);
  });

  // quser / query user: the USERNAME column's logins (`>` marks the current session).
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("takes the logins of quser's USERNAME column", () => {
    const text = [
      " USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME",
      ">mhernandez            console             1  Active      none   3/8/2024 8:01 AM",
      " tquarrie              rdp-tcp#3           2  Active          5  3/8/2024 9:14 AM",
    ].join("\n");
    expectRedacted(text, ["mhernandez", "tquarrie"], ["rdp-tcp#3"]);
  });

  // Get-LocalUser's Name column: the description (a full name) is taken, the login beside it stays.
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("takes a local account's login in Get-LocalUser's table", () => {
    const text = [
      "Name               Enabled Description",
      "----               ------- -----------",
      "Administrator      False   Built-in account for administering the computer/domain",
      "mhernandez         True    Maria Hernandez",
    ].join("\n");
    expectRedacted(text, ["mhernandez", "Maria Hernandez"], ["Administrator"]);
  });

  // runas names the account on its command line and in its password prompt.
  it("takes the account of runas /user: and its password prompt", () => {
    expectRedacted('C:\\>runas /user:CONTOSO\\mhernandez "mmc.exe"\nEnter the password for CONTOSO\\mhernandez:', [
      "mhernandez",
    ]);
  });

  // A PSCredential built in one line: the password goes, the DOMAIN\login before it stays.
  it("takes the login of New-Object PSCredential(…)", () => {
    const text =
      '$cred = New-Object System.Management.Automation.PSCredential("CONTOSO\\mhernandez", ' +
      '(ConvertTo-SecureString "Winter2024!Pass" -AsPlainText -Force))';
    expectRedacted(text, ["Winter2024!Pass", "mhernandez"]);
  });

  // Format-List pads its labels (`User      : CONTOSO\\login`), and Get-Acl's `Owner :`/`Access :` rows name the account
  // too: DOMAIN_LOGIN allows at most one blank before the colon and only its four label words.
  it("takes DOMAIN\\login under Format-List's padded labels (User, Get-Acl's Owner and Access)", () => {
    const text = [
      "User      : CONTOSO\\mhernandez",
      "Domain    : CONTOSO",
      "",
      "Path   : Microsoft.PowerShell.Core\\FileSystem::C:\\certs\\client.pfx",
      "Owner  : CONTOSO\\tquarrie",
      "Group  : CONTOSO\\Domain Users",
      "Access : NT AUTHORITY\\SYSTEM Allow  FullControl",
      "         CONTOSO\\tquarrie Allow  FullControl",
    ].join("\n");
    expectRedacted(
      text,
      ["mhernandez", "tquarrie"],
      ["NT AUTHORITY\\SYSTEM Allow  FullControl", "CONTOSO\\Domain Users"],
    );
  });

  // icacls prints each grant as `DOMAIN\\login:(rights)`.
  it("takes the account of an icacls grant", () => {
    expectRedacted(
      "C:\\>icacls C:\\certs\\client.pfx\nC:\\certs\\client.pfx CONTOSO\\mhernandez:(F)\n                    NT AUTHORITY\\SYSTEM:(F)\n",
      ["mhernandez"],
      ["NT AUTHORITY\\SYSTEM:(F)"],
    );
  });
});

describe("r21-b: user folders in other Windows layouts", () => {
  // `Get-ChildItem Env:` (or `dir env:`) prints a Name/Value table: USERNAME's value and USERPROFILE's folder stay
  // (the `KEY=value` form of `set` is read).
  it("takes USERNAME and the profile folder in Get-ChildItem Env:'s table", () => {
    const text = [
      "Name                           Value",
      "----                           -----",
      "USERDOMAIN                     CONTOSO",
      "USERNAME                       mhernandez",
      "USERPROFILE                    C:\\Users\\mhernandez",
    ].join("\n");
    expectRedacted(text, ["mhernandez"], ["USERDOMAIN                     CONTOSO"]);
  });

  // `$env:USERPROFILE` / `echo %USERPROFILE%` print the profile folder alone on the next line: no prompt mark after.
  it("takes the user of a profile folder printed alone on a line", () => {
    expectRedacted("PS C:\\> $env:USERPROFILE\nC:\\Users\\mhernandez\nPS C:\\> ", ["mhernandez"]);
  });

  // A profile folder named with a blank (local accounts `Maria Hernandez`): the prompt's directory keeps the full name.
  it("takes a full name in a prompt's user folder", () => {
    expectRedacted("PS C:\\Users\\Maria Hernandez> dir\nC:\\Users\\Maria Hernandez\\Desktop>curl --version", [
      "Maria Hernandez",
    ]);
  });

  // Roaming home folders on a share: `\\server\users$\<login>\…`.
  it("takes the login of a home folder on a UNC share", () => {
    expectRedacted(
      "Get-Content : Cannot find path '\\\\fs01\\users$\\mhernandez\\Documents\\token.txt' because it does not exist.",
      ["mhernandez"],
      ["fs01"],
    );
  });
});

describe("r21-b: Format-Table -Wrap", () => {
  // A UPN wrapped in its column (`mhernandez@contoso.o` / `nmicrosoft.com` on the next row) is read as two words, and
  // neither half is an e-mail: the login stays.
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("takes a UPN wrapped across rows of a Format-Table -Wrap column", () => {
    const text = [
      "PS C:\\> Get-AzContext | Format-Table -Wrap",
      "",
      "Name                 Account              SubscriptionName Environment",
      "----                 -------              ---------------- -----------",
      "Pay-As-You-Go (0b1c2 mhernandez@contoso.o Pay-As-You-Go    AzureCloud",
      "d3e-4f50)            nmicrosoft.com",
    ].join("\n");
    expectRedacted(text, ["mhernandez"], ["AzureCloud"]);
  });
});

describe("r21-b: curl in PowerShell", () => {
  // Windows PowerShell's `curl` is Invoke-WebRequest: its `-Headers @{…}` hashtable is read as a curl header and written
  // back in bash single quotes without its inner quotes, a string instead of a hashtable (the command no longer runs).
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("keeps a PowerShell curl alias's -Headers hashtable a hashtable", () => {
    const text =
      'PS C:\\> curl -Uri https://fhir.example.com/r4/Metadata -Headers @{Authorization="Bearer abcDEF123ghiJKL456mnoPQR789"} -Method Get';
    const out = expectRedacted(text, ["abcDEF123ghiJKL456mnoPQR789"], ["https://fhir.example.com/r4/Metadata"]);
    expect(out).toContain('-Headers @{Authorization="Bearer ');
  });

  // PowerShell escapes a double quote with a backtick (`"): the body is not read as JSON and its password stays.
  // Left open by the fixer (f21-b): not fixed before the deadline; README's Known limitations names it.
  it.fails("takes a password in a curl.exe body escaped with PowerShell backticks", () => {
    const text =
      'curl.exe -X POST https://api.example.com/v1/jobs -H "Content-Type: application/json" ' +
      '-d "{`"password`":`"hunter2secretX`"}"';
    expectRedacted(text, ["hunter2secretX"], ["https://api.example.com/v1/jobs"]);
  });
});
