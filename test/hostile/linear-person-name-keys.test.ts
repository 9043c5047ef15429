// Hostile pastes for the readers that take a person's name by its key in another language (person-name-keys.ts: the
// claim scan of `Prénom: …`, the name detector's label words, a form's parameters, JSON keys) and for the role
// mailboxes of mail headers: the work (see work-meter.ts) grows linearly with the input.
import { describe, expect, it } from "vitest";
import { redact } from "../redaction/lib/redact-text";
import { growth, LINEAR, repeat } from "./work-meter";

const shapes: Array<[string, (size: number) => string]> = [
  ["label lines of names in other languages", repeat("Nom: Dupont, Prénom: Jean, apellidos=García López\n")],
  ["bare words for name beside none of a person's keys", repeat("nombre: Hospital General nom: ")],
  ["a form of Dutch and German name keys", repeat("voornaam=Maarten&achternaam=Veenstra&Vorname=")],
  ["a JSON record of Italian keys", repeat('{"nome": "Giulia", "cognome": "Bernardi"},')],
  ["senders that are roles' mailboxes", repeat("From: London Hackspace <contact@hackspace.org.uk>, ")],
  ["local parts that never reach an @", repeat("From: Jane Roe <postmaster")],
];

describe("person keys in other languages and role mailboxes on hostile input", () => {
  it.each(shapes)("%s grows linearly", (_, make) => {
    expect(growth(make, (s) => redact(s), 2_000)).toBeLessThan(LINEAR);
  });
});
