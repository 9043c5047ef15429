// Lists of people pasted as tables, run by `npm run bench` (or `npm run bench -- person-tables`): for each layout,
// about 1 MB of rows under a header that makes a list of people, against the same rows under a header that names no
// person's column (the table reader finds the table, the judgement declines it, the rest of the redactor runs the
// same). CPU time of the process (not wall time: the machine is shared), medians of 5 interleaved runs. Figures only.
import { createRedactor } from "~/redaction/redact";
import { personColumns } from "~/redaction/person-columns";
import { readTables } from "~/redaction/table-layout";
import { median } from "../lib/stats";

const MB = 1 << 20;
const fill = (row: string) => row.repeat(Math.ceil(MB / row.length));

/** Per layout: the header lines for a list of people and for a table of the same shape that is not one, and a row. */
const LAYOUTS: Array<[string, string, string, string]> = [
  [
    "Markdown",
    "| Name | MRN | Birth Date |\n|---|---|---|\n",
    "| Name | Code | Start Date |\n|---|---|---|\n",
    "| Orin Vellacott | E7781 | 1961-02-03 |\n",
  ],
  [
    "psql",
    " id | first_name | last_name\n----+------------+-----------\n",
    " id | tag_name   | kind_name\n----+------------+-----------\n",
    "  1 | Orin       | Vellacott\n",
  ],
  [
    "MySQL box",
    "+----+------------+-----------+\n| id | first_name | last_name |\n+----+------------+-----------+\n",
    "+----+------------+-----------+\n| id | tag_name   | kind_name |\n+----+------------+-----------+\n",
    "|  1 | Orin       | Vellacott |\n",
  ],
  [
    "fixed width (SQL*Plus)",
    "LAST_NAME  FIRST_NAME\n---------- ----------\n",
    "TAG_NAME   KIND_NAME\n---------- ----------\n",
    "Vellacott  Orin\n",
  ],
  ["tab-separated", "first_name\tlast_name\tdob\n", "tag_name\tkind_name\tstart\n", "Orin\tVellacott\t1961-02-03\n"],
];

function cpuMs(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export async function run(): Promise<string> {
  const redact = (text: string) =>
    createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "b", kind: "text", text });
  const rows: string[] = [];
  for (const [name, people, other, row] of LAYOUTS) {
    const body = fill(row);
    const a = people + body;
    const b = other + body;
    redact(a);
    redact(b);
    const ta: number[] = [];
    const tb: number[] = [];
    for (let i = 0; i < 5; i++) {
      ta.push(cpuMs(() => redact(a)));
      tb.push(cpuMs(() => redact(b)));
    }
    const x = median(ta);
    const y = median(tb);
    rows.push(
      `| ${name} | ${(a.length / MB).toFixed(2)} MB | ${x.toFixed(0)} ms | ${(a.length / MB / (x / 1000)).toFixed(1)} MB/s | ${y.toFixed(0)} ms | ${(x / y).toFixed(2)}× |`,
    );
  }
  // Text with no table that still passes the first test (a person's word, bars and double blanks): a log.
  const log = fill(
    "2026-12-06T13:31:02.114Z  INFO  [fhir-client] GET /r4/Patient/12724066 | status=403 | patient scope missing\n",
  );
  redact(log);
  const whole: number[] = [];
  const reader: number[] = [];
  for (let i = 0; i < 5; i++) {
    whole.push(cpuMs(() => redact(log)));
    reader.push(cpuMs(() => readTables(log, (names) => personColumns(names) !== null)));
  }
  const w = median(whole);
  const r = median(reader);
  const logRow = `| a log with \`patient\`, bars and double blanks, no table | ${(log.length / MB).toFixed(2)} MB | whole redaction ${w.toFixed(0)} ms | the table reader alone ${r.toFixed(0)} ms (${((100 * r) / w).toFixed(1)} %) |`;
  return [
    "## Lists of people pasted as tables",
    "",
    "CPU time to redact about 1 MB of rows (one evidence item, sandbox policy); medians of 5 interleaved runs.",
    "",
    "| layout | size | list of people | speed | same rows, header names no person | ratio |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "The table reader's cost on text that holds no table (same measure):",
    "",
    "| input | size | redaction | reader |",
    "|---|---:|---:|---:|",
    logRow,
    "",
  ].join("\n");
}
