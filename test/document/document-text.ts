// For tests: all of a document's text, one segment after another (what the leak check reads, segment by segment).
import { documentSegments } from "~/document/document-text";
import type { TicketDocument } from "~/document/types";

export const documentText = (doc: TicketDocument): string =>
  documentSegments(doc)
    .map((s) => s.text)
    .join("\n");
