import { describe, expect, it } from "vitest";
import { isNobodysLogin } from "~/redaction/detectors/nobodys-login";
import { expectRedacted } from "./lib/redact-text";

describe("isNobodysLogin: one list for every reader of a login", () => {
  it("knows Windows' built-in accounts and a log's `unset` marker, in any case", () => {
    for (const v of ["ANONYMOUS LOGON", "anonymous logon", "DWM-1", "UMFD-12", "SYSTEM", "NETWORK SERVICE", "unset"])
      expect(isNobodysLogin(v), v).toBe(true);
    for (const v of ["jroe", "DWM-jroe", "unsetter"]) expect(isNobodysLogin(v), v).toBe(false);
  });

  it("a built-in account in a JSON login key stays, a person's login goes", () => {
    expectRedacted('{"username": "DWM-3", "owner": {"username": "jroe.k"}}', ["jroe.k"], ['"DWM-3"']);
  });
});
