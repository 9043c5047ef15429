// The "Stored as" line under a date and time field, as the server renders it: the instant the ticket will store and,
// when the text could be read another way, how it was read — a user who wrote CST for their summer local time sees
// the hour moved and why, never a silent shift.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoredAs } from "~/components/wizard/stored-as";

const line = (value: string) => renderToString(<StoredAs value={value} />).replace(/<!--.*?-->/g, "");

describe("the Stored as line", () => {
  it("says how a US standard-time abbreviation on a summer date was read", () => {
    const html = line("Aug 14, 2024 10:00 a.m. CST");
    expect(html).toContain("<code>2024-08-14T15:00:00Z</code>");
    expect(html).toMatch(/CST on a daylight-saving date, read as local time \(CDT, UTC−05:00\)/);
  });

  it("shows the instant alone when there was one way to read it", () => {
    expect(line("Jan 14, 2024 10:00 a.m. CST")).toBe("Stored as <code>2024-01-14T16:00:00Z</code>");
  });

  it("reads a time inside the log line it was copied with", () => {
    expect(line("2024-02-11T08:15:03.250Z [INFO] token refused")).toContain("<code>2024-02-11T08:15:03.250Z</code>");
  });

  it("shows the instant of a Java date, whose year comes after the zone, and no line for a log stamp with no zone", () => {
    expect(line("Sun Oct 06 21:04:10 CEST 2024 Exception in thread")).toBe(
      "Stored as <code>2024-10-06T19:04:10Z</code>",
    );
    expect(line("2024-10-06 21:04:10,331 [main] ERROR token refused")).toBe("");
  });
});
