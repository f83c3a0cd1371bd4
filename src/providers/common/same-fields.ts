// Most attributes of a resource are fields of its API object under the same name: copying them
// by a list of names says which ones are, and leaves only the fields that differ to be spelt out.

/** The fields `keys` of `source`, as they are. */
export function sameFields<T extends object, const K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = source[key];
  return picked;
}

/** The fields `keys` of `source`, one it leaves out (undefined) as null: optional API fields as nullable attributes. */
export function sameFieldsOrNull<T extends object, const K extends keyof T>(source: T, keys: readonly K[]): { [P in K]-?: Exclude<T[P], undefined> | null } {
  const picked = {} as { [P in K]-?: Exclude<T[P], undefined> | null };
  for (const key of keys) picked[key] = (source[key] ?? null) as Exclude<T[K], undefined> | null;
  return picked;
}

/** The entries of `fields` that are set: parameters the API wants left out rather than null. */
export function withoutNulls<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as { [K in keyof T]?: Exclude<T[K], null> };
}
