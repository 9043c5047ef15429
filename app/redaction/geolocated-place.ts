// A ticket system's or an identity provider's record of where a request came from (Zendesk's comment metadata, a
// sign-in log's location, an IP lookup): a town written out beside the latitude and longitude it was located at (or
// beside them nested: `geoCoordinates: {latitude, longitude}`; ipinfo's `loc: "39.1,-94.5"`). A town smaller
// than a state identifies a person as an address does, and so do the coordinates themselves; a `location` without
// coordinates (a server's region, a file's path) stays.
import { objGet, objGetString, objHasLower, type JObject } from "./json-ast";

const PLACE_KEYS = new Set(["location", "city", "town"]);

/** Members that hold the coordinates nested (Graph `signIns`: `geoCoordinates: {latitude, longitude}`). */
const NESTED_COORDINATES = ["geoCoordinates", "coordinates", "geo", "geolocation", "geoLocation"];

/** Whether the value under `lowerKey` (lower case) of `parent` is a geolocated place. */
export function isGeolocatedPlace(lowerKey: string, parent: JObject): boolean {
  if (!PLACE_KEYS.has(lowerKey)) return false;
  if (hasCoordinates(parent) || NESTED_COORDINATES.some((k) => nestedCoordinates(parent, k))) return true;
  // ipinfo's `"loc": "39.1,-94.5"`.
  return /^\s*-?\d{1,3}(?:\.\d+)?\s*,\s*-?\d{1,3}(?:\.\d+)?\s*$/.test(objGetString(parent, "loc") ?? "");
}

function hasCoordinates(node: JObject): boolean {
  const has = (a: string, b: string) => objHasLower(node, a) || objHasLower(node, b);
  return has("latitude", "lat") && (has("longitude", "lon") || objHasLower(node, "lng"));
}

function nestedCoordinates(parent: JObject, key: string): boolean {
  const node = objGet(parent, key);
  return node?.t === "o" && hasCoordinates(node);
}

const COORDINATE_KEYS = new Set(["latitude", "longitude", "lat", "lon", "lng"]);
const COORDINATE_HOLDERS = new Set(NESTED_COORDINATES.map((k) => k.toLowerCase()));
/** Records of where a request came from that nest the coordinates beside the town (Graph `signIns`' `location`,
 *  Okta's `geographicalContext`). */
const LOCATED_RECORDS = new Set(["location", "geographicalcontext"]);

/** The caller's address in a record that located it (an IP lookup's `{"ip", "city", "latitude", …}`), any case. */
const LOCATED_ADDRESS_KEYS = ["ip", "ipaddress", "ip_address", "clientip", "client_ip", "callerip", "sourceipaddress"];

/** Whether a number under `lowerKey` (lower case) is where a person was located: a latitude or a longitude beside the
 *  town of a record of where a request came from (under `location`, or beside the caller's address), or nested under
 *  the coordinates of such a record (`location: {city, geoCoordinates: {latitude, …}}`). Coordinates of anything else
 *  (a clinic's beside its city, a weather answer's, a post's `geo`, a chart's axis) stay. */
export function isPlacesCoordinate(
  lowerKey: string,
  holder: string | undefined,
  holderKey: string | undefined,
  parent: JObject | undefined,
): boolean {
  if (!COORDINATE_KEYS.has(lowerKey) || parent === undefined) return false;
  if (objHasLower(parent, "city") || objHasLower(parent, "town"))
    return (
      LOCATED_RECORDS.has((holder ?? "").toLowerCase()) || LOCATED_ADDRESS_KEYS.some((k) => objHasLower(parent, k))
    );
  return COORDINATE_HOLDERS.has((holder ?? "").toLowerCase()) && LOCATED_RECORDS.has((holderKey ?? "").toLowerCase());
}
