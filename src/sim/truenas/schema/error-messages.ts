// The texts the middleware's validation uses: pydantic's messages (api/base models, every
// method of 25.10+ and most of 25.04) and the legacy schema classes' (25.04 methods whose
// `schema_source` is "legacy": truenas/middleware src/middlewared/middlewared/schema/*.py).
import type { JsonSchema } from './types.js';

export type SchemaStyle = 'pydantic' | 'legacy';

/** What a failed keyword needs to be described. */
export interface Failure {
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly schema: JsonSchema;
  readonly value: unknown;
}

const pythonRepr = (value: unknown): string =>
  typeof value === 'string' ? `'${value}'` : value === null ? 'None' : typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);

/** pydantic's list of choices: `'A', 'B' or 'C'`. */
function choices(values: readonly unknown[]): string {
  const shown = values.map(pythonRepr);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)!}`;
}

const pydanticTypes: Record<string, string> = {
  string: 'Input should be a valid string',
  integer: 'Input should be a valid integer',
  number: 'Input should be a valid number',
  boolean: 'Input should be a valid boolean',
  array: 'Input should be a valid list',
  null: 'Input should be None',
};

const formatTexts: Record<string, string> = {
  ipvanyaddress: 'value is not a valid IPv4 or IPv6 address',
  ipvanynetwork: 'value is not a valid IPv4 or IPv6 network',
  ipvanyinterface: 'value is not a valid IPv4 or IPv6 interface',
  // pydantic's EmailStr (networks.py validate_email) follows it with ": " and email-validator's reason.
  email: 'value is not a valid email address',
};

function expectedType(failure: Failure): string {
  const type = failure.params['type'];
  const types = Array.isArray(type) ? (type as string[]) : String(type).split(',');
  return types.find((t) => t !== 'null') ?? 'null';
}

function pydanticMessage(failure: Failure): string {
  const { keyword, params, schema, value } = failure;
  switch (keyword) {
    case 'required':
      return 'Field required';
    case 'additionalProperties':
      return 'Extra inputs are not permitted';
    case 'type': {
      const type = expectedType(failure);
      if (type === 'integer' && typeof value === 'number') return 'Input should be a valid integer, got a number with a fractional part';
      if (type === 'object')
        return schema.title && schema.properties ? `Input should be a valid dictionary or instance of ${schema.title}` : 'Input should be a valid dictionary';
      return pydanticTypes[type] ?? `Input should be a valid ${type}`;
    }
    case 'enum':
      return `Input should be ${choices(schema.enum ?? [])}`;
    case 'const':
      return `Input should be ${pythonRepr(schema.const)}`;
    case 'minimum':
      return `Input should be greater than or equal to ${String(params['limit'])}`;
    case 'maximum':
      return `Input should be less than or equal to ${String(params['limit'])}`;
    case 'exclusiveMinimum':
      return `Input should be greater than ${String(params['limit'])}`;
    case 'exclusiveMaximum':
      return `Input should be less than ${String(params['limit'])}`;
    case 'minLength':
      return `String should have at least ${String(params['limit'])} character${params['limit'] === 1 ? '' : 's'}`;
    case 'maxLength':
      return `String should have at most ${String(params['limit'])} character${params['limit'] === 1 ? '' : 's'}`;
    case 'pattern':
      return `String should match pattern '${String(params['pattern'])}'`;
    case 'minItems':
      return `List should have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'} after validation, not ${Array.isArray(value) ? value.length : 0}`;
    case 'maxItems':
      return `List should have at most ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'} after validation, not ${Array.isArray(value) ? value.length : 0}`;
    case 'uniqueItems':
      return 'List should have unique items';
    case 'format':
      return formatTexts[String(params['format'])] ?? `Input should be a valid ${String(params['format'])}`;
    default:
      return `Input is not valid (${keyword})`;
  }
}

const legacyTypes: Record<string, string> = {
  string: 'Not a string',
  integer: 'Not an integer',
  number: 'Not a number',
  boolean: 'Not a boolean',
  object: 'A dict was expected',
  array: 'Not a list',
};

function legacyMessage(failure: Failure): string {
  const { keyword, params, value } = failure;
  switch (keyword) {
    case 'required':
      return 'attribute required';
    case 'additionalProperties':
      return 'Field was not expected';
    case 'type':
      return value === null ? 'null not allowed' : (legacyTypes[expectedType(failure)] ?? 'Invalid value');
    case 'enum':
    case 'const':
      return `Invalid choice: ${String(value)}`;
    case 'maxLength':
      return `Value greater than ${String(params['limit'])} not allowed`;
    case 'minLength':
      return 'Empty value not allowed';
    case 'minimum':
      return `Should be greater or equal than ${String(params['limit'])}`;
    case 'maximum':
      return `Should be lower or equal than ${String(params['limit'])}`;
    case 'pattern':
      return 'Does not match the required pattern';
    default:
      return pydanticMessage(failure);
  }
}

export function validationMessage(style: SchemaStyle, failure: Failure): string {
  return style === 'legacy' ? legacyMessage(failure) : pydanticMessage(failure);
}

/** The message for a missing required parameter (`minItems` of the params array). */
export function missingParameterMessage(style: SchemaStyle): string {
  return style === 'legacy' ? 'attribute required' : 'Field required';
}
