// Date-times in a call's params as the middleware's strict models take them. Every API model is
// `strict=True` (truenas/middleware src/middlewared/middlewared/api/base/model.py), and in strict
// mode pydantic takes only a `datetime` for a `datetime` field: text, even ISO text, is refused
// ("Input should be a valid datetime"). A datetime reaches the server only as the extended-JSON
// `{"$date": ms}` that the WebSocket endpoints' loader (truenas_api_client.json) decodes; the
// sim's WebSocket servers decode it to a Date (wire-dates.ts). The dump renders such a field as
// `{"type": "string", "format": "date-time"}` (its JSON-mode, output shape), so ajv alone would
// take the text and refuse the Date: this pass runs first, refuses text and turns each Date into
// the ISO text the method handlers and ajv read.
import { Errno } from '../../../clients/truenas/errno.js';
import type { ValidationTriple } from '../sim-errors.js';
import type { JsonSchema } from './types.js';

/** A `datetime` or `datetime | None` field (unions with other types are left to ajv). */
function isDateTime(schema: JsonSchema): boolean {
  if (schema.format === 'date-time') return true;
  const members = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((member) => member.type !== 'null');
  return members.length > 0 && members.every((member) => member.format === 'date-time');
}

function walk(schema: JsonSchema, value: unknown, location: readonly string[], problems: ValidationTriple[]): unknown {
  if (isDateTime(schema)) {
    if (value instanceof Date) return value.toISOString();
    if (value === null) return value;
    // Text, or a `{"$date"}` that reached the server undecoded (REST): refused here, and a stand-in
    // that ajv takes keeps the refusal from being reported twice (the call is refused anyway).
    problems.push([location.join('.'), 'Input should be a valid datetime', Errno.EINVAL]);
    return new Date(0).toISOString();
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const itemSchema = schema.prefixItems?.[index] ?? (typeof schema.items === 'object' ? schema.items : undefined);
      // Top-level params are located by their parameter name, as accept.py names them.
      const step = location.length === 0 ? (itemSchema?.title ?? String(index)) : String(index);
      return itemSchema ? walk(itemSchema, item, [...location, step], problems) : item;
    });
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && schema.properties) {
    const object = { ...(value as Record<string, unknown>) };
    for (const [key, property] of Object.entries(schema.properties)) {
      if (Object.hasOwn(object, key)) object[key] = walk(property, object[key], [...location, key], problems);
    }
    return object;
  }
  return value;
}

/** The params with decoded date-times as ISO text, and the refusals of date-times sent as text. */
export function strictDateTimes(accepts: JsonSchema, params: readonly unknown[]): { params: unknown[]; problems: ValidationTriple[] } {
  const problems: ValidationTriple[] = [];
  return { params: walk(accepts, params, [], problems) as unknown[], problems };
}
