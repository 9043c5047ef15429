// @vitest-environment jsdom
// Restoring a redacted value in the Evidence step: a name restores at once; an SSN, a phone, an e-mail, a birth date
// or an MRN first asks for a confirmation that names the risk; a secret has no restore at all.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RedactionSummary } from "~/components/evidence/redaction-summary";
import { restoreRisk } from "~/privacy/restore-risk";
import type { RedactionFinding } from "~/redaction/types";

afterEach(cleanup);

const finding = (type: string, category: RedactionFinding["category"] = "phi", n = 1): RedactionFinding => ({
  category,
  type,
  placeholder: `[REDACTED:${type}#${n}]`,
  count: 1,
  restorable: category === "phi",
});

function summary(findings: RedactionFinding[]) {
  const onRestore = vi.fn();
  render(
    <RedactionSummary
      itemName="Evidence 1"
      findings={findings}
      fingerprints={Object.fromEntries(findings.map((f, i) => [f.placeholder, `print${i}`]))}
      restored={new Set()}
      onRestore={onRestore}
      onUnrestore={() => undefined}
    />,
  );
  return onRestore;
}

describe("restoring a redacted value", () => {
  it("restores a name at once", () => {
    const onRestore = summary([finding("name")]);
    fireEvent.click(screen.getByRole("button", { name: /Restore \(not personal data\)/ }));
    expect(onRestore).toHaveBeenCalledWith("print0");
  });

  it.each(["ssn", "phone", "email", "date", "mrn"])("asks before restoring a %s, naming the risk", (type) => {
    const onRestore = summary([finding(type)]);
    fireEvent.click(screen.getByRole("button", { name: /Restore \(not personal data\)/ }));
    expect(onRestore).not.toHaveBeenCalled();
    expect(screen.getByText(restoreRisk([type]) ?? "none")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Keep it redacted/ }));
    expect(onRestore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: /Restore \(not personal data\)/ }));
    fireEvent.click(screen.getByRole("button", { name: /Restore it: it is made up/ }));
    expect(onRestore).toHaveBeenCalledWith("print0");
  });

  it("never offers a restore for a secret or one of the user's words", () => {
    summary([finding("access_token", "secret"), finding("custom", "custom")]);
    expect(screen.queryByRole("button", { name: /Restore/ })).toBeNull();
  });

  it("words the risk of each type once, never the value", () => {
    expect(restoreRisk(["name", "resource_id"])).toBeNull();
    const risk = restoreRisk(["ssn", "phone", "ssn"]) ?? "";
    expect(risk.match(/social security number/g)).toHaveLength(1);
    expect(risk).toContain("phone number reaches a person directly");
  });
});
