// Checks that a JS value has the shape a cty type demands, listing every problem with its path,
// so that provider code learns about a bad value before terraform does.
import { impliedType } from './implied-type.js';
import { isValueRecord } from './records.js';
import { typeName } from './type-equal.js';
import { kindOf } from './value-kind.js';
import { BigDecimal, Dynamic, Unknown, type CtyType, type Value } from './types.js';

export interface ConformanceError {
  path: (string | number)[];
  message: string;
}

/** Every place where `value` does not fit `type`; empty when it fits. Null and unknown fit anywhere. */
export function conformanceErrors(value: Value, type: CtyType): ConformanceError[] {
  const errors: ConformanceError[] = [];
  check(value, type, [], errors);
  return errors;
}

function check(value: Value | undefined, type: CtyType, path: (string | number)[], errors: ConformanceError[]): void {
  if (value === null || value === undefined || value instanceof Unknown) return;
  if (type === 'dynamic') return checkDynamic(value, path, errors);
  if (value instanceof Dynamic) return check(value.value, type, path, errors);
  const mismatch = (): void => void errors.push({ path, message: `${typeName(type)} is required (got ${kindOf(value)})` });
  if (typeof type === 'string') {
    if (!primitiveFits(value, type)) mismatch();
    else if (typeof value === 'number' && Number.isNaN(value)) errors.push({ path, message: 'NaN is not a number terraform accepts' });
    return;
  }
  switch (type.kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(value)) return mismatch();
      return value.forEach((element, i) => check(element, type.element, [...path, i], errors));
    case 'tuple':
      if (!Array.isArray(value)) return mismatch();
      if (value.length !== type.elements.length) {
        return void errors.push({ path, message: `a tuple of ${type.elements.length} elements is required (got ${value.length})` });
      }
      return value.forEach((element, i) => check(element, type.elements[i] as CtyType, [...path, i], errors));
    case 'map':
      if (!isValueRecord(value)) return mismatch();
      return Object.entries(value).forEach(([key, element]) => check(element, type.element, [...path, key], errors));
    case 'object':
      if (!isValueRecord(value)) return mismatch();
      for (const [key, attribute] of Object.entries(value)) {
        if (Object.hasOwn(type.attributes, key)) check(attribute, type.attributes[key] as CtyType, [...path, key], errors);
        else if (attribute !== undefined) errors.push({ path: [...path, key], message: 'unsupported attribute' });
      }
  }
}

function primitiveFits(value: Value, type: 'string' | 'number' | 'bool'): boolean {
  if (type === 'string') return typeof value === 'string';
  if (type === 'bool') return typeof value === 'boolean';
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal;
}

function checkDynamic(value: Value, path: (string | number)[], errors: ConformanceError[]): void {
  if (value instanceof Dynamic) return check(value.value, value.type, path, errors);
  try {
    check(value, impliedType(value), path, errors);
  } catch {
    errors.push({ path, message: `a value with a cty type is required (got ${kindOf(value)})` });
  }
}
