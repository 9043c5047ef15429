// Data frames printed by pandas, R (data.frame, tibble, data.table) and knitr/reprex (`#>` prefixes): right- or
// left-aligned columns a single blank apart, an index column without a header, frames wrapped into blocks that each
// repeat a header. When the header makes a list of people, each person's column loses its values, whatever they look
// like; the index, ids and the other columns stay. Synthetic people in the layouts these tools print.
import { describe, expect, it } from "vitest";
import { redactDataFrames } from "~/redaction/data-frames";
import { ItemContext, RedactorState } from "~/redaction/context";
import { redact } from "./lib/redact-text";

function expectGone(out: string, values: string[]) {
  for (const v of values) expect(out, v).not.toContain(v);
}
function expectKept(out: string, values: string[]) {
  for (const v of values) expect(out, v).toContain(v);
}

describe("a printed data frame of people loses its people's columns", () => {
  it("pandas df.head(): a Name column beside Sex and Age marks a list of people", () => {
    const text = [
      "   name gender  age  height_cm",
      "0  Oswy      M   41        188",
      "1  Tilda     F   30        167",
      "2  Bram      M   32        178",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Oswy", "Tilda", "Bram"]);
    expectKept(out, ["name gender  age  height_cm", "188", "167"]);
  });

  it("R print(data.frame) under knitr's #> prefix, wrapped into two blocks, right-aligned", () => {
    const text = [
      "#>        id                 given_name",
      "#> 1 pat-101      <<1.1>>Wendeline",
      "#> 2 pat-102 <<1.1>>Orrin ~ <<1.2>>Ged",
      "#>     family_name        birthday",
      "#> 1 <<1.1>>Quarrie <<1>>1981-03-14",
      "#> 2    <<1.1>>Vell <<1>>1977-11-02",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Wendeline", "Orrin", "Ged", "Quarrie", "Vell", "1981-03-14", "1977-11-02"]);
    expectKept(out, ["pat-101", "pat-102", "given_name", "family_name", "birthday", "<<1.1>>", "<<1.2>>"]);
  });

  it("fhircrackr's dotted FHIR columns (name.given, address.city) with [1.1] markers", () => {
    const text = [
      "df",
      "#>      address.city address.country     id              name.given",
      "#> 1 [1.1]Zandvoortje    [1.1]Norland [1]pa1            [1.1]Hesketh",
      "#> 2  [1.1]Kettlewick    [1.1]Norland [1]pa2 [1.1]Ysolde | [2.1]Bree",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Zandvoortje", "Kettlewick", "Hesketh", "Ysolde", "Bree"]);
    expectKept(out, ["address.city", "name.given", "[1]pa1", "[1]pa2", "Norland"]);
  });

  it("a tibble (# A tibble, <chr> types, left-aligned text) and a data.table (1: index)", () => {
    const tibble = [
      "# A tibble: 2 × 3",
      "  first_name last_name  visits",
      "  <chr>      <chr>       <dbl>",
      "1 Wenna      Trevaskis       3",
      "2 Jory       Penhallow      12",
    ].join("\n");
    const out = redact(tibble);
    expectGone(out, ["Wenna", "Trevaskis", "Jory", "Penhallow"]);
    expectKept(out, ["first_name last_name  visits", "<chr>      <chr>       <dbl>"]);
    const table = ["   patient_id first_name", "1:       1001    Morwenna", "2:       1002      Kenver"].join("\n");
    const dt = redact(table);
    expectGone(dt, ["Morwenna", "Kenver"]);
    expectKept(dt, ["1001", "1002", "patient_id first_name"]);
  });

  it("a wide frame wrapped into blocks is judged as one: a city block before the name block loses its cities", () => {
    const r = [
      "#>     address.city    id",
      "#> 1 [1.1]Porthleven [1]p1",
      "#> 2  [1.1]Mousehole [1]p2",
      "#>     name.family",
      "#> 1 [1.1]Trewhella",
      "#> 2    [1.1]Pascoe",
    ].join("\n");
    const out = redact(r);
    expectGone(out, ["Porthleven", "Mousehole", "Trewhella", "Pascoe"]);
    expectKept(out, ["[1]p1", "[1]p2", "address.city"]);
    const pandas = [
      "  patient_id    city  \\",
      "0      P-001  Zennor   ",
      "1      P-002  Lamorna  ",
      "",
      "  last_name  visits  ",
      "0   Tregear       3  ",
      "1    Angove      12  ",
    ].join("\n");
    const out2 = redact(pandas);
    expectGone(out2, ["Zennor", "Lamorna", "Tregear", "Angove"]);
    expectKept(out2, ["P-001", "P-002", "patient_id"]);
  });

  it("a later frame whose name and city columns repeat people already found is a list of the same people", () => {
    const text = [
      "#>     name.given    address.city",
      "#> 1 [1.1]Ottoline [1.1]Porthcurno",
      "#> 2  [1.1]Lowenna [1.1]Trebarwith",
      "",
      "df_filtered",
      "#>  id       city             name",
      "#> 1 p1 Porthcurno         Ottoline",
      "#> 2 p2 Trebarwith Lowenna:::Ysella",
      "",
      "apps",
      "#>       name  city",
      "#> 1 sched-app Tulsa",
    ].join("\n");
    const out = redact(text);
    expectGone(out, ["Ottoline", "Porthcurno", "Lowenna", "Trebarwith", "Ysella"]);
    expectKept(out, ["p1", "p2", ":::", "sched-app Tulsa"]);
  });

  it("a frame of `name` and `city` alone whose names are people's loses both; one of places or apps keeps them", () => {
    const people = [
      "             name     city",
      "0       Jane Roe   Boston",
      "1     Ravi Kumar  Chennai",
      "2  Priya Raman   Mumbai",
    ].join("\n");
    expectGone(redact(people), ["Jane Roe", "Ravi Kumar", "Priya Raman", "Boston", "Chennai", "Mumbai"]);
    const sites = [
      "                 name     city",
      "0        Mount Sinai  New York",
      "1        Mayo Clinic  Rochester",
      "2       Growth Chart    Tulsa",
    ].join("\n");
    expectKept(redact(sites), ["Mount Sinai", "Mayo Clinic", "Growth Chart", "New York", "Rochester", "Tulsa"]);
  });

  it("a frame that lists no people keeps every column (apps, scopes)", () => {
    const text = [
      "      name       client_id  status",
      "0  Scheduler  a1b2c3d4-0001  active",
      "1  Reporting  a1b2c3d4-0002  revoked",
    ].join("\n");
    expect(redact(text)).toBe(redact(text));
    expectKept(redact(text), ["Scheduler", "Reporting", "a1b2c3d4-0001"]);
  });
});

describe("the data-frame reader on hostile input", () => {
  const ctx = () => new ItemContext(new RedactorState(), { environment: "sandbox", terms: [], restored: [] });
  it("finishes on 1 MB of header-like and index-like lines, long blank runs and no rows", () => {
    const header = "   first_name   " + " ".repeat(1000) + "birthday\n";
    const rows = "0 " + " ".repeat(5000) + "x\n";
    const inputs = [
      (header + rows).repeat(Math.ceil(1_000_000 / (header + rows).length)),
      "   first_name\n" + "0 <<1.1>>a ~ ".repeat(80_000),
      " ".repeat(1_000_000),
      "#> " + "a ".repeat(500_000),
      "   given_name\n" + "1 ".repeat(500_000),
    ];
    for (const input of inputs) expect(typeof redactDataFrames(input, ctx())).toBe("string");
  });
});
