import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// A test that makes the code log an unexpected error fails: noise hides bugs (epic-stack's habit).
let spy: MockInstance<typeof console.error>;
beforeEach(() => {
  spy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockRestore();
  if (calls.length > 0) {
    throw new Error(`console.error was called: ${calls.map((c) => c.map(String).join(" ")).join("\n")}`);
  }
});
