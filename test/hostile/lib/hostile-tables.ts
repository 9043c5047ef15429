// The scaffolding of the hostile-input tests that run tables of shapes through the redactor: a unit repeated grows the
// work linearly (counted operations, see ../work-meter.ts), and a megabyte of each shape finishes and gives text back.
// No timing is asserted.
import { expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat } from "../work-meter";

/** A mebibyte: the size of the "finishes" inputs. */
export const MB = 1 << 20;

/** A shape's name and the text it is made of. */
export type NamedText = readonly [name: string, text: string];

/** One text item redacted as free text in the sandbox, as the app would. */
export const redactText = (text: string): string =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

/** One test per unit: the unit repeated, `run`'s work grows linearly with the input (4× the input, under 5× the work). */
export function itGrowsLinearly(units: readonly NamedText[], run: (text: string) => unknown = redactText): void {
  for (const [name, unit] of units)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(repeat(unit), (t) => void run(t), 8_000)).toBeLessThan(LINEAR);
    });
}

/** Each unit repeated up to a megabyte, under its own name. */
export const megabytesOf = (units: readonly NamedText[]): NamedText[] =>
  units.map(([name, unit]): NamedText => [name, repeat(unit)(MB)]);

/** One test per input: the redaction of it finishes and gives text back. */
export function itFinishes(
  inputs: readonly NamedText[],
  title = (name: string) => `a megabyte: ${name} finishes`,
): void {
  for (const [name, text] of inputs)
    it(title(name), () => {
      expect(redactText(text).length).toBeGreaterThan(0);
    });
}
