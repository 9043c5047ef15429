// Whether a word after a `name` label names a thing of a configuration rather than a person: a camelCase identifier
// (`awsEcrBasic`), or the value of a nested YAML `name:` key whose parent key names no person (`metadata:`, `spec:`,
// `authProvider:`, `containers:` — a Kubernetes manifest, a compose file, a CRD pasted in a Markdown code fence).

/** Words of a parent key that make the `name:` under it a person's (`patient:`, `emergencyContact:`, `attendees:`). */
const PERSON_KEY_WORDS = new Set([
  "patient",
  "patients",
  "person",
  "people",
  "persons",
  "user",
  "users",
  "contact",
  "contacts",
  "author",
  "authors",
  "owner",
  "owners",
  "maintainer",
  "maintainers",
  "member",
  "members",
  "attendee",
  "attendees",
  "participant",
  "participants",
  "subject",
  "guarantor",
  "guardian",
  "employee",
  "employees",
  "customer",
  "customers",
  "practitioner",
  "practitioners",
  "physician",
  "doctor",
  "nurse",
  "reviewer",
  "reviewers",
  "assignee",
  "reporter",
  "requester",
  "recipient",
  "recipients",
  "sender",
  "from",
  "to",
  "cc",
  "kin",
  "related",
  "mother",
  "father",
  "parent",
  "spouse",
  "child",
  "children",
  "insured",
  "subscriber",
  "beneficiary",
  "holder",
  "cardholder",
  "account",
  "profile",
  "identity",
  "me",
  "self",
  "caller",
  "speaker",
  "speakers",
  "signer",
  "witness",
  "individual",
]);

/** At most this many lines are read back for the parent key, so every `name:` costs a bounded look. */
const MAX_LINES_BACK = 40;
const MAX_CHARS_BACK = 4000;

/** A word starting lower case with a capital inside (`awsEcrBasic`, `myApp`): an identifier, never a person's name. */
export function isCamelCaseIdentifier(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122 && /^[a-z]+[A-Z]/.test(word);
}

/**
 * True when the `name` label at `labelStart` is a YAML key (`  name:`, `  - name:`) indented under a parent key line
 * (`metadata:`, `containers:`) whose key holds no person's word, and the value is the whole rest of its line.
 */
export function isResourceNameKey(text: string, labelStart: number, valueEnd: number): boolean {
  const lineStart = text.lastIndexOf("\n", labelStart - 1) + 1;
  const lead = text.slice(lineStart, labelStart);
  if (!/^[ \t]+(?:-[ \t]+)?$/.test(lead)) return false;
  if (!/^name[ \t]*:/.test(text.slice(labelStart, labelStart + 12))) return false;
  let lineEnd = text.indexOf("\n", valueEnd);
  if (lineEnd < 0) lineEnd = text.length;
  if (!/^["']?[ \t]*(?:#.*)?\r?$/.test(text.slice(valueEnd, Math.min(lineEnd, valueEnd + 200)))) return false;
  const indent = lead.length - lead.trimStart().length;
  const stop = Math.max(0, lineStart - MAX_CHARS_BACK);
  let end = lineStart - 1;
  for (let lines = 0; end > stop && lines < MAX_LINES_BACK; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, "");
    end = start - 1;
    const body = line.trimStart();
    if (!body || body.startsWith("#")) continue;
    const lineIndent = line.length - body.length;
    if (lineIndent >= indent) continue;
    const key = /^(?:-[ \t]+)?["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*:[ \t]*(?:#.*)?$/.exec(body)?.[1];
    if (!key) return false;
    const words = key
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    return !words.some((w) => PERSON_KEY_WORDS.has(w));
  }
  return false;
}
