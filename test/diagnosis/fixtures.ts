// Loads the diagnosis fixtures: a folder of evidence files plus an optional ticket.json (form values).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DiagnoseInput } from "~/diagnosis/diagnose";

export const FIXTURES = join(process.cwd(), "test/fixtures/diagnosis");

export interface Fixture {
  ticket?: DiagnoseInput["ticket"];
  evidence: Array<{ id: string; text: string }>;
}

export function loadFixture(dir: string): Fixture {
  const path = join(FIXTURES, dir);
  const names = readdirSync(path).sort();
  const ticket = names.includes("ticket.json")
    ? JSON.parse(readFileSync(join(path, "ticket.json"), "utf8"))
    : undefined;
  const evidence = names
    .filter((n) => n !== "ticket.json" && n !== "README.md")
    .map((n) => ({ id: n, text: readFileSync(join(path, n), "utf8") }));
  return { ticket, evidence };
}

export const codeFixtures = (): string[] => readdirSync(join(FIXTURES, "codes")).sort();
