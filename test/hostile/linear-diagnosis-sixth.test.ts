// A paste of logged requests ("GET <url> - 403", one a line) through diagnose(): every line is a failed request the
// logged-request reader reads, and the prose builder merges each with the requests already kept. A megabyte of them,
// the same type on every line or a new type on each, finishes (each took 65–80 s before, quadratic in the lines).
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { readNamedRefusals } from "~/diagnosis/prose/named-refusals";
import { readLoggedRequests } from "~/diagnosis/prose/logged-requests";
import { LINEAR, growth, repeat } from "./work-meter";

const MB = 1_000_000;
const lines = (make: (i: number) => string) => {
  const out: string[] = [];
  for (let i = 0, size = 0; size < MB; i++) {
    const line = make(i);
    out.push(line);
    size += line.length + 1;
  }
  return out.join("\n");
};

describe("a megabyte of logged requests through diagnose()", () => {
  it.each([
    ["the same request on every line", repeat("GET https://fhir.example.org/R4/Observation?patient=1 - 403\n")(MB)],
    ["a new resource type on every line", lines((i) => `GET https://fhir.example.org/R4/T${i}/x${i} - 403`)],
    ["statuses after arrows and colons", lines((i) => `fetch https://fhir.example.org/R4/Goal/${i} -> 404 Not Found`)],
  ])("%s finishes", (_name, text) => {
    const d = diagnose({ evidence: [{ id: "e1", text }] });
    expect(d.findings.length).toBeGreaterThan(0);
  });
});

describe("the named-refusal reader on a megabyte of its shapes", () => {
  const shapes: [string, (n: number) => string][] = [
    ["key set mentions after failure verbs", repeat("could not fetch the the the JWKS jwks_uri ")],
    ["key set mentions before a URL that never ends", (n) => "JWKS url (" + repeat("https://a.b/")(n)],
    ["key set mentions with TLS words", repeat("JWKS returned an error: self-signed certificate ")],
    ["audience verdicts after belief words", repeat("I thought the invalid audience invalid aud ")],
    ["re-authentication after rule words", repeat("per the docs when must re-authenticate ")],
    ["authorize URLs of bare-root auds", repeat("/authorize?aud=https%3A%2F%2Fa.example.org&")],
    ["redirect URIs after verdict words", repeat("invalid parameter: the the redirect_uri ")],
    ["redirect URIs before quoted values that never close", repeat("redirect_uri '" + "a".repeat(290))],
    ["redirect URIs after slash words", repeat("adding extra trailing slash in the redirect URI ")],
  ];
  it.each(shapes)("%s: lines of 20,000 characters finish", (_name, make) => {
    const text = make(MB);
    expect(Array.isArray(readNamedRefusals(text.match(/[\s\S]{1,20000}/g) ?? []))).toBe(true);
  });
  it.each(shapes)("%s: the work grows linearly", (_name, make) => {
    const run = (text: string) => readNamedRefusals(text.match(/[\s\S]{1,20000}/g) ?? []);
    expect(growth(make, run, 250_000)).toBeLessThanOrEqual(LINEAR);
  });
});

describe("the logged-request reader on a megabyte of its shapes", () => {
  const shapes: [string, (n: number) => string][] = [
    [
      "URLs of many lower-case segments then a status",
      repeat("GET https://a.example.org/" + "ab/".repeat(6000) + " - 403 "),
    ],
    ["statuses followed by words that unmake them", repeat("https://a.example.org/R4/Patient/1 - 404 and 403 ms ")],
  ];
  it.each(shapes)("%s: the work grows linearly", (_name, make) => {
    const run = (text: string) => readLoggedRequests(text.match(/[\s\S]{1,20000}/g) ?? []);
    expect(growth(make, run, 250_000)).toBeLessThanOrEqual(LINEAR);
  });
});
