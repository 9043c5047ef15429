/**
 * GraphQL operations pasted in a ticket (`mutation Login($email: String!, $pass: String!) { login(password: $pass) }`):
 * a variable's declaration names its type, and an argument written `$name` passes a declared variable — neither is a
 * value, whatever the key says. The values themselves stand in `variables`, read as JSON or swept as text.
 */

/** A GraphQL type as a declaration writes it: a named type (`String`, `TokenInput`), a list of one, non-null marks. */
const TYPE = /^\[?[A-Z][A-Za-z0-9_]{0,63}!?\]?!?$/;
/** A variable reference: `$` and a name. */
const REFERENCE = /^\$[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/**
 * The opening of an operation's variable list: `query`, `mutation` or `subscription`, an optional operation name, then
 * `(`. Only inside such a list is `$name: Type` a declaration; a `$token: Xk9PqLm2` line elsewhere is a key and a value.
 */
const OPERATION_OPEN =
  /\b(?:query|mutation|subscription)(?:[ \t\r\n]{1,16}[A-Za-z_][A-Za-z0-9_]{0,127})?[ \t\r\n]{0,16}\(/g;
/** How far a variable list may run before its `)`: a bound keeps a text of unclosed lists linear. */
const MAX_LIST = 4096;
/** Every declaration of a variable with its type (`$pass: String!`, `$ids: [ID!]`); bounded, so one linear scan. */
const DECLARATION = /\$([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]{0,8}:[ \t]{0,8}\[?[A-Z]/g;

/** The variable lists of the operations in a text, and the names they declare (without `$`). */
export interface GraphqlOperations {
  /** `[start, end)` of each list's inside, in text order. */
  lists: Array<[number, number]>;
  declared: Set<string>;
}

/** What may follow a declaration or a reference in an operation: a comma, a closing bracket, a default, a new line. */
function closesArgument(text: string, end: number, closers: string): boolean {
  let i = end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i >= text.length || closers.includes(text[i]);
}

/** The operations' variable lists in `text` and what they declare, read once per text. */
export function graphqlOperations(text: string): GraphqlOperations {
  const ops: GraphqlOperations = { lists: [], declared: new Set() };
  if (!text.includes("$")) return ops;
  OPERATION_OPEN.lastIndex = 0;
  for (let m = OPERATION_OPEN.exec(text); m; m = OPERATION_OPEN.exec(text)) {
    const start = OPERATION_OPEN.lastIndex;
    const limit = Math.min(text.length, start + MAX_LIST);
    let end = start;
    while (end < limit && text[end] !== ")") end++;
    ops.lists.push([start, end]);
    const list = text.slice(start, end);
    DECLARATION.lastIndex = 0;
    for (let d = DECLARATION.exec(list); d; d = DECLARATION.exec(list)) ops.declared.add(d[1]);
    OPERATION_OPEN.lastIndex = end;
  }
  return ops;
}

/** Whether `at` stands inside one of the `lists` (sorted, disjoint): a binary search. */
function insideList(lists: Array<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = lists.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < lists[mid][0]) hi = mid - 1;
    else if (at >= lists[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Whether `value` (ending at `end`) under a key starting at `keyStart` and written with `separator` is GraphQL
 * plumbing: the key is `$name` inside an operation's variable list and the value its type, or the value is `$name` for
 * a variable one of those lists declares. `operations` is asked for only when the shape fits (most texts never build it).
 */
export function isGraphqlVariable(
  text: string,
  keyStart: number,
  separator: string | undefined,
  value: string,
  end: number,
  operations: () => GraphqlOperations,
): boolean {
  if (separator !== ":") return false;
  if (text[keyStart] === "$" && TYPE.test(value) && closesArgument(text, end, ",)=$@\r\n"))
    return insideList(operations().lists, keyStart);
  if (REFERENCE.test(value) && closesArgument(text, end, ",)}\r\n")) return operations().declared.has(value.slice(1));
  return false;
}
