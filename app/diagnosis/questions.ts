// Questions for Oracle Health support: precise, quoting the App ID, Client ID, tenant, correlation IDs and times —
// only real ones (placeholders and malformed IDs are left out: support cannot trace them).
import type { Finding } from "./types";
import type { Facts, IdentifierFact } from "./facts-model";
import { droppedScopes, scopeFailures, coveredFailures } from "./analysis";
import { formatProblem, placeholderProblem } from "./rules/identifier-checks";
import { SANDBOX_TENANT } from "~/ticket/choices";
import { list } from "./finding";
import { isoOf } from "./time";
import { epochMs } from "./time";

const real = (id: IdentifierFact): boolean => !placeholderProblem(id) && !formatProblem(id);

export function supportQuestions(f: Facts, findings: Finding[]): string[] {
  const codes = new Set(findings.map((x) => x.code));
  const realIds = f.identifiers.filter(real);
  const appId = realIds.find((i) => i.kind === "app-id")?.value;
  const clientId = realIds.find((i) => i.kind === "client-id")?.value;
  const tenant = f.tenant;
  const who = [appId ? `App ID ${appId}` : null, clientId ? `Client ID ${clientId}` : null].filter(Boolean).join(", ");
  const app = who ? `our app (${who})` : "our app";
  const onTenant = tenant ? ` on tenant ${tenant}${tenant === SANDBOX_TENANT ? " (the public sandbox)" : ""}` : "";
  const when = (ms: number | null) => (ms !== null ? ` at ${isoOf(ms)}` : "");
  const exampleTime = (() => {
    const t = f.ticket.examples.map((e) => epochMs(e.occurredAt)).find((x) => x !== null);
    return t ?? null;
  })();
  const traced = (
    ids: { xRequestId?: string; correlationId?: string; opcRequestId?: string },
    fallback: string,
  ): string => {
    const parts: string[] = [];
    const ok = (kind: IdentifierFact["kind"], value?: string) =>
      value && real({ kind, value, source: { itemId: "", location: "" } });
    if (ok("x-request-id", ids.xRequestId)) parts.push(`X-Request-Id ${ids.xRequestId}`);
    if (ok("cerner-correlation-id", ids.correlationId)) parts.push(`Cerner-Correlation-Id ${ids.correlationId}`);
    if (ok("opc-request-id", ids.opcRequestId)) parts.push(`opc-request-id ${ids.opcRequestId}`);
    return parts.length ? `${fallback} (${parts.join(", ")})` : fallback;
  };
  const questions: string[] = [];
  const tokenRequest = f.tokenRequests.find((t) => t.ids.correlationId || t.time) ?? null;
  const tokenRef = tokenRequest ? traced(tokenRequest.ids, `the token request${when(tokenRequest.time)}`) : null;
  const textCorrelation = realIds.find(
    (i) =>
      i.kind === "cerner-correlation-id" &&
      i.source.itemId !== "ticket" &&
      !f.tokenRequests.some((t) => t.ids.correlationId === i.value),
  );
  const failing = scopeFailures(f)[0];
  const failingRef = failing
    ? traced(
        failing.ids,
        `the refused ${failing.interaction.describe.split("?")[0]} request${when(failing.time ?? exampleTime)}`,
      )
    : null;
  const ticketIds = f.ticket.examples[0];
  const exampleRef =
    !failingRef && ticketIds
      ? traced(
          {
            xRequestId: ticketIds.xRequestId,
            correlationId: ticketIds.cernerCorrelationId,
            opcRequestId: ticketIds.opcRequestId,
          },
          `our example${when(exampleTime)}`,
        )
      : null;

  if (codes.has("PROVISIONING_QUESTION")) {
    const drops = droppedScopes(f)
      .filter((d) => !d.explainedBy && d.scope.kind === "resource")
      .map((d) => d.scope.normalised);
    const since = f.scopesChangedAt !== null ? ` since ${isoOf(f.scopesChangedAt)}` : "";
    const evidence = [
      tokenRef ?? (textCorrelation ? `the token request (Cerner-Correlation-Id ${textCorrelation.value})` : null),
      failingRef ?? exampleRef,
    ].filter(Boolean);
    questions.push(
      `${cap(app)} has ${list(drops)} registered in Code Console${since}, but tokens${onTenant} are issued without it${evidence.length ? ` — see ${evidence.join(" and ")}` : ""}. Does a scope added to an app in Code Console reach a client domain where the app is already provisioned automatically, or must the health system re-provision or re-map the app (or log an SR)?`,
    );
    questions.push(
      `Which scopes are currently provisioned for Client ID ${clientId ?? "(our client ID)"}${onTenant}, and does that list include ${list(drops)}?`,
    );
  } else if (codes.has("SCOPE_NOT_GRANTED") && tokenRef) {
    const drops = droppedScopes(f)
      .filter((d) => !d.explainedBy)
      .map((d) => d.scope.normalised);
    if (drops.length)
      questions.push(
        `Why was ${list(drops.slice(0, 3))} not granted to ${app}${onTenant} in ${tokenRef}, although the scope is registered on the app?`,
      );
  }
  if (codes.has("EMPTY_SCOPES"))
    questions.push(
      `Which scopes is ${clientId ? `Client ID ${clientId}` : "our client"} authorized for${onTenant}? ${cap(tokenRef ?? "the token request")} failed with empty-scopes.`,
    );
  if (codes.has("CLIENT_NOT_ON_TENANT"))
    questions.push(
      `Is ${clientId ? `Client ID ${clientId}` : "our client"} provisioned${onTenant || " on the tenant"}? ${cap(tokenRef ?? failingRef ?? "our request")} was refused as not authorized for the tenant.`,
    );
  for (const e of f.errors) {
    if (!e.error.instance || !codes.has("KNOWN_ERROR_CODE") || !e.error.urn) continue;
    const q = `What caused error instance ${e.error.instance} (${e.error.urn})${when(e.time)} for ${app}${onTenant}?`;
    if (!questions.includes(q)) questions.push(q);
  }
  for (const r of coveredFailures(f).slice(0, 1)) {
    questions.push(
      `${cap(traced(r.ids, `the ${r.interaction.describe.split("?")[0]} request${when(r.time)}`))} was refused with ${r.status ?? 403} although the token holds the scope it needs: is Millennium security filtering (persona, privileges, organization) refusing it${onTenant}?`,
    );
  }
  return questions.slice(0, 6);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
