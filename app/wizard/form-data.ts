// Posted form fields with dotted names (`application.clientId`, `examples.0.occurredAt`) → a nested object. Pure: it
// takes [name, value] pairs, so it works on FormData, URLSearchParams or a plain list. Never echoes values in errors.

export class FormInputError extends Error {
  override name = "FormInputError";
}

export interface FormLimits {
  maxFields: number;
  maxNameLength: number;
  /** Highest list index accepted (`examples.99.url`). */
  maxIndex: number;
  maxDepth: number;
}

export const DEFAULT_FORM_LIMITS: FormLimits = { maxFields: 5_000, maxNameLength: 200, maxIndex: 199, maxDepth: 6 };

type Node = Record<string, unknown> | unknown[];

const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);
const KEY = /^[A-Za-z_$][\w$-]*$/;
const INDEX = /^\d{1,6}$/;

const isContainer = (value: unknown): value is Node => typeof value === "object" && value !== null;

function segmentsOf(name: string, limits: FormLimits): string[] {
  if (name.length > limits.maxNameLength) throw new FormInputError("A field name is too long.");
  const segments = name.split(".");
  if (segments.length > limits.maxDepth) throw new FormInputError("A field name is nested too deeply.");
  for (const s of segments) {
    if (FORBIDDEN.has(s) || !(KEY.test(s) || INDEX.test(s)))
      throw new FormInputError("The form contains a field name this wizard does not use.");
    if (INDEX.test(s) && Number(s) > limits.maxIndex)
      throw new FormInputError("The form contains more list items than this wizard accepts.");
  }
  return segments;
}

function getChild(node: Node, key: string): unknown {
  return Array.isArray(node) ? node[Number(key)] : Object.hasOwn(node, key) ? node[key] : undefined;
}

function setChild(node: Node, key: string, value: unknown): void {
  if (Array.isArray(node)) node[Number(key)] = value;
  else node[key] = value;
}

/** Lists posted with gaps (`examples.0`, `examples.2`) are closed up. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (isContainer(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}

/**
 * Nest the pairs. A name posted twice becomes a list of strings (the schema then says what it expected). Throws
 * FormInputError (with a message safe to show) on files, too many fields, unknown-looking names or names that clash
 * (`a` and `a.b`).
 */
export function formDataToObject(
  entries: Iterable<readonly [string, unknown]>,
  limits: FormLimits = DEFAULT_FORM_LIMITS,
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const repeated = new WeakSet<string[]>();
  let count = 0;
  for (const [name, value] of entries) {
    if (++count > limits.maxFields) throw new FormInputError("The form has more fields than this wizard accepts.");
    if (typeof value !== "string") throw new FormInputError("Files cannot be uploaded here: paste the text instead.");
    const segments = segmentsOf(name, limits);
    let node: Node = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const child = getChild(node, segments[i]);
      if (child === undefined) {
        const created: Node = INDEX.test(segments[i + 1]) ? [] : {};
        setChild(node, segments[i], created);
        node = created;
      } else if (
        isContainer(child) &&
        !repeated.has(child as string[]) &&
        Array.isArray(child) === INDEX.test(segments[i + 1])
      ) {
        node = child;
      } else {
        throw new FormInputError("The form contains field names that clash.");
      }
    }
    const leaf = segments[segments.length - 1];
    const existing = getChild(node, leaf);
    if (existing === undefined) setChild(node, leaf, value);
    else if (typeof existing === "string") {
      const list = [existing, value];
      repeated.add(list);
      setChild(node, leaf, list);
    } else if (Array.isArray(existing) && repeated.has(existing as string[])) existing.push(value);
    else throw new FormInputError("The form contains field names that clash.");
  }
  return compact(root) as Record<string, unknown>;
}
