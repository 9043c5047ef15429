// A ticket system's or an identity provider's record of where a request came from (Zendesk's comment metadata, a
// sign-in log's location): a town written out beside the latitude and longitude it was located at. A town smaller
// than a state identifies a person as an address does; a `location` without coordinates (a server's region, a file's
// path) stays.
import { objHasLower, type JObject } from "./json-ast";

const PLACE_KEYS = new Set(["location", "city", "town"]);

/** Whether the value under `lowerKey` (lower case) of `parent` is a geolocated place. */
export function isGeolocatedPlace(lowerKey: string, parent: JObject): boolean {
  if (!PLACE_KEYS.has(lowerKey)) return false;
  const has = (a: string, b: string) => objHasLower(parent, a) || objHasLower(parent, b);
  return has("latitude", "lat") && (has("longitude", "lon") || objHasLower(parent, "lng"));
}
