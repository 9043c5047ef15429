// Places named with two or more capitalised words — countries, US states, the cities that server regions, offices and
// time zones are named for ("United States", "New York", "Los Angeles", "Hong Kong") — read like a person's first and
// last name to the name detector, in a list above all ("Offices in United States, Los Angeles and San Jose"). A place
// is nobody's personal data unless it is an address's part, which the address detectors read by their own cues. One
// regular-expression pass of literal alternatives: linear in the text.

const PLACES = [
  // Countries and territories.
  "United States",
  "United States of America",
  "United Kingdom",
  "United Arab Emirates",
  "New Zealand",
  "South Africa",
  "South Korea",
  "North Korea",
  "Saudi Arabia",
  "Costa Rica",
  "Puerto Rico",
  "El Salvador",
  "Sri Lanka",
  "Hong Kong",
  "Czech Republic",
  "Dominican Republic",
  "Papua New Guinea",
  // US states.
  "New York",
  "New Jersey",
  "New Mexico",
  "New Hampshire",
  "North Carolina",
  "South Carolina",
  "North Dakota",
  "South Dakota",
  "West Virginia",
  "Rhode Island",
  "District of Columbia",
  // Cities that regions, offices and time zones are named for.
  "Los Angeles",
  "San Francisco",
  "San Jose",
  "San Diego",
  "San Antonio",
  "Santa Clara",
  "Las Vegas",
  "Salt Lake City",
  "Kansas City",
  "Oklahoma City",
  "Mexico City",
  "Panama City",
  "St Louis",
  "St. Louis",
  "Fort Worth",
  "El Paso",
  "Palo Alto",
  "Mountain View",
  "Redwood City",
  "Buenos Aires",
  "Sao Paulo",
  "São Paulo",
  "Rio de Janeiro",
  "Tel Aviv",
  "New Delhi",
  "Kuala Lumpur",
  "Cape Town",
  "Abu Dhabi",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so "United States of America" wins over "United States"; whole words only. */
const PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[...PLACES]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, "[ \\t]"))
    .join("|")})(?![\\p{L}\\p{N}_])`,
  "gu",
);

/** Where the text names a place of several words. */
export function findPlaceNames(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m; m = PLACE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether [start, end) lies inside one of the places (sorted, as findPlaceNames gives them). */
export function insidePlace(
  places: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): boolean {
  let lo = 0;
  let hi = places.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].end <= start) lo = mid + 1;
    else if (places[mid].start > start) hi = mid - 1;
    else return end <= places[mid].end;
  }
  return false;
}
