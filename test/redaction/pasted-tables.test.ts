// Lists of people pasted as tables: a Markdown table of sandbox test patients, psql and MySQL query output, SQL*Plus
// and sqlcmd fixed-width columns, a result grid copied as tab-separated text. Each is read by its columns (the header
// decides, as for a CSV export): every person's column goes, the layout stays byte for byte, and a table that is not a
// list of people (apps, scopes, endpoints) keeps its columns. Synthetic people in the real layouts
// (test/corpora/real-artifacts holds the public originals).
import { describe, expect, it } from "vitest";
import { PLACEHOLDER } from "~/redaction/placeholders";
import { redact } from "./lib/redact-text";

/** The text with every placeholder written as one character, so a layout can be compared around the values. */
const shape = (text: string) => text.replace(PLACEHOLDER, "#");

function expectGone(out: string, values: string[]) {
  for (const v of values) expect(out, v).not.toContain(v);
}

describe("a list of people pasted as a table loses every person's column", () => {
  it("Markdown: a sandbox test-patient table (Patient | ID | Notes) loses the names, keeps ids and notes", () => {
    const text = [
      "| Patient | ID | Best For |",
      "|---------|-----|---------|",
      "| QUARRIE, Tamsin | 12700001 | Labs (30+ results), vitals |",
      "| VELLACOTT, Orin | 12700002 | Pregnancy conditions |",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["QUARRIE", "Tamsin", "VELLACOTT", "Orin"]);
    for (const kept of [
      "| Patient | ID | Best For |",
      "|---------|-----|---------|",
      "| 12700001 |",
      "Labs (30+ results), vitals |",
    ])
      expect(out).toContain(kept);
  });

  it("Markdown: name, MRN and birth date columns go; the FHIR id and gender stay", () => {
    const text = [
      "| Name | Patient ID | MRN | Birth Date | Gender |",
      "|------|------------|-----|------------|--------|",
      "| Tamsin Quarrie | `eAbCdEfGh0123` | E7781 | 1961-02-03 | female |",
    ].join("\n");
    const out = redact(text, "client-prod");
    expectGone(out, ["Tamsin", "Quarrie", "E7781", "1961-02-03"]);
    expect(out).toContain("| `eAbCdEfGh0123` |");
    expect(out).toContain("| female |");
  });

  it("psql: names and birth dates go; the rule, the ids and the row count stay", () => {
    const text = [
      "bootcamp=# select * from students;",
      " id | first_name | last_name | birth_date",
      "----+------------+-----------+------------",
      "  1 | Tamsin     | Quarrie   | 1998-11-02",
      "  2 | Orin       | Vellacott | 2010-12-03",
      "(2 rows)",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin", "Vellacott", "1998-11-02", "2010-12-03"]);
    expect(out).toContain("----+------------+-----------+------------\n  1 | ");
    expect(out).toContain("(2 rows)");
    expect(shape(out).split("\n")[3]).toBe("  1 | #     | #   | #");
  });

  it("MySQL box: names and birth dates go; borders, ids, gender and hire dates stay", () => {
    const border = "+--------+------------+------------+-----------+--------+------------+";
    const text = [
      "mysql> select * from employees limit 2;",
      border,
      "| emp_no | birth_date | first_name | last_name | gender | hire_date  |",
      border,
      "|  10001 | 1953-09-02 | Tamsin     | Quarrie   | M      | 1986-06-26 |",
      "|  10002 | 1964-06-02 | Orin       | Vellacott | F      | 1985-11-21 |",
      border,
      "2 rows in set (0.00 sec)",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin", "Vellacott", "1953-09-02", "1964-06-02"]);
    expect(out.split("\n").filter((l) => l === border)).toHaveLength(3);
    for (const kept of ["|  10001 |", "| M      | 1986-06-26 |", "2 rows in set (0.00 sec)"])
      expect(out).toContain(kept);
  });

  it("MySQL box with a border after every row: every row's names go", () => {
    const border = "+--------+------------+------------+-----------+";
    const text = [
      border,
      "| emp_no | birth_date | first_name | last_name |",
      border,
      "|  10001 | 1953-09-02 | Tamsin     | Quarrie   |",
      border,
      "|  10002 | 1964-06-02 | Orin       | Vellacott |",
      border,
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin", "Vellacott", "1953-09-02", "1964-06-02"]);
    expect(out.split("\n").filter((l) => l === border)).toHaveLength(4);
  });

  it("SQL*Plus: fixed-width columns under a dashed underline lose names and phone numbers", () => {
    const text = [
      "LAST_NAME                 FIRST_NAME           PHONE_NUMBER",
      "------------------------- -------------------- --------------------",
      "Quarrie                   Tamsin               650.555.0143",
      "Vellacott                 Orin Jr              011.44.1632.960123",
      "...",
      "107 rows selected.",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Quarrie", "Tamsin", "Vellacott", "Orin", "650.555.0143", "1632.960123"]);
    expect(out).toContain("------------------------- -------------------- --------------------\n");
    expect(out).toContain("\n...\n107 rows selected.");
  });

  it("sqlcmd / SQL*Plus with an = underline and a two-line header: the row's names go, times stay", () => {
    const text = [
      "                          Check In",
      " ID        First Name           Last Name       Patient Age           Time",
      "===== ==================== ==================== =========== =========================",
      "    2 Tamsin               Quarrie                        6 31-OCT-17 09.38.00 PM",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie"]);
    expect(out).toContain("31-OCT-17 09.38.00 PM");
    expect(out).toContain(" ID        First Name           Last Name       Patient Age");
  });

  it("tab-separated (a result grid copied from a SQL client): names, dates, phones, streets and cities go", () => {
    const text = [
      "customer_id\tfirst_name\tlast_name\tbirth_date\tphone\taddress\tcity\tstate\tpoints\t",
      "1\tTamsin\tQuarrie\t1986-03-28\t781-555-0175\t0 Sage Terrace\tWaltham\tMA\t2273\t",
      "5\tOrin\tVellacott\t1973-11-07\t    NULL\t5 Spohn Circle\tArlington\tTX\t3675\t",
    ].join("\n");
    const out = redact(text);
    expectGone(out, [
      "Tamsin",
      "Quarrie",
      "1986-03-28",
      "781-555-0175",
      "Sage Terrace",
      "Waltham",
      "Vellacott",
      "Spohn",
    ]);
    expect(out.split("\n")[0]).toBe(text.split("\n")[0]);
    expect(out).toContain("\tMA\t2273\t");
    expect(out).toContain("\t    NULL\t");
    expect(out.split("\n").map((l) => l.split("\t").length)).toEqual([10, 10, 10]);
  });

  it("a list of people inside a Markdown code fence and under > quote prefixes is read the same way", () => {
    const table = [
      "| patient_id | first_name | last_name | birth_date | gender |",
      "| ---------- | ---------- | --------- | ---------- | ------ |",
      "| P001       | Tamsin     | Quarrie   | 1980-07-15 | M      |",
    ];
    const fenced = redact(["```", ...table, "```"].join("\n"));
    expectGone(fenced, ["Tamsin", "Quarrie", "1980-07-15"]);
    expect(fenced).toContain("| P001       |");
    const quoted = redact(table.map((l) => `> ${l}`).join("\n"));
    expectGone(quoted, ["Tamsin", "Quarrie", "1980-07-15"]);
  });

  it("fixed-width columns stay aligned: the blanks after a value make up for the placeholder's width", () => {
    const text = [
      " ID        First Name           Last Name       Sex    Patient Age",
      "===== ==================== ==================== ====== ===========",
      "    2 Tamsin               Quarrie              MALE             6",
      "    3 Orin Jr              Vellacott-Harrington FEMALE          41",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin", "Vellacott"]);
    const lines = out.split("\n");
    // "MALE" and "FEMALE" still start under "Sex", the ages still end under "Patient Age".
    for (const row of lines.slice(2)) {
      expect(row.indexOf("MALE") >= 0 ? row.search(/(FE)?MALE/) : -1).toBe(lines[0].indexOf("Sex"));
      expect(row.length).toBe(lines[1].length);
    }
    expect(redact(out)).toBe(out);
  });

  it("columns aligned with blanks and no underline (column -t): names and birth dates go, the state stays", () => {
    const text = [
      "id  first_name  last_name   birth_date  state",
      "1   Tamsin      Quarrie     1998-11-02  MA",
      "2   Orin        Vellacott   2010-12-03  TX",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin", "Vellacott", "1998-11-02", "2010-12-03"]);
    const lines = out.split("\n");
    expect(lines[0]).toBe(text.split("\n")[0]);
    // Placeholders wider than their columns push the rest right, one blank kept between columns.
    expect(shape(lines[1])).toBe("1   # # # MA");
    expect(redact(out)).toBe(out);
  });

  it("a line that names columns above prose is no table", () => {
    const text = "Columns:  first_name  last_name\nWe send them to the token endpoint as a form body.\n";
    expect(redact(text)).toBe(text);
  });

  it("a CSV export headed Patient, Username, Password loses the names (and the password)", () => {
    const text = "Patient,Username,Password\nTamsin Quarrie,fhirtamsin,epicepic1\nOrin Vellacott,fhirorin,epicepic1";
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin Vellacott", "epicepic1"]);
    expect(out.split("\n")[0]).toBe("Patient,Username,Password");
  });

  it("a second redaction changes nothing", () => {
    const text = [
      " id | first_name | last_name | birth_date",
      "----+------------+-----------+------------",
      "  1 | Tamsin     | Quarrie   | 1998-11-02",
    ].join("\n");
    const once = redact(text);
    expect(redact(once)).toBe(once);
  });
});

describe("a table that is not a list of people keeps its columns", () => {
  it("an apps table (name, client id, scopes) keeps its names", () => {
    const text = [
      "| Name | Client ID | Scopes |",
      "|------|-----------|--------|",
      "| Acme Scheduler | 0f7c15aa-0f82-4166-8bed-71b398fadcb7 | patient/Patient.read launch |",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("a scopes table without outer bars and a departments box stay as they are", () => {
    const scopes = [
      "Scope | Grants",
      "--------- | -----------",
      "patient/Patient.read | Permission to read Patient resource for the current patient.",
      "launch/patient | When launching outside the EHR, ask for a patient to be selected at launch time.",
    ].join("\n");
    expect(redact(scopes)).toBe(scopes);
    const box = [
      "+---------+--------------------+",
      "| dept_no | dept_name          |",
      "+---------+--------------------+",
      "| d009    | Customer Service   |",
      "+---------+--------------------+",
    ].join("\n");
    expect(redact(box)).toBe(box);
  });

  it("a scopes matrix with a Patient column keeps its read/write marks", () => {
    const text = [
      "| Resource | Patient | User | System |",
      "|----------|---------|------|--------|",
      "| Observation | rs | rs | none |",
      "| Condition | read | read | read |",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("an endpoints table in psql output keeps its paths", () => {
    const text = [
      " method | path                      | last_seen",
      "--------+---------------------------+------------",
      " GET    | /r4/Patient/12724066      | 2026-12-01",
      "(1 row)",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });
});

describe("a row is a repeated header only when it repeats the header's names", () => {
  it("CSV: a FHIR export's row whose resourceType is Patient still loses the names and the birth date", () => {
    const out = redact("resourceType,id,family,given,birthDate\nPatient,12724066,Zorbatt,Nancy,1980-08-11");
    expectGone(out, ["Zorbatt", "Nancy", "1980-08-11"]);
    expect(out).toContain("Patient,12724066,");
  });

  it("CSV: a row whose type is patient does not end the list of people", () => {
    const text = [
      "first_name,last_name,type,dob",
      "Nancy,Zorbatt,practitioner,1980-08-11",
      "Wilma,Quillfeather,patient,1990-01-01",
      "Tamsin,Vellacott,practitioner,1970-04-05",
      "Orin,Marchetti,practitioner,1961-02-03",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Nancy", "Zorbatt", "Wilma", "Quillfeather", "1990-01-01", "Vellacott", "1970-04-05", "Orin"]);
    expectGone(out, ["Marchetti", "1961-02-03"]);
  });

  it("Markdown and psql: a row holding the word Patient loses its person's values", () => {
    const md = [
      "| resourceType | id | family | given | birthDate |",
      "|---|---|---|---|---|",
      "| Patient | 12724066 | Zorbatt | Nancy | 1980-08-11 |",
    ].join("\n");
    expectGone(redact(md), ["Zorbatt", "Nancy", "1980-08-11"]);
    const psql = [
      " id | full_name      | type    | birth_date",
      "----+----------------+---------+------------",
      "  1 | Vellacott Orin | patient | 1961-02-03",
    ].join("\n");
    expectGone(redact(psql), ["Vellacott", "Orin", "1961-02-03"]);
  });

  it("a header repeated under the first one keeps its column names", () => {
    const text = [
      " id | first_name | last_name",
      "----+------------+-----------",
      "  1 | Tamsin     | Quarrie",
      " id | first_name | last_name",
      "  2 | Orin       | Vellacott",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Tamsin", "Quarrie", "Orin", "Vellacott"]);
    expect(out.split("\n")[3]).toBe(" id | first_name | last_name");
  });
});

describe("a column headed Patient alone does not make a list of people", () => {
  it("a scopes matrix keeps its grants, an endpoints table its states and e-mail", () => {
    const matrix = [
      "| Scope | Patient | User | System |",
      "|---|---|---|---|",
      "| MedicationRequest.read | Yes | No | No |",
      "| Patient.read | Granted | Denied | n/a |",
    ].join("\n");
    expect(redact(matrix)).toBe(matrix);
    const names = [
      "| Name | Patient | User | System |",
      "|---|---|---|---|",
      "| Observation | Read | Read | - |",
      "| Condition | Read Write | Read | Supported |",
      "| AllergyIntolerance | Read | - | Supported |",
    ].join("\n");
    expect(redact(names)).toBe(names);
    const apps = ["| App | Patient | City |", "|---|---|---|", "| Growth Chart | Launch | Kansas City |"].join("\n");
    expect(redact(apps)).toBe(apps);
    const endpoints = [
      "| Endpoint | Patient | Email | Phone |",
      "|---|---|---|---|",
      "| /Patient | Allowed | support@example.com | Enabled |",
    ].join("\n");
    // Its Phone column is no person's (Allowed after /Patient is another reader's: a name after the word Patient).
    expect(redact(endpoints)).toContain("| Enabled |");
  });

  it("fixed-width and aligned columns with a Patient column keep their marks", () => {
    const fixed = [
      "Resource     Patient  Provider",
      "-----------  -------  --------",
      "Observation  Read     Read",
      "Condition    Denied   Read",
    ].join("\n");
    expect(redact(fixed)).toBe(fixed);
    const context = [
      "Context  Patient   Encounter  User",
      "-------  --------  ---------  ----",
      "launch   Required  Optional   Required",
    ].join("\n");
    expect(redact(context)).toBe(context);
    const aligned = [
      "Resource     Type    Patient  Interactions",
      "Observation  vital   Read     search",
      "Condition    list    Denied   read",
    ].join("\n");
    expect(redact(aligned)).toBe(aligned);
  });

  it("aligned log lines with Patient in a column keep their other words and alignment", () => {
    const log = [
      "2024-01-02 10:00:00  INFO   Patient   Fetching resource",
      "2024-01-02 10:00:01  WARN   Scope     Missing patient/Observation.read",
      "2024-01-02 10:00:02  ERROR  Token     Expired",
    ].join("\n");
    const out = redact(log);
    for (const kept of ["WARN   Scope     Missing", "ERROR  Token     Expired"]) expect(out).toContain(kept);
  });

  it("a Patient column whose values read as people still loses them, and its weak columns too", () => {
    const text = [
      "| Patient | City | Notes |",
      "|---|---|---|",
      "| Quarrie, Tamsin | Kansas City | labs |",
      "| Orin Vellacott | Springfield | vitals |",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Quarrie", "Tamsin", "Kansas City", "Orin", "Vellacott", "Springfield"]);
    expect(out).toContain("| labs |");
  });
});

describe("a Drivers column is no person's", () => {
  it("a JDBC drivers table keeps its driver names", () => {
    const text = ["| Drivers | Version | Status |", "|---|---|---|", "| ojdbc8 | 19.3 | Loaded |"].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("a driver's licence column beside a person's name goes", () => {
    const text = ["| First Name | Drivers License |", "|---|---|", "| Tamsin | Q1234-5678 |"].join("\n");
    expectGone(redact(text), ["Tamsin", "Q1234-5678"]);
  });
});

describe("more headers of a list of people", () => {
  it("tab-separated with quoted header cells: names and birth date go", () => {
    const text = '"First Name"\t"Last Name"\t"DOB"\n"Nancy"\t"Smart"\t"1980-08-11"\n"Orin"\t"Vellacott"\t"1961-02-03"';
    const out = redact(text);
    expectGone(out, ["Nancy", "Smart", "1980-08-11", "Orin", "Vellacott"]);
    expect(out.split("\n")[0]).toBe('"First Name"\t"Last Name"\t"DOB"');
  });

  it("a Patient column holding a patient's number loses it; Display and Born columns go beside a Patient ID", () => {
    const ids = ["| Patient | Encounter | Scope |", "|---|---|---|", "| 12724066 | 97939518 | user/Encounter.read |"];
    const out = redact(ids.join("\n"));
    expectGone(out, ["12724066"]);
    expect(out).toContain("user/Encounter.read");
    const born = ["| Patient ID | Display | Born |", "|---|---|---|", "| 12724066 | Smart, Nancy | 1980-08-11 |"];
    const bornOut = redact(born.join("\n"));
    expectGone(bornOut, ["Smart", "Nancy", "1980-08-11"]);
    // A Patient ID column is the FHIR id the ticket is about, kept as in the lists above.
    expect(bornOut).toContain("| 12724066 |");
  });

  it("German, Spanish and French headers make a list of people", () => {
    const tables = [
      ["| Nachname | Vorname | Geburtsdatum |", "|---|---|---|", "| Quarrie | Tamsin | 1998-11-02 |"],
      ["| Apellido | Nombre | Fecha de nacimiento |", "|---|---|---|", "| Quarrie | Tamsin | 1998-11-02 |"],
      ["| Nom | Prénom | Date de naissance |", "|---|---|---|", "| Quarrie | Tamsin | 1998-11-02 |"],
    ];
    for (const t of tables) expectGone(redact(t.join("\n")), ["Quarrie", "Tamsin", "1998-11-02"]);
  });
});

describe("a row wrapped over several lines is read with its row", () => {
  it("psql: a value holding a line break (`+` marker) and a value wrapped by `\\pset format wrapped` (`.` markers)", () => {
    const newline = [
      " id |     name     |    dob     | gender",
      "----+--------------+------------+--------",
      "  1 | Quillfeather+| 1980-02-03 | female",
      "    | Odessa       |            | ",
      "  2 | Brightwater  | 1977-11-12 | male",
      "(2 rows)",
    ].join("\n");
    const out = redact(newline);
    expectGone(out, ["Quillfeather", "Odessa", "1980-02-03", "Brightwater"]);
    expect(out).toContain("| female");
    const wrapped = [
      " id |    name    |    dob     ",
      "----+------------+------------",
      "  1 | Quillfeath.| 1980-02-03",
      "    |.er Odessa  | ",
      "  2 | Brightwate.| 1977-11-12",
      "    |.r Caspian  | ",
    ].join("\n");
    expectGone(redact(wrapped), ["Quillfeath", "er Odessa", "Brightwate", "r Caspian", "1977-11-12"]);
  });

  it("psql wrapped by the terminal: the rows under a wrapped line are still the table's", () => {
    const text = [
      " patient_id | family_name  | given_name | birth_date | address_line                      | phone",
      "------------+--------------+------------+------------+-----------------------------------+-------------",
      "     987654 | Quillfeather | Odessa     | 1980-02-03 | 12 Main St, Springfield, IL 62701 | 555-201-334",
      "4",
      "     987655 | Brightwater  | Caspian    | 1977-11-12 | 40 Elm Road, Dover, DE 1990",
      "1      | 555-201-3345",
      "     987656 | Fenwick      | Marisol    | 1969-04-30 | 7 Bay Road, Lewes, DE 19958       | 555-201-3346",
      "(3 rows)",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Brightwater", "Caspian", "1977-11-12", "40 Elm Road", "555-201-3345", "Fenwick", "Marisol"]);
    expectGone(out, ["1969-04-30", "7 Bay Road", "555-201-3346"]);
    expect(out).toContain("     987655 | ");
    expect(out).toContain("(3 rows)");
  });

  it("Markdown: a row broken between its cells or inside one keeps each value in its column", () => {
    const text = [
      "| MRN | Family | Given | DOB | Gender | Notes |",
      "|---|---|---|---|---|---|",
      "| 987654 | Quillfeather | Odessa",
      "| 1980-02-03 | female | prefers morning calls |",
      "| 987655 | Brightwater | Caspian | 1977-11-12 | male | call",
      "after 5pm, ask for the front desk |",
      "| 987656 | Fenwick | Marisol | 1969-04-30 |",
      "female | none |",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Quillfeather", "Odessa", "1980-02-03", "Brightwater", "1977-11-12", "Fenwick", "1969-04-30"]);
    // The columns that are no person's keep their values: they were read in their own columns.
    for (const kept of ["| female | prefers morning calls |", "| male | call", "after 5pm, ask for the front desk |"])
      expect(out).toContain(kept);
    expect(out).toContain("female | none |");
  });

  it("a line of prose under a table, a blank line or a second table's header ends it", () => {
    const text = [
      "| Last Name | First Name | Notes |",
      "|---|---|---|",
      "| Quillfeather | Odessa | none |",
      "Then the app asked for Observation.read and got 403 insufficient_scope.",
      "",
      "| Scope | Granted |",
      "|---|---|",
      "| patient/Observation.read | no |",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Quillfeather", "Odessa"]);
    expect(out).toContain("Then the app asked for Observation.read and got 403 insufficient_scope.");
    expect(out).toContain("| patient/Observation.read | no |");
  });
});
