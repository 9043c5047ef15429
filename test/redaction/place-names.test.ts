// A place's name of two or more capitalised words (a country, a US state, a city a server region or a time zone is
// named for) reads like a person's name in a list ("X, Y and Z"): it stays; a person's name beside it still goes.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";
import { findPlaceNames } from "~/redaction/detectors/place-names";

describe("place names of several words", () => {
  it("stay in a list of places; a person's name in a list of people still goes", () => {
    const out = redact(
      "Meeting Minutes\nAgenda\nOffices in United States, Los Angeles and San Jose.\nCalled back: yes",
    );
    kept(out, "Offices in United States, Los Angeles and San Jose.");
    gone(redact("Agenda\nAttendees: Jane Roe, John Smith and Ann Lee."), "Jane Roe", "John Smith");
  });

  it("stay as a server's region and in a list of regions", () => {
    const out = redact("Regions: New York, Hong Kong and United Kingdom. Contact Jane Roe, John Smith and Ann Lee.");
    kept(out, "New York, Hong Kong and United Kingdom.");
    gone(out, "Jane Roe", "John Smith");
  });

  it("are found as whole words only", () => {
    expect(findPlaceNames("New Yorker United Statesman New York")).toEqual([{ start: 28, end: 36 }]);
  });

  it("finishes on 1 MB of near-misses", () => {
    for (const unit of ["New ", "United Stat", "San San San "]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(Array.isArray(findPlaceNames(text))).toBe(true);
    }
  });
});
