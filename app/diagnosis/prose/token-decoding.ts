// The app decoding its access token as a JWT and finding none: a JavaScript error reading a claim of the decoded
// token ("Cannot read property 'exp' of null", "Cannot read properties of undefined (reading 'exp')"), or the text
// saying the access token is not a JWT. In OAuth the access token is opaque to the client — many servers issue random
// strings, and any server may change the format — so the failure is the app's, not the server's. Lines are read up to
// 20,000 characters and each pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { readableLine } from "./line-limit";

/** A JavaScript read of the named property on null or undefined. */
const readOfNothing = (property: string) =>
  new RegExp(
    String.raw`\bcannot\s+read\s+propert(?:y|ies)\s+['"\u2018\u2019]?(?:${property})['"\u2018\u2019]?\s+of\s+(?:null|undefined)\b|\bcannot\s+read\s+properties\s+of\s+(?:null|undefined)\s+\(reading\s+['"\u2018\u2019]?(?:${property})['"\u2018\u2019]?\)`,
    "i",
  );
/** Claims only a JWT carries: reading one shows a decoded token on its own. */
const JWT_CLAIM_OF_NOTHING = readOfNothing("exp|iat|nbf|jti");
/**
 * Claims whose names other objects share (a launch's state has iss, a token response has scope): they show a decoded
 * token only on a line that names the token or its decoding.
 */
const SHARED_CLAIM_OF_NOTHING = readOfNothing("aud|iss|sub|scope|scp");
const NAMES_TOKEN = /jwt|decod|access[_\s-]?token/i;
const NOT_A_JWT =
  /\baccess[_\s-]?tokens?\b[^.\n]{0,40}?\b(?:is|are)\s*(?:not|n't)\s+(?:an?\s+|in\s+)?(?:JWTs?|JSON\s+Web\s+Tokens?)\b/i;

/** The first line (1-based) showing the app decoding an access token that is not a JWT; null when none does. */
export function readTokenDecoding(lines: readonly string[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    const line = readableLine(lines[i]);
    const lower = line.toLowerCase();
    if (
      (lower.includes("cannot read") &&
        (JWT_CLAIM_OF_NOTHING.test(line) || (NAMES_TOKEN.test(line) && SHARED_CLAIM_OF_NOTHING.test(line)))) ||
      // Told of this app's token, not quoted from the docs as a rule ("the access token is not a JWT, never parse it").
      (lower.includes("jwt") && toldMatch(NOT_A_JWT, line) !== null)
    )
      return i + 1;
  }
  return null;
}
