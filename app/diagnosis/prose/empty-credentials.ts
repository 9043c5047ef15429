// An Authorization header sent with no credential in it, as people paste it: curl's empty-header syntax
// (-H 'Authorization;' sends the header with no value), a header whose value stops at its name
// ('Authorization:' closed at once, "Authorization": ""), or a bearer token the app never had ("Bearer undefined", "Bearer
// null", "Bearer " then a quote). The server then refuses the call as unauthenticated, whatever the token endpoint
// returned. Lines are read up to 20,000 characters and each pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { readableLine } from "./line-limit";

const EMPTY_AUTHORIZATION = new RegExp(
  [
    // curl: a header name followed by ";" and nothing else sends it empty.
    String.raw`(?:^|\s)(?:-H|--header)\s{0,3}=?\s{0,3}['"]?Authorization\s{0,3};\s{0,3}(?:['"]|\s|$)`,
    // A header argument or map entry whose value is nothing: 'Authorization:' closed at once, "Authorization": "".
    String.raw`\bAuthorization['"]?\s{0,3}:\s{0,3}(?:""|''|['"](?:\s|[,)\]}]|$))`,
    // A bearer token the app never had, or a scheme with nothing after it before the quote closes — and nothing after
    // the quote but the end of the entry or of the curl argument: "Bearer " + token builds the header from a variable.
    String.raw`\bBearer\s{1,3}(?:undefined|null|None|nil|\$\{?\s{0,3}\}?)(?=$|[\s'"\`,)\]}])`,
    String.raw`\bAuthorization['"]?\s{0,3}[:=]\s{0,3}['"]?Bearer\s{0,3}['"](?=\s{0,3}(?:$|[,;)\]}\\]|-{1,2}\w|['"]?https?:))`,
  ].join("|"),
  "i",
);

/** The first line (1-based) showing an Authorization header sent without a credential; null when none does. */
export function readEmptyAuthorization(lines: readonly string[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    const line = readableLine(lines[i]);
    // Told as what was sent: not a rule quoted from the docs ("sending Bearer undefined returns a 401") nor a cause
    // told as fixed ("we were sending Bearer undefined, now it works").
    if (/authori[sz]ation|bearer/i.test(line) && toldMatch(EMPTY_AUTHORIZATION, line)) return i + 1;
  }
  return null;
}
