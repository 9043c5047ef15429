// A dropped or chosen file → evidence text, in the browser only. The size is checked before anything is read, then
// the first chunk is checked for NUL bytes (a binary file is not text evidence); only then is the file read whole.
// The checks and messages are the server's too (app/evidence/file-text.ts); here they name the file (the user chose
// it) and never quote its content.
import {
  MAX_FILE_BYTES,
  SNIFF_BYTES,
  binaryMessage,
  emptyMessage,
  finishFileText,
  looksBinary,
  oversizeMessage,
  unreadableMessage,
  utf16Encoding,
} from "~/evidence/file-text";

export { MAX_FILE_BYTES };

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

export async function readEvidenceFile(file: FileLike): Promise<FileReadResult> {
  const name = file.name || "unnamed file";
  const subject = quoted(name);
  if (file.size > MAX_FILE_BYTES) return { ok: false, name, message: oversizeMessage(subject, file.size) };
  if (file.size === 0) return { ok: false, name, message: emptyMessage(subject) };
  try {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const utf16 = utf16Encoding(head);
    let text: string;
    if (utf16) {
      const buffer = file.arrayBuffer ? await file.arrayBuffer() : await file.slice(0, file.size).arrayBuffer();
      text = new TextDecoder(utf16).decode(buffer);
    } else if (looksBinary(head)) {
      return { ok: false, name, message: binaryMessage(subject) };
    } else {
      // Blob.text() decodes UTF-8 and puts U+FFFD where the bytes are not valid UTF-8.
      text = await file.text();
    }
    const result = finishFileText(subject, text);
    return result.ok ? { ...result, name, size: file.size } : { ok: false, name, message: result.message };
  } catch {
    return { ok: false, name, message: unreadableMessage(subject) };
  }
}
