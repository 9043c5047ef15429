// The ninth batch's readers on a megabyte of their own shapes, cut into lines of 20,000 characters: consent refusals
// (consent words short of their verdict), the client's authentication refused (client words with long blanks before
// "required"), refusals naming the resource or the reply URL (the mention never followed by its value or verdict), an
// expiry named as a cause (cause words short of the token), and header values in markdown emphasis never closed. Each
// finishes, and its work grows linearly.
import { describe, expect, it } from "vitest";
import { readConsentRefusals } from "~/diagnosis/prose/consent-refusals";
import { readClientAuthRefusals } from "~/diagnosis/prose/client-auth-refusals";
import { readNamedRefusals } from "~/diagnosis/prose/named-refusals";
import { readStatements } from "~/diagnosis/prose/statements";
import { parseAuthParams } from "~/diagnosis/errors";
import { LINEAR, growth, repeat } from "./work-meter";

const MB = 1_000_000;
const asLines = (text: string) => text.match(/[\s\S]{1,20000}/g) ?? [];

const readers: [string, (lines: readonly string[]) => unknown[], [string, (n: number) => string][]][] = [
  [
    "consent refusals",
    readConsentRefusals,
    [
      ["consent words without a verdict", repeat("consent consented AADSTS6500 admin consent is ")],
      ["has-not runs far from consented", repeat("has not " + " ".repeat(60) + "yet ")],
      ["users far from not consented", repeat("the user " + "u".repeat(30) + " has not ")],
      ["localised subjects never refusing", repeat("Benutzer Administrator nicht utilisateur n'a pas usuario no ha ")],
      ["Japanese subjects without a verdict", repeat("ユーザーまたは管理者は、アプリケーションの使用に同意")],
      ["sign-in words with consent required denied", repeat("sign-in Okta consent not required Consent.status ")],
    ],
  ],
  [
    "client authentication refusals",
    readClientAuthRefusals,
    [
      ["client words with long blanks", repeat("client id" + " ".repeat(60) + "is ")],
      ["required far from the header", repeat("client secret required in the " + "x".repeat(40) + " ")],
      ["'after' event words before a refusal", repeat("After the EHR launch upgrading client authentication failed ")],
    ],
  ],
  [
    "refusals naming the resource or the reply URL",
    readNamedRefusals,
    [
      ["invalid resources never given a value", repeat("Invalid resource. " + "r".repeat(30) + " ")],
      ["resource principals never found", repeat("resource principal named " + "p".repeat(40) + " ")],
      ["reply URLs without a verdict", repeat("the reply URL 'https://a.example/" + "q".repeat(40) + "' ")],
      ["reply addresses on sign-in lines", repeat("AADSTS50011 sign-in reply address " + "q".repeat(30) + " ")],
    ],
  ],
  [
    "expiries named as a cause",
    (lines) => [readStatements(lines)],
    [
      ["cause words short of the token", repeat("fails because of the due to an caused by ")],
      ["token words without expiry", repeat("due to the access token's " + "z".repeat(30) + " ")],
    ],
  ],
  [
    "header values in markdown emphasis",
    (lines) => lines.map((l) => parseAuthParams(l)),
    [
      ["emphasis never closed", repeat('error="**' + "a_".repeat(40) + '" ')],
      ["underscore runs in values", repeat('e="__' + "_".repeat(60) + '" ')],
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
