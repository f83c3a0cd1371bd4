// Checks shared by the encoders: does a JS value have the shape its cty type demands?
import { ValuePathError, type ValuePath } from './path.js';
import { isValueRecord, type ValueRecord } from './records.js';
import { typeName } from './type-equal.js';
import { kindOf } from './value-kind.js';
import { BigDecimal, type CtyNumber, type CtyType, type PrimitiveType, type Value } from './types.js';

export function expectArray(value: Value, type: CtyType, path: ValuePath): readonly Value[] {
  if (Array.isArray(value)) return value;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${kindOf(value)})`);
}

export function expectTuple(value: Value, elementTypes: readonly CtyType[], path: ValuePath): readonly Value[] {
  const elements = expectArray(value, { kind: 'tuple', elements: elementTypes }, path);
  if (elements.length !== elementTypes.length) throw tupleLengthError(elementTypes.length, elements.length, path);
  return elements;
}

export function tupleLengthError(wanted: number, got: number, path: ValuePath): ValuePathError {
  return new ValuePathError(path, `a tuple of ${wanted} elements is required (got ${got})`);
}

export function expectRecord(value: Value, type: CtyType, path: ValuePath): ValueRecord {
  if (isValueRecord(value)) return value;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${kindOf(value)})`);
}

/** An object value may lack attributes (null) but must not have keys its type does not know. */
export function expectObject(value: Value, attributes: Readonly<Record<string, CtyType>>, path: ValuePath): ValueRecord {
  const record = expectRecord(value, { kind: 'object', attributes }, path);
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(attributes, key) && record[key] !== undefined) throw new ValuePathError([...path, key], 'unsupported attribute');
  }
  return record;
}

export function primitiveMismatch(value: unknown, type: CtyType, path: ValuePath): ValuePathError {
  return new ValuePathError(path, `${typeName(type)} is required (got ${kindOf(value)})`);
}

/** The value of a primitive slot, checked against the slot's type. */
export function expectPrimitive(value: Value, type: PrimitiveType, path: ValuePath): string | boolean | CtyNumber {
  const fits =
    type === 'string'
      ? typeof value === 'string'
      : type === 'bool'
        ? typeof value === 'boolean'
        : typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal;
  if (fits) return value as string | boolean | CtyNumber;
  throw primitiveMismatch(value, type, path);
}

/** Runs a conversion whose errors say what is wrong but not where, and adds where. */
export function atPath<T>(path: ValuePath, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    throw new ValuePathError(path, (error as Error).message);
  }
}
