import { describe, expect, it } from "vitest";
import { databaseLoginCue, findDatabaseLogins } from "~/redaction/detectors/database-logins";
import type { PhiSpan } from "~/redaction/detectors/phi-span";

const logins = (text: string): string[] => {
  const out: PhiSpan[] = [];
  if (databaseLoginCue(text)) findDatabaseLogins(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe("findDatabaseLogins: the login a database server refused", () => {
  it("reads SQL Server's, PostgreSQL's and MySQL's phrases", () => {
    expect(logins("Login failed for user 'qmarvell'.")).toEqual(["qmarvell"]);
    expect(logins('FATAL: password authentication failed for user "tbrankwell"')).toEqual(["tbrankwell"]);
    expect(logins('FATAL: Ident authentication failed for user "tbrankwell"')).toEqual(["tbrankwell"]);
    expect(logins('no pg_hba.conf entry for host "10.1.2.3", user "tbrankwell", database "fhir"')).toEqual([
      "tbrankwell",
    ]);
    expect(logins("Access denied for user 'odalys.fenn'@'localhost' (using password: YES)")).toEqual(["odalys.fenn"]);
  });

  it("leaves a Windows login's domain, and reads the refusal inside a JSON string or a Python repr", () => {
    expect(logins("Login failed for user 'CLINIC\\qmarvell'.")).toEqual(["qmarvell"]);
    expect(logins('"message": "Login failed for user \'CLINIC\\\\qmarvell\'."')).toEqual(["qmarvell"]);
    expect(logins('{"error": "password authentication failed for user \\"tbrankwell\\""}')).toEqual(["tbrankwell"]);
  });

  it("spares a database's own accounts, a machine's and Windows' built-in logons", () => {
    expect(logins("Login failed for user 'sa'.")).toEqual([]);
    expect(logins('password authentication failed for user "postgres"')).toEqual([]);
    expect(logins("Access denied for user 'root'@'localhost'")).toEqual([]);
    expect(logins("Login failed for user 'CLINIC\\WEB01$'.")).toEqual([]);
    expect(logins("Login failed for user 'NT AUTHORITY\\ANONYMOUS LOGON'.")).toEqual([]);
  });

  it("needs the whole phrase: prose about a user, a quote never closed, a login without MySQL's host", () => {
    expect(logins("the login failed for user input from the form")).toEqual([]);
    expect(logins("Login failed for user 'qmarvell")).toEqual([]);
    expect(logins("Access denied for user 'odalys.fenn' today")).toEqual([]);
  });
});
