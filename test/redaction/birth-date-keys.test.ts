// One table of birth-date key spellings (app/redaction/birth-date-keys.ts) read by the JSON reader and by the text
// scans: a key in French, Spanish or Dutch written in a log line makes the `name` beside it a person's, and its date goes.
import { describe, expect, it } from "vitest";
import { isBirthDateKey } from "~/redaction/birth-date-keys";
import { expectRedacted } from "./lib/redact-text";

describe("birth-date keys", () => {
  it("a JSON key in any case and joint, in the languages of the table", () => {
    for (const key of [
      "birthDate",
      "DATE_OF_BIRTH",
      "Date.Of.Birth",
      "dob",
      "Geburtsdatum",
      "fechaDeNacimiento",
      "data_nascita",
      "DateNaissance",
    ])
      expect(isBirthDateKey(key), key).toBe(true);
    for (const key of ["birth", "dateOfIssue", "dobby", "nacimiento_lugar"])
      expect(isBirthDateKey(key), key).toBe(false);
  });

  it("a Spanish, French or Dutch birth-date key in a log line takes the name and the date beside it", () => {
    expectRedacted(
      "patient logged: name=Ana Ruiz, fecha_de_nacimiento=1980-02-03, status=active",
      ["Ana Ruiz", "1980-02-03"],
      ["status=active"],
    );
    expectRedacted(
      "record name=Claire Petit dateDeNaissance=1975-06-01 code=200",
      ["Claire Petit", "1975-06-01"],
      ["code=200"],
    );
    expectRedacted("debug: name=Jan Jansen geboortedatum=1969-09-09", ["Jan Jansen", "1969-09-09"]);
  });

  it("the table's words as a prose label with blanks take the date after them, in any case", () => {
    expectRedacted("Paciente: Fecha de nacimiento 03/02/1980 (error 401)", ["03/02/1980"], ["401"]);
    expectRedacted("DATA DI NASCITA: 1975-06-01, esito 500", ["1975-06-01"], ["500"]);
  });

  it("a name with no identity claim near it stays (a service, a project)", () => {
    expectRedacted("name=Ana Ruiz, status=active", [], ["name=Ana Ruiz"]);
  });
});
