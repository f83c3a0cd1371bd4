// The order data sources document for their lists ("sorted by name", "ordered by volume id"):
// by a text key, compared as English so that the order does not depend on the locale of the
// machine terraform runs on.

/**
 * A sort comparator by `nameOf(item)`. `numeric`: digit runs compare as numbers, so
 * "vm-100-disk-2" comes before "vm-100-disk-10".
 */
export function byName<T>(nameOf: (item: T) => string, { numeric = false }: { numeric?: boolean } = {}): (a: T, b: T) => number {
  const options = numeric ? { numeric: true } : undefined;
  return (a, b) => nameOf(a).localeCompare(nameOf(b), 'en', options);
}
