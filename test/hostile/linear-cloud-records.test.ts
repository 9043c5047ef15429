// Hostile forms of cloud audit and log records: mosquitto's connection phrase again and again with its login quote
// never closed or its flags never ending, sign-in records whose `identity` and addresses repeat, coordinates by the
// thousand, service-account addresses glued together, a greeting word inside code before each parenthesis. The work
// (counted operations, see work-meter.ts) grows linearly, and a real login after the run still goes.
import { describe, expect, it } from "vitest";
import { redact as redactAs } from "../redaction/lib/redact-text";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) => redactAs(text, "sandbox", "text");

describe("cloud audit and log records on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    [
      "mosquitto connection lines",
      repeat("1662725110: New client connected from 10.0.0.2:1 as c1 (p2, c1, k60, u'tq').\n"),
    ],
    ["the connection phrase with nothing after it", repeat("New client connected from ")],
    ["a login quote that never closes", (n) => "New client connected from a as b (p2, c1, u'" + repeat("t")(n)],
    ["flags that never end", (n) => "New client connected from a as b (" + repeat("p2, ")(n)],
    ["a client id that runs on", (n) => "New client connected from a as " + repeat("b")(n) + " (u'tq')"],
    ["a client id of blanks and brackets", (n) => "New client connected from a as " + repeat("b (")(n) + " (u'tq')"],
    ["RabbitMQ's phrase again and again", repeat("user 'tq' authenticated and granted access to vhost '/'")],
    ["RabbitMQ's phrase without its user", repeat("' authenticated and granted access to vhost")],
    [
      "sign-in records, identity and UPN with a blank",
      repeat('{"identity":"tq ar","properties":{"userDisplayName":"tq ar","userPrincipalName":"tq ar@x.example"}}\n'),
    ],
    ["located sign-ins", (n) => "[" + repeat('{"city":"Dagenham","latitude":51.55,"longitude":0.16},')(n) + "{}]"],
    ["an HTTP API event's cookies", (n) => '{"cookies":[' + repeat('"a=b;c=d;e",')(n) + '"x"]}'],
    ["App Service audit users", (n) => "[" + repeat('{"User":"1003ACE","UserDisplayName":"a@b.example"},')(n) + "{}]"],
    ["service-account addresses glued together", repeat("sa@p.iam.gserviceaccount.com")],
    ["a greeting word in code before each parenthesis", repeat("Functions.hello (Failed, Id=1) ")],
  ];

  itStaysLinear(shapes, redact);

  it("after 1 MB of connection phrases, a real connection's login still goes", () => {
    const out = redact(
      repeat("New client connected from ")(1_000_000) +
        "\n1662725110: New client connected from 192.168.0.2:3326 as paho1 (p2, c1, k60, u'tquarrie').\n",
    );
    expect(out).not.toContain("tquarrie");
    expect(out).toContain("paho1");
  });
});
