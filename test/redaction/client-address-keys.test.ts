// A client's address under its key is one decision in the JSON reader, whether the key is flat (`sourceIPAddress`,
// `callerIp`) or nested as objects (ECS's `{"client": {"ip": …}}`): the first address of a list is the client's and
// goes, the proxies after it stay.
import { describe, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("a client's address under its key", () => {
  it("flat: the first address of a list goes, the proxies stay", () => {
    const out = redact('{"eventName": "AssumeRole", "sourceIPAddress": "198.51.100.23, 10.0.0.2"}');
    gone(out, "198.51.100.23");
    kept(out, "10.0.0.2", '"eventName": "AssumeRole"');
  });

  it("nested as objects: the same, a lone address or a list", () => {
    const lone = redact(
      '{"client": {"ip": "198.51.100.23", "port": 51234}, "http": {"response": {"status_code": 401}}}',
    );
    gone(lone, "198.51.100.23");
    kept(lone, '"port": 51234', '"status_code": 401');
    const list = redact(
      '{"client": {"ip": "198.51.100.23, 10.0.0.2"}, "trace.id": "4bf92f3577b34da6a3ce929d0e0e4736"}',
    );
    gone(list, "198.51.100.23");
    kept(list, "10.0.0.2", "4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it("nested inside a clinical resource: the client's address goes there too, as under a flat key", () => {
    const out = redact(
      '{"resourceType": "Patient", "id": "12724066", "user": {"ip": "10.0.0.7"}, "request": {"ip": "203.0.113.9"}, "sourceIp": "198.51.100.4"}',
    );
    gone(out, "10.0.0.7", "203.0.113.9", "198.51.100.4");
    kept(out, '"resourceType": "Patient"', '"id": "12724066"');
    const observation = redact('{"resourceType": "Observation", "id": "obs-1", "source": {"ip": "203.0.113.9"}}');
    gone(observation, "203.0.113.9");
    kept(observation, '"id": "obs-1"');
  });

  it("a loopback or a host name under the key stays", () => {
    kept(
      redact('{"client": {"ip": "127.0.0.1"}, "remoteIp": "lb-internal.example.org"}'),
      "127.0.0.1",
      "lb-internal.example.org",
    );
  });
});
