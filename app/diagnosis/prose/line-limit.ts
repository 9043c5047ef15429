// The longest line the line readers read: a log line, a JSON string or a pasted URL fits; the rest of a longer one (a
// minified document on one line) is left to the structured readers, so every per-line pattern stays bounded.
export const MAX_LINE = 20_000;

/** The part of a line the line readers read. */
export const readableLine = (line: string): string => (line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
