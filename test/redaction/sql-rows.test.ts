// Rows of a database pasted as SQL: pg_dump COPY blocks and INSERT statements, judged by their columns (and by the
// table's name when it says the rows are people). Synthetic people in the real layouts (test/corpora/real-artifacts
// holds the public originals: sql-*.sql).
import { describe, expect, it } from "vitest";
import { PLACEHOLDER } from "~/redaction/placeholders";
import { gone, kept, redact } from "./lib/redact-text";

const shape = (text: string) => text.replace(PLACEHOLDER, "#");
const expectGone = (out: string, values: string[]) => gone(out, ...values);

describe("pg_dump COPY blocks", () => {
  const dump = [
    "--",
    "-- Data for Name: patient; Type: TABLE DATA; Schema: public; Owner: postgres",
    "--",
    "",
    "COPY public.patient (cpf, full_name, birth_date, street, neighborhood, zip_code, city, insurance_id) FROM stdin;",
    "31415926535\tQuilla Marbeck Soutto\t1987-06-14\tRua Alvorada Fria\tVila Pinheral\t56903-111\tCaruaçu\t1",
    "27182818284\tTeodor Vianne\t1969-11-02\tRua das Palhas\tSanto Ernesto\t56912-222\tCaruaçu\t\\N",
    "\\.",
    "",
    "COPY public.patientphone (cpf_patient, phone) FROM stdin;",
    "31415926535\t87900112233",
    "27182818284\t8738001122",
    "\\.",
    "",
    "COPY public.procedure (code, name, cost) FROM stdin;",
    "1\tReverse Rhinopodoplasty\t1500",
    "\\.",
  ].join("\n");

  it("every person's column goes, the block's tabs, header and end line stay", () => {
    const out = redact(dump);
    expectGone(out, [
      "Quilla",
      "Marbeck",
      "Vianne",
      "1987-06-14",
      "1969-11-02",
      "Rua Alvorada Fria",
      "Vila Pinheral",
      "56903-111",
      "Caruaçu",
    ]);
    const lines = shape(out).split("\n");
    expect(lines[4]).toBe(
      "COPY public.patient (cpf, full_name, birth_date, street, neighborhood, zip_code, city, insurance_id) FROM stdin;",
    );
    expect(lines[5]).toBe("#\t#\t#\t#\t#\t#\t#\t1");
    expect(lines[6]).toBe("#\t#\t#\t#\t#\t#\t#\t\\N");
    expect(lines[7]).toBe("\\.");
  });

  it("a person's number repeated in another table (a foreign key) goes there too; its phone goes by the table's name", () => {
    const out = redact(dump);
    expectGone(out, ["31415926535", "27182818284", "87900112233", "8738001122"]);
  });

  it("a block whose `\\.` line was not copied ends at the next COPY head: the next table is judged by its own columns", () => {
    const text = [
      "COPY public.patient (ssn, last_name) FROM stdin;",
      "900-11-2233\tQuimbrelle",
      "",
      "COPY public.oauth_client (client_id, scope) FROM stdin;",
      "abcd-1234-client\tpatient/Observation.read",
      "\\.",
      "",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["900-11-2233", "Quimbrelle"]);
    expect(out).toContain(
      "COPY public.oauth_client (client_id, scope) FROM stdin;\nabcd-1234-client\tpatient/Observation.read\n",
    );
  });

  it("a table that lists no people keeps its values, and the dump's own comment names no person", () => {
    const out = redact(dump);
    expect(out).toContain("1\tReverse Rhinopodoplasty\t1500");
    expect(out).toContain("-- Data for Name: patient; Type: TABLE DATA; Schema: public; Owner: postgres");
  });
});

