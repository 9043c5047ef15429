// The prose reader: what a developer's free text says, for evidence pasted as text and for the form's problem fields.
// Scope lists written as sentences or labelled lists, JSON and error bodies embedded in the text, failures told in
// words, the app's type, a standalone launch, tenant IDs in URLs and authorize-redirect errors. Every fact keeps its
// line; the facts builder marks them as read from prose (lower confidence).
import { findEmbeddedJson, type EmbeddedJson } from "./embedded-json";
import { readScopeLists, type ProseScopeList } from "./scope-lists";
import { readStatements, type ProseStatements } from "./statements";

export type { EmbeddedJson, ProseScopeList, ProseStatements };

export interface ProseFacts extends ProseStatements {
  scopeLists: ProseScopeList[];
  documents: EmbeddedJson[];
}

export function readProse(text: string): ProseFacts {
  const lines = text.split(/\r?\n/);
  return { ...readStatements(lines), scopeLists: readScopeLists(lines), documents: findEmbeddedJson(text) };
}
