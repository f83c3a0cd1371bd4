// A function of an immutable object (a schema body, a cty type's attribute map) computed once per
// object: asked on every call of every resource, while the objects live as long as their schema.
// Held weakly, so a schema that goes away takes its results with it.

export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
