// Redacted evidence with every placeholder highlighted: a <mark> per span, titled with its type ("redacted access
// token") and coloured by category. Very long texts are shown up to `limit` characters (the page stays responsive;
// the whole text still goes into the ticket).
import type { ReactNode } from "react";
import type { RedactedItem } from "~/redaction/types";
import { formatCount, markTitle } from "./format";

export const DISPLAY_LIMIT = 100_000;

interface RedactedTextProps {
  text: string;
  spans: RedactedItem["spans"];
  limit?: number;
}

export function RedactedText({ text, spans, limit = DISPLAY_LIMIT }: RedactedTextProps) {
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const parts: ReactNode[] = [];
  let pos = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start >= shown.length) break;
    if (span.start < pos) continue;
    if (span.start > pos) parts.push(shown.slice(pos, span.start));
    const end = Math.min(span.end, shown.length);
    parts.push(
      <mark
        key={span.start}
        className={`ev-mark ev-mark--${span.category}`}
        title={markTitle(span.type)}
        data-type={span.type}
      >
        {shown.slice(span.start, end)}
      </mark>,
    );
    pos = end;
  }
  if (pos < shown.length) parts.push(shown.slice(pos));
  return (
    <>
      <pre className="ev-pre">{parts}</pre>
      <TruncationNote shown={shown.length} total={text.length} after="The whole redacted text goes into the ticket." />
    </>
  );
}

export function PlainText({ text, limit = DISPLAY_LIMIT }: { text: string; limit?: number }) {
  const shown = text.length > limit ? text.slice(0, limit) : text;
  return (
    <>
      <pre className="ev-pre">{shown}</pre>
      <TruncationNote shown={shown.length} total={text.length} />
    </>
  );
}

function TruncationNote({ shown, total, after }: { shown: number; total: number; after?: string }) {
  if (shown >= total) return null;
  return (
    <p className="ev-truncated">
      Showing the first {formatCount(shown)} of {formatCount(total)} characters.{after ? ` ${after}` : ""}
    </p>
  );
}
