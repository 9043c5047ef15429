// Tokens broken across lines: a terminal or a mail client wraps a long token, a JSON string is split by a line break.
// Once the first piece of a token has been replaced, the lines that continue it (a run of token characters alone at
// the start of the next line, up to a quote, a comma or the line's end) are part of it and go with it. One pass.
import type { ItemContext } from "./context";
import { isOpcRequestId, isXRequestId } from "~/ticket/identifiers";
import { CLOSE, SENTINEL_SOURCE } from "./placeholders";

/**
 * A continuation: 12+ token characters alone on their line, up to a closing quote, bracket or comma, or the line end.
 * A piece of it may already have been replaced (the sweep took the rest of a JWT's payload for a secret of its own and
 * left the signature after its dot): the placeholder counts as token characters.
 */
const AFTER_SECRET = new RegExp(
  `(${SENTINEL_SOURCE})((?:\\r?\\n[ \\t>]*(?:[A-Za-z0-9._~+/=-]|${SENTINEL_SOURCE}){12,}(?=["'\`,;)\\]}]|\\r?\\n|$))+)`,
  "g",
);
const SECRET_TYPES =
  /^\[REDACTED:(?:access_token|refresh_token|id_token|token|client_assertion|authorization|secret|cookie|basic_auth|encoded_secret|session|api_key|private_key|client_secret|password|authorization_code|code_verifier|dpop_proof)\b/;
const PIECE = /^(\r?\n[ \t>]*)(.*)$/s;

/**
 * A name on a line of its own, as a header table copied with each name above its value lays them out, or a properties
 * file's key without a value: a header's name — words joined by hyphens, all in small letters (`content-type`) or
 * each capitalised or a short capital abbreviation (`X-Request-ID`, `WWW-Authenticate`) —, a dotted property name in
 * small letters (`spring.datasource.ssl`), or a media type of a registered top-level type (`application/fhir+json`).
 * A piece of a token mixes its letters' cases: one that merely splits into one-case words
 * (`qwertyuiopasdf-ZXCVBNMLKJ-hgfd`) is no name.
 */
const HEADER_NAME_OR_MEDIA_TYPE =
  /^(?:[a-z]+(?:[-.][a-z]+){1,8}|(?:[A-Z][a-z]+|[A-Z]{1,4})(?:-(?:[A-Z][a-z]+|[A-Z]{1,4})){1,8}|(?:application|audio|font|image|message|model|multipart|text|video)\/[a-z][a-z0-9.+-]{0,80})$/;

/**
 * A line no token continues into: a request or correlation ID the ticket needs, an assignment (`CLIENT_ID=…` of a
 * .env file) — in a token, `=` is only the padding at its end —, or a header's name or a media type.
 */
export const endsToken = (piece: string): boolean =>
  isXRequestId(piece) || isOpcRequestId(piece) || /=[^=]/.test(piece) || HEADER_NAME_OR_MEDIA_TYPE.test(piece);

export function joinWrappedTokens(text: string, ctx: ItemContext): string {
  if (!text.includes(`${CLOSE}\n`) && !text.includes(`${CLOSE}\r\n`)) return text;
  return text.replace(AFTER_SECRET, (whole, sentinel: string, continuation: string) => {
    const placeholder = ctx.sentinels.textOf(sentinel);
    if (!placeholder || !SECRET_TYPES.test(placeholder)) return whole;
    // The continuation lines are dropped up to a line that cannot continue a token; their line breaks stay, so the
    // text keeps its lines.
    let out = sentinel;
    let joined = true;
    for (const line of continuation.match(/\r?\n[^\r\n]*/g) ?? []) {
      const [, lead, piece] = PIECE.exec(line) ?? ["", line, ""];
      if (joined && endsToken(piece)) joined = false;
      out += joined ? lead : line;
    }
    return out;
  });
}
