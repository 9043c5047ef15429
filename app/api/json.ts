// Small helpers for the JSON API routes (POST /api/redact, /api/diagnose, /api/export): a size limit that answers
// 413, bad JSON or a wrong shape that answers 400, and error bodies that never echo the request. Web-standard
// Request/Response only, so a route stays a few lines: parse → call the core → jsonResponse.
import type * as z from "zod/mini";
import { BodyTooLargeError, readBodyBytes } from "./read-body";
import { jsonAnswer, toResponse, type Answer } from "./answer";
import { MAX_RAW_EVIDENCE_BYTES, megabytes } from "~/ticket/limits";
import { fieldErrors } from "~/ticket/schema";

/** The evidence limit of the product (a large HAR). */
export const MAX_REQUEST_BYTES = MAX_RAW_EVIDENCE_BYTES;

/** The error body every API route answers with: a message of ours, and per-field messages for a wrong shape. */
export interface ApiErrorBody {
  error: { status: number; message: string; fields?: Record<string, string> };
}

/** A failure with the HTTP status to answer. The message is ours and never contains request content. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return toResponse(jsonAnswer(body, status, headers));
}

export function errorAnswer(status: number, message: string, fields?: Record<string, string>): Answer {
  const body: ApiErrorBody = { error: { status, message, ...(fields ? { fields } : {}) } };
  return jsonAnswer(body, status);
}

export const errorResponse = (status: number, message: string, fields?: Record<string, string>): Response =>
  toResponse(errorAnswer(status, message, fields));

/** For a route's loader: the API only takes POST. */
export function methodNotAllowed(allowed = "POST"): Response {
  return jsonResponse({ error: { status: 405, message: `Use ${allowed} with a JSON body.` } }, 405, { Allow: allowed });
}

const tooLarge = (maxBytes: number) =>
  new ApiError(413, `The request body is over ${megabytes(maxBytes)}, the limit. Send the failing exchanges only.`);

/**
 * The body's bytes, refusing more than `maxBytes` (see readBodyBytes: declared or streamed, answered 413). Left
 * undecoded: the server hands them to a worker thread as they are (decoding 41 MB takes the request thread seconds).
 */
export async function readBody(request: Request, maxBytes = MAX_REQUEST_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readBodyBytes(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(maxBytes);
    throw error;
  }
}

/** The body as UTF-8 text (see readBody). */
export async function readBodyText(request: Request, maxBytes = MAX_REQUEST_BYTES): Promise<string> {
  return decodeBody(await readBody(request, maxBytes));
}

export const decodeBody = (bytes: Uint8Array): string => new TextDecoder("utf-8", { fatal: false }).decode(bytes);

/** Reads, parses and validates a JSON body; throws ApiError (413 / 400) with a message that never echoes the body. */
export async function readJson<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.output<S>> {
  return parseJsonBody(await readBodyText(request, options.maxBytes ?? MAX_REQUEST_BYTES), schema);
}

/** Parses and validates a JSON body already read; throws ApiError (400) with a message that never echoes it. */
export function parseJsonBody<S extends z.ZodMiniType>(body: string | Uint8Array, schema: S): z.output<S> {
  const text = typeof body === "string" ? body : decodeBody(body);
  if (!text.trim()) throw new ApiError(400, "The request body is empty: send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "The request body is not valid JSON.");
  }
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ApiError(
      400,
      "The request body does not have the expected shape.",
      fieldErrors(result.error, [], "_body"),
    );
  return result.data;
}

/**
 * Runs a route's work and turns failures into JSON errors: ApiError → its status; anything else → 500 with a generic
 * message (the error's text could contain evidence, so it is neither echoed nor logged).
 */
export async function handleJson(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return toResponse(errorAnswerOf(error));
  }
}

/** handleJson for work that answers plain data (see answer.ts). */
export async function answerJson(work: () => Promise<Answer>): Promise<Answer> {
  try {
    return await work();
  } catch (error) {
    return errorAnswerOf(error);
  }
}

function errorAnswerOf(error: unknown): Answer {
  if (error instanceof ApiError) return errorAnswer(error.status, error.message, error.fields);
  return errorAnswer(500, "Internal error: the request could not be processed. Nothing was stored.");
}
