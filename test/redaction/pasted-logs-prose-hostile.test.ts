// The detectors added for logs and prose on hostile input: the work grows linearly with the input (counted
// operations and sliced characters, see test/hostile/work-meter.ts), and each regular expression with two runs that
// can meet finishes well within the test timeout on a megabyte.
import { describe, expect, it } from "vitest";
import { findAuthorLines } from "~/redaction/detectors/phi-author-lines";
import { findSignatures } from "~/redaction/detectors/phi-signatures";
import { findMailHeaderNames, findNamesBeforeAddresses } from "~/redaction/detectors/phi-mail-headers";
import { findFiscalCodes } from "~/redaction/detectors/phi-fiscal-codes";
import { replacePathQueries } from "~/redaction/detectors/urls-in-text";
import { growth, LINEAR, repeat, slicedGrowth } from "../hostile/work-meter";
import { MB, redactText as redact } from "../hostile/lib/hostile-tables";

describe("hostile input for the log and prose detectors", () => {
  const cases: Array<[string, (t: string) => void, string[]]> = [
    ["author lines", (t) => findAuthorLines(t, []), ["Jane RoeMay 27 2025\n", "a".repeat(199) + "\n", "Jane Roe \n"]],
    [
      "signatures",
      (t) => findSignatures(t, []),
      ["Phone: 555-0100\n", "Jane Roe\nTitle\nPhone: 555-0100\n\n", "-Jane\n"],
    ],
    [
      "sign-offs",
      (t) => findSignatures(t, []),
      ["Thanks,\n", "Thanks\n\n", "— Jane Roe, Acme\n", "Regards,\nJane Roe | Engineer\n", "Thanks wrote "],
    ],
    [
      "mail headers",
      (t) => findMailHeaderNames(t, []),
      [
        "On Mar 5, 2024 at 9:12 AM Jane Roe <j@x.org> wrote:\n",
        "From: Roe, Jane <j@x>\nTo: a\n",
        "wrote ",
        "x commented on Mar 5, 2024\n",
        "a".repeat(499) + "\n",
        "Von: Jane Roe\nAn: Kay Lee\n",
        "To: a\n",
        "From: a\n        Jane Roe <j@x>,\n",
        'Cc: "Roe, Jane" <j@x>, ',
        "From: x\n> <j@x>, ",
        "> On Thu, Nov 2, 2023 at 10:19 PM Jane Roe\n> <j@x.org> wrote:\n",
        "Le 03/11/2023 à 12:05, Jane Roe a écrit :\n",
        "From: Jane Roe <j@x>\nTo: b\n[Jane Roe] Jane Roe\n",
      ],
    ],
    [
      "names before addresses",
      (t) => findNamesBeforeAddresses(t, []),
      ["Jane Roe (j@x.org) ", "Jane Roe Kay Lee ", "Aa" + " ".repeat(99), "JANE"],
    ],
    ["fiscal codes", (t) => findFiscalCodes(t, []), ["RSSMRA75C03F839K ", "RSSMRA75C03F839"]],
    ["path queries", (t) => replacePathQueries(t, (p) => p), [" /a?b=c", " /?/?/?", "/" + "a".repeat(3000) + "?x "]],
  ];
  for (const [name, run, units] of cases)
    for (const unit of units)
      it(`${name}: '${unit.slice(0, 24)}' repeated grows linearly`, () => {
        expect(growth(repeat(unit), run, 16_000)).toBeLessThan(LINEAR);
        expect(slicedGrowth(repeat(unit), run, 16_000)).toBeLessThan(LINEAR);
      });

  it("the sweep on repeated Java-map pairs, cut JWT pieces and path queries grows linearly", () => {
    for (const unit of ["{a=[b], code=[", "eyJhbGciOiJ.eyJ", "eyJhbGciOiJSUzI1NiJ9.", " /login?code=x&state="])
      expect(
        growth(repeat(unit), (t) => redact(t), 8_000),
        unit,
      ).toBeLessThan(LINEAR);
  });

  it("a megabyte of one cut-JWT run, of one path and of one query finishes (regex backtracking is bounded)", () => {
    for (const text of [
      "eyJ" + "a".repeat(MB) + ".eyJ" + "b".repeat(MB) + ".",
      " /" + "a/".repeat(MB / 2) + "x",
      " /p?" + "a".repeat(MB),
    ])
      expect(redact(text).length).toBeGreaterThan(0);
  });
});
