// Validation of property-string parameters (`virtio=AA:..,bridge=vmbr0`, `local-lvm:32,ssd=1`)
// against the key schema the API declares for them.
import type { ParamSchema } from './types.js';
import { checkNamedFormat } from './formats.js';
import { firewallFormatProblem } from './firewall-formats.js';

/** Splits `a=1,b=2` (or a bare default-key value) into pairs; keys are the raw ones. */
export function splitPropertyString(value: string): Array<[key: string | undefined, value: string]> {
  return value
    .split(',')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [undefined, part] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

/** Returns an error text, or undefined when the property string fits the key schema. */
export function checkPropertyString(value: string, keys: Record<string, ParamSchema>): string | undefined {
  const defaultKey = Object.entries(keys).find(([, schema]) => schema.default_key)?.[0];
  const seen = new Set<string>();
  for (const [rawKey, raw] of splitPropertyString(value)) {
    let key = rawKey ?? defaultKey;
    if (key === undefined) return `invalid format - value without key, but schema does not define a default key`;
    let schema = keys[key];
    if (schema === undefined) return `invalid format - property '${key}' is not defined in schema`;
    if (schema.keyAlias !== undefined && schema.alias !== undefined) {
      seen.add(schema.keyAlias);
      key = schema.alias;
      schema = keys[key];
    } else if (schema.alias !== undefined) {
      key = schema.alias;
      schema = keys[key];
    }
    if (schema === undefined) return `invalid format - property '${key}' is not defined in schema`;
    if (seen.has(key)) return `invalid format - duplicate key in comma-separated list property: ${key}`;
    seen.add(key);
    const problem = checkScalar(raw, schema, BOOLEAN_WORDS);
    if (problem !== undefined) return `invalid format - ${key}: ${problem}`;
  }
  for (const [key, schema] of Object.entries(keys)) {
    if (!schema.optional && schema.alias === undefined && !seen.has(key)) {
      return `invalid format - property '${key}' is missing`;
    }
  }
  return undefined;
}

/** Top-level booleans: only 0/1 (JSON true/false are turned into 1/0 before this). */
export const BOOLEAN_DIGITS = /^[01]$/;
/** Inside property strings the server's parse_boolean also takes the words. */
const BOOLEAN_WORDS = /^(0|1|on|off|yes|no|true|false)$/i;

/** Checks one textual value against a scalar schema; returns an error text or undefined. */
export function checkScalar(raw: string, schema: ParamSchema, booleans: RegExp = BOOLEAN_DIGITS): string | undefined {
  switch (schema.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) return `type check ('integer') failed - got '${raw}'`;
      return checkRange(Number(raw), schema);
    case 'number':
      if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return `type check ('number') failed - got '${raw}'`;
      return checkRange(Number(raw), schema);
    case 'boolean':
      return booleans.test(raw) ? undefined : `type check ('boolean') failed - got '${raw}'`;
    case 'array':
      return checkItems(raw, schema);
    default:
      return checkString(raw, schema);
  }
}

/**
 * An array parameter arrives as the key repeated (the HTTP layer turns that into a JSON array)
 * or once; each item is checked against `items`, as PVE::JSONSchema does.
 */
function checkItems(raw: string, schema: ParamSchema): string | undefined {
  if (schema.items === undefined) return undefined;
  const parsed: unknown = raw.startsWith('[') ? safeJson(raw) : undefined;
  const items = Array.isArray(parsed) ? parsed.map(String) : [raw];
  for (const item of items) {
    const problem = checkScalar(item, schema.items);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function checkRange(value: number, schema: ParamSchema): string | undefined {
  if (schema.minimum !== undefined && value < schema.minimum) return `value must have a minimum value of ${schema.minimum}`;
  if (schema.maximum !== undefined && value > schema.maximum) return `value must have a maximum value of ${schema.maximum}`;
  return undefined;
}

const patternCache = new Map<string, RegExp | null>();

/** Perl patterns from the schema as anchored JS regexes; null when JS cannot express one. */
function compilePattern(pattern: string): RegExp | null {
  if (!patternCache.has(pattern)) {
    const js = pattern.replaceAll('(?^:', '(?:').replaceAll('(?>', '(?:').replaceAll('{,', '{0,');
    try {
      patternCache.set(pattern, new RegExp(`^(?:${js})$`));
    } catch {
      patternCache.set(pattern, null);
    }
  }
  return patternCache.get(pattern) ?? null;
}

function checkString(raw: string, schema: ParamSchema): string | undefined {
  if (schema.maxLength !== undefined && raw.length > schema.maxLength) {
    return `value may only be ${schema.maxLength} characters long`;
  }
  if (schema.minLength !== undefined && raw.length < schema.minLength) {
    return `value must be at least ${schema.minLength} characters long`;
  }
  // A null enum (download-url `compression`, built from an undefined Perl variable) restricts nothing.
  if (Array.isArray(schema.enum) && !schema.enum.includes(raw)) {
    return `value '${raw}' does not have a value in the enumeration '${schema.enum.join(', ')}'`;
  }
  if (schema.pattern !== undefined && compilePattern(schema.pattern)?.test(raw) === false) {
    return 'value does not match the regex pattern';
  }
  const firewallProblem = typeof schema.format === 'string' ? firewallFormatProblem(schema.format, raw) : undefined;
  if (firewallProblem !== undefined) return firewallProblem;
  if (typeof schema.format === 'string' && !checkNamedFormat(schema.format, raw)) {
    return `invalid format - value '${raw}' does not match format '${schema.format}'`;
  }
  if (typeof schema.format === 'object') return checkPropertyString(raw, schema.format);
  return undefined;
}
