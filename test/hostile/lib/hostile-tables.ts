// The scaffolding of the hostile-input tests that run tables of shapes through the redactor: a unit repeated grows the
// work linearly (counted operations, see ../work-meter.ts), and a megabyte of each shape finishes and gives text back.
// No timing is asserted.
import { expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
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

/** A shape's name and its input maker (text of about `size` characters). */
export type NamedMaker = readonly [name: string, make: (size: number) => string];

/** `unit` repeated whole, never cut: a unit cut in the middle of its value (`CODE=Zx8`) would let the text's size
 *  decide how its last pair reads, and a growth step would measure that switch rather than the readers. */
export const wholeUnits = (unit: string) => (size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** `unit` repeated as the items of one JSON array of about `size` characters. */
export const jsonArray = (unit: string) => (size: number) =>
  "[" + unit.repeat(Math.max(1, Math.floor(size / unit.length))) + "{}]";

/** One text item redacted as the app would, its kind detected (JSON stays JSON). */
export const redactDetected = (text: string): string =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: detectKind(text), text })
    .text;

/**
 * The hostile table most reader tests share. Each shape — a unit (repeated up to the size) or an input maker — grows
 * the work linearly when the input grows 4× (under 5× the counted operations: a quadratic scan fails), and a
 * megabyte of it finishes; then each of `extras` (one long value, a quote never closed, deep nesting) finishes.
 */
export function itIsLinearAndFinishes(
  shapes: readonly (NamedText | NamedMaker)[],
  extras: readonly NamedText[] = [],
  run: (text: string) => string = redactText,
): void {
  const makers = shapes.map(([name, shape]): NamedMaker => [name, typeof shape === "string" ? repeat(shape) : shape]);
  for (const [name, make] of makers)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(make, (t) => void run(t), 8_000)).toBeLessThan(LINEAR);
    });
  for (const [name, text] of [...makers.map(([name, make]): NamedText => [name, make(MB)]), ...extras])
    it(`a megabyte: ${name} finishes`, () => {
      expect(run(text).length).toBeGreaterThan(0);
    });
}
