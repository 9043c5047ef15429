// The texts of a ticket that the user typed (as opposed to evidence, chosen from lists, or checked as IDs), by the
// form's own field names, in the order the boundary redacts them: example URLs first (their ids read like the
// evidence's), then the problem's prose, evidence labels, the client's name and the scope lists.

export interface TypedField {
  /** The form's field name: "problem.background", "examples.1.url", "evidence.0.label". */
  path: string;
  text: string;
}

/** The parts of a ticket (or of a partly filled form) that hold typed text. */
export interface TypedParts {
  about?: { clientName?: string };
  application?: { requestedScopes?: string; grantedScopes?: string };
  problem?: { workflow?: string; background?: string; expected?: string; actual?: string };
  examples?: ReadonlyArray<{ url?: string }>;
  evidence?: ReadonlyArray<{ label?: string }>;
}

export const PROBLEM_FIELDS = ["workflow", "background", "expected", "actual"] as const;
const SCOPE_FIELDS = ["requestedScopes", "grantedScopes"] as const;

const present = (path: string, text: unknown): TypedField[] =>
  typeof text === "string" && text.trim() ? [{ path, text }] : [];

export function typedFields(parts: TypedParts): TypedField[] {
  return [
    ...(parts.examples ?? []).flatMap((example, i) => present(`examples.${i}.url`, example?.url)),
    ...PROBLEM_FIELDS.flatMap((name) => present(`problem.${name}`, parts.problem?.[name])),
    ...(parts.evidence ?? []).flatMap((item, i) => present(`evidence.${i}.label`, item?.label)),
    ...present("about.clientName", parts.about?.clientName),
    ...SCOPE_FIELDS.flatMap((name) => present(`application.${name}`, parts.application?.[name])),
  ];
}

/** A copy of `parts` with the given fields' texts put back in their places (only the paths typedFields names). */
export function withTypedFields<T extends TypedParts>(parts: T, fields: readonly TypedField[]): T {
  const out = {
    ...parts,
    about: parts.about && { ...parts.about },
    application: parts.application && { ...parts.application },
    problem: parts.problem && { ...parts.problem },
    examples: parts.examples?.map((e) => ({ ...e })),
    evidence: parts.evidence?.map((e) => ({ ...e })),
  } as T & Required<TypedParts>;
  for (const { path, text } of fields) {
    const [section, key, sub] = path.split(".");
    if (section === "examples" && sub === "url" && out.examples?.[Number(key)])
      (out.examples[Number(key)] as { url?: string }).url = text;
    else if (section === "evidence" && sub === "label" && out.evidence?.[Number(key)])
      (out.evidence[Number(key)] as { label?: string }).label = text;
    else if (section === "problem" && out.problem && (PROBLEM_FIELDS as readonly string[]).includes(key))
      (out.problem as Record<string, string>)[key] = text;
    else if (section === "application" && out.application && (SCOPE_FIELDS as readonly string[]).includes(key))
      (out.application as Record<string, string>)[key] = text;
    else if (path === "about.clientName" && out.about) out.about.clientName = text;
  }
  return out;
}

/**
 * `parts` with every typed field replaced by its given text, or null when one of them has none (fail closed: a field
 * the privacy pass did not answer for is never kept as typed).
 */
export function withEveryTypedField<T extends TypedParts>(parts: T, fields: readonly TypedField[]): T | null {
  const given = new Set(fields.map((f) => f.path));
  return typedFields(parts).every((f) => given.has(f.path)) ? withTypedFields(parts, fields) : null;
}
