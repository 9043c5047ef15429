// POST /api/redact's work on a validated body: detect kinds, redact with one redactor for all items.
import type { RedactRequest } from "./redact-request";
import { detectKind } from "~/evidence/detect";
import { createRedactor } from "~/redaction/redact";
import { environmentFromOption } from "~/redaction/policy";
import type { RedactedItem } from "~/redaction/types";

export interface RedactResponse {
  items: Array<Pick<RedactedItem, "id" | "kind" | "text" | "findings" | "warnings" | "spans">>;
}

export function redactBody(body: RedactRequest): RedactResponse {
  const items = "items" in body ? body.items : [{ text: body.text, kind: body.kind, id: body.id }];
  const redactor = createRedactor({
    environment: environmentFromOption(body.environment) ?? "sandbox",
    terms: body.terms ?? [],
    restored: body.restored ?? [],
  });
  const redacted = redactor.redactItems(
    items.map((item, i) => ({
      id: item.id ?? `item-${i + 1}`,
      kind: item.kind ?? detectKind(item.text),
      text: item.text,
    })),
  );
  return {
    items: redacted.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      findings: r.findings,
      warnings: r.warnings,
      spans: r.spans,
    })),
  };
}
