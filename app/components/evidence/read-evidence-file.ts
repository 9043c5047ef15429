// A dropped or chosen file → evidence text, in the browser only. The size is checked before anything is read, then
// the first chunk is checked for NUL bytes (a binary file is not text evidence); only then is the file read whole.
// Messages name the file (the user chose it) and never quote its content.
import { MAX_RAW_EVIDENCE_BYTES, megabytes } from "~/ticket/limits";
import { formatSize } from "./format";

export const MAX_FILE_BYTES = MAX_RAW_EVIDENCE_BYTES;
const SNIFF_BYTES = 8 * 1024;

/** What the reader needs of a File (a DOM File has all of it). */
export interface FileLike {
  name: string;
  size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  text(): Promise<string>;
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export type FileReadResult =
  | { ok: true; name: string; size: number; text: string; warnings: string[] }
  | { ok: false; name: string; message: string };

const quoted = (name: string) => `“${name.length > 120 ? `${name.slice(0, 117)}…` : name}”`;

export const oversizeMessage = (name: string, size: number) =>
  `${quoted(name)} is ${formatSize(size)}: the limit is ${megabytes(MAX_FILE_BYTES)} a file. It was not added (nothing else changed). Export only the failing requests, or split the file.`;

export const binaryMessage = (name: string) =>
  `${quoted(name)} looks like a binary file, not text evidence. It was not added. Export it as text (HAR, JSON, a log) and add that.`;

export const emptyMessage = (name: string) => `${quoted(name)} is empty. It was not added.`;

export const unreadableMessage = (name: string) => `${quoted(name)} could not be read. It was not added.`;

export const invalidUtf8Warning = (name: string) =>
  `Some bytes of ${quoted(name)} are not valid UTF-8: they are shown as �. Check that it is the text you meant to add.`;

/** UTF-16 text (a BOM, then every other byte NUL for ASCII) is text, not binary. */
function utf16Encoding(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return null;
}

export async function readEvidenceFile(file: FileLike): Promise<FileReadResult> {
  const name = file.name || "unnamed file";
  if (file.size > MAX_FILE_BYTES) return { ok: false, name, message: oversizeMessage(name, file.size) };
  if (file.size === 0) return { ok: false, name, message: emptyMessage(name) };
  try {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const utf16 = utf16Encoding(head);
    if (utf16) {
      const buffer = file.arrayBuffer ? await file.arrayBuffer() : await file.slice(0, file.size).arrayBuffer();
      const text = new TextDecoder(utf16).decode(buffer);
      return finish(name, file.size, text);
    }
    if (head.includes(0)) return { ok: false, name, message: binaryMessage(name) };
    // Blob.text() decodes UTF-8 and puts U+FFFD where the bytes are not valid UTF-8.
    return finish(name, file.size, await file.text());
  } catch {
    return { ok: false, name, message: unreadableMessage(name) };
  }
}

function finish(name: string, size: number, text: string): FileReadResult {
  if (!text.trim()) return { ok: false, name, message: emptyMessage(name) };
  const warnings = text.includes("\uFFFD") ? [invalidUtf8Warning(name)] : [];
  return { ok: true, name, size, text, warnings };
}
