// Access logs of load balancers and proxies print rows of numbers separated by blanks: timings, the gateway's and the
// target's status codes, bytes received and sent (`0.002 0.217 0.000 200 200 448 348` in an AWS ALB line). Such a row
// is the request's facts, not a phone number; a phone written with blanks in prose, or with its cue, still goes.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("numbers in a row of log columns", () => {
  it("an ALB line keeps its status codes and byte counts", () => {
    const line =
      "https 2020-04-09T23:51:41.309191Z app/OJProdLoadBalancer/278a3c7472bb5054 63.143.42.244:23863 172.31.2.30:5001 " +
      '0.002 0.217 0.000 200 200 448 348 "HEAD https://abc.com:443/packages/maldives HTTP/1.1" "curl/8.4.0"';
    kept(redact(line), "0.002 0.217 0.000 200 200 448 348 ");
  });

  it("numbers after a row of timings keep, whichever side the number column is on", () => {
    kept(redact("upstream timing 0.013 502 502 1024 5120 0.004 done"), "0.013 502 502 1024 5120 0.004");
    kept(redact("rt=-1 -1 401 401 331 208 curl"), "-1 401 401 331 208");
  });

  it("a phone written with blanks still goes, in prose and beside a cue", () => {
    gone(redact("Please ring the ward on 020 7946 0958 tomorrow."), "020 7946 0958");
    gone(redact("phone 0.5 020 7946 0958"), "020 7946 0958");
    gone(redact("call me at 06 12 34 56 78 after 3.30"), "06 12 34 56 78");
    gone(redact("Flat 12 020 7946 0958 is the landlord's line"), "020 7946 0958");
  });

  it("one amount or reading beside a phone is not a row of columns: the phone goes", () => {
    gone(redact("Jane Roe balance -12.50 415 555 0134\n"), "415 555 0134");
    gone(redact("weight 81.4 020 7946 0958 is her daughter's"), "020 7946 0958");
  });

  it("finishes on a megabyte of number rows and blank runs", () => {
    for (const text of [
      "0.1 200 200 448 348 ".repeat(50_000),
      "-1 " + "020 7946 ".repeat(110_000),
      " ".repeat(1_000_000),
      "0.5 ".repeat(100_000) + "020 7946 0958 " + "-1 ".repeat(100_000),
    ])
      expect(typeof redact(text)).toBe("string");
  });
});
