// The product's size limits, in one place: what the wizard, the API, the CLI and the ticket schema accept. Messages
// that name a limit are written from these numbers.

const MiB = 1024 * 1024;

/** Raw evidence taken in at once (a dropped file, a paste, an API body, CLI input): room for a large HAR. */
export const MAX_RAW_EVIDENCE_BYTES = 50 * MiB;

/** One evidence text in a ticket, after redaction and reduction. */
export const MAX_EVIDENCE_TEXT = 8 * MiB;

/** Evidence items in a ticket (and in one API call). */
export const MAX_EVIDENCE_ITEMS = 50;

/** "Also redact these words" and "not personal data": how many, and how long each. */
export const MAX_TERMS = 100;
export const MAX_TERM_LENGTH = 500;

/**
 * A date and time with the line it was copied from (a log line — which may quote a reply's headers —, a mail's "On …
 * wrote:"): longer is not read.
 */
export const MAX_TIMESTAMP_TEXT = 600;

/** A size limit as people say it: "50 MB". */
export const megabytes = (bytes: number): string => `${Math.round(bytes / MiB)} MB`;
