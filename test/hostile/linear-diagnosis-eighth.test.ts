// The eighth batch's readers on a megabyte of their own shapes, cut into lines of 20,000 characters: client-type
// refusals (quoted type names never closed), an Authorization header sent empty (header words with runs of quotes and
// semicolons), an access token decoded by the app (claim reads and "not a JWT" words short of their verdict), a token
// response said to lack its patient, a token header told as sent or a token the caller signs, and scope lists under bare labels. Each finishes, and its work grows linearly.
import { describe, expect, it } from "vitest";
import { readClientTypeRefusals } from "~/diagnosis/prose/client-type-refusals";
import { readEmptyAuthorization } from "~/diagnosis/prose/empty-credentials";
import { readTokenDecoding } from "~/diagnosis/prose/token-decoding";
import { readContextRefusals } from "~/diagnosis/prose/context-refusals";
import { readScopeLists } from "~/diagnosis/prose/scope-lists";
import { readTokenHeader } from "~/diagnosis/prose/token-header";
import { LINEAR, growth, repeat } from "./work-meter";

const MB = 1_000_000;
const asLines = (text: string) => text.match(/[\s\S]{1,20000}/g) ?? [];
const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : [x]);

const readers: [string, (lines: readonly string[]) => unknown[], [string, (n: number) => string][]][] = [
  [
    "client-type refusals",
    readClientTypeRefusals,
    [
      ["quoted type names never closed", repeat("permitted only for the '" + "a".repeat(70))],
      ["type words without a verdict", repeat("client type application type app_type ")],
      ["verdicts without a type", repeat("only allowed for the some thing ")],
    ],
  ],
  [
    "empty Authorization headers",
    (lines) => asArray(readEmptyAuthorization(lines)),
    [
      ["header words with runs of quotes", repeat("Authorization: " + "'".repeat(40) + " ")],
      ["curl flags with semicolons far away", repeat("-H 'Authorization " + ";".repeat(3) + "x ")],
      ["Bearer words with long blanks", repeat("Bearer" + " ".repeat(50) + "token ")],
    ],
  ],
  [
    "access tokens decoded by the app",
    (lines) => asArray(readTokenDecoding(lines)),
    [
      ["claim reads of something", repeat("cannot read property 'exp' of value ")],
      ["access token words far from JWT", repeat("access token " + "x".repeat(45) + " is not a jwt ")],
    ],
  ],
  [
    "token responses without a patient",
    readContextRefusals,
    [
      ["patient words with no field word", repeat('token does not contain the "patient" ')],
      ["patient fields with quotes never closed", repeat('launch "patient' + '"'.repeat(30))],
    ],
  ],
  [
    "token headers told as sent and tokens the caller signs",
    (lines) => [readTokenHeader(lines)],
    [
      ["header words without a verb", repeat("header headers cabeçalho ")],
      ["underscore runs never ending a name", repeat("header a" + "_".repeat(40) + " ")],
      ["signing words short of the token", repeat("we sign the " + "x".repeat(40) + " ")],
    ],
  ],
  [
    "scope lists under bare labels",
    // Labels and their lists are lines of their own: the chunks are split again where the text breaks them.
    (lines) => readScopeLists(lines.flatMap((l) => l.split("\n"))),
    [
      ["bare labels followed by no list", repeat("**Requested:**\nnot a scope\n")],
      ["bare labels with long markdown runs", repeat("*".repeat(40) + "Returned:" + "_".repeat(40) + "\n")],
    ],
  ],
];

describe.each(readers)("the %s reader on a megabyte of its shapes", (_reader, read, shapes) => {
  it.each(shapes)("%s: lines of 20,000 characters finish", (_name, make) => {
    expect(Array.isArray(read(asLines(make(MB))))).toBe(true);
  });
  it.each(shapes)("%s: the work grows linearly", (_name, make) => {
    expect(growth(make, (text: string) => read(asLines(text)), 250_000)).toBeLessThanOrEqual(LINEAR);
  });
});
