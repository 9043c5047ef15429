// Tables of known names (secret parameters, person keys, headers) that are looked up with names read from evidence.
// A plain object literal answers for the members every object has: `table["constructor"]` is Object's constructor
// and `table["__proto__"]` is Object.prototype, both truthy. A table without a prototype holds only its own names.

export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
