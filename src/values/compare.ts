// Value equality as terraform judges it.
import type { CtyType, Value } from './types.js';

export function valuesEqual(a: Value, b: Value, type: CtyType): boolean {
  void a;
  void b;
  void type;
  throw new Error('valuesEqual: not implemented yet');
}

export function isWhollyKnown(value: Value): boolean {
  void value;
  throw new Error('isWhollyKnown: not implemented yet');
}
