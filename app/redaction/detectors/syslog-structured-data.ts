// RFC 5424 syslog's structured data, as rsyslog, syslog-ng and appliances print it: `[auth@32473 user="jdoe"
// client_id="abc" result="denied"][origin@32473 ip="…"]` between the header and the message. A param whose name says
// it holds a login (`user`, `username`, `account`, `suser`) loses a person's login; the SD-ID, the other params and
// the message stay (a secret-named param is the key=value reader's, an address the address detector's). Each element
// is read character by character once, a value to its unescaped quote (`\"`, `\]` and `\\` are escapes), on one line.
import { each, type PhiSpan } from "./phi-span";
import { LOGIN_KEYS, isNoLoginUnder, isPersonsLogin } from "./nobodys-login";

/** An SD-ID (`name@enterprise-number` or a registered name) followed by its first param's name and `="`. */
const ELEMENT = /\[(?:[A-Za-z][\w.-]{0,31}@\d{1,10}|[A-Za-z][\w.-]{0,31}) (?=[A-Za-z_][\w.-]{0,31}=")/g;
/** Param names that hold a login in structured data (lower case): the login keys, and `user` or an account. */
const LOGIN_PARAMS = new Set([
  ...LOGIN_KEYS,
  "user",
  "usr",
  "account",
  "acct",
  "suser",
  "duser",
  "src_user",
  "dst_user",
]);

export const structuredDataCue = (text: string): boolean => text.includes('="') && text.includes("[");

export function findStructuredDataLogins(text: string, out: PhiSpan[]): void {
  // Each element is read once: the next one is looked for after what was read, whether it closed or not.
  each(ELEMENT, text, (m) => {
    ELEMENT.lastIndex = Math.max(ELEMENT.lastIndex, readParams(text, m.index + m[0].length, out));
  });
}

/** Reads ` name="value"` params from `i` to the element's `]` (or to where it stops being one); returns where it stopped. */
function readParams(text: string, i: number, out: PhiSpan[]): number {
  for (;;) {
    const nameStart = i;
    while (i < text.length && i - nameStart <= 32 && /[\w.-]/.test(text[i])) i++;
    if (i === nameStart || text[i] !== "=" || text[i + 1] !== '"') return i;
    const name = text.slice(nameStart, i).toLowerCase();
    i += 2;
    const valueStart = i;
    while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
    if (text[i] !== '"') return i;
    const value = text.slice(valueStart, i);
    if (LOGIN_PARAMS.has(name) && isPersonsLogin(value) && !isNoLoginUnder(name, value))
      out.push({ start: valueStart, end: i, type: "user_name" });
    i++;
    if (text[i] !== " ") return i;
    i++;
  }
}
