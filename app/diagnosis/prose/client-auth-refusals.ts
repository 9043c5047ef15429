// Refusals of the client's own authentication at the token endpoint, in words rather than as invalid_client: "Client
// ID is required in the Authorization header for confidential apps", "client authentication failed", "missing client
// credentials". The grant may be fine: how the app identifies itself is not. A public (PKCE) client's description ("no
// client credentials", "no client authentication at the token endpoint") is no refusal: a verb of refusal must say
// it, and "no client authentication failed alerts" names none. Lines are read up to 20,000 characters
// and the pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { firstRefusals, type NamedRefusal } from "./named-refusals";

const CLIENT = String.raw`client[_\s-]?(?:id|credentials?|authentication|secret)`;

const CLIENT_AUTH_REFUSED = new RegExp(
  [
    String.raw`\b${CLIENT}\s+(?:is\s+|are\s+)?(?:required|missing|expected)\s+in\s+(?:the\s+)?authori[sz]ation\s+header\b`,
    String.raw`(?<!\bno\s)\bclient\s+authentication\s+(?:has\s+)?(?:failed|(?:is\s+)?required|missing)\b(?!\s+(?:alerts?|events?|logs?|errors?|warnings?|counts?|metrics?)\b)`,
    String.raw`\b(?:missing|invalid)\s+client\s+(?:authentication|credentials)\b`,
  ].join("|"),
  "i",
);

export const readClientAuthRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [
    ["client-auth", (line) => /client/i.test(line) && toldMatch(CLIENT_AUTH_REFUSED, line) !== null],
  ]);
