// The zone people write after a time — `Z`, `-05:00`, `UTC+2`, `CDT`, `Central`, `(Central Daylight Time)` — read
// as an offset from UTC. US zone names without "standard" or "daylight" (`Central`, `CT`) follow the US daylight-saving
// rule for the date they are written with, and so do EST, CST and PST, which most people write for their local time all
// year (the reader says so when that moves the hour). Abbreviations with several meanings (IST: India, Ireland or Israel) are not
// guessed.
import { lookupTable } from "~/lib/lookup-table";

export type ZoneReading =
  | { kind: "none" }
  | { kind: "offset"; minutes: number }
  | { kind: "us"; standardMinutes: number }
  | { kind: "usStandard"; standardMinutes: number; name: string; daylightName: string }
  | { kind: "ambiguous"; name: string }
  | { kind: "unknown" };

/** Minutes east of UTC of the abbreviations read as one zone. */
const FIXED = lookupTable<number>({
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  edt: -240,
  cdt: -300,
  // Arizona keeps MST all year: written in summer it is as likely that as Mountain local time, so it stays literal.
  mst: -420,
  mdt: -360,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  bst: 60,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  awst: 480,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
});

/** Standard offsets of the US zones written by name or as ET/CT/MT/PT. */
const US: Record<string, number> = {
  eastern: -300,
  et: -300,
  central: -360,
  ct: -360,
  mountain: -420,
  mt: -420,
  pacific: -480,
  pt: -480,
};

/** The US standard-time abbreviations, with the daylight one people mean by them in summer. */
const US_STANDARD: Record<string, { standardMinutes: number; daylightName: string }> = {
  est: { standardMinutes: -300, daylightName: "EDT" },
  cst: { standardMinutes: -360, daylightName: "CDT" },
  pst: { standardMinutes: -480, daylightName: "PDT" },
};

const AMBIGUOUS = new Set(["ist", "ast", "gst", "sst", "cat", "amt"]);

const OFFSET = /^(?:utc|gmt|ut)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/;
const US_NAME = /^(eastern|central|mountain|pacific|[ecmp]t)(?:\s+(standard|daylight))?(?:\s+time)?$/;
const PARENTHESISED = /\s*\(([^()]{1,40})\)$/;

/** The zone written after a time (already cut from it). */
export function readZone(text: string): ZoneReading {
  let zone = text.trim().toLowerCase().replace(/\s+/g, " ");
  // `GMT-0500 (Central Daylight Time)`, `-0500 (Wed, 12 Nov 2014)`: the offset decides; a name alone in brackets is
  // the zone.
  const named = PARENTHESISED.exec(zone);
  if (named) zone = zone.slice(0, named.index).trim() || named[1].trim();
  if (!zone) return { kind: "none" };
  const offset = OFFSET.exec(zone);
  if (offset) {
    const [, sign, hours, minutes = "0"] = offset;
    if (+hours > 14 || +minutes > 59) return { kind: "unknown" };
    return { kind: "offset", minutes: (sign === "+" ? 1 : -1) * (+hours * 60 + +minutes) };
  }
  const fixed = FIXED[zone];
  if (fixed !== undefined) return { kind: "offset", minutes: fixed };
  if (Object.hasOwn(US_STANDARD, zone)) return { kind: "usStandard", name: zone.toUpperCase(), ...US_STANDARD[zone] };
  const us = US_NAME.exec(zone);
  if (us) {
    const standard = US[us[1]];
    if (!us[2]) return { kind: "us", standardMinutes: standard };
    // Spelled out, a standard time is what people write for their local time all year, as its abbreviation is.
    if (us[2] === "standard" && us[1].length > 2 && us[1] !== "mountain") {
      const name = us[1][0].toUpperCase() + us[1].slice(1);
      return {
        kind: "usStandard",
        standardMinutes: standard,
        name: `${name} Standard Time`,
        daylightName: `${name} Daylight Time`,
      };
    }
    return { kind: "offset", minutes: us[2] === "daylight" ? standard + 60 : standard };
  }
  if (AMBIGUOUS.has(zone)) return { kind: "ambiguous", name: zone.toUpperCase() };
  return { kind: "unknown" };
}

/**
 * Whether a US wall-clock time is in daylight-saving time under the rule in force since 2007: from 02:00 on the second
 * Sunday of March to 02:00 on the first Sunday of November. "changing" for the hour the clocks skip (02:00–02:59 in
 * March: no such time) or repeat (01:00–01:59 in November: two such times).
 */
export function usDaylight(year: number, month: number, day: number, hour: number): boolean | "changing" {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(year, month - 1, 1)).getUTCDay()) % 7);
  const change = month === 3 ? firstSunday + 7 : firstSunday;
  if (day === change && hour === (month === 3 ? 2 : 1)) return "changing";
  const afterChange = day > change || (day === change && hour >= 2);
  return month === 3 ? afterChange : !afterChange;
}
