// A transcript's cue text copied without its timing line still names its speaker in the voice tag (review RB, M5).
import { expect, it } from "vitest";
import { redact } from "./lib/redact-text";

it("a voice tag's speaker goes without a timing line, with the same name in the cue", () => {
  const out = redact("<v Max Mustermann>the scope was wrong</v>\n<v Jane Roe>hi Jane Roe</v>");
  expect(out).not.toMatch(/Mustermann|Roe/);
  expect(out).toContain(">the scope was wrong</v>");
});
