// Value equality as terraform judges it when it checks plans and apply results against each other.
import { dynamicContent } from './implied-type.js';
import { canonicalDecimal } from './numbers.js';
import { entryOf, isValueRecord } from './records.js';
import { typesEqual } from './type-equal.js';
import { BigDecimal, Dynamic, Unknown, type CtyNumber, type CtyType, type Value } from './types.js';

/**
 * Equality under `type`: numbers by value (1 == 1.0 == 1n, 0.1 == BigDecimal("0.1"), as go-cty
 * compares their shortest decimal text), strings after NFC normalisation, sets regardless of
 * order, absent/undefined attributes as null, and an unknown equal to any unknown (refinements
 * ignored). Values that do not fit the type are simply unequal.
 */
export function valuesEqual(a: Value, b: Value, type: CtyType): boolean {
  return equalUnder(a, b, type);
}

function equalUnder(a: Value | undefined, b: Value | undefined, type: CtyType): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  if (type === 'dynamic') return dynamicEqual(a, b);
  if (a instanceof Dynamic) return equalUnder(a.value, b, type);
  if (b instanceof Dynamic) return equalUnder(a, b.value, type);
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof type === 'string') return primitiveEqual(a, b, type);
  switch (type.kind) {
    case 'list':
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((element, i) => equalUnder(element, b[i], type.element));
    case 'tuple':
      return (
        Array.isArray(a) &&
        Array.isArray(b) &&
        a.length === type.elements.length &&
        b.length === a.length &&
        a.every((element, i) => equalUnder(element, b[i], type.elements[i] as CtyType))
      );
    case 'set':
      return Array.isArray(a) && Array.isArray(b) && setsEqual(a, b, type.element);
    case 'map': {
      if (!isValueRecord(a) || !isValueRecord(b)) return false;
      const keys = Object.keys(a);
      return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && equalUnder(a[key], b[key], type.element));
    }
    case 'object':
      return (
        isValueRecord(a) &&
        isValueRecord(b) &&
        Object.entries(type.attributes).every(([name, attributeType]) => equalUnder(entryOf(a, name), entryOf(b, name), attributeType))
      );
  }
}

function primitiveEqual(a: Value, b: Value, type: 'string' | 'number' | 'bool'): boolean {
  if (type === 'number') return isNumber(a) && isNumber(b) && (a === b || sameNumber(a, b));
  if (type === 'string') return typeof a === 'string' && typeof b === 'string' && (a === b || a.normalize('NFC') === b.normalize('NFC'));
  return a === b;
}

function sameNumber(a: CtyNumber, b: CtyNumber): boolean {
  try {
    return canonicalDecimal(a) === canonicalDecimal(b);
  } catch {
    return false; // a malformed BigDecimal equals nothing
  }
}

function isNumber(value: Value): value is CtyNumber {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal;
}

/** Each element of `a` matched with a distinct equal element of `b`. */
function setsEqual(a: readonly Value[], b: readonly Value[], elementType: CtyType): boolean {
  if (a.length !== b.length) return false;
  const unmatched = [...b];
  return a.every((element) => {
    const index = unmatched.findIndex((candidate) => equalUnder(element, candidate, elementType));
    if (index < 0) return false;
    unmatched.splice(index, 1);
    return true;
  });
}

function dynamicEqual(a: Value | undefined, b: Value | undefined): boolean {
  let left: ReturnType<typeof dynamicContent>;
  let right: ReturnType<typeof dynamicContent>;
  try {
    left = dynamicContent(a);
    right = dynamicContent(b);
  } catch {
    return false;
  }
  if (left === null || right === null) return left === right;
  if (left instanceof Unknown || right instanceof Unknown) return left instanceof Unknown && right instanceof Unknown;
  return typesEqual(left.type, right.type) && equalUnder(left.value, right.value, left.type);
}

/** True when no unknown value appears anywhere in `value`. */
export function isWhollyKnown(value: Value): boolean {
  if (value instanceof Unknown) return false;
  if (value instanceof Dynamic) return isWhollyKnown(value.value);
  if (Array.isArray(value)) return value.every((element) => isWhollyKnown(element ?? null));
  if (isValueRecord(value)) return Object.values(value).every((element) => isWhollyKnown(element ?? null));
  return true;
}