describe("INSERT statements", () => {
  it("a column list and values over several lines, comments between VALUES and the row", () => {
    const text = [
      "INSERT INTO `demographic`",
      "(",
      " title, last_name, first_name, phone, hin,",
      " provider_no",
      ")",
      "VALUES",
      "-- first test patient",
      "(",
      " 'MR','QUORBEN','ALDIS','250-000-0042','448000042',",
      " '999998'",
      ");",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["QUORBEN", "ALDIS", "250-000-0042", "448000042"]);
    expect(out).toContain("'MR'");
    expect(out).toContain("'999998'");
    expect(out).toContain(" title, last_name, first_name, phone, hin,");
  });

  it("several rows, tab-separated values, a phone stored as a number", () => {
    const text =
      "INSERT INTO `Patient` (`PatientSerNum`, `FirstName`, `LastName`, `Alias`, `Sex`, `DateOfBirth`, `TelNum`, `Email`) VALUES\n" +
      "(61,\t'Orsola',\t'Quennell',\t'orsola_test',\t'Female',\t'1977-02-03 00:00:00',\t15145550001,\t'orsola@example.test'),\n" +
      "(62,\t'Bertil',\t'Quennell',\t'bertil_test',\t'Male',\t'1975-08-09 00:00:00',\t15145550002,\t'bertil@example.test');";
    const out = redact(text);
    expectGone(out, [
      "Orsola",
      "Bertil",
      "Quennell",
      "orsola_test",
      "1977-02-03",
      "15145550001",
      "bertil@example.test",
    ]);
    expect(shape(out)).toContain("(61,\t'#',\t'#',\t'#',\t'Female',\t'#',\t#,\t'#'),");
    expect(out).toContain("'Female'");
  });

  it("no column list into a patient table: every quoted value of two characters or more goes, a sex code stays", () => {
    const text =
      "INSERT INTO public.patient VALUES ('771-00-4242', 'Kessandra', 'Vollmoor', 'F', '739-555-0199');\n" +
      "INSERT INTO public.patient VALUES ('456-00-4243', 'Lisbeth', 'Ardagh', 'F', '329-555-0174');";
    const out = redact(text);
    expectGone(out, ["771-00-4242", "Kessandra", "Vollmoor", "739-555-0199", "Lisbeth", "Ardagh"]);
    expect(out).toMatch(/'F', '\[REDACTED:/);
  });

  it("SQL Server N'…', Postgres E'…' and MySQL _utf8'…' strings are read as strings: a person's values go", () => {
    const text = [
      "INSERT INTO `patient` (`first_name`, `last_name`) VALUES (N'Hugo', N'Quimbrelle');",
      "INSERT INTO person (given, family, note) VALUES (E'Ysolde', _utf8'Marrowby', E'it\\'s ok');",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Hugo", "Quimbrelle", "Ysolde", "Marrowby"]);
    expect(shape(out)).toContain("VALUES (N'#', N'#');");
    expect(shape(out)).toContain("(E'#', _utf8'#', ");
  });

  it("INSERT … SELECT of literals (one row, or rows joined by UNION ALL): a person's values go; a SELECT of columns stays", () => {
    const text = [
      "INSERT INTO dbo.Patient (FirstName, LastName) SELECT 'Hugo', 'Quimbrelle';",
      "INSERT INTO dbo.Patient (FirstName, LastName) SELECT N'Ysolde', N'Marrowby' UNION ALL",
      "SELECT N'Teodric', N'Vannsby'",
      "GO",
      "INSERT INTO dbo.Patient (FirstName, LastName) SELECT first_name, last_name FROM staging;",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Hugo", "Quimbrelle", "Ysolde", "Marrowby", "Teodric", "Vannsby"]);
    expect(out).toContain("SELECT first_name, last_name FROM staging;");
  });

  it("statements one per line are no comma-separated table: the next statement's column names stay", () => {
    const text = [
      "INSERT INTO patient (id, last_name, sex, country) VALUES (1, 'Quimbrelle', 'M', 'US');",
      "INSERT INTO audit_log (id, actor, status, country) VALUES (9, 'system', 'M', 'US');",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Quimbrelle"]);
    expect(out).toContain("INSERT INTO audit_log (id, actor, status, country) VALUES (9, 'system', 'M', 'US');");
  });

  it("a table that lists no people keeps its rows; an unterminated string leaves the statement to the sweep", () => {
    const text = [
      "INSERT INTO orders (id, item, amount) VALUES (1, 'Blue widget', 250);",
      "INSERT INTO patient (first_name, last_name) VALUES ('Unclosed, 'Row",
    ].join("\n");
    const out = redact(text);
    expect(out).toContain("(1, 'Blue widget', 250)");
  });
});

describe("UPDATE … SET of a person's columns", () => {
  it("loses each value by its column; the statement, its WHERE and other tables' values stay", () => {
    const out = redact(
      "UPDATE public.patient SET family = 'Okonkwo', birth_date = '1980-01-02', city='Springfield',\n" +
        "  updated_at = now() WHERE patient_id = 12724066;\n" +
        "UPDATE app_config SET value = 'launch openid' WHERE key = 'scopes';",
    );
    gone(out, "Okonkwo", "1980-01-02", "Springfield");
    kept(out, "UPDATE public.patient SET family = '", "updated_at = now() WHERE patient_id = 12724066;");
    kept(out, "UPDATE app_config SET value = 'launch openid' WHERE key = 'scopes';");
  });

  it("reads quoted column names and N'…' strings, and stops at a string left open", () => {
    const out = redact("UPDATE [dbo].[Patients] SET [LastName] = N'Okonkwo', \"dob\" = '1980-01-02' WHERE [Id] = 7");
    gone(out, "Okonkwo", "1980-01-02");
    expect(redact("UPDATE patient SET last_name = 'Okonk")).toContain("UPDATE patient SET last_name = '");
  });

  it("finishes on 1 MB of SET pairs, commas, an unclosed quote, row values and aliases", () => {
    const units = [
      "UPDATE patient SET ",
      "a='b', ",
      "UPDATE patient SET x = '",
      ",,,,",
      "UPDATE t SET (",
      "(a, b) = (",
    ];
    for (const unit of [...units, "UPDATE ONLY t AS p SET p.a.b = (x", "UPDATE p SET p.a = 1 FROM "]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof redact(text, "sandbox", "text")).toBe("string");
    }
  });
});

describe("an INSERT without a column list into a people table", () => {
  it("takes a US date for a birth date, not a phone number", () => {
    const out = redact("INSERT INTO patients VALUES (1, 'Okonkwo', '01/02/1980', '801-555-0199');");
    expect(out).toMatch(/'\[REDACTED:(?:birth_)?date#1\]'/);
    expect(out).toMatch(/'\[REDACTED:phone#1\]'/);
  });
});
