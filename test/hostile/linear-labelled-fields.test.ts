// Hostile pastes for the readers of what people write around a field's value: the label before an identifier (a
// backward scan, field names found in a bounded label), a label or a log line around a time, a status in a note or
// told in a sentence, a label before a URL, and the labelled request IDs and told statuses of evidence lines. The
// work (see work-meter.ts) grows linearly, and a megabyte is refused with the field's message, never echoed.
import { describe, expect, it } from "vitest";
import { exampleSchema, applicationSchema } from "~/ticket/schema";
import { normaliseTimestamp } from "~/ticket/timestamp";
import { pastedIdentifier, pastedLabelProblem, pastedStatus, pastedUrl } from "~/ticket/pasted-values";
import { extractSuggestions } from "~/evidence/extract";
import { parseEvidence } from "~/evidence/parse";
import { growth, LINEAR, repeat } from "./work-meter";

const MB = 1 << 20;

const readers: Array<[string, (input: string) => void]> = [
  [
    "identifier fields",
    (s) => {
      pastedIdentifier("clientId", s);
      pastedLabelProblem("appId", s);
      pastedIdentifier("cernerCorrelationId", s);
      pastedIdentifier("tenantId", s);
    },
  ],
  ["the time field", (s) => normaliseTimestamp(s)],
  ["the status field", (s) => pastedStatus(s)],
  ["URL fields", (s) => pastedUrl(s)],
  ["evidence lines", (s) => extractSuggestions([parseEvidence({ id: "e1", kind: "text", text: s })])],
];

const shapes: Array<[string, (size: number) => string]> = [
  ["words of a label that never reach a value", repeat("Client ID and App ID ")],
  ["closing punctuation", repeat(").,;'\"`]")],
  ["one long word", repeat("a")],
  ["label separators", repeat(": = → ")],
  ["field names glued together", repeat("client_idx-request-idcorrelation_id")],
  ["brackets that open", repeat("<{[(")],
  ["quoted keys that never close", repeat('"lastUpdated": "')],
  ["access-log dates", repeat("[07/Jun/2020:")],
  ["status codes", repeat("401 403 ")],
  ["codes with reason words", repeat("401 Unauthorized then ")],
  ["codes then an error class", repeat("406 Client Error: ")],
  ["status keys that never reach a code", repeat("status=status: ")],
  ["key=value pairs that never name a field", repeat("?a=b&c=d ")],
  ["URL variables that never close", repeat("https://h/{{a/")],
  ["labels before a URL", repeat("Request URL : ")],
  ["error_uri instances cut short", repeat("error\\_uri /instances/4b945ceb-")],
];

describe("readers of labelled field values on hostile input", () => {
  for (const [reader, run] of readers)
    it.each(shapes)(`${reader}: %s grows linearly`, (_, make) => {
      expect(growth(make, run, 2_000)).toBeLessThan(LINEAR);
    });

  it("a megabyte in every identifier and time field is refused with the field's message, never echoed", () => {
    const value = repeat("Client ID: ")(MB) + "x";
    const app = applicationSchema.safeParse({ appId: value, clientId: value, tenantId: value });
    const example = exampleSchema.safeParse({ xRequestId: value, occurredAt: value, status: value, url: value });
    const messages = [...app.error!.issues, ...example.error!.issues].map((issue) => issue.message).join("\n");
    expect(messages).not.toContain("Client ID: Client ID");
    expect(messages.length).toBeLessThan(4_000);
  });
});
