// POST /api/redact — JSON in ({text} or {items}), redacted JSON out. 400 bad JSON/shape, 413 past 50 MB.
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleJson, jsonResponse, methodNotAllowed } from "~/api/json";
import { handleRedactRequest } from "~/api/redact";
import { RedactionError } from "~/redaction/redact";
import { ApiError } from "~/api/json";

export const loader = () => methodNotAllowed();

export const action = ({ request }: ActionFunctionArgs) =>
  handleJson(async () => {
    if (request.method !== "POST") return methodNotAllowed();
    try {
      return jsonResponse(await handleRedactRequest(request));
    } catch (error) {
      // Fail closed: no partial text; the message names no evidence.
      if (error instanceof RedactionError) throw new ApiError(500, error.message);
      throw error;
    }
  });
