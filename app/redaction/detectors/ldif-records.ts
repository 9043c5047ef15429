// LDIF (RFC 2849) as ldapsearch prints it, an export holds it or a man page shows it indented: records that start with
// a `dn:` line and end at a blank line, `attribute: value` lines, `attribute:: base64` for values that are not plain
// ASCII, `attribute:< URL` for a file, a line starting with one more space continuing the value before it. A person's
// attributes (`sn`, `givenName`, `cn`, `displayName`, `mail`, `telephoneNumber`, `uid`, `employeeNumber`, … — the
// names SAML attributes use too) lose their value, base64 or folded alike; a group's `cn: ops`, an objectClass, a
// uidNumber, a home directory's path and a URL value stay. A `cn` or a display name goes in a person's record (an
// objectClass of a person, or a surname or given name beside it), or when it reads as a person's name. Each line is
// read once: linear in the text. Passwords (`userPassword::`) are the credential sweep's.
import { readsAsPersonsName } from "../display-names";
import { directoryAttributeType } from "./directory-attributes";
import type { PhiSpan } from "./phi-span";

/** An attribute line: its type and options, the separator (`:`, `::` for base64, `:<` for a URL), the value. */
const ATTRIBUTE_LINE = /^([A-Za-z][\w-]{0,63})((?:;[\w-]{1,40}){0,4})(::|:<|:)[ \t]?/;
/** Object classes of a person's entry. */
const PERSON_CLASS = /^(?:person|organizationalPerson|inetOrgPerson|user|posixAccount|shadowAccount|eduPerson)$/i;
/** Attribute types of a person's name whose value names a group or a container in another entry. */
const SHARED_NAME_TYPES = new Set(["cn", "commonname", "displayname", "name", "description"]);
/** Longest line read as an attribute line (an LDIF line folds at 76 characters; some tools do not fold). */
const MAX_LINE = 8192;

/** Where the line starting at `start` ends, its line break included. */
const lineEnd = (text: string, start: number): number => {
  const nl = text.indexOf("\n", start);
  return nl < 0 ? text.length : nl + 1;
};

export const ldifCue = (text: string): boolean => text.includes("dn:");

interface Value {
  attr: string;
  type: string;
  /** The value's spans in the text: its first line's part, then each continuation line's. */
  parts: Array<[number, number]>;
}

/** A record's values of a person's attributes, judged once the whole record is read (its objectClass may follow). */
function flush(values: Value[], isPerson: boolean, text: string, out: PhiSpan[]): void {
  for (const v of values) {
    if (SHARED_NAME_TYPES.has(v.attr.toLowerCase())) {
      const joined = v.parts
        .map(([s, e]) => text.slice(s, e))
        .join("")
        .trim();
      if (!isPerson && !(joined.includes(" ") && readsAsPersonsName(joined))) continue;
    }
    for (const [start, end] of v.parts) if (end > start) out.push({ start, end, type: v.type });
  }
  values.length = 0;
}

export function findLdifValues(text: string, out: PhiSpan[]): void {
  if (!ldifCue(text)) return;
  const values: Value[] = [];
  let inRecord = false;
  let indent = "";
  let isPerson = false;
  let last: Value | null = null;
  for (let start = 0, end = lineEnd(text, 0); start < text.length; start = end, end = lineEnd(text, end)) {
    const line = text.slice(start, end);
    const body = line.replace(/\r?\n$/, "");
    const trimmed = body.trimStart();
    const lead = body.slice(0, body.length - trimmed.length);
    if (!trimmed) {
      if (inRecord) flush(values, isPerson, text, out);
      inRecord = false;
      last = null;
      continue;
    }
    if (!inRecord) {
      if (!/^dn::? /.test(trimmed)) continue;
      inRecord = true;
      indent = lead;
      isPerson = false;
      last = null;
      continue;
    }
    // A continuation: the record's indent and one more space.
    if (lead === indent + " " && last) {
      last.parts.push([start + lead.length, start + body.length]);
      continue;
    }
    last = null;
    if (lead !== indent || trimmed.startsWith("#") || body.length > MAX_LINE) continue;
    const m = ATTRIBUTE_LINE.exec(trimmed);
    if (!m) continue;
    const attr = m[1];
    const valueStart = start + lead.length + m[0].length;
    const valueEnd = start + body.length;
    if (/^objectClass$/i.test(attr)) {
      if (PERSON_CLASS.test(text.slice(valueStart, valueEnd).trim())) isPerson = true;
      continue;
    }
    // A URL value names a file, not the person's data.
    if (m[3] === ":<") continue;
    const type = directoryAttributeType(attr);
    if (!type || type === "patient_cx") continue;
    if (type === "name" && !SHARED_NAME_TYPES.has(attr.toLowerCase())) isPerson = true;
    last = { attr, type, parts: [[valueStart, valueEnd]] };
    values.push(last);
  }
  if (inRecord) flush(values, isPerson, text, out);
}
