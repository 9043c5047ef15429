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

export function toResponse(answer: Answer): Response {
  const body = typeof answer.body === "string" ? answer.body : answer.body.slice();
  return new Response(body, { status: answer.status, headers: answer.headers });
}
