// The URL, identifier and status fields read a value out of the text it was pasted with: the one URL of a sentence or
// a curl command, an id after its field's name anywhere in a long log line, a variable named for the field, a status
// a verb tells. Each reader is a single pass of bounded patterns: the work (see work-meter.ts) grows linearly.
import { describe, expect, it } from "vitest";
import { statusTold } from "~/lib/http-status-told";
import { pastedIdentifier, pastedStatus, pastedUrl } from "~/ticket/pasted-values";
import { growth, LINEAR, repeat } from "./work-meter";

const SIZE = 20_000;

const shapes: Array<[string, (size: number) => string, (input: string) => unknown]> = [
  ["URLs one after another", repeat("https://"), pastedUrl],
  ["URLs closed by brackets they never opened", (n) => `see https://a/${")".repeat(n)}`, pastedUrl],
  ["URLs in a sentence with full stops", repeat("at https://a/b. "), pastedUrl],
  [
    "a field's name with values that differ",
    repeat("opc-request-id: 0123456789abcdef; "),
    (s) => pastedIdentifier("opcRequestId", s),
  ],
  ["a field's name with no value", repeat("X-Request-Id: "), (s) => pastedIdentifier("xRequestId", s)],
  [
    "upper-case words joined by underscores",
    repeat("CLIENT_A_B_C_D_E_F_G_H_I_"),
    (s) => pastedIdentifier("clientId", s),
  ],
  ["verbs before codes", repeat("got 401 received 403 "), statusTold],
  ["expected codes", repeat("expected a 200 "), pastedStatus],
];

describe("the pasted-text readers on hostile input", () => {
  it.each(shapes)("%s: the work grows linearly", (_, make, run) => {
    expect(growth(make, (s) => void run(s), SIZE)).toBeLessThan(LINEAR);
  });
});
