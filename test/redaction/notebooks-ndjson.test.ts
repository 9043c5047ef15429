// Configuration and data files pasted whole: a Jupyter notebook (JSON whose text lives in string arrays) and NDJSON
// (a Bulk Data export: one JSON document per line). Synthetic values in the real layouts (test/corpora/real-artifacts
// holds the public originals: jupyter-*.ipynb, bulk-data-export-*.ndjson).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import { redact } from "./lib/redact-text";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const notebook = JSON.stringify(
  {
    cells: [
      {
        cell_type: "code",
        execution_count: 1,
        metadata: {},
        outputs: [],
        source: [
          "from fhirpy import SyncFHIRClient\n",
          "FHIR_API_KEY = 'Vq3LmT8rPz1KwX6nB0sYdH4fJ2gC9eRu7aNkQ5tM'\n",
          "client = SyncFHIRClient(url='https://fhir.example.org/r4', extra_headers={'x-api-key': FHIR_API_KEY})",
        ],
      },
      {
        cell_type: "code",
        execution_count: 2,
        metadata: {},
        outputs: [
          {
            name: "stdout",
            output_type: "stream",
            text: ["mrn = 8675309\n", "l_name = Quarrington\n", "birth_date = 1961-04-27\n"],
          },
          {
            data: {
              "text/html": [
                "<table>\n",
                "  <tr><td>8675309</td><td>Quarrington</td><td>1961-04-27</td></tr>\n",
                "</table>",
              ],
              "text/plain": ["       mrn       l_name      b_date\n", "0  8675309  Quarrington  1961-04-27"],
              "image/png": PNG,
            },
            execution_count: 2,
            metadata: {},
            output_type: "execute_result",
          },
        ],
        source: ["for k, v in row.items():\n", "    print(f'{k} = {v}')"],
      },
    ],
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
    nbformat: 4,
    nbformat_minor: 2,
  },
  null,
  1,
);

describe("a Jupyter notebook", () => {
  it("its code cells lose their credentials, its outputs their patient's values — in every output that shows them", () => {
    const out = redact(notebook);
    for (const v of ["Vq3LmT8rPz1KwX6nB0sYdH4fJ2gC9eRu7aNkQ5tM", "8675309", "Quarrington", "1961-04-27"])
      expect(out, v).not.toContain(v);
  });

  it("a birth date under the abbreviated name b_date goes: as a CSV column and as `b_date = …`", () => {
    const out = redact(
      "row,mrn,f_name,l_name,gender,b_date\n1000,1032702,Amy,Shaw,female,2007-02-20\n1001,1798520,Harold,Thalburg,male,1964-06-19\n\nrow = 1000\nb_date = 1954-01-03\n",
    );
    for (const v of ["2007-02-20", "1964-06-19", "1954-01-03", "Thalburg"]) expect(out, v).not.toContain(v);
    expect(out).toContain("female");
  });

  it("stays the same notebook: cells, outputs, line arrays, keys, the image and the layout", () => {
    const out = redact(notebook);
    const before = JSON.parse(notebook);
    const after = JSON.parse(out);
    expect(after.cells.length).toBe(2);
    expect(after.cells[0].source.length).toBe(before.cells[0].source.length);
    expect(after.cells[1].outputs[0].text.length).toBe(3);
    expect(after.cells[1].outputs[1].data["image/png"]).toBe(PNG);
    expect(after.cells[0].source[2]).toContain("SyncFHIRClient(url='https://fhir.example.org/r4'");
    expect(after.cells[1].source).toEqual(before.cells[1].source);
    expect(after.nbformat).toBe(4);
    expect(out).toContain('\n "nbformat": 4,\n');
  });
});

const patient = (id: string, family: string, given: string, birthDate: string, phone: string) =>
  JSON.stringify({
    resourceType: "Patient",
    id,
    name: [{ use: "official", family, given: [given] }],
    telecom: [{ system: "phone", value: phone, use: "home" }],
    gender: "female",
    birthDate,
    multipleBirthBoolean: false,
  });

const ndjson =
  patient("b1f0c2d4-0000-4000-8000-000000000001", "Quellmont212", "Ysolde44", "1931-02-17", "555-201-7788") +
  "\n" +
  patient("b1f0c2d4-0000-4000-8000-000000000002", "Brackwater9", "Odalys571", "1958-09-30", "555-377-1020") +
  "\n";

describe("NDJSON: a Bulk Data export", () => {
  it("is JSON, one document per line: each line is read by the JSON reader and stays one JSON document", () => {
    for (const environment of ["sandbox", "client-prod"] as const) {
      const out = redact(ndjson, environment);
      const lines = out.split("\n");
      expect(lines.length).toBe(3);
      expect(lines[2]).toBe("");
      for (const line of lines.slice(0, 2)) {
        const doc = JSON.parse(line);
        expect(doc.resourceType).toBe("Patient");
        // Types are kept: a boolean stays a boolean.
        expect(doc.multipleBirthBoolean).toBe(false);
      }
      for (const v of ["Quellmont212", "Ysolde44", "Brackwater9", "555-201-7788", "1958-09-30"])
        expect(out, v).not.toContain(v);
    }
  });

  it("each line is redacted as the same resource pasted alone would be", () => {
    const alone = redact(ndjson.split("\n")[0]);
    expect(redact(ndjson).split("\n")[0]).toBe(alone);
  });

  it("no warning that the JSON is invalid", () => {
    const r = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "e1",
      kind: detectKind(ndjson),
      text: ndjson,
    });
    expect(r.warnings.join(" ")).not.toMatch(/not valid/);
  });
});
