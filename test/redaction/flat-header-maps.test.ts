// Headers printed as a flat map, `{Name=value, Name=value}`: AWS API Gateway's execution log (`Method request headers:
// {…}`, `Endpoint response headers: {…}`) and Java's `Map<String, String>.toString()`. Each value is judged by its
// header's name (headers.ts): cookies and credentials go, other headers and the map's punctuation stay.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("header maps printed flat, one value per name", () => {
  it("API Gateway's endpoint response headers: every cookie a joined Set-Cookie holds goes, the attributes stay", () => {
    const out = redact(
      "(90f5b831-a100-4d7f-93bd-1d52d92c19cd) Endpoint response headers: {Date=Wed, 05 Oct 2022 13:14:40 GMT, " +
        "Set-Cookie=AWSALB=Zq8pLm3Nv7Rt2Wx5Yb9Kc4Hd6; Expires=Wed, 12 Oct 2022 13:14:40 GMT; Path=/,AWSALBCORS=Qw8Er7Ty6Ui5Op4As3Df2Gh; " +
        "Expires=Wed, 12 Oct 2022 13:14:40 GMT; Path=/; SameSite=None, Cache-Control=private, Server=Microsoft-IIS/10.0}",
    );
    gone(out, "Zq8pLm3Nv7Rt2Wx5Yb9Kc4Hd6", "Qw8Er7Ty6Ui5Op4As3Df2Gh");
    kept(
      out,
      "(90f5b831-a100-4d7f-93bd-1d52d92c19cd) Endpoint response headers: {Date=Wed, 05 Oct 2022 13:14:40 GMT, Set-Cookie=AWSALB=",
      "; Expires=Wed, 12 Oct 2022 13:14:40 GMT; Path=/,AWSALBCORS=",
      "; SameSite=None, Cache-Control=private, Server=Microsoft-IIS/10.0}",
    );
  });

  it("a cookie joined with a comma and a blank stays inside its Set-Cookie, lower-case names end it", () => {
    const out = redact(
      "Endpoint response headers: {set-cookie=sid=Kq7ZrT2mWx9Lp4; Path=/, theme=Rt5Yu8Io2Pa6Sd; Path=/, host=api.example.org, x-request-id=5a1c2d3e}",
    );
    gone(out, "Kq7ZrT2mWx9Lp4", "Rt5Yu8Io2Pa6Sd");
    kept(out, "{set-cookie=sid=", "; Path=/, theme=", "; Path=/, host=api.example.org, x-request-id=5a1c2d3e}");
  });

  it("a Java map of single values: the client's address and a user header go", () => {
    const out = redact(
      "headers: {Host=fhir.example.org, X-Forwarded-For=81.2.69.160, X-Remote-User=jdoe42, Accept=*/*}",
    );
    gone(out, "81.2.69.160", "jdoe42");
    kept(out, "{Host=fhir.example.org, X-Forwarded-For=", "Accept=*/*}");
  });

  it("leaves maps that name no credential, and prose in braces, alone", () => {
    for (const text of [
      "(c042cf28-5829-4525-b8ca-c9a611900824) Method request path: {proxy=ProjectOAuth/api/GenerateAccessToken.aspx}",
      "Method request query string: {}",
      "Endpoint response headers: {Content-Type=application/json, Content-Length=270, Connection=keep-alive}",
      "the map {a=1, b=2} is printed as is",
    ])
      expect(redact(text)).toBe(text);
  });

  it("a map wrapped over two lines (a line ending in a comma) loses the cookie on its second line", () => {
    const out = redact("Method request headers: {Accept=*/*,\n Cookie=sid=Kq7ZrT2mWx9Lp4Qa, Host=api.example.org}");
    gone(out, "Kq7ZrT2mWx9Lp4Qa");
    kept(out, "{Accept=*/*,\n Cookie=", ", Host=api.example.org}");
  });

  it("finishes on a megabyte of lines that open a map and never close it", () => {
    for (const text of [
      "{Cookie=x\n".repeat(100_000),
      "}\n" + "{Cookie=x\n".repeat(100_000),
      "{A=b,\n".repeat(160_000),
    ])
      expect(typeof redact(text, "sandbox", "log")).toBe("string");
  });

  it("finishes on a megabyte of openings, pairs and unclosed braces", () => {
    const parts = [
      "{Set-Cookie=".repeat(40_000),
      "{Cookie=a=b, ".repeat(60_000),
      "{X-A=b, Set-Cookie=c=d; Path=/, ".repeat(30_000) + "}",
      "{".repeat(1_000_000),
      ", Cookie=x".repeat(100_000),
    ];
    for (const text of parts) expect(typeof redact(text)).toBe("string");
  });
});
