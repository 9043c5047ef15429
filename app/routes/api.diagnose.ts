// POST /api/diagnose — JSON {ticket?, evidence: [{id?, kind?, text}]} in, the Diagnosis JSON out
// ({findings, scopes, summary, questions}). 400 for bad JSON or shape, 413 past the size limit, 405 for other methods.
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleJson, jsonResponse, methodNotAllowed, readJson } from "~/api/json";
import { diagnose } from "~/diagnosis/diagnose";
import { diagnoseRequestSchema } from "~/diagnosis/request-schema";

export const loader = () => methodNotAllowed();

export const action = ({ request }: ActionFunctionArgs) =>
  handleJson(async () => {
    if (request.method !== "POST") return methodNotAllowed();
    const body = await readJson(request, diagnoseRequestSchema);
    return jsonResponse(diagnose({ ticket: body.ticket ?? undefined, evidence: body.evidence }));
  });
