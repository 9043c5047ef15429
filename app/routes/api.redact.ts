// POST /api/redact — JSON in ({text} or {items}), redacted JSON out. 400 bad JSON/shape, 413 past 50 MB; the work
// runs in the server's worker pool (413/503 past its memory or time budget).
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleJson, methodNotAllowed, readBody } from "~/api/json";
import { runHeavy } from "~/api/heavy.server";

export const loader = () => methodNotAllowed();

export const action = ({ request, context }: ActionFunctionArgs) =>
  handleJson(async () => {
    if (request.method !== "POST") return methodNotAllowed();
    return runHeavy(context, { kind: "redact", body: await readBody(request) });
  });
