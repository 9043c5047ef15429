// Generated texts for the scanner equivalence tests: pieces of the characters that matter to a scanner, alone or in
// runs, joined in any order.
import fc from "fast-check";

/** Up to `parts` pieces, each one of `pieces` or a run of one of them up to `longestRun` long. */
export function mixedText(pieces: string[], longestRun: number, parts: number): fc.Arbitrary<string> {
  const piece = fc.constantFrom(...pieces);
  const run = fc.tuple(piece, fc.integer({ min: 1, max: longestRun })).map(([p, n]) => p.repeat(n));
  return fc.array(fc.oneof(piece, run), { maxLength: parts }).map((all) => all.join(""));
}
