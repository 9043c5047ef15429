// Whether a word after a `name` label names a thing of a configuration rather than a person: a camelCase identifier
// (`awsEcrBasic`), or the value of a nested YAML `name:` key in a paste that reads as a manifest (a Kubernetes object
// with `apiVersion:`/`kind:`, a compose file's `services:`, a CRD pasted in a Markdown code fence) when none of the
// keys it sits under names a person (`metadata:`, `containers:`, `authProvider:`, but not `patient:` → `demographics:`).

import { GIVEN_NAMES } from "./free-text-phi-names";

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
  "guardians",
  "physicians",
  "doctors",
  "nurses",
  "provider",
  "providers",
  "pcp",
  "pt",
  "emergency",
  "responsible",
  "party",
  "submitter",
  "submitters",
  "creator",
  "created",
  "by",
  "performer",
  "performers",
  "signature",
  "signatures",
  "mom",
  "dad",
  "caregiver",
  "caregivers",
  "relative",
  "relatives",
  "family",
  "dependent",
  "dependents",
  "demographics",
  "requestor",
  "assignees",
  "reporters",
  "requesters",
  "senders",
  "signers",
  "witnesses",
  "client",
  "clients",
  "student",
  "students",
  "staff",
  "resident",
  "residents",
  "worker",
  "workers",
]);

/** At most this many lines are read back for the keys above, so every `name:` costs a bounded look. */
const MAX_LINES_BACK = 40;
const MAX_CHARS_BACK = 4000;
/** At most this much indent (and `- `) is read back before a `name:` label, and this much value after it. */
const MAX_LEAD = 64;
const MAX_TAIL = 200;

/**
 * A key that makes a paste a manifest or a config file: a Kubernetes object's `apiVersion:`/`kind:` (at any indent, as
 * a paste often shifts it), or a top-level key of a manifest, a compose file or a Spring Boot `application.yml`.
 */
const MANIFEST_KEY = /^(?:[ \t]*(?:apiVersion|kind)|services|metadata|spec|spring)[ \t]*:/m;

/** Whether the paste reads as a manifest or a config file by its structure (read once per paste by the caller). */
export function readsAsManifest(text: string): boolean {
  return MANIFEST_KEY.test(text);
}

/** Lower-case particles that open a surname or a given name before its inner capital (`deShawn`, `laToya`, `mcDonald`). */
const NAME_PARTICLES = new Set(["de", "la", "le", "mc", "mac", "di", "da", "du", "van", "von", "del", "dos", "o"]);

/**
 * A word starting lower case with a capital inside (`awsEcrBasic`, `myApp`): an identifier. Not when its lower-case
 * head is a name's particle (`deShawn`, `laToya`, `mcDonald`) or a known given name (`evaKleist`, a login built from a
 * person's name).
 */
export function isCamelCaseIdentifier(word: string): boolean {
  const head = /^[a-z]+(?=[A-Z])/.exec(word)?.[0];
  return head !== undefined && !NAME_PARTICLES.has(head) && !GIVEN_NAMES.has(head);
}

/**
 * True when the `name` label at `labelStart` is a YAML key (`  name:`, `  - name:`) indented under a parent key line
 * (`metadata:`, `containers:`), no key above it holds a person's word, and the value is the whole rest of its line.
 * The caller checks first that the paste reads as a manifest (`readsAsManifest`).
 */
export function isResourceNameKey(text: string, labelStart: number, valueEnd: number): boolean {
  const lineStart = leadStart(text, labelStart);
  if (lineStart < 0) return false;
  if (!/^name[ \t]*:/.test(text.slice(labelStart, labelStart + 12))) return false;
  const tail = text.slice(valueEnd, valueEnd + MAX_TAIL);
  const nl = tail.indexOf("\n");
  if (!/^["']?[ \t]*(?:#.*)?\r?$/.test(nl < 0 ? tail : tail.slice(0, nl))) return false;
  if (nl < 0 && valueEnd + MAX_TAIL < text.length) return false;
  const lead = text.slice(lineStart, labelStart);
  let indent = lead.length - lead.trimStart().length;
  const stop = Math.max(0, lineStart - MAX_CHARS_BACK);
  let end = lineStart - 1;
  let parents = 0;
  for (let lines = 0; end > stop && lines < MAX_LINES_BACK && indent > 0; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, "");
    end = start - 1;
    const body = line.trimStart();
    if (!body || body.startsWith("#")) continue;
    const lineIndent = line.length - body.length;
    if (lineIndent >= indent) continue;
    // The parent is a bare key line (`metadata:`); a key further up may hold a value (`- name: app` of a list item).
    const key = (
      parents === 0
        ? /^(?:-[ \t]+)?["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*:[ \t]*(?:#.*)?$/
        : /^(?:-[ \t]+)?["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*:/
    ).exec(body)?.[1];
    if (!key) return false;
    if (namesAPerson(key)) return false;
    parents++;
    indent = lineIndent;
  }
  return parents > 0;
}

/** Start of the line of a `name:` label led only by indent and an optional `- `; else -1. Reads back a bounded way. */
function leadStart(text: string, labelStart: number): number {
  const floor = Math.max(-1, labelStart - 1 - MAX_LEAD);
  let i = labelStart - 1;
  let j = i;
  while (j > floor && (text[j] === " " || text[j] === "\t")) j--;
  if (j > floor && text[j] === "-" && j < i) i = j - 1;
  let s = i;
  while (s > floor && (text[s] === " " || text[s] === "\t")) s--;
  if (s === i) return -1;
  if (s < 0 || (s > floor && text[s] === "\n")) return s + 1;
  return -1;
}

/** Whether a key's words hold a person's word (`emergencyContact`, `created_by`, `guardians`). */
function namesAPerson(key: string): boolean {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => PERSON_KEY_WORDS.has(w));
}
