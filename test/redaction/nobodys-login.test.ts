import { describe, expect, it } from "vitest";
import { isNobodysLogin } from "~/redaction/detectors/nobodys-login";
import { expectRedacted } from "./lib/redact-text";

describe("isNobodysLogin: one list for every reader of a login", () => {
  it("knows Windows' built-in accounts and a log's `unset` marker (names in any case)", () => {
    for (const v of ["ANONYMOUS LOGON", "anonymous logon", "DWM-1", "UMFD-12", "SYSTEM", "NETWORK SERVICE", "unset"])
      expect(isNobodysLogin(v), v).toBe(true);
    for (const v of ["jroe", "DWM-jroe", "unsetter"]) expect(isNobodysLogin(v), v).toBe(false);
  });

  it("spares LOCAL SERVICE and NETWORK SERVICE by name, not only because they end like an app's name", () => {
    for (const v of ["LOCAL SERVICE", "NETWORK SERVICE", "local service"]) expect(isNobodysLogin(v), v).toBe(true);
    expectRedacted(
      '<Data Name="TargetUserName">LOCAL SERVICE</Data>\n<Data Name="SubjectUserName">jroe.k</Data>',
      ["jroe.k"],
      ["LOCAL SERVICE"],
    );
  });

  it("spares a Windows session account only as Windows writes it (DWM-1, UMFD-3), not a lower-case Linux login", () => {
    for (const v of ["dwm-7", "umfd-4", "Dwm-2"]) expect(isNobodysLogin(v), v).toBe(false);
    expectRedacted("login=umfd-9 status=200\nlogin=UMFD-9 status=200", ["umfd-9"], ["login=UMFD-9", "status=200"]);
  });

  it("a built-in account in a JSON login key stays, a person's login goes", () => {
    expectRedacted('{"username": "DWM-3", "owner": {"username": "jroe.k"}}', ["jroe.k"], ['"DWM-3"']);
  });
});
