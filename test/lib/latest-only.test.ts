// Only the last answer counts: an older answer arriving after a newer one is ignored, and a dropped question's
// answer too.
import { describe, expect, it } from "vitest";
import { latestOnly } from "~/lib/latest-only";

/** Answers shown in the order they arrive, each through the guard of the question that asked it. */
function shown(arrivals: Array<[question: number, answer: string]>, dropAfterAsking?: number) {
  const latest = latestOnly();
  const questions: Array<() => boolean> = [];
  for (let i = 0; i < 3; i++) {
    questions.push(latest());
    if (dropAfterAsking === i) latest();
  }
  const out: string[] = [];
  for (const [question, answer] of arrivals) if (questions[question]()) out.push(answer);
  return out;
}

describe("latestOnly", () => {
  it("keeps the last question's answer and ignores an older one arriving after it", () => {
    expect(
      shown([
        [2, "new"],
        [0, "old"],
        [1, "older"],
      ]),
    ).toEqual(["new"]);
    expect(
      shown([
        [0, "old"],
        [1, "older"],
        [2, "new"],
      ]),
    ).toEqual(["new"]);
  });

  it("ignores every answer once a question that is never answered is asked after them (a discard)", () => {
    expect(
      shown(
        [
          [2, "new"],
          [0, "old"],
        ],
        2,
      ),
    ).toEqual([]);
  });

  it("keeps guards apart: one per question, one sequence per guard", () => {
    const a = latestOnly();
    const b = latestOnly();
    const first = a();
    b();
    expect(first()).toBe(true);
    a();
    expect(first()).toBe(false);
  });
});
