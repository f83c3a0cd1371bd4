// The middleware's JSON encoder writes some values as one-key objects (its decoder reads them
// back): a date-time `{"$date": ms}`, a time `{"$time": "HH:MM:SS"}`, a date
// `{"$type": "date", "$value": "YYYY-MM-DD"}`, a set `{"$set": [...]}`, an IP interface
// `{"$ipv4_interface": …}` (as the schema dump's notes describe them: ../shared/api/README.md,
// "Values on the wire").
// Results are decoded to what the schemas describe: ISO date-time strings, plain strings and
// arrays, so the zod schemas see one shape on every transport.

function decodeTagged(object: Record<string, unknown>): { value: unknown } | undefined {
  const keys = Object.keys(object);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const value = object[key];
    if (key === '$date' && typeof value === 'number') return { value: new Date(value).toISOString() };
    if ((key === '$time' || key === '$ipv4_interface' || key === '$ipv6_interface') && typeof value === 'string') return { value };
    if (key === '$set' && Array.isArray(value)) return { value: value.map(decodeWireValues) };
  }
  if (keys.length === 2 && object['$type'] === 'date' && typeof object['$value'] === 'string') return { value: object['$value'] };
  return undefined;
}

/** A result with every tagged value replaced by its plain form; other values unchanged. */
export function decodeWireValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeWireValues);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const tagged = decodeTagged(object);
  if (tagged) return tagged.value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) out[key] = decodeWireValues(item);
  return out;
}
