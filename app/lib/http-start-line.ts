// The first line of an HTTP message: a request line (`GET /r4/Patient HTTP/1.1`) or a status line (`HTTP/1.1 200 OK`).
// One method list and one version shape for every reader that looks for where a message starts.

/** The request methods people paste: RFC 9110's and PATCH (RFC 5789), upper case as on the wire. */
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT"] as const;

/** Regex source for one of HTTP_METHODS (a group that captures nothing). */
export const METHOD_SOURCE = `(?:${HTTP_METHODS.join("|")})`;
/** Regex source for the protocol version: `HTTP/1.1`, `HTTP/2`. */
export const VERSION_SOURCE = String.raw`HTTP\/\d(?:\.\d)?`;

// Method, a bounded request target, the version; or the version and a three-digit status. What follows is white space,
// a JSON string's escaped line end (`\r\n` in a NetLog "line" value) or the end of the text.
const START_LINE_SOURCE = String.raw`(?:${METHOD_SOURCE} \S{1,2048} ${VERSION_SOURCE}|${VERSION_SOURCE} \d{3})(?=\s|\\[rn]|$)`;
const AT_START = new RegExp(`^${START_LINE_SOURCE}`);
const ANYWHERE = new RegExp(START_LINE_SOURCE);

/** Does `text` begin with a request line or a status line that names its HTTP version? */
export const startsWithHttpStartLine = (text: string): boolean => AT_START.test(text);

/** Where the first request line or status line (with its HTTP version) begins in `text`, or -1. */
export const indexOfHttpStartLine = (text: string): number => ANYWHERE.exec(text)?.index ?? -1;
