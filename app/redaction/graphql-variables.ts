/**
 * GraphQL operations pasted in a ticket (`mutation Login($email: String!, $pass: String!) { login(password: $pass) }`):
 * a variable's declaration names its type, and an argument written `$name` passes a declared variable — neither is a
 * value, whatever the key says. The values themselves stand in `variables`, read as JSON or swept as text.
 */

/** A GraphQL type as a declaration writes it: a named type (`String`, `TokenInput`), a list of one, non-null marks. */
const TYPE = /^\[?[A-Z][A-Za-z0-9_]{0,63}!?\]?!?$/;
/** A variable reference: `$` and a name. */
const REFERENCE = /^\$[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Every declaration of a variable with its type (`$pass: String!`, `$ids: [ID!]`); bounded, so one linear scan. */
const DECLARATION = /\$([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]{0,8}:[ \t]{0,8}\[?[A-Z]/g;

/** What may follow a declaration or a reference in an operation: a comma, a closing bracket, a default, a new line. */
function closesArgument(text: string, end: number, closers: string): boolean {
  let i = end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i >= text.length || closers.includes(text[i]);
}

/** The names an operation in `text` declares (without `$`), read once per text. */
export function declaredVariables(text: string): Set<string> {
  const names = new Set<string>();
  if (!text.includes("$")) return names;
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(text); m; m = DECLARATION.exec(text)) names.add(m[1]);
  return names;
}

/**
 * Whether `value` (ending at `end`) under a key starting at `keyStart` and written with `separator` is GraphQL
 * plumbing: the key is `$name` and the value its type, or the value is `$name` for a variable `declared` holds.
 * `declared` is asked for only when the value reads as a reference (most texts never build it).
 */
export function isGraphqlVariable(
  text: string,
  keyStart: number,
  separator: string | undefined,
  value: string,
  end: number,
  declared: () => Set<string>,
): boolean {
  if (separator !== ":") return false;
  if (text[keyStart] === "$" && TYPE.test(value)) return closesArgument(text, end, ",)=$\r\n");
  if (REFERENCE.test(value) && closesArgument(text, end, ",)}\r\n")) return declared().has(value.slice(1));
  return false;
}
