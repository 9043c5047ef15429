// Reading a request body without trusting its size. A declared Content-Length past the limit is refused at once;
// a body without one (chunked) is counted while it streams. Past the limit the rest is read and dropped rather than
// cancelled: cancelling destroys the socket, and a client still sending would see a connection reset instead of
// the 413. Draining stops (and the connection is cut) only past a second limit, so an endless body cannot hold on.
import { megabytes } from "~/ticket/limits";

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is over ${megabytes(maxBytes)}.`);
    this.name = "BodyTooLargeError";
  }
}

/** How much past the limit is read and dropped so the client can receive the 413. */
const DRAIN_BYTES = 64 * 1024 * 1024;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    dropped += value.byteLength;
    if (dropped > DRAIN_BYTES) {
      await reader.cancel().catch(() => undefined);
      return;
    }
  }
}

/**
 * The body's bytes in one buffer of its own (so it can be transferred to a worker thread without a copy). With a
 * declared Content-Length the buffer is allocated once and filled as chunks arrive; a chunked body grows it by
 * doubling. Either way no list of chunks is kept beside it, so the body costs its size (twice at most while growing).
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("Content-Length");
  const length = declared !== null && /^\d+$/.test(declared.trim()) ? Number(declared) : null;
  if (length !== null && length > maxBytes) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  let buffer = new Uint8Array(new ArrayBuffer(length ?? 64 * 1024));
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      buffer = new Uint8Array(new ArrayBuffer(0));
      await drain(reader).catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    if (size + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(
        new ArrayBuffer(Math.min(maxBytes, Math.max(buffer.byteLength * 2, size + value.byteLength))),
      );
      grown.set(buffer.subarray(0, size));
      buffer = grown;
    }
    buffer.set(value, size);
    size += value.byteLength;
  }
  // A buffer of exactly the body's size: one copy only when it was grown (or the declared length was wrong).
  return size === buffer.byteLength ? buffer : buffer.slice(0, size);
}
