// Reading a request body without trusting its size. A declared Content-Length past the limit is refused at once;
// a body without one (chunked) is counted while it streams. Past the limit the rest is read and dropped rather than
// cancelled: cancelling destroys the socket, and a client still sending would see a connection reset instead of
// the 413. Draining stops (and the connection is cut) only past a second limit, so an endless body cannot hold on.
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is over ${Math.floor(maxBytes / 1048576)} MB.`);
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

export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes)
    throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      chunks.length = 0;
      await drain(reader).catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
