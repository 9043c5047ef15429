// The seventh batch's readers on a megabyte of their own shapes, cut into lines of 20,000 characters: the format
// refusals (406/415 words), the client-assertion refusals (iat/exp and kid words, with the client's authentication
// named on the lines around them) and the context refusals (launch context, roles, missing parameters with request
// dumps whose fields never close). Each finishes, and its work grows linearly with the input.
import { describe, expect, it } from "vitest";
import { readFormatRefusals } from "~/diagnosis/prose/format-refusals";
import { readAssertionRefusals } from "~/diagnosis/prose/assertion-refusals";
import { readContextRefusals } from "~/diagnosis/prose/context-refusals";
import { LINEAR, growth, repeat } from "./work-meter";

const MB = 1_000_000;
const asLines = (text: string) => text.match(/[\s\S]{1,20000}/g) ?? [];

const readers: [string, (lines: readonly string[]) => unknown[], [string, (n: number) => string][]][] = [
  [
    "format refusals",
    readFormatRefusals,
    [
      ["406s never followed by their reason", repeat("406 " + "x".repeat(39) + " ")],
      ["Accept words without a verdict", repeat("accept type accept header accept format ")],
      ["media types quoted and never closed", repeat("media type '" + "a".repeat(99))],
      ["Content-Type words after belief and condition words", repeat("if the content-type is invalid ")],
    ],
  ],
  [
    "client-assertion refusals",
    readAssertionRefusals,
    [
      ["iat words with long blank runs", repeat("iat" + " ".repeat(200) + "claim ")],
      ["exp words short of their verdict", repeat("client_assertion exp claim time is too far ")],
      ["kid words with quotes and no verdict", repeat('kid" is "kid" was invalid_client ')],
      ["public key words split by plus signs", repeat("public+key+not+ public key not+found ")],
      ["id_token beside every refusal", repeat("id_token iat is in the future; public key not found ")],
    ],
  ],
  [
    "context refusals",
    readContextRefusals,
    [
      ["launch context words without a verdict", repeat("patient context launch context without a ")],
      ["role words without a verdict", repeat("does not have the role is not in an role ")],
      ["missing parameters with dumps that never close", repeat('missing parameters {"RedirectUri":' + '"'.repeat(50))],
      ["missing parameters with many empty unknown fields", repeat('required parameters missing "xx":null,')],
      ["missing parameters with names after colons", repeat("parameter is missing: zz: yy: ")],
      ["FHIR calls with long paths and no resource", repeat("GET /" + "a/".repeat(300) + " missing param ")],
      ["element paths before role words", repeat("Encounter.participant.individual role missing ")],
      ["names said missing without a known name", repeat("zz_yy is missing ")],
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
