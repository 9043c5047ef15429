// Shared by PLACEHOLDER_IDENTIFIER and IDENTIFIER_FORMAT: the identifier checks of app/ticket/identifiers.ts, by kind.
import {
  clientIdProblem,
  correlationIdProblem,
  opcRequestIdProblem,
  placeholderReason,
  uuidProblem,
  xRequestIdProblem,
} from "~/ticket/identifiers";
import { SANDBOX_TENANT } from "~/ticket/choices";
import type { IdentifierFact, IdentifierKind } from "../facts-model";

export const ID_LABEL: Record<IdentifierKind, string> = {
  "x-request-id": "X-Request-Id",
  "cerner-correlation-id": "Cerner-Correlation-Id",
  "opc-request-id": "opc-request-id",
  "client-id": "Client ID",
  "app-id": "App ID",
  "tenant-id": "tenant ID",
  "error-instance": "error_uri instance",
};

export function formatProblem(id: IdentifierFact): string | null {
  switch (id.kind) {
    case "x-request-id":
      return xRequestIdProblem(id.value);
    case "cerner-correlation-id":
    case "error-instance":
      return correlationIdProblem(id.value);
    case "opc-request-id":
      return opcRequestIdProblem(id.value);
    case "client-id":
      return clientIdProblem(id.value);
    case "app-id":
      return uuidProblem(id.value, "App ID", "c388f6bf-1c33-4566-a5bc-249e990ea2bf");
    case "tenant-id":
      return uuidProblem(id.value, "tenant ID", SANDBOX_TENANT);
  }
}

/** A "Client ID" that is really a secret, a token or an Authorization header: never quoted, always an error. */
export const looksSecret = (id: IdentifierFact): boolean =>
  id.kind === "client-id" && /secret|token|credential/i.test(clientIdProblem(id.value) ?? "");

export const placeholderProblem = (id: IdentifierFact): string | null => placeholderReason(id.value);

/** Identifiers grouped by kind and value (the same ID quoted in several places is one problem). */
export function groupIdentifiers(ids: readonly IdentifierFact[]): IdentifierFact[][] {
  const groups = new Map<string, IdentifierFact[]>();
  for (const id of ids) {
    const key = `${id.kind}\u0000${id.value.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups.values()];
}
