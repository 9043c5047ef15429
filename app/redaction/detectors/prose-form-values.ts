// A form written bare in text (a log line's `body=To=%2B1…&Body=Hi+John+Smith`, a JSON string that holds a form): a
// value that encodes its blanks or signs may be prose (an SMS, a note) and is read decoded for a person's details, as a
// query's value is (encoded-values.ts). Only such values change; names, `&`, `=` and the other values stay byte for
// byte. Form runs are found with one scan (form-runs.ts), each value is decoded once.
import type { ItemContext } from "../context";
import { parseFormPairs } from "~/evidence/form";
import { findFormRuns } from "./form-runs";
import { proseDetails, sweepEncodedValue } from "./encoded-values";

const ENCODED = /\+|%[0-9A-Fa-f]{2}/;
const unchanged = (v: string) => v;

export function redactProseFormValues(text: string, ctx: ItemContext): string {
  if (!text.includes("&") || !ENCODED.test(text)) return text;
  let out = "";
  let pos = 0;
  for (const { start, end } of findFormRuns(text)) {
    const run = text.slice(start, end);
    if (!ENCODED.test(run)) continue;
    for (const pair of parseFormPairs(run)) {
      if (!pair.hasValue) continue;
      const raw = run.slice(pair.valueStart, pair.valueEnd);
      if (!ENCODED.test(raw)) continue;
      const swept = sweepEncodedValue(raw, unchanged, (v) => proseDetails(v, ctx));
      if (swept === raw) continue;
      out += text.slice(pos, start + pair.valueStart) + swept;
      pos = start + pair.valueEnd;
    }
  }
  return pos === 0 ? text : out + text.slice(pos);
}
