// An HTTP answer as plain data: what the heavy work (redaction, diagnosis, export) returns, so the same code can run
// on the request thread or in a worker thread (structured clone: strings and bytes only) and become a Response at
// the route.
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export function jsonAnswer(body: unknown, status = 200, headers: Record<string, string> = {}): Answer {
  return {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
    body: JSON.stringify(body),
  };
}

/** The answer with its body as UTF-8 bytes in a buffer of their own (what a worker can transfer instead of copy). */
export function answerBytes(answer: Answer): Answer {
  const { body } = answer;
  if (typeof body === "string") return { ...answer, body: new TextEncoder().encode(body) };
  const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
  return own ? answer : { ...answer, body: body.slice() };
}

export function toResponse(answer: Answer): Response {
  return new Response(answer.body as string | Uint8Array<ArrayBuffer>, {
    status: answer.status,
    headers: answer.headers,
  });
}
