// POST /api/diagnose — JSON {ticket?, evidence: [{id?, kind?, text}]} in, the Diagnosis JSON out
// ({findings, scopes, summary, questions}). 400 for bad JSON or shape, 413 past the size limit, 405 for other methods;
// the work runs in the server's worker pool (413/503 past its memory or time budget).
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleJson, methodNotAllowed, readBody } from "~/api/json";
import { runHeavy } from "~/api/heavy.server";

export const loader = () => methodNotAllowed();

export const action = ({ request, context }: ActionFunctionArgs) =>
  handleJson(async () => {
    if (request.method !== "POST") return methodNotAllowed();
    return runHeavy(context, { kind: "diagnose", body: await readBody(request) });
  });
