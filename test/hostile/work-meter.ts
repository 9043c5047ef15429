// A deterministic measure of work for linearity tests (no clocks): every RegExp exec (test, match, replace, split
// and matchAll go through it) counts one, and every String indexOf counts the characters it scanned. An algorithm
// that re-reads the rest of the text from each match shows a count that grows with the square of the input.
import { afterEach, expect, it } from "vitest";

let count = 0;
const realExec = RegExp.prototype.exec;
const realIndexOf = String.prototype.indexOf;

function install() {
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    count++;
    return realExec.call(this, s);
  };
  String.prototype.indexOf = function (this: string, needle: string, from?: number) {
    const start = Math.max(0, from ?? 0);
    const at = realIndexOf.call(this, needle, start);
    count += (at < 0 ? this.length : at + needle.length) - start;
    return at;
  };
}

function uninstall() {
  RegExp.prototype.exec = realExec;
  String.prototype.indexOf = realIndexOf;
}

afterEach(uninstall);

/** The work `fn` does, in counted operations. */
export function work(fn: () => void): number {
  count = 0;
  install();
  try {
    fn();
  } finally {
    uninstall();
  }
  return count;
}

/** How the work grows when the input grows 4×: about 4 for a linear algorithm, about 16 for a quadratic one. */
export function growth(make: (size: number) => string, run: (input: string) => void, size: number): number {
  const small = work(() => run(make(size)));
  const large = work(() => run(make(size * 4)));
  return large / Math.max(1, small);
}

/** How the characters of every slice taken grow when the input grows 4× (String.prototype.slice wrapped locally). */
export function slicedGrowth(make: (size: number) => string, run: (input: string) => void, size: number): number {
  const realSlice = String.prototype.slice;
  let chars = 0;
  const sliced = (input: string) => {
    chars = 0;
    String.prototype.slice = function (this: string, start?: number, end?: number) {
      const piece = realSlice.call(this, start, end);
      chars += piece.length;
      return piece;
    };
    try {
      run(input);
    } finally {
      String.prototype.slice = realSlice;
    }
    return chars;
  };
  const small = sliced(make(size));
  return sliced(make(size * 4)) / Math.max(1, small);
}

/** `unit` repeated up to `size` characters: the input maker of the growth tests. */
export const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */
export const LINEAR = 5;

/**
 * One test per hostile shape: the work and the characters cut grow linearly with the input, and `secret` written after
 * a long run of the shape is still gone from the output.
 */
export function itStaysLinear(
  shapes: ReadonlyArray<readonly [string, (size: number) => string]>,
  redact: (text: string) => string,
  secret = "\nclient_secret=hunter2hunter2x\n",
  value = "hunter2hunter2x",
): void {
  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, a secret after it still redacted`, () => {
      expect(growth(make, redact, 16_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, redact, 16_000)).toBeLessThan(LINEAR);
      expect(redact(make(64_000) + secret)).not.toContain(value);
    });
  }
}
