// Review of the fifth diagnosis batch: wrong findings the new readers give on ordinary evidence. Each test states the
// right behaviour and is marked `.fails` while the diagnosis gets it wrong (remove `.fails` once fixed).
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";

const codes = (text: string) => diagnose({ evidence: [{ id: "e1", text }] }).findings.map((f) => f.code);

describe("PKCE_MISMATCH on code that names the verifier, not its value", () => {
  for (const text of [
    "const body = { grant_type: 'authorization_code', code, code_verifier: codeVerifier, client_id };",
    "data = {'grant_type': 'authorization_code', 'code': code, 'code_verifier': code_verifier}",
    "code_verifier = secrets.token_urlsafe(64)",
    "interface TokenBody {\n  code_verifier: string;\n}",
    "params = `grant_type=authorization_code&code=${code}&code_verifier=${verifier}`",
    'curl -d "grant_type=authorization_code&code=$CODE&code_verifier=$VERIFIER" https://example.org/token',
  ])
    it.fails(`no PKCE finding for ${JSON.stringify(text).slice(0, 60)}`, () => {
      expect(codes(text)).not.toContain("PKCE_MISMATCH");
    });
});

describe("PKCE failure words denied or asked", () => {
  for (const text of ["We ruled out a PKCE mismatch.", "Is a missing code_verifier the reason? No, it is sent."])
    it.fails(text, () => expect(codes(text)).not.toContain("PKCE_MISMATCH"));
});

describe("a state that is not the OAuth state", () => {
  it.fails("a Patient address without its state is no launch failure", () => {
    expect(codes("GET Patient/12724066 returns 200 but address.state is missing.")).toEqual([]);
  });
});

describe("a search by patient mentioned as the one abandoned", () => {
  it.fails("keeps the 403 on the search actually made as the failure", () => {
    const c = codes(
      "Note: `Medication?patient=` is not supported; we use MedicationRequest?patient=123 which returns 403 Forbidden.",
    );
    expect(c).not.toContain("SEARCH_PARAM_UNSUPPORTED");
    expect(c).toContain("FAILURE_UNEXPLAINED");
  });
});

describe("the R4 table: types outside the compartment with a subject parameter", () => {
  it.fails("MedicinalProductIndication?subject= is a defined R4 search", () => {
    expect(codes("MedicinalProductIndication?subject=MedicinalProduct/1 returns 200")).not.toContain(
      "SEARCH_PARAM_UNSUPPORTED",
    );
  });
});
