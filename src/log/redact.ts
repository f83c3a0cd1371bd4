// Makes log fields safe and readable as JSON: values under secret-looking names are
// replaced, and values JSON would mangle (errors, buffers, bigints, cycles) are rendered
// as short text. Messages themselves are not inspected: never put secrets in them.
import type { LogFields } from './logger.js';

export const redactedText = '[REDACTED]';

const secretName = /pass(word|phrase|wd)?|secret|token|api[-_]?key|authori[sz]ation|ticket|cookie|credential|private[-_]?key|csrf|session/i;
const maximumDepth = 8;

/** Whether a field with this name may hold a secret (e.g. `password`, `api_key`, `ticket`). */
export function isSecretFieldName(name: string): boolean {
  return secretName.test(name);
}

function renderValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (value instanceof Date) return value.toISOString();
  if (seen.has(value) || depth >= maximumDepth) return '[...]';
  seen.add(value);
  const rendered = Array.isArray(value)
    ? value.map((item) => renderValue(item, depth + 1, seen))
    : renderObject(value as Record<string, unknown>, depth + 1, seen);
  seen.delete(value);
  return rendered;
}

function renderObject(object: Readonly<Record<string, unknown>>, depth: number, seen: WeakSet<object>) {
  const rendered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(object)) {
    rendered[name] = isSecretFieldName(name) ? redactedText : renderValue(value, depth, seen);
  }
  return rendered;
}

/** The fields as plain JSON-safe data, with secret-looking names (at any depth) redacted. */
export function redactFields(fields: LogFields): Record<string, unknown> {
  return renderObject(fields, 0, new WeakSet());
}
