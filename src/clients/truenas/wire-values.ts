// The middleware's JSON encoder writes some values as one-key objects (its decoder reads them
// back): a date-time `{"$date": ms}`, a time `{"$time": "HH:MM:SS"}`, a date
// `{"$type": "date", "$value": "YYYY-MM-DD"}`, a set `{"$set": [...]}`, an IP interface
// `{"$ipv4_interface": …}` (as the schema dump's notes describe them: ../shared/api/README.md,
// "Values on the wire").
// Results are decoded to what the schemas describe: ISO date-time strings, plain strings and
// arrays, so the zod schemas see one shape on every transport.
//
// A result is decoded in place: the transports hand over what JSON.parse just made, which no
// one else holds. A refresh reads whole collections (every dataset with all its properties), and
// copying each object of such an answer cost more than the rest of its decoding.

/** The plain form of a tagged value, or undefined when `object` is an ordinary object. */
function decodeTagged(object: Record<string, unknown>): { value: unknown } | undefined {
  let first: string | undefined;
  for (const key in object) {
    first = key;
    break;
  }
  // Every tag's first key starts with `$`; ordinary objects are passed over without listing their keys.
  if (first === undefined || first.charCodeAt(0) !== 0x24) return undefined;
  const keys = Object.keys(object);
  if (keys.length === 1) {
    const value = object[first];
    if (first === '$date' && typeof value === 'number') return { value: new Date(value).toISOString() };
    if ((first === '$time' || first === '$ipv4_interface' || first === '$ipv6_interface') && typeof value === 'string') return { value };
    if (first === '$set' && Array.isArray(value)) return { value: decodeWireValues(value) };
  }
  if (keys.length === 2 && object['$type'] === 'date' && typeof object['$value'] === 'string') return { value: object['$value'] };
  return undefined;
}

/**
 * A freshly parsed result with every tagged value replaced by its plain form, other values
 * unchanged. Arrays and objects are changed in place (and returned); a tagged value at the top
 * is returned in its plain form.
 */
export function decodeWireValues(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      const decoded = decodeWireValues(item);
      if (decoded !== item) value[i] = decoded;
    }
    return value;
  }
  const object = value as Record<string, unknown>;
  const tagged = decodeTagged(object);
  if (tagged) return tagged.value;
  for (const key in object) {
    const item = object[key];
    if (item === null || typeof item !== 'object') continue;
    const decoded = decodeWireValues(item);
    if (decoded !== item) object[key] = decoded;
  }
  return object;
}
