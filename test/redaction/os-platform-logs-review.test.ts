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
