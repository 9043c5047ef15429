// A file's bytes → evidence text, the same checks in the browser (a dropped or chosen file) and on the server (a file
// posted by the no-JavaScript form): at most 50 MB, not empty, not binary (a NUL byte in the first 8 KiB, unless a
// UTF-16 byte-order mark says it is text), decoded as UTF-8 with a warning where bytes are not valid UTF-8.
// Messages name the file by a `subject` the caller chooses (its quoted name in the browser, its position and size on
// the server) and never quote its content. Pure: no DOM, no Node.

import { MAX_RAW_EVIDENCE_BYTES, megabytes } from "~/ticket/limits";

export const MAX_FILE_BYTES = MAX_RAW_EVIDENCE_BYTES;
/** How much of the start of a file is looked at for NUL bytes. */
export const SNIFF_BYTES = 8 * 1024;

export type FileTextResult = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

/** "512 bytes", "2.5 KB", "830 KB", "12.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const oversizeMessage = (subject: string, size: number) =>
  `${subject} is ${formatSize(size)}: the limit is ${megabytes(MAX_FILE_BYTES)} a file. It was not added (nothing else changed). Export only the failing requests, or split the file.`;

export const binaryMessage = (subject: string) =>
  `${subject} looks like a binary file, not text evidence. It was not added. Export it as text (HAR, JSON, a log) and add that.`;

export const emptyMessage = (subject: string) => `${subject} is empty. It was not added.`;

export const unreadableMessage = (subject: string) => `${subject} could not be read. It was not added.`;

export const invalidUtf8Warning = (subject: string) =>
  `Some bytes of ${subject} are not valid UTF-8: they are shown as �. Check that it is the text you meant to add.`;

/** UTF-16 text (a BOM, then every other byte NUL for ASCII) is text, not binary. */
export function utf16Encoding(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return null;
}

/** A NUL byte near the start (and no UTF-16 mark): a binary file. */
export const looksBinary = (head: Uint8Array) => utf16Encoding(head) === null && head.includes(0);

/** The decoded text of a file that passed the checks: empty text is refused, invalid UTF-8 warned about. */
export function finishFileText(subject: string, text: string): FileTextResult {
  if (!text.trim()) return { ok: false, message: emptyMessage(subject) };
  const warnings = text.includes("\uFFFD") ? [invalidUtf8Warning(subject)] : [];
  return { ok: true, text, warnings };
}

/** The whole check on bytes already in memory (the server's multipart upload). Linear in the file's size. */
export function fileTextFromBytes(subject: string, bytes: Uint8Array): FileTextResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, message: oversizeMessage(subject, bytes.byteLength) };
  if (bytes.byteLength === 0) return { ok: false, message: emptyMessage(subject) };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (looksBinary(head)) return { ok: false, message: binaryMessage(subject) };
  try {
    return finishFileText(subject, new TextDecoder(utf16Encoding(head) ?? "utf-8").decode(bytes));
  } catch {
    return { ok: false, message: unreadableMessage(subject) };
  }
}
